-- Adds to a small demo file (uplift-cli demo --scale 0.02) the cases the SQL references
-- (bench/sql/*.sql) must handle and the demo does not produce, so that check_sql.sh beside
-- this file can compare them with uplift-cli on them. Run on a copy: it writes directly into
-- the promotion, price and fund tables, as the promotion editor, the importers and the fund
-- commands would have. Actuals are not written here: Uplift keeps summaries of them in step
-- with its imports, so their changes are a CSV file (variety_actuals.sql) that check_sql.sh
-- imports with uplift-cli after this script.
PRAGMA foreign_keys = OFF;
BEGIN;

-- In-store periods starting and ending mid-week; ship periods of their own.
UPDATE promotions SET instore_from = date(instore_from, '+2 days'),
                      ship_from = date(ship_from, '+3 days') WHERE id % 5 = 0;
UPDATE promotions SET instore_to = date(instore_to, '-3 days') WHERE id % 7 = 0
    AND instore_to > date(instore_from, '+10 days');
UPDATE promotions SET ship_to = date(ship_to, '+9 days') WHERE id % 4 = 1;

-- Account price lists with closed periods, a gap, and open ends.
INSERT INTO prices(product_id, account_id, valid_from, valid_to, list_price, unit_cost)
SELECT l.product_id, p.account_id, date(p.instore_from, '-20 days'), date(p.instore_from, '+6 days'),
       pr.list_price + 7, pr.unit_cost + 1
FROM promotion_lines l JOIN promotions p ON p.id = l.promotion_id
JOIN products pr ON pr.id = l.product_id
WHERE l.id % 4 = 0
  AND NOT EXISTS (SELECT 1 FROM prices x WHERE x.product_id = l.product_id
                  AND x.account_id = p.account_id)
GROUP BY l.product_id, p.account_id;
INSERT OR IGNORE INTO prices(product_id, account_id, valid_from, valid_to, list_price, unit_cost)
SELECT l.product_id, p.account_id, date(p.instore_from, '+14 days'), NULL,
       pr.list_price + 13, pr.unit_cost + 2
FROM promotion_lines l JOIN promotions p ON p.id = l.promotion_id
JOIN products pr ON pr.id = l.product_id
WHERE l.id % 4 = 0
  AND NOT EXISTS (SELECT 1 FROM prices x WHERE x.product_id = l.product_id
                  AND x.account_id = p.account_id AND x.valid_to IS NULL)
  AND NOT EXISTS (SELECT 1 FROM prices x WHERE x.product_id = l.product_id
                  AND x.account_id = p.account_id AND x.valid_to >= date(p.instore_from, '+14 days'))
GROUP BY l.product_id, p.account_id;
-- A product without any price-list row (base price only).
DELETE FROM prices WHERE product_id IN (SELECT product_id FROM promotion_lines WHERE id % 9 = 0)
    AND account_id IS NULL;

-- Every tactic kind, on a third of the scenarios each.
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'off_invoice', NULL, 'oi' FROM scenarios WHERE id % 3 = 0;
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'bill_back', NULL, 'bb' FROM scenarios WHERE id % 4 = 1;
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'scan_back', NULL, 'sb' FROM scenarios WHERE id % 3 = 1;
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'discount_per_unit', NULL, 'dpu' FROM scenarios WHERE id % 5 = 2;
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'multi_buy', NULL, 'mb' FROM scenarios WHERE id % 6 = 5;
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'fixed_fee', NULL, 'ff' FROM scenarios WHERE id % 4 = 3;
-- A tactic with no terms at all.
INSERT INTO tactics(scenario_id, kind, fund, label)
SELECT id, 'off_invoice', NULL, 'empty' FROM scenarios WHERE id % 10 = 7;

-- Terms for the new tactics: ship tactics over the ship period, others over the in-store one,
-- split in two sub-periods mid-week (a depth change), values per kind.
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 1, NULL,
       CASE WHEN t.kind IN ('off_invoice', 'bill_back') THEN p.ship_from ELSE p.instore_from END,
       date(p.instore_from, '+9 days'),
       CASE t.kind WHEN 'off_invoice' THEN 7 WHEN 'bill_back' THEN 3 WHEN 'scan_back' THEN 5
                   WHEN 'discount_per_unit' THEN 11 WHEN 'multi_buy' THEN 333333
                   WHEN 'fixed_fee' THEN 12345 END,
       '2024-01-01T00:00:00Z', 'test'
FROM tactics t JOIN scenarios s ON s.id = t.scenario_id JOIN promotions p ON p.id = s.promotion_id
WHERE t.label IN ('oi', 'bb', 'sb', 'dpu', 'mb', 'ff');
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 1, NULL, date(p.instore_from, '+10 days'),
       CASE WHEN t.kind IN ('off_invoice', 'bill_back') THEN max(p.ship_to, p.instore_to)
            ELSE p.instore_to END,
       CASE t.kind WHEN 'off_invoice' THEN 9 WHEN 'bill_back' THEN 4 WHEN 'scan_back' THEN 6
                   WHEN 'discount_per_unit' THEN 13 WHEN 'multi_buy' THEN 250000
                   WHEN 'fixed_fee' THEN 1001 END,
       '2024-01-01T00:00:00Z', 'test'
FROM tactics t JOIN scenarios s ON s.id = t.scenario_id JOIN promotions p ON p.id = s.promotion_id
WHERE t.label IN ('oi', 'bb', 'sb', 'dpu', 'mb', 'ff')
  AND p.instore_to > date(p.instore_from, '+10 days');

-- A second version of some discount_pct tactics: a general term and a line-specific one
-- (the line's own term wins), and an overlapping general term with a later start (wins).
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 2, NULL, p.instore_from, p.instore_to, 123456, '2024-02-01T00:00:00Z', 'test'
FROM tactics t JOIN scenarios s ON s.id = t.scenario_id JOIN promotions p ON p.id = s.promotion_id
WHERE t.kind = 'discount_pct' AND t.id % 3 = 0;
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 2, NULL, date(p.instore_from, '+8 days'), p.instore_to, 98765,
       '2024-02-01T00:00:00Z', 'test'
FROM tactics t JOIN scenarios s ON s.id = t.scenario_id JOIN promotions p ON p.id = s.promotion_id
WHERE t.kind = 'discount_pct' AND t.id % 6 = 0;
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 2, l.id, p.instore_from, date(p.instore_from, '+12 days'), 200001,
       '2024-02-01T00:00:00Z', 'test'
FROM tactics t JOIN scenarios s ON s.id = t.scenario_id JOIN promotions p ON p.id = s.promotion_id
JOIN promotion_lines l ON l.promotion_id = p.id AND l.id % 2 = 0
WHERE t.kind = 'discount_pct' AND t.id % 3 = 0;
-- A line-specific term for a line of another promotion: ignored.
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 2, (SELECT min(id) FROM promotion_lines), p.instore_from, p.instore_to, 999999,
       '2024-02-01T00:00:00Z', 'test'
FROM tactics t JOIN scenarios s ON s.id = t.scenario_id JOIN promotions p ON p.id = s.promotion_id
WHERE t.kind = 'discount_pct' AND t.id % 9 = 0 AND p.id > 1;

-- A second scenario, not chosen, whose tactics must not count; and a promotion that chose it.
INSERT INTO scenarios(promotion_id, name) SELECT id, 'alt' FROM promotions WHERE id % 8 = 0;
INSERT INTO tactics(scenario_id, kind, label) SELECT id, 'fixed_fee', 'alt' FROM scenarios
WHERE name = 'alt';
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 1, NULL, '2020-01-01', '2030-01-01', 777777, '2024-01-01T00:00:00Z', 'test'
FROM tactics t WHERE t.label = 'alt';
UPDATE promotions SET scenario_id = (SELECT s.id FROM scenarios s WHERE s.promotion_id =
    promotions.id AND s.name = 'alt') WHERE id % 16 = 0;
-- A promotion without a chosen scenario.
UPDATE promotions SET scenario_id = NULL WHERE id % 23 = 0;

-- Statuses: cancelled and rejected promotions that have fees and lines.
UPDATE promotions SET status = 'cancelled' WHERE id % 13 = 0;
UPDATE promotions SET status = 'rejected' WHERE id % 19 = 0;

-- A promotion with no lines, one with a fixed fee and no lines.
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00001', 'no lines', 1, '2025-03-05', '2025-03-20', '2025-02-19', '2025-03-20',
        'draft', '2024-01-01T00:00:00Z');
INSERT INTO scenarios(promotion_id, name) VALUES (last_insert_rowid(), 'base');
UPDATE promotions SET scenario_id = last_insert_rowid() WHERE code = 'PRZ00001';
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00001'), 'fixed_fee', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2025-03-05', '2025-03-20',
                                 50000, '2024-01-01T00:00:00Z', 'test');
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00002', 'no lines, no scenario', 2, '2025-03-05', '2025-03-20', '2025-02-19',
        '2025-03-20', 'draft', '2024-01-01T00:00:00Z');

-- A promotion whose fee does not split evenly over 3 lines (100.01 + 0.01), and the same lines
-- promoted back to back, so a baseline window is partly and then wholly promoted.
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00003', 'split', 3, '2025-06-04', '2025-06-30', '2025-05-21', '2025-06-30',
        'approved', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00003'), id FROM products WHERE id IN (3, 4, 8);
INSERT INTO scenarios(promotion_id, name)
    VALUES ((SELECT id FROM promotions WHERE code = 'PRZ00003'), 'base');
UPDATE promotions SET scenario_id = last_insert_rowid() WHERE code = 'PRZ00003';
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00003'), 'fixed_fee', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2025-06-04', '2025-06-10',
                                 10001, '2024-01-01T00:00:00Z', 'test');
INSERT INTO tactic_terms VALUES ((SELECT max(id) FROM tactics), 1, NULL, '2025-06-11',
                                 '2025-06-30', 1, '2024-01-01T00:00:00Z', 'test');
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00003'), 'discount_pct', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2025-06-04', '2025-06-30',
                                 125000, '2024-01-01T00:00:00Z', 'test');
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00004', 'before', 3, '2025-03-03', '2025-06-01', '2025-02-17', '2025-06-01',
        'closed', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00004'), id FROM products WHERE id IN (3, 4);
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00005', 'half before', 3, '2025-04-14', '2025-06-01', '2025-03-31', '2025-06-01',
        'draft', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00005'), id FROM products WHERE id = 8;
-- A rejected one over the same weeks does not promote them.
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00006', 'rejected', 3, '2025-03-03', '2025-06-01', '2025-02-17', '2025-06-01',
        'rejected', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00006'), id FROM products WHERE id = 22;
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00007', 'after rejected', 3, '2025-06-04', '2025-06-30', '2025-05-21', '2025-06-30',
        'draft', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00007'), id FROM products WHERE id = 22;
-- (variety_actuals.sql sets its in-store weeks to 0 units.)
INSERT INTO scenarios(promotion_id, name)
    VALUES ((SELECT id FROM promotions WHERE code = 'PRZ00007'), 'base');
UPDATE promotions SET scenario_id = last_insert_rowid() WHERE code = 'PRZ00007';
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00007'), 'discount_pct', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2025-06-04', '2025-06-30',
                                 333333, '2024-01-01T00:00:00Z', 'test');
-- Lines on (account, sku) pairs that have no actuals in the demo: variety_actuals.sql gives
-- them sell-out only (post-event units from sell-out), sell-out in the in-store weeks only
-- (no baseline rows), sell-in in the ship weeks only, or nothing at all.
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00010', 'sell-out only', 3, '2025-09-03', '2025-09-30', '2025-08-06', '2025-09-30',
        'planned', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00010'), p.id FROM products p
WHERE NOT EXISTS (SELECT 1 FROM actuals x WHERE x.account_id = 3 AND x.product_id = p.id)
ORDER BY p.id LIMIT 6;
INSERT INTO scenarios(promotion_id, name)
    VALUES ((SELECT id FROM promotions WHERE code = 'PRZ00010'), 'base');
UPDATE promotions SET scenario_id = last_insert_rowid() WHERE code = 'PRZ00010';
INSERT INTO tactics(scenario_id, kind, label)
SELECT (SELECT scenario_id FROM promotions WHERE code = 'PRZ00010'), k.column1, 'x'
FROM (VALUES ('discount_pct'), ('scan_back'), ('off_invoice'), ('fixed_fee')) k;
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 1, NULL, '2025-08-06', '2025-09-30',
       CASE t.kind WHEN 'discount_pct' THEN 150000 WHEN 'fixed_fee' THEN 20000 ELSE 4 END,
       '2024-01-01T00:00:00Z', 'test'
FROM tactics t WHERE t.scenario_id = (SELECT scenario_id FROM promotions WHERE code = 'PRZ00010');

-- For the brand × channel report (only approved, settled and closed promotions count, each
-- line under its sku's brand, the account's channel and the month of the Monday of the
-- in-store start's week):
-- PRZ00020 (closed, Hypermarkets): in-store from Thursday 2026-01-01, whose Monday is
-- 2025-12-29, so it counts in 2025-12 beside that month's sales; three lines of three brands
-- sharing a fee of 100.01 (33.34, 33.34, 33.33 in line id order) and an off-invoice tactic
-- paying on the last sell-in weeks of 2025.
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00020', 'across the new year', 5, '2026-01-01', '2026-01-21', '2025-12-15',
        '2026-01-14', 'closed', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00020'), v.column1
FROM (VALUES (81), (41), (61)) v;
INSERT INTO scenarios(promotion_id, name)
    VALUES ((SELECT id FROM promotions WHERE code = 'PRZ00020'), 'base');
UPDATE promotions SET scenario_id = last_insert_rowid() WHERE code = 'PRZ00020';
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00020'), 'fixed_fee', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2026-01-01', '2026-01-10',
                                 7001, '2024-01-01T00:00:00Z', 'test');
INSERT INTO tactic_terms VALUES ((SELECT max(id) FROM tactics), 1, NULL, '2026-01-11',
                                 '2026-01-21', 3000, '2024-01-01T00:00:00Z', 'test');
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00020'), 'off_invoice', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2025-12-15', '2026-01-14',
                                 7, '2024-01-01T00:00:00Z', 'test');
-- PRZ00021 (approved, Supermarkets, March 2026, after the last actuals): spend and no sales,
-- a fee of 100.01 over a Brisa line (the lower id: 50.01) and a Fizzora one (50.00).
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00021', 'spend, no sales', 3, '2026-03-05', '2026-03-25', '2026-02-20',
        '2026-03-20', 'approved', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT (SELECT id FROM promotions WHERE code = 'PRZ00021'), v.column1 FROM (VALUES (21), (1)) v;
INSERT INTO scenarios(promotion_id, name)
    VALUES ((SELECT id FROM promotions WHERE code = 'PRZ00021'), 'base');
UPDATE promotions SET scenario_id = last_insert_rowid() WHERE code = 'PRZ00021';
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00021'), 'fixed_fee', 'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2026-03-05', '2026-03-25',
                                 10001, '2024-01-01T00:00:00Z', 'test');
INSERT INTO tactics(scenario_id, kind, label)
    VALUES ((SELECT scenario_id FROM promotions WHERE code = 'PRZ00021'), 'discount_per_unit',
            'x');
INSERT INTO tactic_terms VALUES (last_insert_rowid(), 1, NULL, '2026-03-05', '2026-03-25',
                                 15, '2024-01-01T00:00:00Z', 'test');
-- PRZ00022 (settled, Crunchos at A0006, February 2027): no sales in that month or a year
-- before, no baseline, so its row is 0.00,0,0.00,,25.00,,-100.00.
-- PRZ00023 (submitted, April 2027) and PRZ00024 (draft, May 2027) have fees and must not
-- count: no row for those months. PRZ00025 (approved, June 2027) has a line and no
-- scenario: a row of zeros (spend 0, roi empty).
INSERT INTO promotions(code, name, account_id, instore_from, instore_to, ship_from, ship_to,
                       status, created_at)
VALUES ('PRZ00022', 'settled, future', 6, '2027-02-10', '2027-02-23', '2027-02-01',
        '2027-02-23', 'settled', '2024-01-01T00:00:00Z'),
       ('PRZ00023', 'submitted', 6, '2027-04-07', '2027-04-20', '2027-04-01', '2027-04-20',
        'submitted', '2024-01-01T00:00:00Z'),
       ('PRZ00024', 'draft', 6, '2027-05-05', '2027-05-18', '2027-05-01', '2027-05-18',
        'draft', '2024-01-01T00:00:00Z'),
       ('PRZ00025', 'approved, no scenario', 6, '2027-06-02', '2027-06-15', '2027-06-01',
        '2027-06-15', 'approved', '2024-01-01T00:00:00Z');
INSERT INTO promotion_lines(promotion_id, product_id)
SELECT id, 101 FROM promotions WHERE code IN ('PRZ00022', 'PRZ00023', 'PRZ00024', 'PRZ00025');
INSERT INTO scenarios(promotion_id, name)
SELECT id, 'base' FROM promotions WHERE code IN ('PRZ00022', 'PRZ00023', 'PRZ00024');
UPDATE promotions SET scenario_id = (SELECT s.id FROM scenarios s
    WHERE s.promotion_id = promotions.id AND s.name = 'base')
WHERE code IN ('PRZ00022', 'PRZ00023', 'PRZ00024');
INSERT INTO tactics(scenario_id, kind, label)
SELECT scenario_id, 'fixed_fee', 'x' FROM promotions
WHERE code IN ('PRZ00022', 'PRZ00023', 'PRZ00024');
INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, value, created_at,
                         created_by)
SELECT t.id, 1, NULL, p.instore_from, p.instore_to,
       CASE p.code WHEN 'PRZ00022' THEN 2500 ELSE 9999 END, '2024-01-01T00:00:00Z', 'test'
FROM tactics t JOIN promotions p ON p.scenario_id = t.scenario_id
WHERE p.code IN ('PRZ00022', 'PRZ00023', 'PRZ00024');

-- Funds: every ledger kind with both signs (reversals), a fund with no entries, one whose
-- budget is 0 and one whose budget is negative, commitments changed, released and overdrawn
-- by settlements (an open commitment never counts below 0), actual spend without a tactic.
INSERT INTO funds(name, type, created_at) VALUES ('zz empty', 'fixed', '2024-01-01T00:00:00Z'),
    ('zz zero', 'fixed', '2024-01-01T00:00:00Z'), ('zz negative', 'fixed', '2024-01-01T00:00:00Z'),
    ('ZZ upper, "quoted"', 'fixed', '2024-01-01T00:00:00Z');
INSERT INTO fund_ledger(fund_id, kind, amount, booked_on, source_type, source_id, tactic_id,
                        user_name, created_at)
SELECT f.id, v.kind, v.amount, v.booked_on, v.source_type, NULL, v.tactic_id, 'test',
       '2024-01-01T00:00:00Z'
FROM funds f JOIN (
    SELECT 'zz zero' AS fund, 'allocation' AS kind, 1000 AS amount, '2024-01-01' AS booked_on,
           'manual' AS source_type, NULL AS tactic_id
    UNION ALL SELECT 'zz zero', 'adjustment', -1000, '2024-02-01', 'manual', NULL
    UNION ALL SELECT 'zz zero', 'write_off', 333, '2024-02-01', 'claim', NULL
    UNION ALL SELECT 'zz negative', 'allocation', 5000, '2024-01-01', 'manual', NULL
    UNION ALL SELECT 'zz negative', 'transfer_out', 7001, '2024-01-02', 'transfer', NULL
    UNION ALL SELECT 'zz negative', 'actual', 1234, '2024-01-03', 'claim', 900001
    UNION ALL SELECT 'zz negative', 'commitment', 2000, '2024-01-03', 'promotion', 900001
    UNION ALL SELECT 'zz negative', 'commitment_change', -500, '2024-01-04', 'promotion', 900001
    UNION ALL SELECT 'zz negative', 'commitment', 100, '2024-01-03', 'promotion', 900002
    UNION ALL SELECT 'zz negative', 'actual', 300, '2024-01-05', 'claim', 900002
    UNION ALL SELECT 'zz negative', 'commitment', 800, '2024-01-03', 'promotion', 900003
    UNION ALL SELECT 'zz negative', 'release', 799, '2024-01-06', 'promotion', 900003
    UNION ALL SELECT 'ZZ upper, "quoted"', 'allocation', 30000, '2024-01-01', 'manual', NULL
    UNION ALL SELECT 'ZZ upper, "quoted"', 'accrual', 12345, '2024-01-01', 'batch', NULL
    UNION ALL SELECT 'ZZ upper, "quoted"', 'accrual', -345, '2024-01-09', 'batch', NULL
    UNION ALL SELECT 'ZZ upper, "quoted"', 'transfer_in', 999, '2024-01-01', 'transfer', NULL
    UNION ALL SELECT 'ZZ upper, "quoted"', 'distribution', 2500, '2024-01-01', 'manual', NULL
    UNION ALL SELECT 'ZZ upper, "quoted"', 'actual', 7, '2024-01-01', 'claim', NULL
    UNION ALL SELECT 'ZZ upper, "quoted"', 'actual', 13333, '2024-01-01', 'claim', 900004
) v ON v.fund = f.name;
UPDATE funds SET parent_id = (SELECT id FROM funds WHERE name = 'zz zero')
    WHERE name = 'zz negative';

-- Codes whose byte order differs from a case-insensitive one.
UPDATE promotions SET code = lower(code) WHERE id % 29 = 0;

COMMIT;
