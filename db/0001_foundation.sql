-- Foundation: settings, users and rights, master data, prices, import batches, actuals, audit.
-- Money columns hold integer hundredths of the file's currency (see docs/formulas.md).
-- Dates typed by users are ISO text 'YYYY-MM-DD'; actuals.week is the Monday's day number
-- (days since 1970-01-01) because that table holds millions of rows.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

INSERT INTO settings(key, value) VALUES
    ('database_id', lower(hex(randomblob(16)))),
    ('currency', 'EUR'),
    ('fiscal_first_month', '1'),
    ('fiscal_calendar', 'calendar');

CREATE TABLE users (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    full_name TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('ADMIN', 'BM', 'KAM', 'SM', 'REP', 'FIN')),
    PRIMARY KEY (user_id, role)
) STRICT, WITHOUT ROWID;

-- Which role holds which right; Admin holds every right without rows here.
CREATE TABLE role_rights (
    role       TEXT NOT NULL CHECK (role IN ('BM', 'KAM', 'SM', 'REP', 'FIN')),
    right_name TEXT NOT NULL,
    PRIMARY KEY (role, right_name)
) STRICT, WITHOUT ROWID;

INSERT INTO role_rights(role, right_name) VALUES
    ('BM', 'import.promotions'),
    ('KAM', 'import.promotions'), ('KAM', 'import.claims'),
    ('SM', 'import.targets'), ('SM', 'import.inventory'),
    ('FIN', 'import.actuals'), ('FIN', 'import.claims');

INSERT INTO users(id, name, full_name) VALUES (1, 'admin', 'Administrator');
INSERT INTO user_roles(user_id, role) VALUES (1, 'ADMIN');

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    user_id        INTEGER NOT NULL REFERENCES users(id),
    rows_inserted  INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    warnings       TEXT NOT NULL DEFAULT '',
    rolled_back_at TEXT,
    rolled_back_by INTEGER REFERENCES users(id)
) STRICT;

