"""Generators of the sandbox's data, apart from the providers that serve it at runtime.

`persons` rebuilds the committed `persons.json` and `blacklist.json` (`precredit sandbox
generate-persons`), keeping candidates that `calibration` finds the shipped risk models score as
their profile intends; `applications` draws application bundles (request, ID card photos, selfie,
loan documents) for the demo, the CLI and the tests. They load the risk models and the document
synthesiser; the runtime providers in `precredit.integrations` never import this package.
"""
