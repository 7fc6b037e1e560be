#!/bin/sh
# Writes Tests/OfficeTests/Fixtures/office-v1.sqlite: a register made by schema v1
# (the small week imported, its week planned, published and recorded with a
# no-show, a recurring request), in rollback-journal mode so that it is one file.
# Run once when v1 was current; the committed file then tests that later
# versions migrate and read it. Usage: scripts/make-office-v1-fixture.sh
set -eu
cd "$(dirname "$0")/.."
MATCH_CLI=${MATCH_CLI:-.build/debug/match-cli}
OUT=Tests/OfficeTests/Fixtures/office-v1.sqlite
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/office.sqlite"
"$MATCH_CLI" office init --db "$DB" --by fixture
"$MATCH_CLI" office import scenarios/small-week.json --db "$DB" --by fixture
"$MATCH_CLI" office import --requests /dev/stdin --db "$DB" --by fixture <<'CSV'
id;utilisateur;activite;heures;de;a;jours;toutes_les;du;sauf
r-school;u-ecole;school_care;1;07:00;08:30;ma je;1;2026-11-24;2026-12-24
CSV
"$MATCH_CLI" office plan --week 2026-11-23 --db "$DB" --by fixture --quiet
"$MATCH_CLI" office publish --week 2026-11-23 --db "$DB" --by fixture
printf 'demande;prestataire;etat\nr-05;w-david;absent\n' > "$WORK/record.csv"
"$MATCH_CLI" office record --week 2026-11-23 --csv "$WORK/record.csv" --db "$DB" --by fixture
sqlite3 "$DB" "PRAGMA journal_mode=DELETE; VACUUM;" >/dev/null
cp "$DB" "$OUT"
echo "wrote $OUT"
