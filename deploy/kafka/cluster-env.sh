# Sourced by the cluster-*.sh scripts: three nodes on loopback, ports overridable.
# Brokers listen on KAFKA_CLUSTER_PORT, +1, +2 (default 29100-29102), controllers on
# KAFKA_CLUSTER_CONTROLLER_PORT, +1, +2 (default 29110-29112): clear of the single-node
# broker's 19092/19093.
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"
cluster_home="$cache/kafka-cluster"
KAFKA_CLUSTER_PORT="${KAFKA_CLUSTER_PORT:-29100}"
KAFKA_CLUSTER_CONTROLLER_PORT="${KAFKA_CLUSTER_CONTROLLER_PORT:-29110}"
KAFKA_CLUSTER_HEAP="${KAFKA_CLUSTER_HEAP:-384m}"
NODES=(1 2 3)

node_port() { echo $((KAFKA_CLUSTER_PORT + $1 - 1)); }
node_controller_port() { echo $((KAFKA_CLUSTER_CONTROLLER_PORT + $1 - 1)); }
node_dir() { echo "$cluster_home/node-$1"; }
node_pidfile() { echo "$cluster_home/node-$1.pid"; }
cluster_bootstrap() {
  local out="" n
  for n in "${NODES[@]}"; do out+="${out:+,}$KAFKA_HOST:$(node_port "$n")"; done
  echo "$out"
}

# True when the node's PID file names a live broker of this cluster (never match by name).
node_alive() {
  local pidfile pid
  pidfile="$(node_pidfile "$1")"
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" |
    grep -q "kafka.Kafka $(node_dir "$1")/server.properties"
}
