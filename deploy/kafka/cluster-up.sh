#!/usr/bin/env bash
# Start the three-node KRaft cluster (fresh data), or with `--node N` start node N again on
# its existing data (after a kill -9). Ready when every broker is in the metadata.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"

java_opts=(-Xmx"$KAFKA_CLUSTER_HEAP" -Xms128m -XX:+UseG1GC -Djava.awt.headless=true
           -Dlog4j2.configurationFile="$here/log4j2.properties")

start_node() {
  local n="$1" dir
  dir="$(node_dir "$n")"
  nohup java "${java_opts[@]}" -cp "$libs/*" kafka.Kafka "$dir/server.properties" \
    >>"$dir/broker.log" 2>&1 </dev/null &
  echo $! >"$(node_pidfile "$n")"
}

if [[ "${1:-}" == "--node" ]]; then
  n="$2"
  node_alive "$n" && { echo "cluster-up: node $n is running" >&2; exit 0; }
  start_node "$n"
  "$PYTHON" "$here/kafka_ready.py" "$KAFKA_HOST:$(node_port "$n")" "$KAFKA_READY_TIMEOUT" || {
    echo "cluster-up: node $n not ready" >&2; tail -n 40 "$(node_dir "$n")/broker.log" >&2; exit 1; }
  echo "cluster-up: node $n pid $(cat "$(node_pidfile "$n")") back on port $(node_port "$n")" >&2
  exit 0
fi

bash "$here/cluster-down.sh" >/dev/null 2>&1 || true
bash "$here/kafka-fetch.sh"
rm -rf "$cluster_home"
mkdir -p "$cluster_home"
[[ -f "$cache/.gitignore" ]] || echo "*" >"$cache/.gitignore"
voters=""
for n in "${NODES[@]}"; do voters+="${voters:+,}$n@$KAFKA_HOST:$(node_controller_port "$n")"; done
cluster_id="$("$PYTHON" -c 'import base64,uuid
while (s := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"): pass
print(s)')"
for n in "${NODES[@]}"; do
  dir="$(node_dir "$n")"
  mkdir -p "$dir/log"
  sed -e "s|@HOST@|$KAFKA_HOST|g" -e "s|@PORT@|$(node_port "$n")|g" -e "s|@NODE@|$n|g" \
      -e "s|@CONTROLLER_PORT@|$(node_controller_port "$n")|g" -e "s|@VOTERS@|$voters|g" \
      -e "s|@LOG_DIR@|$dir/log|g" "$here/cluster.properties.in" >"$dir/server.properties"
  java "${java_opts[@]}" -cp "$libs/*" kafka.tools.StorageTool format \
    -t "$cluster_id" -c "$dir/server.properties" >"$dir/broker.log" 2>&1 &
done
for n in "${NODES[@]}"; do  # the three formats run at once: wait for each
  wait -n || { echo "cluster-up: a storage format failed" >&2
    tail -n 40 "$cluster_home"/node-*/broker.log >&2; exit 1; }
done
for n in "${NODES[@]}"; do start_node "$n"; done
if ! "$PYTHON" "$here/kafka_ready.py" "$(cluster_bootstrap)" "$KAFKA_READY_TIMEOUT" 3; then
  echo "cluster-up: not all 3 brokers ready within ${KAFKA_READY_TIMEOUT}s" >&2
  for n in "${NODES[@]}"; do tail -n 20 "$(node_dir "$n")/broker.log" >&2; done
  bash "$here/cluster-down.sh" || true
  exit 1
fi
echo "cluster-up: 3 brokers ready on $(cluster_bootstrap)" >&2
