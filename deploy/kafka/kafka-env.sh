# Sourced by the kafka-*.sh scripts: paths and ports, each overridable from the environment.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${FACTSTREAM_CACHE:-$root/.cache}"
kafka_home="$cache/kafka"
libs="$kafka_home/libs"
data="$kafka_home/data"
pidfile="$kafka_home/broker.pid"
logfile="$kafka_home/broker.log"
KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
KAFKA_READY_TIMEOUT="${KAFKA_READY_TIMEOUT:-60}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
PYTHON="${PYTHON:-$root/.venv/bin/python}"

# True when the PID file names a live broker started by us (never match processes by name).
broker_alive() {
  [[ -f "$pidfile" ]] || return 1
  local pid
  pid="$(cat "$pidfile")"
  [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "kafka.Kafka $data/server.properties"
}
