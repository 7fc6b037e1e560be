#!/bin/sh
# Fuzzes scenario loading (Scenario.load) with libFuzzer, for SECONDS (default 600).
#
#   scripts/fuzz.sh [SECONDS]
#
# Builds Fuzz/fuzz-scenario-load with `swiftc -sanitize=fuzzer,address` from
# the Matcher sources that loading needs plus Fuzz/*.swift (no SwiftPM, no
# GLPK), seeds a corpus from scenarios/ and Tests/MatcherTests/Fixtures, and
# runs libFuzzer. Exit 0: no crash, no leak-free timeout, no OOM. A crash
# leaves `crash-*` / `timeout-*` files in .build-fuzz/artifacts: add each one to
# Tests/MatcherTests/Fixtures/hostile/ with its expected ScenarioError paths.
# Not run by CI (10 minutes, and a sanitizer build).
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
WORK=.build-fuzz
BIN=$WORK/fuzz-scenario-load
mkdir -p "$WORK/corpus" "$WORK/artifacts"

# The default rules.json / policy.json, embedded as SwiftPM's EmbedResources
# plugin does it, by the same tool.
if [ ! -x "$WORK/embed-json" ] || [ Plugins/EmbedJSON/main.swift -nt "$WORK/embed-json" ]; then
  swiftc -O Plugins/EmbedJSON/main.swift -o "$WORK/embed-json"
fi
"$WORK/embed-json" "$WORK/EmbeddedResources.new" Sources/Matcher/Resources/*.json
if cmp -s "$WORK/EmbeddedResources.new" "$WORK/EmbeddedResources.swift"; then rm "$WORK/EmbeddedResources.new"
else mv "$WORK/EmbeddedResources.new" "$WORK/EmbeddedResources.swift"; fi

SOURCES=$(ls Sources/Matcher/Domain/*.swift Sources/Matcher/Scenario/*.swift Sources/Matcher/JSON/*.swift \
  Sources/Matcher/Validation/*.swift Sources/Matcher/Plan/*.swift Sources/Matcher/Candidates/*.swift \
  "$WORK/EmbeddedResources.swift")
NEWEST=$(ls -t $SOURCES Fuzz/*.swift | head -1)
if [ ! -x "$BIN" ] || [ "$NEWEST" -nt "$BIN" ]; then
  echo "fuzz.sh: building $BIN" >&2
  swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name MatcherFuzz \
    $SOURCES Fuzz/*.swift -o "$BIN"
fi

for seed in scenarios/*.json Tests/MatcherTests/Fixtures/loader/*.json Tests/MatcherTests/Fixtures/hostile/*.json; do
  [ -f "$seed" ] || continue
  size=$(wc -c < "$seed")
  [ "$size" -le 200000 ] && cp "$seed" "$WORK/corpus/"
done

# -max_len 64 KiB keeps mutations fast; the 100 MB, deep-nesting and
# 10 000-window cases are regression fixtures instead (HostileInputTests).
"$BIN" "$WORK/corpus" -dict=Fuzz/scenario.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$SECONDS_TO_RUN" -artifact_prefix="$WORK/artifacts/" -print_final_stats=1 2>&1 \
  | tee "$WORK/last-run.log" | grep -E '^(#[0-9]+ *(INITED|DONE|pulse)|==|stat::|Done|SUMMARY|INFO: (Seed|Loaded))' || true
status=$(grep -c -E 'ERROR: (libFuzzer|AddressSanitizer)|deadly signal|Test unit written' "$WORK/last-run.log" || true)
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: FAILED, see $WORK/last-run.log and $WORK/artifacts/" >&2
  exit 1
fi
echo "fuzz.sh: no crash in $SECONDS_TO_RUN s ($(grep -o 'stat::number_of_executed_units: [0-9]*' "$WORK/last-run.log"))"
