#!/usr/bin/env bash
# Start a single-node KRaft broker on 127.0.0.1 from the Maven-collected jars; ready on metadata.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/kafka-env.sh"

if broker_alive; then
  "$PYTHON" "$here/kafka_ready.py" "$KAFKA_HOST:$KAFKA_PORT" 10 && exit 0
  echo "kafka-up: broker pid $(cat "$pidfile") is alive but not answering" >&2
  exit 1
fi
bash "$here/kafka-fetch.sh"

# Fresh data every time: tests expect an empty log.
rm -rf "$data"
mkdir -p "$data/log"
sed -e "s|@HOST@|$KAFKA_HOST|g" -e "s|@PORT@|$KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" -e "s|@LOG_DIR@|$data/log|g" \
    "$here/server.properties.in" >"$data/server.properties"

java_opts=(-Xmx"$KAFKA_HEAP" -Xms128m -XX:+UseG1GC -Djava.awt.headless=true
           -Dlog4j2.configurationFile="$here/log4j2.properties")
# A random Kafka Uuid (base64url, 22 chars) without a JVM start; Kafka rejects a leading '-'.
cluster_id="$("$PYTHON" -c 'import base64,uuid
while (s := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"): pass
print(s)')"
java "${java_opts[@]}" -cp "$libs/*" kafka.tools.StorageTool format \
  -t "$cluster_id" -c "$data/server.properties" >"$logfile" 2>&1 || {
  echo "kafka-up: storage format failed" >&2; tail -n 40 "$logfile" >&2; exit 1; }

nohup java "${java_opts[@]}" -cp "$libs/*" kafka.Kafka "$data/server.properties" \
  >>"$logfile" 2>&1 </dev/null &
echo $! >"$pidfile"

if ! "$PYTHON" "$here/kafka_ready.py" "$KAFKA_HOST:$KAFKA_PORT" "$KAFKA_READY_TIMEOUT"; then
  echo "kafka-up: broker not ready within ${KAFKA_READY_TIMEOUT}s; log tail:" >&2
  tail -n 60 "$logfile" >&2
  bash "$here/kafka-down.sh" || true
  exit 1
fi
echo "kafka-up: broker pid $(cat "$pidfile") ready on $KAFKA_HOST:$KAFKA_PORT" >&2
