# The two set-up commands of the README. Both bootstrap first (Debian packages, .venv), so a fresh
# clone needs nothing else.
.PHONY: bootstrap demo test lint dev bench

bootstrap:
	@scripts/bootstrap.sh

demo: bootstrap
	.venv/bin/precredit demo

test: bootstrap lint
	.venv/bin/python -m pytest

lint:
	.venv/bin/ruff check precredit tests
	.venv/bin/ruff format --check precredit tests
	.venv/bin/mypy precredit

dev: bootstrap
	.venv/bin/precredit dev
