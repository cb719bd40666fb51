# factstream: `make run` starts the service on the embedded default; `make test` runs every tier.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint typecheck schemas check-schemas unit bench eval clean worker browser \
	contract-nightly \
	kafka-up kafka-down redis-up redis-down kafka-cluster-up kafka-cluster-down

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
	$(PY) -m services.api.openapi_doc write

check-schemas: install
	$(PY) -m contracts.export check
	$(PY) -m contracts.asyncapi check
	$(PY) -m services.api.openapi_doc check

# Debian's chromium for tests/browser and bench/bench_desk.py (never Playwright's own download)
browser:
	bash scripts/browser-install.sh

test: install lint typecheck check-schemas browser
	bash scripts/test-all.sh

kafka-up: install
	bash deploy/kafka/kafka-up.sh

kafka-down:
	bash deploy/kafka/kafka-down.sh

# Three combined broker+controller nodes on KAFKA_CLUSTER_PORT..+2 (default 29100-29102),
# controllers on KAFKA_CLUSTER_CONTROLLER_PORT..+2 (29110-29112); fresh data each time.
# Point the service at it with KAFKA_BOOTSTRAP=127.0.0.1:29100,127.0.0.1:29101,127.0.0.1:29102
# FACTSTREAM_KAFKA_REPLICATION_FACTOR=3 FACTSTREAM_KAFKA_MIN_INSYNC_REPLICAS=2.
kafka-cluster-up: install
	bash deploy/kafka/cluster-up.sh

kafka-cluster-down:
	bash deploy/kafka/cluster-down.sh

redis-up: install
	bash deploy/redis/redis-up.sh

redis-down:
	bash deploy/redis/redis-down.sh

worker: install
	$(PY) -m services.worker run

unit: install
	$(PY) -m pytest -q -m unit

bench: install browser
	bash deploy/redis/redis-up.sh && export REDIS_URL=redis://127.0.0.1:$${REDIS_PORT:-16379}/0; \
	bash deploy/kafka/kafka-up.sh && export KAFKA_BOOTSTRAP=127.0.0.1:$${KAFKA_PORT:-19092}; \
	$(PY) bench/run_all.py; status=$$?; \
	bash deploy/kafka/kafka-down.sh; bash deploy/redis/redis-down.sh; exit $$status

# The long schemathesis run (200 examples per operation; `make test` runs 25).
contract-nightly: install
	bash deploy/redis/redis-up.sh && export REDIS_URL=redis://127.0.0.1:$${REDIS_PORT:-16379}/0; \
	SCHEMATHESIS_EXAMPLES=200 $(PY) -m pytest -q -p no:cacheprovider \
		tests/contract/test_openapi_schemathesis.py; status=$$?; \
	bash deploy/redis/redis-down.sh; exit $$status

eval: install
	$(PY) -m services.cli.main eval

clean:
	rm -rf .cache .data $(VENV)
