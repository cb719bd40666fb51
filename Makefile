# factstream: `make run` starts the service on the embedded default; `make test` runs every tier.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint typecheck schemas check-schemas unit adapters integration e2e bench eval clean

$(STAMP): pyproject.toml uv.lock
	test -x $(PY) || python3 -m venv $(VENV)
	test -x $(UV) || $(VENV)/bin/pip install -q uv==0.13.8
	$(UV) sync --frozen --quiet
	touch $@

install: $(STAMP)

run: install
	$(PY) -m services.cli.main serve --ingest-reference

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy contracts events services

schemas: install
	$(PY) -m contracts.export write
	$(PY) -m contracts.asyncapi write

check-schemas: install
	$(PY) -m contracts.export check
	$(PY) -m contracts.asyncapi check

test: install lint typecheck check-schemas
	$(PY) -m pytest -q -p no:cacheprovider

unit: install
	$(PY) -m pytest -q -m unit

bench: install
	$(PY) bench/run_all.py

eval: install
	$(PY) -m services.cli.main eval

clean:
	rm -rf .cache .data $(VENV)
