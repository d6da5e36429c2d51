# The two set-up commands of the README. Both bootstrap first (Debian packages, .venv), so a fresh
# clone needs nothing else.
.PHONY: bootstrap demo test test-fast lint dev bench

bootstrap:
	@scripts/bootstrap.sh

demo: bootstrap
	.venv/bin/precredit demo

test: bootstrap lint
	.venv/bin/python -m pytest

# The edit-test loop: lint and the tiers that need no Temporal server. CI runs `make test`.
test-fast: bootstrap lint
	.venv/bin/python -m pytest tests/policy tests/risk tests/contracts tests/ocr tests/security/test_codes.py tests/security/test_masking.py tests/security/test_fields.py tests/security/test_audit.py tests/security/test_assertions.py tests/security/test_customers.py tests/integrations/test_sandbox_persons.py

lint:
	.venv/bin/ruff check precredit tests
	.venv/bin/ruff format --check precredit tests
	.venv/bin/mypy precredit tests

dev: bootstrap
	.venv/bin/precredit dev
