#!/bin/sh
# Tests match-cli as installed, not as built: installs it with
# scripts/install.sh into a temporary prefix (release build in a temporary
# folder, deleted before the runs), then, from /tmp, runs --version, plans
# the bundled week, checks the plan and compares it with the bundled
# scenarios/small-week.plan.json (solver.seconds aside), reports it, and
# starts the web app on its embedded demo agency.
#
#   scripts/test-installed.sh                          (a release install)
#   MATCH_CLI_BIN=.build/debug/match-cli scripts/test-installed.sh   (CI: .ci/run)
#
# With MATCH_CLI_BIN the binary already built is copied into the prefix
# instead (no second build), and its build folder's resource bundles are
# moved out of reach while it runs, so a bundle looked up by a build path
# fails here as it would once installed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
HIDDEN=""
restore() {
  if [ -n "$HIDDEN" ]; then
    for bundle in "$WORK/hidden"/*; do [ -e "$bundle" ] && mv "$bundle" "$HIDDEN/"; done
  fi
  rm -rf "$WORK"
}
trap restore EXIT
if [ -n "${MATCH_CLI_BIN:-}" ]; then
  install -d "$WORK/prefix/bin" "$WORK/hidden"
  install -m 0755 "$MATCH_CLI_BIN" "$WORK/prefix/bin/match-cli"
  HIDDEN=$(cd "$(dirname "$MATCH_CLI_BIN")" && pwd)
  for bundle in "$HIDDEN"/*.resources "$HIDDEN"/*.bundle; do [ -e "$bundle" ] && mv "$bundle" "$WORK/hidden/"; done
else
  SCRATCH="$WORK/build" "$ROOT/scripts/install.sh" "$WORK/prefix"
  rm -rf "$WORK/build"   # nothing of the build is left for the binary to find
fi
BIN="$WORK/prefix/bin/match-cli"
cp "$ROOT/scenarios/small-week.json" "$WORK/week.json"
cd /tmp
passed=0
failed=0
step() {  # step NAME COMMAND...: runs COMMAND, counts it
  name=$1
  shift
  if "$@" >"$WORK/out" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "test-installed: FAILED: $name" >&2
    cat "$WORK/out" >&2
  fi
}
blank_seconds() { sed -E 's/"seconds": [0-9.eE+-]+/"seconds": 0/' "$1"; }
same_as_bundled() {
  blank_seconds "$WORK/plan.json" >"$WORK/a" && blank_seconds "$ROOT/scenarios/small-week.plan.json" >"$WORK/b" && cmp "$WORK/a" "$WORK/b"
}
step "--version" "$BIN" --version
step "plan the bundled week" "$BIN" plan "$WORK/week.json" -o "$WORK/plan.json" --quiet
step "check the plan" "$BIN" check "$WORK/week.json" "$WORK/plan.json"
step "the plan is the bundled plan" same_as_bundled
step "report it in French" "$BIN" report "$WORK/plan.json" --scenario "$WORK/week.json" -o "$WORK/week.txt"
serves_demo() {  # the web app on its embedded demo agency answers its week page, with its own stylesheet
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$BIN" serve --db "$WORK/demo.sqlite" --demo --port "$port" 2>"$WORK/serve.log" &
  pid=$!
  ok=1
  for _ in $(seq 1 100); do
    if python3 - "$port" <<'PY'
import sys, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
page = urllib.request.urlopen(base + "/", timeout=2).read().decode()
assert "Semaine" in page or "semaine" in page, "no week page"
css = urllib.request.urlopen(base + "/assets/app.css", timeout=2)
assert css.status == 200
PY
    then ok=0; break; fi
    sleep 0.2
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ "$ok" -eq 0 ] || cat "$WORK/serve.log"
  return "$ok"
}
step "serve the demo agency" serves_demo
echo "test-installed: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
