"""Third parties of SPEC §3 as protocols, with offline, deterministic sandbox implementations.

Activities depend on the protocols in `base`; `Sandbox.from_settings` builds the sandbox set from the
data directory, and a production adapter replaces one provider by configuration. What generates the
sandbox's data (personas, application bundles) is in `generators`, which no provider imports.
"""
