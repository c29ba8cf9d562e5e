-- Weekly sums of the actuals per brand × channel × region × kind (docs/performance.md).
-- Reports by brand, channel, region and period read these few hundred thousand rows instead
-- of ten million detail rows. They are kept in step with `actuals` inside the same
-- transaction: imports add their deltas, rollbacks subtract them, a change of an account's
-- channel or region moves that account's sums (trigger below), and a change of a product's
-- brand marks the summary stale until the next write rebuilds it (reports read the detail
-- rows meanwhile, so they are never wrong).
CREATE TABLE actuals_summary (
    week            INTEGER NOT NULL,  -- Monday's day number, as actuals.week
    brand_id        INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,
    region_id       INTEGER NOT NULL,
    kind            INTEGER NOT NULL,
    units           INTEGER NOT NULL,
    gross_amount    INTEGER NOT NULL,
    discount_amount INTEGER NOT NULL,  -- NULL discounts count as 0
    row_count       INTEGER NOT NULL,  -- detail rows behind the sums; 0 rows are deleted
    PRIMARY KEY (week, brand_id, channel_id, region_id, kind)
) STRICT, WITHOUT ROWID;

INSERT INTO actuals_summary
SELECT x.week, p.brand_id, a.channel_id, a.region_id, x.kind, sum(x.units), sum(x.gross_amount),
       sum(ifnull(x.discount_amount, 0)), count(*)
FROM actuals x JOIN products p ON p.id = x.product_id JOIN accounts a ON a.id = x.account_id
GROUP BY x.week, p.brand_id, a.channel_id, a.region_id, x.kind;

INSERT INTO settings(key, value) VALUES ('actuals_summary_stale', '0');

-- An account that changes channel or region takes its sums along: its detail rows are a
-- range of the actuals key, so this costs in proportion to that account's history.
CREATE TRIGGER accounts_move_summary AFTER UPDATE OF channel_id, region_id ON accounts
WHEN OLD.channel_id IS NOT NEW.channel_id OR OLD.region_id IS NOT NEW.region_id
BEGIN
    INSERT INTO actuals_summary
    SELECT x.week, p.brand_id, s.channel_id, s.region_id, x.kind, s.sign * sum(x.units),
           s.sign * sum(x.gross_amount), s.sign * sum(ifnull(x.discount_amount, 0)),
           s.sign * count(*)
    FROM actuals x JOIN products p ON p.id = x.product_id
    JOIN (SELECT -1 AS sign, OLD.channel_id AS channel_id, OLD.region_id AS region_id
          UNION ALL SELECT 1, NEW.channel_id, NEW.region_id) s
    WHERE x.account_id = NEW.id
    GROUP BY x.week, p.brand_id, s.channel_id, s.region_id, x.kind
    ON CONFLICT DO UPDATE SET units = units + excluded.units,
        gross_amount = gross_amount + excluded.gross_amount,
        discount_amount = discount_amount + excluded.discount_amount,
        row_count = row_count + excluded.row_count;
    DELETE FROM actuals_summary WHERE channel_id = OLD.channel_id AND region_id = OLD.region_id
        AND row_count = 0;
END;

-- A product's rows are spread over the whole table; a re-branding is rare, so it marks the
-- summary stale instead of scanning ten million rows per product.
CREATE TRIGGER products_brand_stales_summary AFTER UPDATE OF brand_id ON products
WHEN OLD.brand_id IS NOT NEW.brand_id
BEGIN
    UPDATE settings SET value = '1' WHERE key = 'actuals_summary_stale';
END;

-- The summary for queries and the pivot: ten million rows answered from a few hundred thousand.
CREATE VIEW v_sales_weekly AS
SELECT date(s.week * 86400, 'unixepoch') AS week, b.name AS brand, c.name AS category,
       ch.name AS channel, r.name AS region,
       CASE s.kind WHEN 0 THEN 'sell_in' ELSE 'sell_out' END AS kind,
       s.units, s.gross_amount / 100.0 AS gross_amount,
       s.discount_amount / 100.0 AS discount_amount, s.row_count AS rows
FROM actuals_summary s
JOIN brands b ON b.id = s.brand_id
JOIN categories c ON c.id = b.category_id
JOIN channels ch ON ch.id = s.channel_id
JOIN regions r ON r.id = s.region_id;
