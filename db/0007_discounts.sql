-- Discount management (SPEC §5): one reason-code catalogue, central discount conditions,
-- discount requests routed by an approval matrix, and returns and write-offs.

CREATE TABLE reason_codes (
    code        TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 32 AND code = upper(code)),
    description TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT, WITHOUT ROWID;

INSERT INTO reason_codes(code, description) VALUES
    ('LISTING', 'Listing a new sku'),
    ('DISPLAY', 'Display in store'),
    ('FEATURE', 'Feature in the retailer''s leaflet'),
    ('TPR', 'Temporary price reduction'),
    ('VOLUME', 'Volume commitment'),
    ('COMPETITIVE', 'Matching a competitor'),
    ('DAMAGED', 'Damaged goods'),
    ('EXPIRED', 'Expired or short-dated goods'),
    ('PRICING_ERROR', 'Wrong price invoiced'),
    ('OTHER', 'Other');

-- A KAM's (or BM's) request for a discount on an account's skus over a period. value is the
-- estimated discount in cents (depth × list price × expected units), which routes it and
-- orders the inbox. approver_level is what the matrix asked for: auto, SM or FIN.
CREATE TABLE discount_requests (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    pct             INTEGER NOT NULL CHECK (pct > 0 AND pct <= 1000000),  -- Percent units
    valid_from      TEXT NOT NULL,
    valid_to        TEXT NOT NULL CHECK (valid_to >= valid_from),
    reason          TEXT NOT NULL REFERENCES reason_codes(code),
    expected_units  INTEGER CHECK (expected_units IS NULL OR expected_units >= 0),
    value           INTEGER NOT NULL CHECK (value >= 0),
    promotion_id    INTEGER REFERENCES promotions(id),
    note            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved',
                    'rejected', 'withdrawn')),
    approver_level  TEXT NOT NULL CHECK (approver_level IN ('auto', 'SM', 'FIN')),
    requested_by    INTEGER NOT NULL REFERENCES users(id),
    requested_at    TEXT NOT NULL,
    decided_by      TEXT,            -- a user name, or 'auto'
    decided_at      TEXT,
    decision_reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX discount_requests_status ON discount_requests(status);
CREATE INDEX discount_requests_account ON discount_requests(account_id, valid_from);

CREATE TABLE discount_request_skus (
    request_id INTEGER NOT NULL REFERENCES discount_requests(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id),
    PRIMARY KEY (request_id, product_id)
) STRICT, WITHOUT ROWID;

-- Standing price conditions outside campaigns: a % of list (Percent units, applied to the
-- actuals row's gross_amount) or an amount per unit (cents), valid over inclusive dates, for
-- the rows every given scope matches (channel; account and its children; brand; category;
-- skus listed in discount_condition_skus). An exclusive one replaces the other conditions.
CREATE TABLE discount_conditions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    pct         INTEGER CHECK (pct IS NULL OR (pct > 0 AND pct <= 1000000)),
    per_unit    INTEGER CHECK (per_unit IS NULL OR per_unit > 0),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL CHECK (valid_to >= valid_from),
    channel_id  INTEGER REFERENCES channels(id),
    account_id  INTEGER REFERENCES accounts(id),
    brand_id    INTEGER REFERENCES brands(id),
    category_id INTEGER REFERENCES categories(id),
    exclusive   INTEGER NOT NULL DEFAULT 0 CHECK (exclusive IN (0, 1)),
    reason      TEXT REFERENCES reason_codes(code),
    request_id  INTEGER REFERENCES discount_requests(id),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK ((pct IS NULL) <> (per_unit IS NULL))
) STRICT;
CREATE INDEX discount_conditions_dates ON discount_conditions(valid_from, valid_to);

CREATE TABLE discount_condition_skus (
    condition_id INTEGER NOT NULL REFERENCES discount_conditions(id) ON DELETE CASCADE,
    product_id   INTEGER NOT NULL REFERENCES products(id),
    PRIMARY KEY (condition_id, product_id)
) STRICT, WITHOUT ROWID;

-- Goods a customer sent back (return) or goods and money given up (write_off), with a reason
-- code. units and amount are positive; the kind says which way they count.
CREATE TABLE returns (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('return', 'write_off')),
    date       TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    units      INTEGER NOT NULL CHECK (units >= 0),
    amount     INTEGER NOT NULL CHECK (amount >= 0),
    reason     TEXT NOT NULL REFERENCES reason_codes(code),
    note       TEXT NOT NULL DEFAULT '',
    batch_id   INTEGER REFERENCES import_batches(id),
    entered_by TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX returns_account ON returns(account_id, date);
CREATE INDEX returns_batch ON returns(batch_id);

-- A claim's write-off may carry a code of the same catalogue (SPEC §5: one catalogue for
-- discounts, returns and write-offs).
ALTER TABLE claim_settlements ADD COLUMN reason_code TEXT REFERENCES reason_codes(code);

INSERT INTO settings(key, value) VALUES
    ('discount_auto_max_pct', '50000'),      -- Percent units: up to 5 % approved at once
    ('discount_sm_max_pct', '150000'),       -- up to 15 % a sales manager approves
    ('discount_auto_max_value', ''),         -- cents; empty: no value threshold
    ('discount_sm_max_value', '');

INSERT INTO role_rights(role, right_name) VALUES
    ('SM', 'discounts.conditions'), ('FIN', 'discounts.conditions'),
    ('BM', 'discounts.request'), ('KAM', 'discounts.request'),
    ('SM', 'discounts.approve'), ('FIN', 'discounts.approve'), ('FIN', 'discounts.approve_any'),
    ('KAM', 'returns.enter'), ('FIN', 'returns.enter'),
    ('KAM', 'import.returns'), ('FIN', 'import.returns');

CREATE VIEW v_reason_codes AS
SELECT code, description, active FROM reason_codes;

CREATE VIEW v_discount_conditions AS
SELECT d.name, d.pct / 10000.0 AS pct, d.per_unit / 100.0 AS per_unit, d.valid_from,
       d.valid_to, ch.name AS channel, a.code AS account, b.name AS brand, c.name AS category,
       (SELECT group_concat(p.sku, ',') FROM discount_condition_skus s
        JOIN products p ON p.id = s.product_id WHERE s.condition_id = d.id) AS skus,
       CASE d.exclusive WHEN 1 THEN 'exclusive' ELSE 'cumulative' END AS stacking, d.reason,
       d.request_id, d.created_by
FROM discount_conditions d LEFT JOIN channels ch ON ch.id = d.channel_id
LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN brands b ON b.id = d.brand_id
LEFT JOIN categories c ON c.id = d.category_id;

CREATE VIEW v_discount_requests AS
SELECT r.id, a.code AS account,
       (SELECT group_concat(p.sku, ',') FROM discount_request_skus s
        JOIN products p ON p.id = s.product_id WHERE s.request_id = r.id) AS skus,
       r.pct / 10000.0 AS pct, r.valid_from, r.valid_to, r.reason, r.expected_units,
       r.value / 100.0 AS value, pr.code AS promo_id, r.status, r.approver_level,
       u.name AS requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_reason
FROM discount_requests r JOIN accounts a ON a.id = r.account_id
JOIN users u ON u.id = r.requested_by LEFT JOIN promotions pr ON pr.id = r.promotion_id;

CREATE VIEW v_returns AS
SELECT x.id, x.kind, x.date, a.code AS account, p.sku, x.units, x.amount / 100.0 AS amount,
       x.reason, x.note, x.batch_id, x.entered_by
FROM returns x JOIN accounts a ON a.id = x.account_id JOIN products p ON p.id = x.product_id;
