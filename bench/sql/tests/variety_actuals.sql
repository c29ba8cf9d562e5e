-- The actuals part of the variety data (see variety.sql), as a CSV file for
-- `uplift-cli import actuals`, so that Uplift's summaries stay in step:
--
--   sqlite3 -csv -header FILE.uplift < variety_actuals.sql > variety_actuals.csv
--
-- Run after variety.sql. Rows:
-- - sell-out for a third of the products: 80 % of the sell-in, every fifth week missing;
-- - sell-in rows replaced: zero weeks (those of PRZ00007's in-store period among them),
--   spikes, and rows without a discount amount (the importer refuses negative units);
-- - the lines of PRZ00010 (pairs without actuals): sell-out all year round for three,
--   sell-out in the in-store weeks only for one, sell-in in the ship weeks only for one,
--   nothing for the last.
WITH RECURSIVE
sellout AS (
    SELECT x.week, x.account_id, x.product_id, 'sell_out' AS kind, x.units * 4 / 5 AS units,
           x.gross_amount * 4 / 5 AS gross, NULL AS discount
    FROM actuals x WHERE x.kind = 0 AND x.product_id % 3 = 0 AND x.week % 5 <> 0),
replaced AS (
    SELECT x.week, x.account_id, x.product_id, 'sell_in' AS kind,
           CASE WHEN x.account_id = 3 AND x.product_id = 22 AND x.week BETWEEN 20241 AND 20269
                    THEN 0
                WHEN x.week % 11 = 0 AND x.product_id % 2 = 0 THEN 0
                WHEN x.week % 17 = 0 AND x.product_id % 5 = 0 THEN 3 * x.units
                ELSE x.units END AS units,
           x.gross_amount AS gross,
           CASE WHEN x.week % 13 = 0 THEN NULL ELSE x.discount_amount END AS discount
    FROM actuals x
    WHERE x.kind = 0 AND ((x.week % 11 = 0 AND x.product_id % 2 = 0)
          OR (x.week % 17 = 0 AND x.product_id % 5 = 0) OR x.week % 13 = 0
          OR (x.account_id = 3 AND x.product_id = 22 AND x.week BETWEEN 20241 AND 20269))),
lines AS (
    SELECT l.product_id, p.account_id,
           row_number() OVER (ORDER BY l.id) - 1 AS k
    FROM promotion_lines l JOIN promotions p ON p.id = l.promotion_id WHERE p.code = 'PRZ00010'),
weeks(w) AS (
    SELECT unixepoch('2025-04-07') / 86400 UNION ALL
    SELECT w + 7 FROM weeks WHERE w + 7 <= unixepoch('2025-10-27') / 86400),
fresh AS (
    SELECT weeks.w AS week, lines.account_id, lines.product_id,
           CASE WHEN lines.k = 4 THEN 'sell_in' ELSE 'sell_out' END AS kind,
           (lines.k + 1) * 10 + weeks.w % 7 AS units,
           ((lines.k + 1) * 10 + weeks.w % 7) * 123 AS gross, 0 AS discount
    FROM lines JOIN weeks
    WHERE (lines.k < 3 AND weeks.w % 4 <> 0)
       OR (lines.k = 3 AND weeks.w BETWEEN unixepoch('2025-09-01') / 86400
                                       AND unixepoch('2025-09-29') / 86400)
       OR (lines.k = 4 AND weeks.w BETWEEN unixepoch('2025-08-04') / 86400
                                       AND unixepoch('2025-08-25') / 86400)),
rows AS (
    SELECT * FROM sellout UNION ALL SELECT * FROM replaced UNION ALL SELECT * FROM fresh)
SELECT date(r.week * 86400, 'unixepoch') AS week, a.code AS account, p.sku, r.units,
       printf('%s%d.%02d', CASE WHEN r.gross < 0 THEN '-' ELSE '' END, abs(r.gross) / 100,
              abs(r.gross) % 100) AS gross_amount,
       CASE WHEN r.discount IS NOT NULL THEN
           printf('%s%d.%02d', CASE WHEN r.discount < 0 THEN '-' ELSE '' END,
                  abs(r.discount) / 100, abs(r.discount) % 100) END AS discount_amount,
       r.kind
FROM rows r JOIN accounts a ON a.id = r.account_id JOIN products p ON p.id = r.product_id
ORDER BY r.account_id, r.product_id, r.week, r.kind;
