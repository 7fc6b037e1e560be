#!/bin/sh
# Prints one sha256 per plan as written, minus its `solver.seconds` line (the
# only field that depends on the clock), for the bundled weeks and a set of generated ones,
# so that a refactoring can show every plan byte-identical before and after:
#
#   scripts/plan-digests.sh > before.txt    # on the old commit
#   scripts/plan-digests.sh | diff before.txt -
#
# Only weeks whose MIP ends well inside its limit (proven optimal, or the
# greedy method) are listed: a plan cut by the clock depends on the machine.
# Uses MATCH_CLI, else .build/release/match-cli (built if missing).
set -eu
cd "$(dirname "$0")/.."
if [ -z "${MATCH_CLI:-}" ]; then
  MATCH_CLI=.build/release/match-cli
  [ -x "$MATCH_CLI" ] || swift build -c release --product match-cli >&2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# digest NAME SCENARIO [plan options...]: plans SCENARIO and prints "sha256  NAME".
digest() {
  # status printed too: a MIP plan that is not "optimal" depends on the clock.
  name=$1 scenario=$2
  shift 2
  "$MATCH_CLI" plan "$scenario" --quiet -o "$WORK/$name.plan.json" "$@" || [ $? -le 4 ]
  # The bytes as written, minus the one line of the solver block that is wall time.
  sum=$(sed '/^  "solver": {/,/^  }/{/^    "seconds": /d;}' "$WORK/$name.plan.json" | sha256sum | cut -d' ' -f1)
  status=$(sed -n 's/^  "status": "\([a-z]*\)",$/\1/p' "$WORK/$name.plan.json")
  printf '%s  %s (%s)\n' "$sum" "$name" "$status"
}

digest small-week scenarios/small-week.json
digest small-week-greedy scenarios/small-week.json --solver greedy
digest straddle-week scenarios/straddle-week.json
digest straddle-week-greedy scenarios/straddle-week.json --solver greedy
for seed in 1 2 3 4 5; do
  "$MATCH_CLI" generate --profile ale --seed "$seed" -o "$WORK/ale-$seed.json"
  digest "ale-$seed" "$WORK/ale-$seed.json"
  digest "ale-$seed-greedy" "$WORK/ale-$seed.json" --solver greedy
done
"$MATCH_CLI" generate --profile ale --seed 9 --week-start 2026-11-30 -o "$WORK/ale-straddle.json"
digest ale-9-straddle "$WORK/ale-straddle.json"
for seed in 1 2; do
  "$MATCH_CLI" generate --profile city --seed "$seed" -o "$WORK/city-$seed.json"
  digest "city-$seed-greedy" "$WORK/city-$seed.json" --solver greedy
done
"$MATCH_CLI" generate --profile region --seed 1 -o "$WORK/region-1.json"
digest region-1-greedy "$WORK/region-1.json" --solver greedy
# Re-planning: keep as much of the greedy plan as the week allows (--keep).
digest ale-2-keep "$WORK/ale-2.json" --keep "$WORK/ale-2-greedy.plan.json"
# The city week is one component above the column-generation threshold: a
# 2 % gap ends the search (about 10 s) long before the 60 s limit.
digest city-1-gap "$WORK/city-1.json" --mip-gap 0.02
