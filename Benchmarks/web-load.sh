#!/usr/bin/env bash
# Load test of the web app from a second process: 20 clients (wrk) read the week page of
# a city week (300 workers, 800 requests) while a plan of that week runs in the
# background. Loopback only, bounded in time. Prints wrk's latency distribution (p50,
# p99), the request count and the errors, and checks the plan was still running at the end.
# Usage: Benchmarks/web-load.sh [SECONDS]   (MATCH_CLI=path to a built match-cli; default .build/release, else .build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
BIN="${MATCH_CLI:-}"
if [ -z "$BIN" ]; then
  if [ -x .build/release/match-cli ]; then BIN=.build/release/match-cli; else BIN=.build/debug/match-cli; fi
fi
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
WORK="$(mktemp -d)"
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; [ -n "$SERVER" ] && wait "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
"$BIN" generate --profile city --seed 1 -o "$WORK/city.json" 2>/dev/null
"$BIN" office init --db "$WORK/city.sqlite" >/dev/null 2>&1
"$BIN" office import "$WORK/city.json" --db "$WORK/city.sqlite" >/dev/null 2>&1
WEEK="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["weekStart"])' "$WORK/city.json")"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
PLAN_SECONDS=$((DURATION + 10))
"$BIN" serve --db "$WORK/city.sqlite" --port "$PORT" --plan-time-limit "$PLAN_SECONDS" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do grep -q serving "$WORK/serve.log" && break; sleep 0.1; done
BASE="http://127.0.0.1:$PORT"
echo "binary $BIN, city week $WEEK (300 workers, 800 requests), $DURATION s of load, plan time limit $PLAN_SECONDS s"
# A session and its CSRF token, then a first plan so that the week page shows the whole grid.
python3 - "$BASE" "$WEEK" "$WORK" <<'PY'
import http.cookiejar, re, sys, time, urllib.parse, urllib.request
base, week, work = sys.argv[1:4]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(f"{base}/week?week={week}").read().decode()
token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
def plan(keep):
    data = urllib.parse.urlencode({"_csrf": token, "week": week, "keep": "1" if keep else "0"}).encode()
    opener.open(f"{base}/week/plan", data=data).read()
def state():
    return opener.open(f"{base}/week/plan/status?week={week}").read().decode()
started = time.time()
plan(False)
while '"running"' in state():
    time.sleep(0.5)
print(f"first plan: {time.time() - started:.1f} s, {state()}")
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
open(f"{work}/cookie", "w").write(cookie)
open(f"{work}/token", "w").write(token)
size = len(opener.open(f"{base}/week?week={week}").read())
print(f"week page: {size} bytes")
plan(False)  # a second plan from scratch runs (to its time limit) while wrk reads
print("second plan started:", state())
PY
COOKIE="$(cat "$WORK/cookie")"
wrk -t2 -c20 -d"${DURATION}s" --timeout 10s --latency -H "Cookie: $COOKIE" "$BASE/week?week=$WEEK" | tee "$WORK/wrk.txt"
STATUS="$(curl -s -H "Cookie: $COOKIE" "$BASE/week/plan/status?week=$WEEK")"
echo "plan status right after the load: $STATUS"
if grep -q "Non-2xx\|Socket errors" "$WORK/wrk.txt"; then echo "FAIL: errors under load"; exit 1; fi
echo "$STATUS" | grep -q running || { echo "FAIL: the plan ended before the load did"; exit 1; }
echo "OK: no error"
