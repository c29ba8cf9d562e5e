#!/usr/bin/env bash
# Builds the file of tests/cli/discounts_scenario_test.cpp with uplift-cli commands, for
# check_sql.sh: the first test case's conditions, promotions P1 (approved) and P2 (draft),
# requests REQ-1 (auto), REQ-2 (SM) and 3 (rejected) and its actuals, exactly; then
# (unless the third argument is "golden") the third test case's P9 (approved, 10 % on A1 ×
# COLA and LEMON in store 7–20 July) with the request that adds an 8 % discount_pct tactic on
# the COLA line only over 7–13 July, and actuals around it: ship weeks before the terms, the
# weeks of each term, the week after, on both lines and both kinds.
#
#   bench/sql/tests/discounts_scenario.sh CLI FILE [golden]
#
# With "golden" the file holds the first test case only, whose report the test spells out
# (compared by check_sql.sh).
set -euo pipefail
CLI=$1
DB=$2
MODE=${3:-full}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
u() {  # one uplift-cli command; its messages are shown only when it fails
  "$CLI" --db "$DB" --today 2025-06-02 "$@" >/dev/null 2>"$T/err" ||
    { echo "discounts_scenario.sh: uplift-cli $* failed:" >&2; cat "$T/err" >&2; exit 1; }
}
imp() {  # KIND TEXT
  printf '%s' "$2" >"$T/$1.csv"
  u import "$1" "$T/$1.csv"
}

u init
imp products 'sku,name,brand,category,list_price,unit_cost
COLA,Fizz Cola,Fizz,Drinks,4.99,2.10
LEMON,Fizz Lemon,Fizz,Drinks,2.00,1.20
CRISP,Crisp Salted,Crisp,Snacks,3.00,1.50
'
imp accounts 'code,name,channel,region,parent
A1,Shop One,Retail,North,
A2,Cash and Carry,Wholesale,South,
A3,Shop Three,Retail,South,A1
'
for x in "kam KAM" "bea BM" "sam SM" "fin FIN" "sue KAM,SM" "rex REP"; do
  set -- $x
  u user add "$1" --role "$2"
done
u condition add RETAIL3 --pct 3 --from 2025-01-01 --to 2025-12-31 --channel Retail --user sam
u condition add FIZZ-UNIT --per-unit 0.10 --from 2025-03-01 --to 2025-03-31 --brand Fizz \
  --account A1 --user fin
u condition add WHOLESALE-EX --pct 8 --from 2025-01-01 --to 2025-06-30 --channel Wholesale \
  --exclusive --user sam
u condition add A2-CRISP --pct 2 --from 2025-01-01 --to 2025-12-31 --account A2 --sku CRISP \
  --user sam
u condition add A2-EX --pct 10 --from 2025-07-02 --to 2025-07-31 --account A2 --exclusive \
  --user sam
imp promotions 'promo_id,account,sku,start,end,discount_pct,fixed_cost,status
P1,A1,COLA,2025-05-05,2025-05-18,20,0,submitted
P2,A2,LEMON,2025-09-01,2025-09-14,10,0,draft
'
u promo approve P1 --user fin
u discount request A2 LEMON --pct 4 --from 2025-10-01 --to 2025-10-31 --reason VOLUME --user kam
u discount request A1 CRISP --pct 12 --from 2025-11-03 --to 2025-11-16 --reason display \
  --user kam --units 100
u discount request A1 LEMON --pct 20 --from 2025-12-01 --to 2025-12-31 --reason TPR --user kam \
  --units 10
u discount approve 2 --user sam
u discount reject 3 --reason "too deep for a listing" --user fin

ACTUALS='week,account,sku,units,gross_amount,discount_amount,kind
2025-03-03,A1,COLA,100,499.00,24.97,sell_in
2025-03-10,A3,COLA,10,49.90,2.50,sell_in
2025-03-17,A3,LEMON,50,100.00,8.01,sell_in
2025-03-31,A1,LEMON,20,40.00,3.20,sell_in
2025-04-07,A1,LEMON,20,40.00,3.20,sell_in
2025-02-03,A2,CRISP,100,300.00,30.00,sell_in
2025-06-30,A2,CRISP,100,300.00,30.00,sell_in
2025-08-04,A2,COLA,10,49.90,1.00,sell_in
2025-05-05,A1,COLA,200,998.00,229.54,sell_in
2025-04-21,A1,COLA,150,748.50,172.16,sell_in
2025-05-19,A1,COLA,100,499.00,99.80,sell_in
2025-04-21,A1,COLA,80,399.20,79.84,sell_out
2025-09-01,A2,LEMON,30,60.00,6.00,sell_in
2025-10-06,A2,LEMON,50,100.00,4.00,sell_in
2025-11-03,A1,CRISP,10,30.00,4.50,sell_in
2025-11-17,A1,CRISP,10,30.00,4.50,sell_in
2025-12-01,A1,LEMON,10,20.00,4.00,sell_in
2025-12-08,A2,COLA,10,49.90,0,sell_in
2025-12-15,A2,COLA,10,49.90,,sell_in
'
if [ "$MODE" = golden ]; then
  imp actuals "$ACTUALS"
  exit 0
fi

# The third test case on top: P9 approved at 10 % on both lines, then REQ-4 adds an 8 %
# discount_pct tactic on the COLA line only, 7–13 July. P9 ships from 23 June.
imp promotions 'promo_id,account,sku,start,end,discount_pct,fixed_cost,status
P9,A1,COLA,2025-07-07,2025-07-20,10,0,submitted
P9,A1,LEMON,2025-07-07,2025-07-20,10,0,submitted
'
u promo approve P9 --user fin
u discount request A1 COLA --pct 8 --from 2025-07-01 --to 2025-07-13 --reason FEATURE \
  --promo P9 --user kam
u discount approve 4 --user sam
# Weeks of 23 June (ship, before every term), 30 June, 7 July (both terms on COLA), 14 July,
# 21 July (after the in-store period: sell-in still within the ship period? no: it ends with
# the in-store period) on both lines; invoiced at the full promotion depth or a bit more.
imp actuals "${ACTUALS}2025-06-23,A1,COLA,100,499.00,82.34,sell_in
2025-06-30,A1,COLA,100,499.00,64.87,sell_in
2025-07-07,A1,COLA,100,499.00,104.79,sell_in
2025-07-07,A1,COLA,50,249.50,52.40,sell_out
2025-07-14,A1,COLA,100,499.00,64.87,sell_in
2025-07-14,A1,COLA,50,249.50,32.44,sell_out
2025-07-21,A1,COLA,100,499.00,64.87,sell_in
2025-06-23,A1,LEMON,100,200.00,26.00,sell_in
2025-06-30,A1,LEMON,100,200.00,26.00,sell_in
2025-07-07,A1,LEMON,100,200.00,26.00,sell_out
2025-07-14,A1,LEMON,100,200.00,26.01,sell_out
2025-07-21,A1,LEMON,100,200.00,26.00,sell_out
2025-07-07,A3,COLA,100,499.00,64.87,sell_in
2025-07-07,A2,CRISP,100,300.00,36.00,sell_in
"
