#!/bin/sh
# Measures how well `match-cli plan --time-limit T` keeps its limit:
# wall time from exec to exit, on generated city and region weeks, for
# T = 10 and 30 (or the T values given). Each run must exit within T + 1 s
# with a valid plan (`match-cli check` OK). Prints one line per run.
#
#   scripts/time-limit.sh [T ...]
#
# Uses MATCH_CLI, else the release build in .build-nightly-release (built
# once if missing). Not a unit test: timings belong to a machine, not to CI.
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 10 30
if [ -z "${MATCH_CLI:-}" ]; then
  MATCH_CLI=.build-nightly-release/release/match-cli
  [ -x "$MATCH_CLI" ] || swift build -c release --scratch-path .build-nightly-release --product match-cli
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for profile in city region; do
  "$MATCH_CLI" generate --profile "$profile" --seed 1 -o "$WORK/$profile.json"
done

failed=0
printf '%-7s %5s %9s %9s %6s %s\n' profile T wall overshoot exit status
for limit in "$@"; do
  for profile in city region; do
    start=$(date +%s.%N)
    "$MATCH_CLI" plan "$WORK/$profile.json" --time-limit "$limit" --quiet -o "$WORK/plan.json" && code=0 || code=$?
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc)
    over=$(echo "$wall - $limit" | bc)
    status=$(grep -o '"status" *: *"[a-z]*"' "$WORK/plan.json" | head -1 | sed 's/.*"\([a-z]*\)"$/\1/')
    hit=$(grep -o '"timeLimitHit" *: *[a-z]*' "$WORK/plan.json" | sed 's/.*: *//')
    printf '%-7s %5s %8.2fs %+8.2fs %6s %s (timeLimitHit %s)\n' "$profile" "$limit" "$wall" "$over" "$code" "$status" "$hit"
    if ! "$MATCH_CLI" check "$WORK/$profile.json" "$WORK/plan.json" >/dev/null; then
      echo "time-limit: $profile T=$limit: the plan is not valid" >&2; failed=1
    fi
    if [ "$(echo "$wall > $limit + 1" | bc)" -eq 1 ]; then
      echo "time-limit: $profile T=$limit: exited after $wall s, more than T + 1" >&2; failed=1
    fi
    rm -f "$WORK/plan.json"
  done
done
exit "$failed"
