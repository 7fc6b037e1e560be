#!/bin/sh
# SIGKILL at random moments of `match-cli office` commands: the register must
# always be as before the command or as after it, and pass PRAGMA integrity_check.
#
#   scripts/office-kill-loop.sh [ITERATIONS]        (default 40)
#
# Runs take turns: the first kills `office import city.json` (one transaction
# of ~2 400 records and their audit entries) on a register holding the small
# week; the second kills `office record --all-done` of a published city week
# (every ledger row, the history, the week's state); the third kills
# `office init --agency` (schema and agency built beside the file, then linked
# into place): before is no register at all. Each run starts from a copy of
# the "before" register; after the kill, its fingerprint (row counts, ledger
# hours by state, week states, agencies, audit entries) must equal the
# "before" or the "after" one (taken once from a run left to finish, which
# also times the command: each kill falls at a random moment up to 1.2 times
# that). Uses MATCH_CLI, else
# .build/debug/match-cli. Prints one line a run and a total; exit 0 when every
# run holds, 1 at the first that does not.
set -eu
cd "$(dirname "$0")/.."
ITERATIONS=${1:-40}
MATCH_CLI=${MATCH_CLI:-.build/debug/match-cli}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
M() { "$MATCH_CLI" "$@" --by kill-loop >/dev/null 2>&1; }

fingerprint() {
  # sqlite3 would create a missing file: "no register" is a state of its own.
  [ -e "$1" ] || { echo "no register"; return; }
  sqlite3 "$1" "PRAGMA integrity_check;
    SELECT (SELECT group_concat(id || '=' || name, ' ') FROM (SELECT * FROM agency ORDER BY id)) || ', '
      || (SELECT count(*) FROM worker) || ' workers, ' || (SELECT count(*) FROM user) || ' users, '
      || (SELECT count(*) FROM request) || ' requests, ' || (SELECT count(*) FROM requestWindow) || ' windows, '
      || (SELECT count(*) FROM history) || ' history, ' || (SELECT count(*) FROM auditEntry) || ' audit, '
      || coalesce((SELECT group_concat(state || '=' || h, ' ') FROM (SELECT state, sum(hours) AS h FROM ledgerEntry GROUP BY state ORDER BY state)), 'no ledger')
      || ', weeks ' || coalesce((SELECT group_concat(monday || ':' || state, ' ') FROM (SELECT * FROM week ORDER BY monday)), 'none');" 2>&1 \
    || true  # a file without the tables: its error is its fingerprint, neither before nor after
}

"$MATCH_CLI" generate --profile city --seed 1 -o "$WORK/city.json" >/dev/null 2>&1
MONDAY=$(sed -n 's/.*"weekStart": "\(....-..-..\)".*/\1/p' "$WORK/city.json" | head -1)

# Import: before = the small week; after = the small week plus the city.
M office init --db "$WORK/import-before.sqlite"
M office import scenarios/small-week.json --db "$WORK/import-before.sqlite"
cp "$WORK/import-before.sqlite" "$WORK/import-after.sqlite"
start=$(date +%s.%N)
M office import "$WORK/city.json" --db "$WORK/import-after.sqlite"
IMPORT_SECONDS=$(echo "$(date +%s.%N) - $start" | bc)
# Record: before = the city week published; after = recorded, all done.
M office init --db "$WORK/record-before.sqlite"
M office import "$WORK/city.json" --db "$WORK/record-before.sqlite"
M office plan --week "$MONDAY" --solver greedy --db "$WORK/record-before.sqlite"
M office publish --week "$MONDAY" --db "$WORK/record-before.sqlite"
cp "$WORK/record-before.sqlite" "$WORK/record-after.sqlite"
start=$(date +%s.%N)
M office record --week "$MONDAY" --all-done --db "$WORK/record-after.sqlite"
RECORD_SECONDS=$(echo "$(date +%s.%N) - $start" | bc)
# Init: before = no register; after = the register with its agency.
start=$(date +%s.%N)
M office init --agency ale-kill --agency-name "ALE kill loop" --db "$WORK/init-after.sqlite"
INIT_SECONDS=$(echo "$(date +%s.%N) - $start" | bc)
echo "a full import takes $IMPORT_SECONDS s, a full record $RECORD_SECONDS s, an init $INIT_SECONDS s: kills fall in [0, 1.2 × that]"
for name in import-before import-after record-before record-after init-before init-after; do
  fingerprint "$WORK/$name.sqlite" > "$WORK/$name.print"
done
cmp -s "$WORK/import-before.print" "$WORK/import-after.print" && { echo "office-kill-loop: the import changed nothing" >&2; exit 1; }
cmp -s "$WORK/record-before.print" "$WORK/record-after.print" && { echo "office-kill-loop: the record changed nothing" >&2; exit 1; }
grep -q "ale-kill=ALE kill loop" "$WORK/init-after.print" || { echo "office-kill-loop: the init did not register its agency" >&2; exit 1; }

before=0; after=0
i=1
while [ "$i" -le "$ITERATIONS" ]; do
  case $((i % 3)) in 1) kind=import; seconds=$IMPORT_SECONDS ;; 2) kind=record; seconds=$RECORD_SECONDS ;; *) kind=init; seconds=$INIT_SECONDS ;; esac
  rm -f "$WORK"/work.sqlite*
  [ "$kind" = init ] || cp "$WORK/$kind-before.sqlite" "$WORK/work.sqlite"
  max=$(echo "$seconds * 1.2" | bc)
  delay=$(awk -v seed="$$$i" -v max="$max" 'BEGIN { srand(seed); printf "%.3f", rand() * max }')
  if [ "$kind" = import ]; then
    "$MATCH_CLI" office import "$WORK/city.json" --db "$WORK/work.sqlite" --by kill-loop >/dev/null 2>&1 &
  elif [ "$kind" = init ]; then
    "$MATCH_CLI" office init --agency ale-kill --agency-name "ALE kill loop" --db "$WORK/work.sqlite" --by kill-loop >/dev/null 2>&1 &
  else
    "$MATCH_CLI" office record --week "$MONDAY" --all-done --db "$WORK/work.sqlite" --by kill-loop >/dev/null 2>&1 &
  fi
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null && code=0 || code=$?
  fingerprint "$WORK/work.sqlite" > "$WORK/work.print"
  if cmp -s "$WORK/work.print" "$WORK/$kind-before.print"; then
    verdict=before; before=$((before + 1))
  elif cmp -s "$WORK/work.print" "$WORK/$kind-after.print"; then
    verdict=after; after=$((after + 1))
  else
    echo "office-kill-loop: run $i ($kind killed after $delay s): the register is neither as before nor as after:" >&2
    cat "$WORK/work.print" >&2
    exit 1
  fi
  echo "run $i: $kind killed after $delay s (exit $code): as $verdict"
  i=$((i + 1))
done
echo "office-kill-loop: $ITERATIONS runs, $before as before, $after as after, integrity ok every time"
