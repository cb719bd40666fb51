#!/usr/bin/env bash
# Stop the broker named by the PID file: SIGTERM (controlled shutdown), SIGKILL after a timeout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"

if ! broker_alive; then
  rm -f "$pidfile"
  exit 0
fi
pid="$(cat "$pidfile")"
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 $((KAFKA_STOP_TIMEOUT * 10))); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  echo "kafka-down: pid $pid ignored SIGTERM for ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
fi
rm -f "$pidfile"
echo "kafka-down: broker pid $pid stopped" >&2
