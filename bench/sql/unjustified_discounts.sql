-- Unjustified discounts (SPEC §5; `uplift-cli report unjustified-discounts --format csv`, no
-- filter, no --by) as ONE SQL statement, the reference of its benchmark:
--
--   sqlite3 -csv -header FILE.uplift < bench/sql/unjustified_discounts.sql
--
-- prints week,account,sku,invoiced_discount,entitled_discount,excess,reason: one row per
-- actuals row with discount_amount > 0 whose invoiced discount exceeds its entitled discount by
-- more than half a cent, ordered by week, account code, sku, kind. The rule is
-- docs/formulas.md "Entitled discount of an actuals row"; step by step:
--   - A row (account a, sku s, Monday W = actuals.week, a day number; kind 0 sell-in, 1
--     sell-out) covers the days W .. W + 6. Dates are ISO text: day(d) = julianday(d) −
--     2440587.5 (1970-01-01 is day 0), so "overlaps the week" is first <= W + 6 AND last >= W.
--   - A central condition applies when its validity overlaps the week and every scope it
--     gives matches: channel = a's channel; account = a or one of a's ancestors (parent_id,
--     recursive); brand = s's brand; category = the brand's category; when it lists skus,
--     s is one of them. Worth pct × gross (pct in Percent units, 1e-6 of a whole) or
--     per_unit × units (cents). The largest exclusive one that applies replaces every
--     cumulative one; without one, the cumulative ones add up.
--   - A promotion tactic applies when the promotion's stored status is approved, settled or
--     closed, the tactic is of its chosen scenario (promotions.scenario_id) and an invoice
--     discount (discount_pct, multi_buy: % of gross; discount_per_unit, off_invoice: cents per
--     unit), s is a line of it and a is the promotion's own account (not a child), the line
--     has current terms (the tactic's highest version, line_id = the line or NULL), and the
--     ship period (sell-in rows) or in-store period (sell-out rows) overlaps the week. Its
--     value that week: the largest value of the current terms that overlap the week; else,
--     when the week ends before the first term starts, the first term's (ordered by start,
--     then line_id with NULL first); else that of the term with the latest end (the first
--     such in the same order). Tactics always add.
--   - entitled = (largest exclusive condition, else Σ cumulative conditions) + Σ tactics.
--   - Flagged when 2 × (invoiced − entitled) > one cent. reason: no_entitlement when no
--     condition and no tactic applies, else exceeds_entitlement.
--
-- Exact integers throughout, with no REAL: every amount is a numerator over D = 1,000,000
-- (of cents): pct × gross_amount is exactly that, per_unit × units × 1,000,000 too, and the
-- invoice is discount_amount × 1,000,000. entitled_discount and excess are rounded once, half
-- away from zero, to whole cents ((|n| + D/2) / D with the sign put back; SQLite's integer
-- division truncates). Overflow: SQLite integers are 64-bit (9.2e18). pct ≤ 1e6, so a %
-- amount stays below 9.2e18 for |gross| < 9.2e12 cents (92 billion a row); a per-unit amount
-- for |per_unit × units| < 9.2e12 (e.g. 1,000.00 a unit × 92 million units); the test
-- 2 × invoiced × D for discounts below 4.6e12 cents. A weekly row of one account × sku is
-- orders of magnitude below all of these. (sum() would raise "integer overflow" rather than
-- go wrong silently; a product that overflowed would turn REAL and the printf('%d') of the
-- result would show it.)
--
-- How it runs: the conditions are resolved once per account (channel and ancestors) and per
-- product (brand, category, listed skus) and joined into the conditions of each account × sku
-- (cond_ap); the approved promotions' invoice-discount tactics are resolved per account ×
-- line with their terms (tline, tterm). Each actuals row with a discount then asks both, by
-- account × sku, in correlated subqueries (SQLite builds automatic indexes on the CTEs).
WITH RECURSIVE
ancestors(account_id, ancestor_id) AS (
    SELECT id, id FROM accounts
    UNION  -- UNION, not UNION ALL: a cycle in bad data ends the recursion
    SELECT an.account_id, a.parent_id
    FROM ancestors an JOIN accounts a ON a.id = an.ancestor_id
    WHERE a.parent_id IS NOT NULL),
