#!/bin/sh
# SIGKILL at random points of a long `match-cli plan`: the target path must
# always hold either the OLD plan (byte for byte) or a complete valid plan.
#
#   scripts/kill-test.sh [ITERATIONS] [TIME_LIMIT]      (default 30 and 20)
#
# Uses MATCH_CLI, else the release build in .build-nightly-release (built
# once if missing). Generates a city week, writes an old valid plan (greedy)
# at the target, then kills `plan --time-limit T` after a random delay in
# [0, T + 3] s, ITERATIONS times. After a SIGKILL a `.plan.json.tmp-PID` file
# may remain (nothing can remove it); it is counted and removed. A final
# normal run must leave no temporary file. Exit 0 when every iteration holds.
set -eu
cd "$(dirname "$0")/.."
ITERATIONS=${1:-30}
LIMIT=${2:-20}
if [ -z "${MATCH_CLI:-}" ]; then
  MATCH_CLI=.build-nightly-release/release/match-cli
  [ -x "$MATCH_CLI" ] || swift build -c release --scratch-path .build-nightly-release --product match-cli
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$MATCH_CLI" generate --profile city --seed 1 -o "$WORK/city.json"
"$MATCH_CLI" plan "$WORK/city.json" --solver greedy --quiet -o "$WORK/plan.json"
cp "$WORK/plan.json" "$WORK/old.json"

old=0; new=0; stray=0
i=1
while [ "$i" -le "$ITERATIONS" ]; do
  delay=$(awk -v seed="$$$i" -v max="$LIMIT" 'BEGIN { srand(seed); printf "%.2f", rand() * (max + 3) }')
  "$MATCH_CLI" plan "$WORK/city.json" --time-limit "$LIMIT" --quiet -o "$WORK/plan.json" &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null && code=0 || code=$?
  if cmp -s "$WORK/plan.json" "$WORK/old.json"; then
    verdict=old; old=$((old + 1))
  elif "$MATCH_CLI" check "$WORK/city.json" "$WORK/plan.json" >/dev/null 2>&1; then
    verdict="new, valid"; new=$((new + 1))
    cp "$WORK/old.json" "$WORK/plan.json"
  else
    echo "kill-test: iteration $i (killed after $delay s): plan.json is neither the old plan nor a valid one" >&2
    exit 1
  fi
  temps=$(find "$WORK" -name '.plan.json.tmp-*' | wc -l)
  stray=$((stray + temps))
  find "$WORK" -name '.plan.json.tmp-*' -delete
  echo "iteration $i: killed after $delay s (exit $code): $verdict${temps:+, $temps temporary file(s) left by the kill}" | sed 's/, 0 temporary file(s) left by the kill//'
  i=$((i + 1))
done

"$MATCH_CLI" plan "$WORK/city.json" --time-limit 5 --quiet -o "$WORK/plan.json" || true
if [ -n "$(find "$WORK" -name '.plan.json.tmp-*')" ]; then
  echo "kill-test: a normal run left a temporary file" >&2
  exit 1
fi
echo "kill-test: $ITERATIONS iterations, old plan kept $old, new valid plan $new, never partial; $stray temporary file(s) left by SIGKILL; none after a normal run"
