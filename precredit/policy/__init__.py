"""Pure credit policy: identifiers, amortisation, rules and cross-checks. No I/O, no Temporal.

Workflows call these directly (they are deterministic), activities and the API reuse them.
"""