cond AS MATERIALIZED (
    SELECT d.id, d.pct, d.per_unit, d.exclusive, d.channel_id, d.account_id, d.brand_id,
           d.category_id,
           CAST(julianday(d.valid_from) - 2440587.5 AS INTEGER) AS first,
           CAST(julianday(d.valid_to) - 2440587.5 AS INTEGER) AS last,
           EXISTS (SELECT 1 FROM discount_condition_skus k WHERE k.condition_id = d.id) AS listed
    FROM discount_conditions d),
cond_account(account_id, cond_id) AS (
    SELECT a.id, c.id
    FROM accounts a JOIN cond c
    WHERE (c.channel_id IS NULL OR c.channel_id = a.channel_id)
      AND (c.account_id IS NULL OR EXISTS (SELECT 1 FROM ancestors an
                                           WHERE an.account_id = a.id
                                             AND an.ancestor_id = c.account_id))),
cond_product(product_id, cond_id) AS (
    SELECT p.id, c.id
    FROM products p JOIN brands b ON b.id = p.brand_id JOIN cond c
    WHERE (c.brand_id IS NULL OR c.brand_id = p.brand_id)
      AND (c.category_id IS NULL OR c.category_id = b.category_id)
      AND (NOT c.listed OR EXISTS (SELECT 1 FROM discount_condition_skus k
                                   WHERE k.condition_id = c.id AND k.product_id = p.id))),
-- The conditions whose scope matches each account × sku (validity still to check per week).
cond_ap AS MATERIALIZED (
    SELECT ca.account_id, cp.product_id, c.first, c.last, c.pct, c.per_unit, c.exclusive
    FROM cond_account ca JOIN cond_product cp ON cp.cond_id = ca.cond_id
    JOIN cond c ON c.id = ca.cond_id),
-- Each invoice-discount tactic of an approved promotion's chosen scenario on each of its lines.
tl AS MATERIALIZED (
    SELECT t.id AS tactic_id, l.id AS line_id, p.account_id, l.product_id,
           t.kind IN ('discount_pct', 'multi_buy') AS percent,
           CAST(julianday(p.ship_from) - 2440587.5 AS INTEGER) AS ship_first,
           CAST(julianday(p.ship_to) - 2440587.5 AS INTEGER) AS ship_last,
           CAST(julianday(p.instore_from) - 2440587.5 AS INTEGER) AS instore_first,
           CAST(julianday(p.instore_to) - 2440587.5 AS INTEGER) AS instore_last
    FROM promotions p JOIN promotion_lines l ON l.promotion_id = p.id
    JOIN tactics t ON t.scenario_id = p.scenario_id
    WHERE p.status IN ('approved', 'settled', 'closed')
      AND t.kind IN ('discount_pct', 'multi_buy', 'discount_per_unit', 'off_invoice')),
-- Their current terms: the tactic's highest version, for this line or every line.
tterm AS MATERIALIZED (
    SELECT tl.tactic_id, tl.line_id,
           CAST(julianday(tt.valid_from) - 2440587.5 AS INTEGER) AS first,
           CAST(julianday(tt.valid_to) - 2440587.5 AS INTEGER) AS last,
           tt.value,
           first_value(tt.value) OVER (PARTITION BY tl.tactic_id, tl.line_id
               ORDER BY tt.valid_from, tt.line_id, tt.rowid) AS first_term_value,
           first_value(tt.value) OVER (PARTITION BY tl.tactic_id, tl.line_id
               ORDER BY tt.valid_to DESC, tt.valid_from, tt.line_id, tt.rowid) AS last_term_value
    FROM tl JOIN tactic_terms tt ON tt.tactic_id = tl.tactic_id
    WHERE tt.version = (SELECT max(x.version) FROM tactic_terms x WHERE x.tactic_id = tl.tactic_id)
      AND (tt.line_id IS NULL OR tt.line_id = tl.line_id)),
-- One row per tactic × line that has current terms, with what a week outside them takes.
tline AS MATERIALIZED (
    SELECT tl.*, s.terms_first, s.first_term_value, s.last_term_value
    FROM tl JOIN (SELECT tactic_id, line_id, min(first) AS terms_first,
                         min(first_term_value) AS first_term_value,
                         min(last_term_value) AS last_term_value
                  FROM tterm GROUP BY tactic_id, line_id) s
      ON s.tactic_id = tl.tactic_id AND s.line_id = tl.line_id),
