"""Privacy and security building blocks (SPEC §4): payload and column encryption, masking, signing,
audit trail, codes and roles. Import the submodules directly; this package imports nothing so that
`precredit.config` can use the placeholder checks without pulling in cryptography or FastAPI."""
