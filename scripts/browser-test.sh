#!/usr/bin/env bash
# End-to-end browser test of the web app: starts the built `match-cli serve` on a free
# loopback port with a fresh demo register, drives Debian's chromium through Selenium
# (scripts/browser_test.py), saves screenshots into docs/screenshots/, and exits
# non-zero on any failure. Needs: chromium chromium-driver (apt), selenium (pip).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${MATCH_CLI:-.build/debug/match-cli}"
[ -x "$BIN" ] || swift build --product match-cli
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
"$BIN" serve --db "$WORK/demo.sqlite" --demo --port "$PORT" --plan-time-limit 10 >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  grep -q "serving" "$WORK/serve.log" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log"; echo "0 passed, 1 failed"; exit 1; }
  sleep 0.1
done
mkdir -p docs/screenshots
status=0
python3 scripts/browser_test.py "http://127.0.0.1:$PORT" docs/screenshots || status=$?
if [ "$status" -ne 0 ]; then echo "--- server log"; tail -n 40 "$WORK/serve.log"; fi
exit "$status"