-- Every actuals row with a discount and its entitlement, as a numerator over 1,000,000 cents
-- (materialized: a row's entitlement is worked out once, however often it is read below).
r AS MATERIALIZED (
    SELECT x.account_id, x.product_id, x.week, x.kind, x.discount_amount AS invoiced,
           ifnull((SELECT ifnull(max(CASE WHEN c.exclusive = 1 THEN c.amount END), sum(c.amount))
                   FROM (SELECT c.exclusive,
                                CASE WHEN c.pct IS NOT NULL THEN c.pct * x.gross_amount
                                     ELSE c.per_unit * x.units * 1000000 END AS amount
                         FROM cond_ap c
                         WHERE c.account_id = x.account_id AND c.product_id = x.product_id
                           AND c.first <= x.week + 6 AND c.last >= x.week) c), 0)
         + ifnull((SELECT sum(CASE WHEN t.percent THEN t.v * x.gross_amount
                                   ELSE t.v * x.units * 1000000 END)
                   FROM (SELECT t.percent,
                                ifnull((SELECT max(m.value) FROM tterm m
                                        WHERE m.tactic_id = t.tactic_id
                                          AND m.line_id = t.line_id
                                          AND m.first <= x.week + 6 AND m.last >= x.week),
                                       CASE WHEN x.week + 6 < t.terms_first
                                            THEN t.first_term_value
                                            ELSE t.last_term_value END) AS v
                         FROM tline t
                         WHERE t.account_id = x.account_id AND t.product_id = x.product_id
                           AND CASE x.kind
                                 WHEN 0 THEN t.ship_first <= x.week + 6 AND t.ship_last >= x.week
                                 ELSE t.instore_first <= x.week + 6 AND t.instore_last >= x.week
                               END) t), 0) AS entitled
    FROM actuals x
    WHERE x.discount_amount > 0),
f AS (
    SELECT r.*, r.invoiced * 1000000 - r.entitled AS excess
    FROM r
    WHERE 2 * (r.invoiced * 1000000 - r.entitled) > 1000000),
-- Rounded half away from zero to cents; whether anything applied (flagged rows only).
g AS (
    SELECT f.*,
           CASE WHEN f.entitled >= 0 THEN (f.entitled + 500000) / 1000000
                ELSE -((500000 - f.entitled) / 1000000) END AS entitled_cents,
           CASE WHEN f.excess >= 0 THEN (f.excess + 500000) / 1000000
                ELSE -((500000 - f.excess) / 1000000) END AS excess_cents,
           EXISTS (SELECT 1 FROM cond_ap c
                   WHERE c.account_id = f.account_id AND c.product_id = f.product_id
                     AND c.first <= f.week + 6 AND c.last >= f.week)
           OR EXISTS (SELECT 1 FROM tline t
                      WHERE t.account_id = f.account_id AND t.product_id = f.product_id
                        AND CASE f.kind
                              WHEN 0 THEN t.ship_first <= f.week + 6 AND t.ship_last >= f.week
                              ELSE t.instore_first <= f.week + 6 AND t.instore_last >= f.week
                            END) AS applies
    FROM f)
SELECT date(g.week * 86400, 'unixepoch') AS week, a.code AS account, p.sku,
       printf('%s%d.%02d', CASE WHEN g.invoiced < 0 THEN '-' ELSE '' END, abs(g.invoiced) / 100,
              abs(g.invoiced) % 100) AS invoiced_discount,
       printf('%s%d.%02d', CASE WHEN g.entitled_cents < 0 THEN '-' ELSE '' END,
              abs(g.entitled_cents) / 100, abs(g.entitled_cents) % 100) AS entitled_discount,
       printf('%s%d.%02d', CASE WHEN g.excess_cents < 0 THEN '-' ELSE '' END,
              abs(g.excess_cents) / 100, abs(g.excess_cents) % 100) AS excess,
       CASE WHEN g.applies THEN 'exceeds_entitlement' ELSE 'no_entitlement' END AS reason
FROM g JOIN accounts a ON a.id = g.account_id JOIN products p ON p.id = g.product_id
ORDER BY g.week, a.code, p.sku, g.kind;
