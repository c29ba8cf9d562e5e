#!/usr/bin/env python3
"""Converts the real public data sets in ../shared/data into Uplift's import formats (SPEC §9).

cheese   (88 US retail accounts, weekly price, volume, display): one product, one account per
         store; the source has no dates, its rows are consecutive weeks per store, so week k of a
         store is the k-th Monday from 2020-01-06.
stallion (58 agencies x 25 skus x 60 months, price and promotion per hectolitre): monthly rows
         become rows dated the 1st of the month (they count in that day's ISO week); volume in
         hectolitres becomes whole litres, amounts are litres x price per litre, in cents.

Money is computed with Decimal and rounded half away from zero to the cent, never with floats.
usage: convert_real_data.py SHARED_DATA_DIR OUT_DIR
"""
import csv
import datetime
import os
import sys
from decimal import ROUND_HALF_UP, Decimal


def cents(x: Decimal) -> str:
    return str(x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def convert_cheese(src, out):
    stores, weeks, rows = {}, {}, []
    with open(os.path.join(src, "cheese", "cheese.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            store = r["store"].strip()
            code = "CH%03d" % (stores.setdefault(store, len(stores) + 1))
            k = weeks.get(store, 0)
            weeks[store] = k + 1
            monday = datetime.date(2020, 1, 6) + datetime.timedelta(weeks=k)
            units = int(Decimal(r["vol"]).to_integral_value(rounding=ROUND_HALF_UP))
            gross = Decimal(r["price"]) * units
            rows.append([monday.isoformat(), code, "CHEESE-SLICED", units, cents(gross)])
    write(os.path.join(out, "cheese_products.csv"),
          ["sku", "name", "brand", "category", "list_price", "unit_cost"],
          [["CHEESE-SLICED", "Sliced cheese", "Cheese Co", "Dairy", "3.50", "2.10"]])
    accounts = []
    for store, n in stores.items():
        city = store.split(" - ")[0].title()
        accounts.append(["CH%03d" % n, store, "Supermarkets", city])
    write(os.path.join(out, "cheese_accounts.csv"), ["code", "name", "channel", "region"], accounts)
    write(os.path.join(out, "cheese_actuals.csv"),
          ["week", "account", "sku", "units", "gross_amount"], rows)
    return len(stores), len(rows)


def convert_stallion(src, out):
    base = os.path.join(src, "stallion")
    volume = {}
    with open(os.path.join(base, "historical_volume.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            volume[(r["Agency"], r["SKU"], r["YearMonth"])] = Decimal(r["Volume"])
    agencies, skus, rows = set(), set(), []
    with open(os.path.join(base, "price_sales_promotion.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["Agency"], r["SKU"], r["YearMonth"])
            if key not in volume:
                continue
            litres = int((volume[key] * 100).to_integral_value(rounding=ROUND_HALF_UP))
            if litres < 0:
                continue
            price = max(Decimal(r["Price"]), Decimal(0)) / 100
            promo = min(max(Decimal(r["Promotions"]), Decimal(0)) / 100, price)
            ym = r["YearMonth"]
            day = datetime.date(int(ym[:4]), int(ym[4:]), 1)
            agencies.add(r["Agency"])
            skus.add(r["SKU"])
            rows.append([day.isoformat(), r["Agency"], r["SKU"], litres, cents(price * litres),
                         cents(promo * litres)])
    write(os.path.join(out, "stallion_products.csv"),
          ["sku", "name", "brand", "category", "list_price", "unit_cost", "uom"],
          [[s, "Beer " + s, "Stallion", "Beer", "11.00", "6.00", "L"] for s in sorted(skus)])
    write(os.path.join(out, "stallion_accounts.csv"), ["code", "name", "channel", "region"],
          [[a, a.replace("_", " "), "Distributors", "Mexico"] for a in sorted(agencies)])
    write(os.path.join(out, "stallion_actuals.csv"),
          ["week", "account", "sku", "units", "gross_amount", "discount_amount"], rows)
    return len(agencies), len(rows)


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    print("cheese: %d accounts, %d rows" % convert_cheese(src, out))
    print("stallion: %d accounts, %d rows" % convert_stallion(src, out))


if __name__ == "__main__":
    main()
