-- The pivot `uplift-cli report pivot --source v_actuals --rows account,year
-- --values sum:gross_amount,sum:units --no-totals --format csv` as ONE SQL statement over the
-- stored tables, the reference of its benchmark:
--
--   sqlite3 -csv -header FILE.uplift < bench/sql/pivot_account_year.sql
--
-- Every actuals row (sell-in and sell-out) summed per account and calendar year of its week's
-- Monday; money in integer cents, printed with 2 decimals. Ordered by account, year.
SELECT a.code AS account,
       strftime('%Y', x.week * 86400, 'unixepoch') AS year,
       printf('%d.%02d', sum(x.gross_amount) / 100, sum(x.gross_amount) % 100) AS sum_gross_amount,
       sum(x.units) AS sum_units
FROM actuals x
JOIN accounts a ON a.id = x.account_id
GROUP BY a.code, year
ORDER BY a.code, year;
