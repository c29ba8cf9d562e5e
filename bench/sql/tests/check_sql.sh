#!/usr/bin/env bash
# Checks the SQL references against uplift-cli on data that has every case they must handle:
# a small demo file, then variety.sql (every tactic kind, versions, line terms, price lists,
# odd periods, cancelled and rejected promotions, promotions without lines, funds...) and the
# actuals of variety_actuals.sql (sell-out, returns, zero weeks...) imported by uplift-cli.
# On that file the brand × channel reference must also print the rows variety.sql's PRZ00021…25
# call for (spend without sales, the fee's odd cent, statuses that do not count).
# The unjustified-discounts reference is checked on that file too, and on the scenario of
# tests/cli/discounts_scenario_test.cpp built by discounts_scenario.sh (the test's own rows,
# whose report must be the one the test spells out, then P9's line-specific terms on top).
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
check() {  # NAME SQL KEYS CLI-ARGS...   (on FILE, default the variety file)
  local name=$1 sql=$2 keys=$3 file=${FILE:-$T/v.uplift}
  shift 3
  if ! "$CLI" --db "$file" --today "$TODAY" "$@" >"$T/$name.uplift.csv" 2>"$T/$name.err"
  then
    echo "$name: skipped, uplift-cli $*: $(head -1 "$T/$name.err")"
    return 0
  fi
  sqlite3 -csv -header "$file" ".read '$ROOT/bench/sql/$sql'" >"$T/$name.sql.csv"
  echo -n "$name: "
  "$COMPARE" --keys "$keys" "$T/$name.uplift.csv" "$T/$name.sql.csv" || status=1
}
check roi roi.sql 1 report roi --format csv
check budget budget_vs_actual.sql 1 report budget-vs-actual --format csv
check brand_channel brand_channel_month.sql 3 report brand-channel --by month --format csv
check unjustified unjustified_discounts.sql 3 report unjustified-discounts --format csv

# The brand × channel rows of variety.sql's PRZ00021…25, which the demo does not give: spend
# without sales (gross 0, units 0, spend rate empty), the fee's odd cent on the first line by
# id, a promotion whose in-store start's Monday is in the month before, statuses that do not
# count. Fields from gross_sales on, except prior_gross_sales (the demo's sales).
BC_GOLDEN='Brisa,Supermarkets,2026-03,0.00,0,-100.00,50.01,,-100.00
Crunchos,Supermarkets,2027-02,0.00,0,,25.00,,-100.00
Crunchos,Supermarkets,2027-05,0.00,0,,0.00,,
Fizzora,Supermarkets,2026-03,0.00,0,-100.00,50.00,,-100.00'
if [ -f "$T/brand_channel.sql.csv" ]; then
  got=$(tr -d '\r' <"$T/brand_channel.sql.csv" |
    awk -F, '$2 == "Supermarkets" && $3 ~ /^(2026-03|2027-)/ {
      print $1 "," $2 "," $3 "," $4 "," $5 "," $7 "," $8 "," $9 "," $10 }')
  if [ "$got" = "$BC_GOLDEN" ]; then
    echo "brand_channel_golden: spend without sales, fee split and statuses as expected"
  else
    echo "brand_channel_golden: the SQL's rows of PRZ00021…25 differ from the expected ones:"
    diff <(echo "$BC_GOLDEN") <(echo "$got") || true
    status=1
  fi
fi

# The discounts scenario: first exactly the test's rows and report, then more on top.
GOLDEN='week,account,sku,invoiced_discount,entitled_discount,excess,reason
2025-02-03,A2,CRISP,30.00,24.00,6.00,exceeds_entitlement
2025-03-17,A3,LEMON,8.01,8.00,0.01,exceeds_entitlement
2025-04-07,A1,LEMON,3.20,1.20,2.00,exceeds_entitlement
2025-04-21,A1,COLA,79.84,11.98,67.86,exceeds_entitlement
2025-05-19,A1,COLA,99.80,14.97,84.83,exceeds_entitlement
2025-08-04,A2,COLA,1.00,0.00,1.00,no_entitlement
2025-09-01,A2,LEMON,6.00,0.00,6.00,no_entitlement
2025-11-17,A1,CRISP,4.50,0.90,3.60,exceeds_entitlement
2025-12-01,A1,LEMON,4.00,0.60,3.40,exceeds_entitlement'
"$ROOT/bench/sql/tests/discounts_scenario.sh" "$CLI" "$T/golden.uplift" golden
FILE=$T/golden.uplift check unjustified_golden unjustified_discounts.sql 3 \
  report unjustified-discounts --format csv
if [ -f "$T/unjustified_golden.sql.csv" ]; then
  if [ "$(tr -d '\r' <"$T/unjustified_golden.sql.csv")" = "$GOLDEN" ]; then
    echo "unjustified_golden: the SQL prints the test's expected report"
  else
    echo "unjustified_golden: the SQL differs from the test's expected report:"
    diff <(echo "$GOLDEN") <(tr -d '\r' <"$T/unjustified_golden.sql.csv") || true
    status=1
  fi
fi
"$ROOT/bench/sql/tests/discounts_scenario.sh" "$CLI" "$T/scenario.uplift"
FILE=$T/scenario.uplift check unjustified_scenario unjustified_discounts.sql 3 \
  report unjustified-discounts --format csv
exit $status
