#!/usr/bin/env bash
# Start a throwaway Redis server (no persistence) on 127.0.0.1; ready on PING.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/redis-env.sh"

server="$(redis_bin redis-server)" || { echo "redis-up: no redis-server found" >&2; exit 1; }
cli="$(redis_bin redis-cli)"
if redis_alive; then
  "$cli" -h "$REDIS_HOST" -p "$REDIS_PORT" ping >/dev/null && exit 0
fi
mkdir -p "$redis_home"
[[ -f "$cache/.gitignore" ]] || echo "*" >"$cache/.gitignore"
nohup "$server" --bind "$REDIS_HOST" --port "$REDIS_PORT" --save '' --appendonly no \
  --dir "$redis_home" --daemonize no --protected-mode no >"$logfile" 2>&1 </dev/null &
echo $! >"$pidfile"
for _ in $(seq 1 $((REDIS_READY_TIMEOUT * 20))); do
  if [[ "$("$cli" -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]; then
    echo "redis-up: pid $(cat "$pidfile") ready on redis://$REDIS_HOST:$REDIS_PORT/0" >&2
    exit 0
  fi
  sleep 0.05
done
echo "redis-up: no PONG within ${REDIS_READY_TIMEOUT}s; log tail:" >&2
tail -n 30 "$logfile" >&2
bash "$here/redis-down.sh" || true
exit 1
