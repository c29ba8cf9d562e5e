#!/usr/bin/env bash
# Checks the SQL references against uplift-cli on data that has every case they must handle:
# a small demo file, then variety.sql (every tactic kind, versions, line terms, price lists,
# odd periods, cancelled and rejected promotions, promotions without lines, funds...) and the
# actuals of variety_actuals.sql (sell-out, returns, zero weeks...) imported by uplift-cli.
#
#   bench/sql/tests/check_sql.sh [BUILD_DIR]     (default: build/release)
#
# Exits 1 when a reference prints another number than Uplift.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BIN=$(cd "${1:-$ROOT/build/release}" && pwd)
CLI=$BIN/src/cli/uplift-cli
COMPARE=$BIN/bench/compare_csv
TODAY=2026-06-30
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$CLI" --db "$T/v.uplift" demo --scale 0.02 >/dev/null
sqlite3 "$T/v.uplift" <"$ROOT/bench/sql/tests/variety.sql"
sqlite3 -csv -header "$T/v.uplift" <"$ROOT/bench/sql/tests/variety_actuals.sql" | tr -d '\r' \
  >"$T/actuals.csv"
"$CLI" --db "$T/v.uplift" --today "$TODAY" import actuals "$T/actuals.csv" >/dev/null
status=0
check() {  # NAME SQL KEYS CLI-ARGS...
  local name=$1 sql=$2 keys=$3
  shift 3
  if ! "$CLI" --db "$T/v.uplift" --today "$TODAY" "$@" >"$T/$name.uplift.csv" 2>"$T/$name.err"
  then
    echo "$name: skipped, uplift-cli $*: $(head -1 "$T/$name.err")"
    return 0
  fi
  sqlite3 -csv -header "$T/v.uplift" ".read '$ROOT/bench/sql/$sql'" >"$T/$name.sql.csv"
  echo -n "$name: "
  "$COMPARE" --keys "$keys" "$T/$name.uplift.csv" "$T/$name.sql.csv" || status=1
}
check roi roi.sql 1 report roi --format csv
check budget budget_vs_actual.sql 1 report budget-vs-actual --format csv
check brand_channel brand_channel_month.sql 3 report brand-channel --by month --format csv
exit $status
