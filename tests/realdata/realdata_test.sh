#!/usr/bin/env bash
# Imports the real public data sets (../shared/data) through uplift-cli and checks that every
# row arrived, that sums match the converted files to the cent, and that the file stays sound.
# usage: realdata_test.sh UPLIFT_CLI SHARED_DATA_DIR      (exit 77 = skipped: no data here)
set -euo pipefail
cli=$1 data=$2
[ -f "$data/cheese/cheese.csv" ] || { echo "skipped: no $data"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/convert_real_data.py" "$data" "$work"
export UPLIFT_DB="$work/real.uplift"
"$cli" init --currency USD >/dev/null
fail() { echo "FAIL: $*"; exit 1; }
expect() {  # expect "SQL" VALUE
    got=$("$cli" query "$1" | tail -n 1)
    [ "$got" = "$2" ] || fail "$1: expected $2, got $got"
}
csv_sum() {  # csv_sum FILE COLUMN -> exact decimal sum (cents) as text with 2 decimals
    python3 - "$1" "$2" <<'PY'
import csv, sys
from decimal import Decimal
with open(sys.argv[1], newline="") as f:
    print(sum((Decimal(r[sys.argv[2]]) for r in csv.DictReader(f)), Decimal("0.00")))
PY
}
for set in cheese stallion; do
    "$cli" import products "$work/${set}_products.csv" >/dev/null
    "$cli" import accounts "$work/${set}_accounts.csv" >/dev/null
    "$cli" import actuals "$work/${set}_actuals.csv" >/dev/null
done
expect "SELECT count(*) FROM v_actuals WHERE category = 'Dairy'" "$(($(wc -l <"$work/cheese_actuals.csv") - 1))"
expect "SELECT count(*) FROM v_actuals WHERE category = 'Beer'" "$(($(wc -l <"$work/stallion_actuals.csv") - 1))"
expect "SELECT count(*) FROM v_accounts" "146"
want=$(csv_sum "$work/stallion_actuals.csv" gross_amount)
expect "SELECT printf('%.2f', sum(gross_amount)) FROM v_actuals WHERE category = 'Beer'" "$want"
want=$(csv_sum "$work/cheese_actuals.csv" gross_amount)
expect "SELECT printf('%.2f', sum(gross_amount)) FROM v_actuals WHERE category = 'Dairy'" "$want"
# Re-importing the same file changes nothing and says so.
out=$("$cli" import actuals "$work/cheese_actuals.csv")
case "$out" in *"0 inserted, 0 updated, 5555 unchanged"*) ;; *) fail "re-import: $out" ;; esac
"$cli" check >/dev/null || fail "check reported problems"
echo "real data: cheese and stallion imported and verified"
