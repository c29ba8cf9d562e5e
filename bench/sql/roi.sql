-- The promotion ROI report (SPEC §7; `uplift-cli report roi --format csv`, every promotion) as
-- ONE SQL statement over an Uplift file, the reference of the ROI benchmark:
--
--   sqlite3 -csv -header FILE.uplift < bench/sql/roi.sql
--
-- prints promo_id,baseline_units,actual_units,incremental_units,spend,incremental_profit,roi_pct
-- ordered by promo_id, with the numbers Uplift prints (src/core/promotions/post_event.cpp,
-- baseline.cpp, pricing/price_book.cpp, analytics/roi_report.cpp, cli/cmd_report.cpp).
--
-- Per promotion line (account a, sku s):
--   W           the in-store weeks: Mondays from the in-store start's to the in-store end's.
--   post kind   sell-in (0) when the line has a sell-in row in [start − 13 weeks, end],
--               else sell-out (1): the units of the baseline and of W.
--   in-store    sell-out (1) when the line has a sell-out row in W, else sell-in: the units
--   kind        the in-store tactics (discount_pct, discount_per_unit, scan_back, multi_buy)
--               pay on; ship tactics (off_invoice, bill_back) pay on sell-in of the ship weeks.
--   baseline    the average units of the post kind's rows in the 13 weeks before the start
--               week that are not promoted for (a, s) (a line of a promotion that is neither
--               cancelled nor rejected covers the week); if none, of all those rows; else 0.
--   price       of a Monday: the account's price-list row covering it, else the central one's,
--               else the product's base price (list price and unit cost from the same row).
--   terms       of a tactic: those of its highest version; on a day, the line's own term
--               covering it (earliest from) before a general one (latest from). A week's depth
--               is the term in force on its first day inside the tactic's period.
--   spend       Σ tactics Σ weeks of its period with units ≠ 0: units × list price × pct, or
--               units × amount per unit; plus the line's share of the promotion's fixed fees
--               (all terms of its fixed_fee tactics, split over its lines by largest remainder:
--               the first lines in id order take the leftover cents). Nothing when the
--               promotion is cancelled or rejected.
--   margin      Σ_W (units − baseline) × (list price − unit cost) on the week's Monday.
-- A promotion sums its lines; one without lines prints zeros.
--
-- Exactness. Every figure is an integer until printed, on the denominators Uplift uses
-- (money/exact.h: 360360 = lcm(1..13) for averages, 1e6 for Percent units):
--   baseline of a line        b = Σ units × (360360 / n)               units / 360360
--   baseline_units            X = Σ b × |W|                            units / 360360
--   margin                    M = Σ_W (units × 360360 − b) × margin    cents / 360360
--   spend                     S = Σ units × list × value (percent kinds, value in 1e-4 %)
--                               + Σ units × value × 1e6 (cents per unit) + fixed × 1e6
--                                                                      cents / 1e6
--   incremental_profit        M / 360360 − S / 1e6, rounded from its integer and fractional
--                             parts so that nothing is multiplied past 64 bits.
-- Rounding is half away from zero at the printed hundredth, as round_half_away() does.
-- roi_pct = 100 × profit / spend from the unrounded numbers: 10000 × N / Dn rounded, with
-- N = M × 25000 − S × 9009 and Dn = S × 9009 (both sides of profit / spend over 360360e6,
-- divided by 40), by exact long division, one decimal digit at a time.
--
-- Where REAL appears, and when it could change a printed digit: nowhere for data of the
-- size Uplift is made for. The exact roi_pct path needs |M| < 3e14 (a promotion's margin
-- below 8.3 million in currency units) and |S| < 1e14 (its spend below 1 million); only
-- beyond that does roi_pct fall back to REAL: 10000 × (M / 360360 − S / 1e6) / (S / 1e6) in
-- doubles carries a relative error below 1e-15, i.e. below 1e-9 of a hundredth for any
-- roi_pct under 1e4 %, so only a value that lies within that of a .005 tie can print
-- differently, and SQLite's round() rounds halves away from zero like Uplift. All other sums
-- stay far inside 64 bits (e.g. S: 1e4 units × 1e4 cents × 1e6 × 100 weeks-lines = 1e16).
-- actuals.week holds Mondays only (the importers store the week's Monday), so a range of
-- weeks reads the same rows as Uplift's step of 7 days.
WITH RECURSIVE
-- Promotions with their periods as day numbers (days since 1970-01-01) and their Mondays.
pd AS (
    SELECT id AS pid, code, account_id AS a, scenario_id AS sc,
           status NOT IN ('cancelled', 'rejected') AS ran,
           unixepoch(instore_from) / 86400 AS i0, unixepoch(instore_to) / 86400 AS i1,
           unixepoch(ship_from) / 86400 AS s0, unixepoch(ship_to) / 86400 AS s1
    FROM promotions),
p AS (
    SELECT pid, code, a, sc, ran, i0, s0,
           i0 - ((i0 + 3) % 7 + 7) % 7 AS start_w, i1 - ((i1 + 3) % 7 + 7) % 7 AS end_w,
           s0 - ((s0 + 3) % 7 + 7) % 7 AS ship_lo, s1 - ((s1 + 3) % 7 + 7) % 7 AS ship_hi
    FROM pd),
-- Weeks promoted for (account, product): lines of promotions neither cancelled nor rejected.
promoted AS MATERIALIZED (
    SELECT p.a, l.product_id AS s, p.start_w AS f, p.end_w AS t
    FROM promotion_lines l JOIN p ON p.pid = l.promotion_id WHERE p.ran),
-- Lines, numbered in id order within their promotion (for the split of fixed fees), with the
-- kind of their post-event units (pk) and of the units in-store tactics pay on (ik).
ln AS (
    SELECT l.id AS lid, l.product_id AS s, p.*,
           row_number() OVER (PARTITION BY l.promotion_id ORDER BY l.id) AS rn,
           count(*) OVER (PARTITION BY l.promotion_id) AS nl
    FROM promotion_lines l JOIN p ON p.pid = l.promotion_id),
lk AS (
    SELECT ln.*,
           CASE WHEN EXISTS (SELECT 1 FROM actuals x WHERE x.account_id = ln.a
                             AND x.product_id = ln.s AND x.week BETWEEN ln.start_w - 91
                             AND ln.end_w AND x.kind = 0) THEN 0 ELSE 1 END AS pk,
           CASE WHEN EXISTS (SELECT 1 FROM actuals x WHERE x.account_id = ln.a
                             AND x.product_id = ln.s AND x.week BETWEEN ln.start_w
                             AND ln.end_w AND x.kind = 1) THEN 1 ELSE 0 END AS ik
    FROM ln),
-- The baseline window's rows and whether each week is promoted.
bw AS (
    SELECT lk.lid, x.units,
           EXISTS (SELECT 1 FROM promoted pr WHERE pr.a = lk.a AND pr.s = lk.s
                   AND x.week BETWEEN pr.f AND pr.t) AS prom
    FROM lk JOIN actuals x ON x.account_id = lk.a AND x.product_id = lk.s
         AND x.week BETWEEN lk.start_w - 91 AND lk.start_w - 7 AND x.kind = lk.pk),
bl AS (
    SELECT lid, count(*) FILTER (WHERE NOT prom) AS cn, sum(units) FILTER (WHERE NOT prom) AS cs,
           count(*) AS an, sum(units) AS asum
    FROM bw GROUP BY lid),
lb AS (
    SELECT lk.*,
           CASE WHEN bl.cn > 0 THEN bl.cs * (360360 / bl.cn)
                WHEN bl.an > 0 THEN bl.asum * (360360 / bl.an) ELSE 0 END AS b
    FROM lk LEFT JOIN bl ON bl.lid = lk.lid),
n(k) AS (
    SELECT 0 UNION ALL
    SELECT k + 1 FROM n
    WHERE k < (SELECT max(max(end_w - start_w, ship_hi - ship_lo)) / 7 FROM p)),
-- Actual units and margin over the in-store weeks, at the price of each week's Monday.
iw AS (
    SELECT lb.lid, lb.a, lb.s, lb.pk, lb.b, lb.start_w + 7 * n.k AS w,
           date((lb.start_w + 7 * n.k) * 86400, 'unixepoch') AS monday
    FROM lb JOIN n ON n.k <= (lb.end_w - lb.start_w) / 7),
im AS (
    SELECT iw.lid, sum(ifnull(x.units, 0)) AS au,
           sum((ifnull(x.units, 0) * 360360 - iw.b) *
               (CASE WHEN pa.id IS NOT NULL THEN pa.list_price - pa.unit_cost
                     WHEN pc.id IS NOT NULL THEN pc.list_price - pc.unit_cost
                     ELSE pp.list_price - pp.unit_cost END)) AS m
    FROM iw
    LEFT JOIN actuals x ON x.account_id = iw.a AND x.product_id = iw.s AND x.week = iw.w
         AND x.kind = iw.pk
    LEFT JOIN prices pa ON pa.product_id = iw.s AND ifnull(pa.account_id, 0) = iw.a
         AND ifnull(pa.valid_from, '') <= iw.monday
         AND (pa.valid_to IS NULL OR pa.valid_to >= iw.monday)
    LEFT JOIN prices pc ON pc.product_id = iw.s AND ifnull(pc.account_id, 0) = 0
         AND ifnull(pc.valid_from, '') <= iw.monday
         AND (pc.valid_to IS NULL OR pc.valid_to >= iw.monday)
    JOIN products pp ON pp.id = iw.s
    GROUP BY iw.lid),
-- Variable tactics of each promotion's chosen scenario, with their current version.
tac AS (
    SELECT t.id AS tid, t.scenario_id AS sc, t.kind IN ('discount_pct', 'multi_buy') AS pct,
           t.kind IN ('off_invoice', 'bill_back') AS ship,
           (SELECT max(v.version) FROM tactic_terms v WHERE v.tactic_id = t.id) AS ver
    FROM tactics t WHERE t.kind <> 'fixed_fee'),
-- The weeks each tactic pays on for each line, with their units and first day in the period.
sw AS (
    SELECT lb.lid, lb.a, lb.s, tac.tid, tac.pct, tac.ver, x.week AS w, x.units,
           date(max(x.week, CASE WHEN tac.ship THEN lb.s0 ELSE lb.i0 END) * 86400,
                'unixepoch') AS first_day
    FROM lb JOIN tac ON tac.sc = lb.sc
    JOIN actuals x ON x.account_id = lb.a AND x.product_id = lb.s
         AND x.week BETWEEN CASE WHEN tac.ship THEN lb.ship_lo ELSE lb.start_w END
                        AND CASE WHEN tac.ship THEN lb.ship_hi ELSE lb.end_w END
         AND x.kind = CASE WHEN tac.ship THEN 0 ELSE lb.ik END
    WHERE lb.ran AND x.units <> 0),
sv AS MATERIALIZED (
    SELECT sw.*, date(sw.w * 86400, 'unixepoch') AS monday,
           coalesce(
               (SELECT tt.value FROM tactic_terms tt WHERE tt.tactic_id = sw.tid
                AND tt.version = sw.ver AND tt.line_id = sw.lid
                AND sw.first_day BETWEEN tt.valid_from AND tt.valid_to
                ORDER BY tt.valid_from LIMIT 1),
               (SELECT tt.value FROM tactic_terms tt WHERE tt.tactic_id = sw.tid
                AND tt.version = sw.ver AND tt.line_id IS NULL
                AND sw.first_day BETWEEN tt.valid_from AND tt.valid_to
                ORDER BY tt.valid_from DESC LIMIT 1)) AS value
    FROM sw),
vs AS (
    SELECT sv.lid,
           sum(sv.units * CASE WHEN sv.pct THEN
                   sv.value * CASE WHEN pa.id IS NOT NULL THEN pa.list_price
                                   WHEN pc.id IS NOT NULL THEN pc.list_price
                                   ELSE pp.list_price END
                   ELSE sv.value * 1000000 END) AS sp
    FROM sv
    LEFT JOIN prices pa ON pa.product_id = sv.s AND ifnull(pa.account_id, 0) = sv.a
         AND ifnull(pa.valid_from, '') <= sv.monday
         AND (pa.valid_to IS NULL OR pa.valid_to >= sv.monday)
    LEFT JOIN prices pc ON pc.product_id = sv.s AND ifnull(pc.account_id, 0) = 0
         AND ifnull(pc.valid_from, '') <= sv.monday
         AND (pc.valid_to IS NULL OR pc.valid_to >= sv.monday)
    JOIN products pp ON pp.id = sv.s
    WHERE sv.value IS NOT NULL
    GROUP BY sv.lid),
-- Fixed fees of each scenario: every term of the current version of its fixed_fee tactics.
fx AS (
    SELECT t.scenario_id AS sc, sum(tt.value) AS cents
    FROM tactics t JOIN tactic_terms tt ON tt.tactic_id = t.id
         AND tt.version = (SELECT max(v.version) FROM tactic_terms v WHERE v.tactic_id = t.id)
    WHERE t.kind = 'fixed_fee' GROUP BY t.scenario_id),
pl AS (
    SELECT lb.pid, lb.b * ((lb.end_w - lb.start_w) / 7 + 1) AS x, im.au, im.m,
           ifnull(vs.sp, 0) +
           CASE WHEN lb.ran AND fx.cents IS NOT NULL
                THEN (fx.cents / lb.nl + (lb.rn <= fx.cents % lb.nl)) * 1000000
                ELSE 0 END AS sp
    FROM lb JOIN im ON im.lid = lb.lid LEFT JOIN vs ON vs.lid = lb.lid
    LEFT JOIN fx ON fx.sc = lb.sc),
agg AS (
    SELECT p.code, ifnull(sum(pl.x), 0) AS x, ifnull(sum(pl.au), 0) AS u,
           ifnull(sum(pl.m), 0) AS m, ifnull(sum(pl.sp), 0) AS s
    FROM p LEFT JOIN pl ON pl.pid = p.pid GROUP BY p.pid),
-- Rounding: hundredths of units and cents; profit from floor parts; roi's long division.
r0 AS (
    SELECT code, x, u, m, s,
           CASE WHEN m >= 0 OR m % 360360 = 0 THEN m / 360360 ELSE m / 360360 - 1 END
           - CASE WHEN s >= 0 OR s % 1000000 = 0 THEN s / 1000000 ELSE s / 1000000 - 1 END
               AS pq,
           (m % 360360 + 360360) % 360360 * 1000000
           - (s % 1000000 + 1000000) % 1000000 * 360360 AS pf,
           abs(m * 25000 - s * 9009) AS ra, abs(s * 9009) AS rb,
           CASE WHEN (m * 25000 - s * 9009 < 0) = (s < 0) THEN 1 ELSE -1 END AS rsign
    FROM agg),
r1 AS (
    SELECT *,
           CASE WHEN pf < 0 THEN pq - 1 ELSE pq END AS q,
           CASE WHEN pf < 0 THEN pf + 360360000000 ELSE pf END AS f,
           ra / rb AS d0, ra % rb * 10 AS e1
    FROM r0),
r2 AS (SELECT *, e1 / rb AS d1, e1 % rb * 10 AS e2 FROM r1),
r3 AS (SELECT *, e2 / rb AS d2, e2 % rb * 10 AS e3 FROM r2),
r4 AS (SELECT *, e3 / rb AS d3, e3 % rb * 10 AS e4 FROM r3),
r5 AS (
    SELECT code, u,
           CASE WHEN x < 0 THEN -((-200 * x + 360360) / 720720)
                ELSE (200 * x + 360360) / 720720 END AS bh,
           CASE WHEN u * 360360 - x < 0 THEN -((-200 * (u * 360360 - x) + 360360) / 720720)
                ELSE (200 * (u * 360360 - x) + 360360) / 720720 END AS ih,
           CASE WHEN s < 0 THEN -((-2 * s + 1000000) / 2000000)
                ELSE (2 * s + 1000000) / 2000000 END AS sh,
           q + CASE WHEN q >= 0 THEN 2 * f >= 360360000000 ELSE 2 * f > 360360000000 END AS ph,
           CASE WHEN s = 0 THEN NULL
                WHEN abs(m) < 300000000000000 AND abs(s) < 100000000000000
                THEN rsign * (d0 * 10000 + d1 * 1000 + d2 * 100 + d3 * 10 + e4 / rb
                              + (2 * (e4 % rb) >= rb))
                ELSE CAST(round(10000.0 * (m / 360360.0 - s / 1000000.0) / (s / 1000000.0))
                          AS INTEGER) END AS rh
    FROM r4)
SELECT code AS promo_id,
       printf('%s%d.%02d', CASE WHEN bh < 0 THEN '-' ELSE '' END, abs(bh) / 100, abs(bh) % 100)
           AS baseline_units,
       u AS actual_units,
       printf('%s%d.%02d', CASE WHEN ih < 0 THEN '-' ELSE '' END, abs(ih) / 100, abs(ih) % 100)
           AS incremental_units,
       printf('%s%d.%02d', CASE WHEN sh < 0 THEN '-' ELSE '' END, abs(sh) / 100, abs(sh) % 100)
           AS spend,
       printf('%s%d.%02d', CASE WHEN ph < 0 THEN '-' ELSE '' END, abs(ph) / 100, abs(ph) % 100)
           AS incremental_profit,
       CASE WHEN rh IS NOT NULL THEN
           printf('%s%d.%02d', CASE WHEN rh < 0 THEN '-' ELSE '' END, abs(rh) / 100,
                  abs(rh) % 100) END AS roi_pct
FROM r5
ORDER BY code;
