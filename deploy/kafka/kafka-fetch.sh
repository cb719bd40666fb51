#!/usr/bin/env bash
# Collect the Kafka broker jars into .cache/kafka/libs (once; a stamp of the pom skips Maven later).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${FACTSTREAM_CACHE:-$root/.cache}"
libs="$cache/kafka/libs"
stamp="$libs/.pom.sha256"
mkdir -p "$cache"
# Keep the whole cache out of git without touching the root .gitignore.
[[ -f "$cache/.gitignore" ]] || echo "*" >"$cache/.gitignore"
want="$(sha256sum "$here/pom.xml" | cut -d' ' -f1)"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && compgen -G "$libs/kafka_2.13-*.jar" >/dev/null; then
  exit 0
fi
command -v mvn >/dev/null || { echo "kafka-fetch: mvn not found (apt-get install maven)" >&2; exit 1; }
# A stale libs dir from another pom would mix versions on the classpath.
rm -rf "$libs"
mkdir -p "$libs"
echo "kafka-fetch: resolving broker jars with Maven into $libs" >&2
# Maven 3.8 prints colour codes even with -q: keep its output for failures only.
if ! mvn -B -q -f "$here/pom.xml" -Dmaven.repo.local="$cache/m2" -Dlibs.dir="$libs" package \
    >"$cache/kafka/mvn.log" 2>&1; then
  tail -n 40 "$cache/kafka/mvn.log" >&2
  exit 1
fi
echo "$want" >"$stamp"
