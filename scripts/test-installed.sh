#!/bin/sh
# Tests match-cli as installed, not as built: installs it with
# scripts/install.sh into a temporary prefix (release build in a temporary
# folder, deleted before the runs), then, from /tmp, runs --version, plans
# the bundled week, checks the plan and compares it with the bundled
# scenarios/small-week.plan.json (solver.seconds aside).
#
#   scripts/test-installed.sh        (CI: .ci/run)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SCRATCH="$WORK/build" "$ROOT/scripts/install.sh" "$WORK/prefix"
rm -rf "$WORK/build"   # nothing of the build is left for the binary to find
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
echo "test-installed: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