-- What a master-data import changed, so that rolling the batch back restores it exactly.
CREATE TABLE batch_changes (
    batch_id   INTEGER NOT NULL REFERENCES import_batches(id),
    seq        INTEGER NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update')),
    old_values TEXT,
    new_values TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE brands (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    manager_id  INTEGER REFERENCES users(id)
) STRICT;

CREATE TABLE products (
    id         INTEGER PRIMARY KEY,
    sku        TEXT NOT NULL UNIQUE CHECK (length(sku) > 0),
    name       TEXT NOT NULL,
    brand_id   INTEGER NOT NULL REFERENCES brands(id),
    uom        TEXT NOT NULL DEFAULT 'EA',
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    -- The base price: used for any date no price-list row covers.
    list_price INTEGER NOT NULL CHECK (list_price >= 0),
    unit_cost  INTEGER NOT NULL CHECK (unit_cost >= 0)
) STRICT;
CREATE INDEX products_brand ON products(brand_id);

CREATE TABLE channels (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE regions (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name       TEXT NOT NULL,
    channel_id INTEGER NOT NULL REFERENCES channels(id),
    region_id  INTEGER NOT NULL REFERENCES regions(id),
    parent_id  INTEGER REFERENCES accounts(id),
    rep_id     INTEGER REFERENCES users(id),
    kam_id     INTEGER REFERENCES users(id),
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX accounts_parent ON accounts(parent_id);
CREATE INDEX accounts_rep ON accounts(rep_id);

-- Price lists: account_id NULL is the central list. Validity is inclusive; NULL is open.
CREATE TABLE prices (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    account_id INTEGER REFERENCES accounts(id),
    valid_from TEXT,
    valid_to   TEXT,
    list_price INTEGER NOT NULL CHECK (list_price >= 0),
    unit_cost  INTEGER NOT NULL CHECK (unit_cost >= 0),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE UNIQUE INDEX prices_key ON prices(product_id, ifnull(account_id, 0), ifnull(valid_from, ''));

-- Weekly actuals: one row per (account, sku, Monday, kind). kind 0 = sell_in, 1 = sell_out.
CREATE TABLE actuals (
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    product_id      INTEGER NOT NULL REFERENCES products(id),
    week            INTEGER NOT NULL,
    kind            INTEGER NOT NULL CHECK (kind IN (0, 1)),
    units           INTEGER NOT NULL,
    gross_amount    INTEGER NOT NULL,
    discount_amount INTEGER,
    batch_id        INTEGER NOT NULL REFERENCES import_batches(id),
    PRIMARY KEY (account_id, product_id, week, kind)
) STRICT, WITHOUT ROWID;

-- Rows a later batch replaced, kept so that rolling that batch back restores them.
CREATE TABLE actuals_replaced (
    replaced_by     INTEGER NOT NULL REFERENCES import_batches(id),
    account_id      INTEGER NOT NULL,
    product_id      INTEGER NOT NULL,
    week            INTEGER NOT NULL,
    kind            INTEGER NOT NULL,
    units           INTEGER NOT NULL,
    gross_amount    INTEGER NOT NULL,
    discount_amount INTEGER,
    batch_id        INTEGER NOT NULL,
    PRIMARY KEY (replaced_by, account_id, product_id, week, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX actuals_replaced_batch ON actuals_replaced(batch_id);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_key TEXT NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT,
    reason     TEXT NOT NULL DEFAULT '',
    batch_id   INTEGER
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_key);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Reporting views: the documented surface of `uplift-cli query` (docs/reporting-views.md).
CREATE VIEW v_products AS
SELECT p.sku, p.name, b.name AS brand, c.name AS category, p.uom, p.status,
       p.list_price / 100.0 AS list_price, p.unit_cost / 100.0 AS unit_cost
FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = b.category_id;

CREATE VIEW v_accounts AS
SELECT a.code, a.name, ch.name AS channel, r.name AS region, pa.code AS parent, u.name AS rep
FROM accounts a
JOIN channels ch ON ch.id = a.channel_id
JOIN regions r ON r.id = a.region_id
LEFT JOIN accounts pa ON pa.id = a.parent_id
LEFT JOIN users u ON u.id = a.rep_id;

CREATE VIEW v_prices AS
SELECT p.sku, a.code AS account, pr.valid_from, pr.valid_to,
       pr.list_price / 100.0 AS list_price, pr.unit_cost / 100.0 AS unit_cost
FROM prices pr JOIN products p ON p.id = pr.product_id LEFT JOIN accounts a ON a.id = pr.account_id;

CREATE VIEW v_actuals AS
SELECT date(x.week * 86400, 'unixepoch') AS week, a.code AS account, p.sku,
       b.name AS brand, c.name AS category, ch.name AS channel, r.name AS region,
       CASE x.kind WHEN 0 THEN 'sell_in' ELSE 'sell_out' END AS kind,
       x.units, x.gross_amount / 100.0 AS gross_amount,
       x.discount_amount / 100.0 AS discount_amount, x.batch_id
FROM actuals x
JOIN accounts a ON a.id = x.account_id
JOIN products p ON p.id = x.product_id
JOIN brands b ON b.id = p.brand_id
JOIN categories c ON c.id = b.category_id
JOIN channels ch ON ch.id = a.channel_id
JOIN regions r ON r.id = a.region_id;

CREATE VIEW v_batches AS
SELECT ib.id AS batch, ib.kind, ib.file_name, ib.imported_at, u.name AS imported_by,
       ib.rows_inserted, ib.rows_updated, ib.rows_unchanged,
       CASE WHEN ib.rolled_back_at IS NULL THEN 'active' ELSE 'rolled_back' END AS status
FROM import_batches ib JOIN users u ON u.id = ib.user_id;

CREATE VIEW v_users AS
SELECT u.name, u.full_name, (SELECT group_concat(role, ',') FROM user_roles ur
                             WHERE ur.user_id = u.id) AS roles, u.active
FROM users u;

CREATE VIEW v_audit AS
SELECT id, at, user_name, action, entity, entity_key, old_value, new_value, reason FROM audit_log;
