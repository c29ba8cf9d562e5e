-- Budget vs actual (SPEC §4, §8.1; `uplift-cli report budget-vs-actual --format csv`, no
-- filter, no --by) as ONE SQL statement, the reference of its benchmark:
--
--   sqlite3 -csv -header FILE.uplift < bench/sql/budget_vs_actual.sql
--
-- One row per fund ordered by name: its own ledger, no roll-up of children
-- (src/core/analytics/budget_vs_actual.cpp, src/core/funds/ledger.cpp):
--   allocated     allocation + adjustment entries      accrued       accrual entries
--   transfers_in  transfer_in entries                  transfers_out transfer_out entries
--   distributed   distribution entries                 actual        actual + write_off
--   committed     Σ over the fund's tactics of max(0, commitment + commitment_change −
--                 release − actual), entries with a tactic only
--   budget        allocated + accrued + transfers_in − transfers_out − distributed
--   available     budget − committed − actual
--   utilisation   100 × actual / budget rounded half away from zero, empty when budget = 0
-- Every entry counts whatever its booking date: without --by the CSV has no as-of date, and
-- --today only moves the "expected" column, which the CSV does not print. Integers throughout.
WITH
k AS (
    SELECT fund_id,
           sum(CASE WHEN kind IN ('allocation', 'adjustment') THEN amount ELSE 0 END) AS alloc,
           sum(CASE WHEN kind = 'accrual' THEN amount ELSE 0 END) AS accr,
           sum(CASE WHEN kind = 'transfer_in' THEN amount ELSE 0 END) AS tin,
           sum(CASE WHEN kind = 'transfer_out' THEN amount ELSE 0 END) AS tout,
           sum(CASE WHEN kind = 'distribution' THEN amount ELSE 0 END) AS dist,
           sum(CASE WHEN kind IN ('actual', 'write_off') THEN amount ELSE 0 END) AS act
    FROM fund_ledger GROUP BY fund_id),
c AS (
    SELECT fund_id, sum(open) AS com
    FROM (SELECT fund_id,
                 max(0, sum(CASE kind WHEN 'release' THEN -amount WHEN 'actual' THEN -amount
                                      ELSE amount END)) AS open
          FROM fund_ledger
          WHERE tactic_id IS NOT NULL
            AND kind IN ('commitment', 'commitment_change', 'release', 'actual')
          GROUP BY fund_id, tactic_id)
    GROUP BY fund_id),
f AS (
    SELECT fu.name, ifnull(pf.name, '') AS parent,
           ifnull(k.alloc, 0) AS alloc, ifnull(k.accr, 0) AS accr, ifnull(k.tin, 0) AS tin,
           ifnull(k.tout, 0) AS tout, ifnull(k.dist, 0) AS dist, ifnull(c.com, 0) AS com,
           ifnull(k.act, 0) AS act
    FROM funds fu LEFT JOIN funds pf ON pf.id = fu.parent_id
    LEFT JOIN k ON k.fund_id = fu.id LEFT JOIN c ON c.fund_id = fu.id),
b AS (SELECT *, alloc + accr + tin - tout - dist AS budget FROM f),
m AS (
    SELECT name, parent, alloc, accr, tin, tout, dist, com, act, budget - com - act AS avail,
           CASE WHEN budget = 0 THEN NULL
                ELSE (CASE WHEN (act < 0) = (budget < 0) THEN 1 ELSE -1 END)
                     * ((2 * abs(act) * 10000 + abs(budget)) / (2 * abs(budget))) END AS util
    FROM b)
SELECT name AS fund, parent,
       printf('%s%d.%02d', CASE WHEN alloc < 0 THEN '-' ELSE '' END, abs(alloc) / 100,
              abs(alloc) % 100) AS allocated,
       printf('%s%d.%02d', CASE WHEN accr < 0 THEN '-' ELSE '' END, abs(accr) / 100,
              abs(accr) % 100) AS accrued,
       printf('%s%d.%02d', CASE WHEN tin < 0 THEN '-' ELSE '' END, abs(tin) / 100,
              abs(tin) % 100) AS transfers_in,
       printf('%s%d.%02d', CASE WHEN tout < 0 THEN '-' ELSE '' END, abs(tout) / 100,
              abs(tout) % 100) AS transfers_out,
       printf('%s%d.%02d', CASE WHEN dist < 0 THEN '-' ELSE '' END, abs(dist) / 100,
              abs(dist) % 100) AS distributed,
       printf('%s%d.%02d', CASE WHEN com < 0 THEN '-' ELSE '' END, abs(com) / 100,
              abs(com) % 100) AS committed,
       printf('%s%d.%02d', CASE WHEN act < 0 THEN '-' ELSE '' END, abs(act) / 100,
              abs(act) % 100) AS actual,
       printf('%s%d.%02d', CASE WHEN avail < 0 THEN '-' ELSE '' END, abs(avail) / 100,
              abs(avail) % 100) AS available,
       CASE WHEN util IS NOT NULL THEN
           printf('%s%d.%02d', CASE WHEN util < 0 THEN '-' ELSE '' END, abs(util) / 100,
                  abs(util) % 100) END AS utilisation_pct
FROM m
ORDER BY name;
