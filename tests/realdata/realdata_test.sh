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
# Disaggregating a December 2017 total over the real agencies follows their December 2016
# sell-in (weeks whose Monday lies in that month) within one unit and sums exactly.
"$cli" user add sam --role SM >/dev/null
"$cli" --user sam target disaggregate 2017-12 --units 1000000 --value 2500000.00 >/dev/null 2>&1 ||
    fail "target disaggregate"
"$cli" target list 2017-12 --format csv >"$work/targets.csv"
python3 - "$work" <<'PY' || fail "disaggregation does not follow last year's shares"
import csv, datetime, sys
from decimal import Decimal
work = sys.argv[1]
brand = {}
for s in ("cheese", "stallion"):
    with open(f"{work}/{s}_products.csv", newline="") as f:
        for r in csv.DictReader(f):
            brand[r["sku"]] = r["brand"]
ly_units, ly_gross = {}, {}
for s in ("cheese", "stallion"):
    with open(f"{work}/{s}_actuals.csv", newline="") as f:
        for r in csv.DictReader(f):
            d = datetime.date.fromisoformat(r["week"])
            monday = d - datetime.timedelta(days=d.weekday())
            if (monday.year, monday.month) != (2016, 12):
                continue
            k = (r["account"], brand[r["sku"]])
            ly_units[k] = ly_units.get(k, 0) + int(r["units"])
            ly_gross[k] = ly_gross.get(k, Decimal(0)) + Decimal(r["gross_amount"])
with open(f"{work}/targets.csv", newline="") as f:
    rows = list(csv.DictReader(f))
assert sum(int(r["units"]) for r in rows) == 1000000, "units do not sum"
assert sum(Decimal(r["value"]) for r in rows) == Decimal("2500000.00"), "value does not sum"
tu, tg = sum(ly_units.values()), sum(ly_gross.values())
got = {(r["account"], r["brand"]): r for r in rows}
for k in set(ly_units) | set(got):
    r = got.get(k, {"units": "0", "value": "0"})
    share_u = Decimal(1000000) * ly_units.get(k, 0) / tu
    share_v = Decimal("250000000") * ly_gross.get(k, Decimal(0)) / tg  # in cents
    assert abs(int(r["units"]) - share_u) < 1, (k, r, share_u)
    assert abs(Decimal(r["value"]) * 100 - share_v) < 1, (k, r, share_v)
print(f"disaggregated over {len(rows)} pairs")
PY
# Stallion's promotion money is invoiced with no condition or approved promotion behind it:
# every such row is an unjustified discount with nothing entitled, and the excess adds up to the
# file's discounts to the cent. A per-litre allowance as large as the largest one, for the
# distributors over the whole period, justifies them all.
"$cli" report unjustified-discounts --reason no_entitlement --format csv >"$work/unjustified.csv" ||
    fail "report unjustified-discounts"
allowance=$(python3 - "$work" <<'PY'
import csv, sys
from decimal import Decimal
work = sys.argv[1]
discounted, total, per_litre = 0, Decimal(0), Decimal(0)
with open(f"{work}/stallion_actuals.csv", newline="") as f:
    for r in csv.DictReader(f):
        d = Decimal(r["discount_amount"])
        if d > 0:
            discounted += 1
            total += d
            per_litre = max(per_litre, d / int(r["units"]))
flagged, excess = 0, Decimal(0)
with open(f"{work}/unjustified.csv", newline="") as f:
    for r in csv.DictReader(f):
        if r["account"].startswith("Agency"):
            flagged += 1
            excess += Decimal(r["excess"])
            assert r["entitled_discount"] == "0.00", r
assert flagged == discounted, (flagged, discounted)
assert excess == total, (excess, total)
print((per_litre * 100).to_integral_value(rounding="ROUND_CEILING") / 100)
PY
) || fail "unjustified discounts of stallion do not add up"
"$cli" user add fay --role FIN >/dev/null
"$cli" --user fay condition add STALLION-ALLOWANCE --per-unit "$allowance" --from 2013-01-01 \
    --to 2017-12-31 --channel Distributors >/dev/null 2>&1 || fail "condition add"
left=$("$cli" report unjustified-discounts --format csv | grep -c '^[0-9-]*,Agency' || true)
[ "$left" = 0 ] || fail "$left stallion rows still unjustified under the allowance"
"$cli" check >/dev/null || fail "check reported problems"
echo "real data: cheese and stallion imported and verified"
