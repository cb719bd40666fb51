#!/usr/bin/env bash
# Stop the Redis server named by the PID file: SIGTERM, SIGKILL after a timeout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/redis-env.sh"

if ! redis_alive; then
  rm -f "$pidfile"
  exit 0
fi
pid="$(cat "$pidfile")"
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 $((REDIS_STOP_TIMEOUT * 10))); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
rm -f "$pidfile"
echo "redis-down: pid $pid stopped" >&2
