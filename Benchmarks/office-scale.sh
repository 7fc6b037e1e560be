#!/bin/bash
# The office register at the scale of Wallonia: the `region` profile (246
# agencies, 6 400 workers, 12 700 requests a week) with a year of recorded
# weeks. Measures (wall clock, not asserted by any test):
#   - office export of one week (issue 13: ≤ 2 s),
#   - office hours of a month (≤ 1 s),
#   - the database's size (≤ 1 GiB).
#
#   Benchmarks/office-scale.sh [WORK_DIR]
#
# PROFILE=city tries the script on a smaller week. Uses MATCH_CLI, else .build-release/release/match-cli (swift build -c release
# --product match-cli --scratch-path .build-release). The year: the region week
# is planned (greedy), published and recorded through match-cli; the 51 weeks
# before it are that week again, dates shifted back 7 days at a time, written
# with sqlite3 as `record` writes them (the week row with its plan and scenario
# kept whole, the plan's rows, the ledger rows as done, their audit entries),
# each worker's earlier rows kept while under 40 h a month and 560 h a year,
# and no opening balance (the register is a year old).
# Prints one line per step, then the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
MATCH_CLI=${MATCH_CLI:-.build-release/release/match-cli}
WORK=${1:-$(mktemp -d)}
mkdir -p "$WORK"
DB="$WORK/region.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"

seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>"$WORK/last.err" || { cat "$WORK/last.err" >&2; exit 1; }; echo "$(date +%s.%N) - $start" | bc; }
best() {  # best of 3 runs
  local best=999999 t
  for _ in 1 2 3; do t=$(seconds "$@"); if (( $(echo "$t < $best" | bc) )); then best=$t; fi; done
  printf '%.3f' "$best"
}

"$MATCH_CLI" generate --profile "${PROFILE:-region}" --seed 1 -o "$WORK/region.json"
MONDAY=$(sed -n 's/.*"weekStart": "\(....-..-..\)".*/\1/p' "$WORK/region.json" | head -1)
MONTH=${MONDAY:0:7}
echo "region week $MONDAY: $(stat -c %s "$WORK/region.json") bytes"
"$MATCH_CLI" office init --db "$DB" >/dev/null
echo "import:  $(seconds "$MATCH_CLI" office import "$WORK/region.json" --db "$DB" --by bench) s"
echo "plan:    $(seconds "$MATCH_CLI" office plan --week "$MONDAY" --solver greedy --db "$DB" --by bench) s (greedy)"
echo "publish: $(seconds "$MATCH_CLI" office publish --week "$MONDAY" --db "$DB" --by bench) s"
echo "record:  $(seconds "$MATCH_CLI" office record --week "$MONDAY" --all-done --db "$DB" --by bench) s"

start=$(date +%s.%N)
sqlite3 "$DB" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE k(n INTEGER PRIMARY KEY);
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 51) INSERT INTO k SELECT n FROM r;
INSERT INTO week(monday, state, plannedAt, publishedAt, recordedAt)
  SELECT date(monday, '-' || (7 * n) || ' days'), 'recorded', plannedAt, publishedAt, recordedAt
  FROM week, k WHERE monday = '$MONDAY';
INSERT INTO weekDocument SELECT date(weekMonday, '-' || (7 * n) || ' days'), kind, size, deflated
  FROM weekDocument, k WHERE weekMonday = '$MONDAY';
INSERT INTO weekAssignment
  SELECT date(weekMonday, '-' || (7 * n) || ' days'), version, request, worker, user, activity, capClass,
         date(date, '-' || (7 * n) || ' days'), start, "end", hours, distanceKm, travelCostEUR, pinned
  FROM weekAssignment, k WHERE weekMonday = '$MONDAY';
INSERT INTO ledgerEntry(weekMonday, request, workerId, userId, activity, capClass, date, month, year, start, "end", plannedHours, hours, state)
  SELECT date(weekMonday, '-' || (7 * n) || ' days'), request, workerId, userId, activity, capClass,
         date(date, '-' || (7 * n) || ' days'), strftime('%Y-%m', date(date, '-' || (7 * n) || ' days')),
         CAST(strftime('%Y', date(date, '-' || (7 * n) || ' days')) AS INTEGER), start, "end", plannedHours, hours, state
  FROM ledgerEntry, k WHERE weekMonday = '$MONDAY';
INSERT INTO auditEntry(at, by, action, entity, entityId, old, new)
  SELECT at, by, action, entity, date(substr(entityId, 1, 10), '-' || (7 * n) || ' days') || substr(entityId, 11), old, new
  FROM auditEntry, k WHERE action = 'record';
-- A worker repeating the same week all year would pass the caps, which the planning never does:
-- keep the earlier weeks' rows only while the worker stays under 40 h a month and 560 h a year.
DELETE FROM ledgerEntry WHERE id IN (
  SELECT id FROM (
    SELECT id, sum(hours) OVER (PARTITION BY workerId, month ORDER BY date, id) AS monthly,
           sum(hours) OVER (PARTITION BY workerId, year ORDER BY date, id) AS yearly
    FROM ledgerEntry WHERE weekMonday <> '$MONDAY')
  WHERE monthly > 40 OR yearly > 560);
-- The register started a year ago: the generated week's opening balances are now ledger rows.
DELETE FROM openingBalance;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL

echo "a year:  $(echo "$(date +%s.%N) - $start" | bc) s (51 weeks more with sqlite3)"
sqlite3 "$DB" "SELECT count(*) || ' weeks' FROM week; SELECT count(*) || ' ledger rows' FROM ledgerEntry; SELECT count(*) || ' audit entries' FROM auditEntry;"

NEXT=$(date -d "$MONDAY + 7 days" +%F)
echo
echo "office export --week $MONDAY (12 700 requests, a year of ledger): $(best "$MATCH_CLI" office export --week "$MONDAY" --db "$DB" -o "$WORK/export.json") s (best of 3)"
echo "office export --week $NEXT (the next week): $(best "$MATCH_CLI" office export --week "$NEXT" --db "$DB" -o "$WORK/next.json") s (best of 3)"
echo "office hours --month $MONTH: $(best "$MATCH_CLI" office hours --month "$MONTH" --db "$DB") s (best of 3)"
echo "office statement --month $MONTH: $(best "$MATCH_CLI" office statement --month "$MONTH" --db "$DB") s (best of 3)"
"$MATCH_CLI" validate "$WORK/export.json" >/dev/null && echo "validate accepts the export"
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
size=$(stat -c %s "$DB")
echo "database: $size bytes ($(echo "scale=1; $size / 1048576" | bc) MiB)"
