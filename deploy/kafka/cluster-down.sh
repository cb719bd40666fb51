#!/usr/bin/env bash
# Stop the cluster's nodes named by their PID files: SIGTERM, SIGKILL after a timeout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"

pids=()
for n in "${NODES[@]}"; do
  if node_alive "$n"; then
    pid="$(cat "$(node_pidfile "$n")")"
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
  fi
  rm -f "$(node_pidfile "$n")"
done
for pid in "${pids[@]}"; do
  for _ in $(seq 1 $((KAFKA_STOP_TIMEOUT * 10))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
done
echo "cluster-down: ${#pids[@]} node(s) stopped" >&2
