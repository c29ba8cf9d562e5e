-- Brand × channel × month (SPEC §8.3, issue 8; `uplift-cli report brand-channel --by month
-- --format csv`, no filter) as ONE SQL statement over an Uplift file, the reference of its
-- benchmark:
--
--   sqlite3 -csv -header FILE.uplift < bench/sql/brand_channel_month.sql
--
-- prints brand,channel,period,gross_sales,units,prior_gross_sales,growth_pct,trade_spend,
-- spend_rate_pct,roi_pct: one row per (brand, channel, month) that has sell-in rows or spend,
-- ordered by brand, channel and period as text (byte order).
--
-- Sales. Sell-in rows (kind 0); a week counts in the month (YYYY-MM) of its Monday
-- (actuals.week is the Monday's day number). gross_sales = Σ gross_amount, units = Σ units;
-- prior_gross_sales = gross of the same brand, channel and month one year earlier (0 when it
-- has none); growth_pct = 100 × (gross − prior) / prior, empty when prior is 0. A row with
-- spend and no sales shows gross 0 and units 0 (and still its prior year).
-- Spend. The SPEC §7 post-event analysis of every line of each promotion whose stored status
-- is approved, settled or closed, exactly as `report roi` / roi.sql compute it per
-- promotion (the CTEs pd … pl below are roi.sql's, see its header for the definitions:
-- weeks, post kind, baseline, prices, terms, ship and in-store tactics, fixed fees split
-- equally over the promotion's lines by largest remainder, the first lines in id order
-- taking the leftover cents, as post_event.cpp's largest_remainder(fee, {1, 1, …}) does).
-- A line counts under its sku's brand, the promotion account's channel and the month of the
-- Monday of the ISO week holding the promotion's in-store start.
--   trade_spend     Σ line spend
--   spend_rate_pct  100 × trade_spend / gross_sales, empty when gross is 0
--   roi_pct         100 × Σ line incremental profit / trade_spend, empty when spend is 0
-- both from the unrounded sums; every printed figure rounded half away from zero at the
-- hundredth.
--
-- Exactness: integers only, no REAL. As in roi.sql, per line and then per group,
--   M = Σ_W (units × 360360 − b) × (list − cost)    margin, cents / 360360
--   S = spend                                        cents / 1e6
-- so trade_spend = S / 1e6, profit = M / 360360 − S / 1e6, and
--   spend_rate (hundredths) = S / (100 × gross)
--   roi (hundredths)        = 10000 × profit / spend = Z − 10000 with
--                             Z = 1e10 × M / (360360 × S) = 2.5e8 × M / (9009 × S).
-- Z is taken apart without any product leaving 64 bits: with a = |M|, b = |S|,
--   2.5e8 × a / b = 2.5e8 × (a div b) + 1e8 × 5 × (a mod b) / (2b)
-- and the last quotient by long division, one decimal digit at a time (8 digits), which
-- leaves an exact remainder e in [0, 2b). So Z × 9009 = K + e / (2b) with an integer K, and
-- Z − 10000 is rounded from K ∓ 90090000's quotient and remainder by 9009 and e (a tie is
-- 2 × remainder = 9008 with e = b). This is exact whenever b < 4.6e17 (a group's spend
-- below 4.6 billion in currency units) and a div b < 3.6e10 (margin / spend below about 1e11);
-- outside that the cell prints 'out of range' rather than a wrong number. The sums
-- themselves: SQLite's sum() stops with "integer overflow" rather than wrap.
-- actuals.week holds Mondays only (the importers store the week's Monday), so a range of
-- weeks reads the same rows as Uplift's step of 7 days.
WITH RECURSIVE
-- ---- roi.sql's post-event analysis, for the lines of approved, settled and closed promotions
pd AS (
    SELECT id AS pid, code, account_id AS a, scenario_id AS sc,
           status NOT IN ('cancelled', 'rejected') AS ran,
           status IN ('approved', 'settled', 'closed') AS counted,
           unixepoch(instore_from) / 86400 AS i0, unixepoch(instore_to) / 86400 AS i1,
           unixepoch(ship_from) / 86400 AS s0, unixepoch(ship_to) / 86400 AS s1
    FROM promotions),
p AS (
    SELECT pid, code, a, sc, ran, counted, i0, s0,
           i0 - ((i0 + 3) % 7 + 7) % 7 AS start_w, i1 - ((i1 + 3) % 7 + 7) % 7 AS end_w,
           s0 - ((s0 + 3) % 7 + 7) % 7 AS ship_lo, s1 - ((s1 + 3) % 7 + 7) % 7 AS ship_hi
    FROM pd),
-- Weeks promoted for (account, product): lines of promotions neither cancelled nor rejected.
promoted AS MATERIALIZED (
    SELECT p.a, l.product_id AS s, p.start_w AS f, p.end_w AS t
    FROM promotion_lines l JOIN p ON p.pid = l.promotion_id WHERE p.ran),
-- Lines of the promotions counted here, numbered in id order within their promotion (the
-- split of fixed fees), with their brand, channel and month.
ln AS (
    SELECT l.id AS lid, l.product_id AS s, p.*, pr.brand_id, ac.channel_id,
           strftime('%Y-%m', p.start_w * 86400, 'unixepoch') AS period,
           row_number() OVER (PARTITION BY l.promotion_id ORDER BY l.id) AS rn,
           count(*) OVER (PARTITION BY l.promotion_id) AS nl
    FROM promotion_lines l JOIN p ON p.pid = l.promotion_id
    JOIN products pr ON pr.id = l.product_id JOIN accounts ac ON ac.id = p.a
    WHERE p.counted),
lk AS (
    SELECT ln.*,
           CASE WHEN EXISTS (SELECT 1 FROM actuals x WHERE x.account_id = ln.a
                             AND x.product_id = ln.s AND x.week BETWEEN ln.start_w - 91
                             AND ln.end_w AND x.kind = 0) THEN 0 ELSE 1 END AS pk,
           CASE WHEN EXISTS (SELECT 1 FROM actuals x WHERE x.account_id = ln.a
                             AND x.product_id = ln.s AND x.week BETWEEN ln.start_w
                             AND ln.end_w AND x.kind = 1) THEN 1 ELSE 0 END AS ik
    FROM ln),
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
    WHERE k < (SELECT max(max(end_w - start_w, ship_hi - ship_lo)) / 7 FROM p WHERE counted)),
iw AS (
    SELECT lb.lid, lb.a, lb.s, lb.pk, lb.b, lb.start_w + 7 * n.k AS w,
           date((lb.start_w + 7 * n.k) * 86400, 'unixepoch') AS monday
    FROM lb JOIN n ON n.k <= (lb.end_w - lb.start_w) / 7),
im AS (
    SELECT iw.lid,
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
tac AS (
    SELECT t.id AS tid, t.scenario_id AS sc, t.kind IN ('discount_pct', 'multi_buy') AS pct,
           t.kind IN ('off_invoice', 'bill_back') AS ship,
           (SELECT max(v.version) FROM tactic_terms v WHERE v.tactic_id = t.id) AS ver
    FROM tactics t WHERE t.kind <> 'fixed_fee'),
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
fx AS (
    SELECT t.scenario_id AS sc, sum(tt.value) AS cents
    FROM tactics t JOIN tactic_terms tt ON tt.tactic_id = t.id
         AND tt.version = (SELECT max(v.version) FROM tactic_terms v WHERE v.tactic_id = t.id)
    WHERE t.kind = 'fixed_fee' GROUP BY t.scenario_id),
-- Per line: margin M and spend S (fee values are never negative: tactic_terms' CHECK).
pl AS (
    SELECT lb.brand_id, lb.channel_id, lb.period, im.m,
           ifnull(vs.sp, 0) +
           CASE WHEN lb.ran AND fx.cents IS NOT NULL
                THEN (fx.cents / lb.nl + (lb.rn <= fx.cents % lb.nl)) * 1000000
                ELSE 0 END AS sp
    FROM lb JOIN im ON im.lid = lb.lid LEFT JOIN vs ON vs.lid = lb.lid
    LEFT JOIN fx ON fx.sc = lb.sc),
spend AS MATERIALIZED (
    SELECT brand_id, channel_id, period, sum(m) AS m, sum(sp) AS s
    FROM pl GROUP BY brand_id, channel_id, period),
-- ---- sales: sell-in per (brand, channel, week), then per month of the Monday
w AS (
    SELECT p.brand_id, a.channel_id, x.week, sum(x.units) AS u, sum(x.gross_amount) AS g
    FROM actuals x JOIN products p ON p.id = x.product_id JOIN accounts a ON a.id = x.account_id
    WHERE x.kind = 0
    GROUP BY p.brand_id, a.channel_id, x.week),
sm AS MATERIALIZED (
    SELECT brand_id, channel_id, strftime('%Y-%m', week * 86400, 'unixepoch') AS period,
           sum(u) AS u, sum(g) AS g
    FROM w GROUP BY brand_id, channel_id, period),
-- ---- one row per (brand, channel, month) with sales or spend
k AS (
    SELECT brand_id, channel_id, period FROM sm
    UNION SELECT brand_id, channel_id, period FROM spend),
j AS (
    SELECT b.name AS brand, c.name AS channel, k.period,
           ifnull(cur.u, 0) AS u, ifnull(cur.g, 0) AS g, ifnull(py.g, 0) AS pg,
           ifnull(sp.s, 0) AS s, ifnull(sp.m, 0) AS m
    FROM k JOIN brands b ON b.id = k.brand_id JOIN channels c ON c.id = k.channel_id
    LEFT JOIN sm cur ON cur.brand_id = k.brand_id AND cur.channel_id = k.channel_id
         AND cur.period = k.period
    LEFT JOIN sm py ON py.brand_id = k.brand_id AND py.channel_id = k.channel_id
         AND py.period = printf('%04d-%s', CAST(substr(k.period, 1, 4) AS INTEGER) - 1,
                                substr(k.period, 6, 2))
    LEFT JOIN spend sp ON sp.brand_id = k.brand_id AND sp.channel_id = k.channel_id
         AND sp.period = k.period),
-- ---- rounding: growth, spend and spend rate directly; roi by long division
r AS (
    SELECT *,
           CASE WHEN pg = 0 THEN NULL
                ELSE (CASE WHEN (g - pg < 0) = (pg < 0) THEN 1 ELSE -1 END)
                     * ((2 * abs(g - pg) * 10000 + abs(pg)) / (2 * abs(pg))) END AS gh,
           CASE WHEN s < 0 THEN -((-2 * s + 1000000) / 2000000)
                ELSE (2 * s + 1000000) / 2000000 END AS sh,
           CASE WHEN g = 0 THEN NULL
                ELSE (CASE WHEN (s < 0) = (g < 0) OR s = 0 THEN 1 ELSE -1 END)
                     * ((2 * abs(s) + 100 * abs(g)) / (200 * abs(g))) END AS rh,
           CASE WHEN (m < 0) = (s < 0) OR m = 0 THEN 1 ELSE -1 END AS zsign,
           abs(m) AS za, abs(s) AS zb
    FROM j),
-- 1e8 × 5 × (a mod b) / (2b): f the quotient so far, e the remainder, i the digits done.
ld(brand, channel, period, i, f, e, zb) AS (
    SELECT brand, channel, period, 0, 5 * (za % zb) / (2 * zb), 5 * (za % zb) % (2 * zb), zb
    FROM r WHERE s <> 0 AND zb < 460000000000000000
    UNION ALL
    SELECT brand, channel, period, i + 1, f * 10 + e * 10 / (2 * zb), e * 10 % (2 * zb), zb
    FROM ld WHERE i < 8),
z AS (
    SELECT r.*, ld.e AS ze,
           CASE WHEN r.za / r.zb >= 36000000000 THEN NULL
                ELSE 250000000 * (r.za / r.zb) + ld.f
                     + CASE WHEN r.zsign = 1 THEN -90090000 ELSE 90090000 END END AS k2
    FROM r LEFT JOIN ld ON ld.brand = r.brand AND ld.channel = r.channel
         AND ld.period = r.period AND ld.i = 8),
z2 AS (
    SELECT *,
           CASE WHEN k2 >= 0 OR k2 % 9009 = 0 THEN k2 / 9009 ELSE k2 / 9009 - 1 END AS fl
    FROM z),
z3 AS (
    SELECT *,
           -- round half away from zero of fl + (k2 − 9009 fl + ze / 2zb) / 9009, signed
           zsign * (fl + CASE WHEN k2 - 9009 * fl >= 4505 THEN 1
                              WHEN k2 - 9009 * fl = 4504 AND ze > zb THEN 1
                              WHEN k2 - 9009 * fl = 4504 AND ze = zb AND fl >= 0 THEN 1
                              ELSE 0 END) AS oh
    FROM z2)
SELECT brand, channel, period,
       printf('%s%d.%02d', CASE WHEN g < 0 THEN '-' ELSE '' END, abs(g) / 100, abs(g) % 100)
           AS gross_sales,
       u AS units,
       printf('%s%d.%02d', CASE WHEN pg < 0 THEN '-' ELSE '' END, abs(pg) / 100, abs(pg) % 100)
           AS prior_gross_sales,
       CASE WHEN gh IS NOT NULL THEN
           printf('%s%d.%02d', CASE WHEN gh < 0 THEN '-' ELSE '' END, abs(gh) / 100,
                  abs(gh) % 100) END AS growth_pct,
       printf('%s%d.%02d', CASE WHEN sh < 0 THEN '-' ELSE '' END, abs(sh) / 100, abs(sh) % 100)
           AS trade_spend,
       CASE WHEN rh IS NOT NULL THEN
           printf('%s%d.%02d', CASE WHEN rh < 0 THEN '-' ELSE '' END, abs(rh) / 100,
                  abs(rh) % 100) END AS spend_rate_pct,
       CASE WHEN s = 0 THEN NULL
            WHEN oh IS NULL THEN 'out of range'
            ELSE printf('%s%d.%02d', CASE WHEN oh < 0 THEN '-' ELSE '' END, abs(oh) / 100,
                        abs(oh) % 100) END AS roi_pct
FROM z3
ORDER BY brand, channel, period;
