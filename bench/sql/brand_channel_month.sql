-- Brand × channel × month (SPEC §8.3; `uplift-cli report brand-channel --by month --format
-- csv`, no filter) as ONE SQL statement over the actuals table, the reference of its benchmark:
--
--   sqlite3 -csv -header FILE.uplift < bench/sql/brand_channel_month.sql
--
-- prints brand,channel,period,units,gross_sales,invoice_discounts,prior_year_units,
-- prior_year_gross_sales,growth_pct: one row per (brand, channel, month) that has sell-in rows
-- (kind 0), ordered by brand, channel and period as text. A week counts in the month of its
-- Monday (actuals.week is the Monday's day number). units = Σ units, gross_sales =
-- Σ gross_amount, invoice_discounts = Σ discount_amount (NULL as 0); prior_year_* are the same
-- brand, channel and month one year earlier (0 when it has no row); growth_pct = 100 ×
-- (gross − prior gross) / prior gross, rounded half away from zero to 2 decimals, empty when
-- the prior gross is 0. Integers (cents) throughout; no REAL.
--
-- It reads every sell-in row: first summed per (brand, channel, week), so the month of a
-- Monday is worked out once per group rather than once per row, then per month.
WITH
w AS (
    SELECT p.brand_id, a.channel_id, x.week, sum(x.units) AS u, sum(x.gross_amount) AS g,
           sum(ifnull(x.discount_amount, 0)) AS d
    FROM actuals x JOIN products p ON p.id = x.product_id JOIN accounts a ON a.id = x.account_id
    WHERE x.kind = 0
    GROUP BY p.brand_id, a.channel_id, x.week),
m AS MATERIALIZED (
    SELECT brand_id, channel_id, strftime('%Y-%m', week * 86400, 'unixepoch') AS period,
           sum(u) AS u, sum(g) AS g, sum(d) AS d
    FROM w GROUP BY brand_id, channel_id, period),
j AS (
    SELECT b.name AS brand, c.name AS channel, m.period, m.u, m.g, m.d,
           ifnull(py.u, 0) AS pu, ifnull(py.g, 0) AS pg
    FROM m JOIN brands b ON b.id = m.brand_id JOIN channels c ON c.id = m.channel_id
    LEFT JOIN m py ON py.brand_id = m.brand_id AND py.channel_id = m.channel_id
         AND py.period = printf('%04d-%s', CAST(substr(m.period, 1, 4) AS INTEGER) - 1,
                                substr(m.period, 6, 2))),
r AS (
    SELECT *,
           CASE WHEN pg = 0 THEN NULL
                ELSE (CASE WHEN (g - pg < 0) = (pg < 0) THEN 1 ELSE -1 END)
                     * ((2 * abs(g - pg) * 10000 + abs(pg)) / (2 * abs(pg))) END AS gh
    FROM j)
SELECT brand, channel, period, u AS units,
       printf('%s%d.%02d', CASE WHEN g < 0 THEN '-' ELSE '' END, abs(g) / 100, abs(g) % 100)
           AS gross_sales,
       printf('%s%d.%02d', CASE WHEN d < 0 THEN '-' ELSE '' END, abs(d) / 100, abs(d) % 100)
           AS invoice_discounts,
       pu AS prior_year_units,
       printf('%s%d.%02d', CASE WHEN pg < 0 THEN '-' ELSE '' END, abs(pg) / 100, abs(pg) % 100)
           AS prior_year_gross_sales,
       CASE WHEN gh IS NOT NULL THEN
           printf('%s%d.%02d', CASE WHEN gh < 0 THEN '-' ELSE '' END, abs(gh) / 100,
                  abs(gh) % 100) END AS growth_pct
FROM r
ORDER BY brand, channel, period;
