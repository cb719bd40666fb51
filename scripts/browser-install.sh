#!/usr/bin/env bash
# The browser tests need a headless Chromium: Debian's `chromium` package. Install it when
# missing and we may (root with apt-get). Under CI=true a browser that cannot be had fails
# here, so the browser tier never silently skips.
set -uo pipefail
ci() { [[ "${CI:-}" =~ ^(1|true|yes)$ ]]; }
found() { command -v chromium >/dev/null || [[ -x "${FACTSTREAM_CHROMIUM:-/nonexistent}" ]]; }
found && exit 0
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  echo "installing chromium (Debian package) for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
fi
found && exit 0
if ci; then
  echo "CI: no chromium for the browser tests (apt-get install chromium)" >&2
  exit 1
fi
echo "note: no chromium; the browser tests will skip (apt-get install chromium)" >&2
