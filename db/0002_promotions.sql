-- Promotions (SPEC §3, §7): campaigns, promotions with lines × tactics, scenarios, dated tactic
-- terms (a depth change is a new version; old versions stay), status history, tracking events,
-- and elasticity estimates.

CREATE TABLE campaigns (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    objective TEXT NOT NULL DEFAULT '',
    owner_id  INTEGER REFERENCES users(id)
) STRICT;

CREATE TABLE promotions (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE CHECK (length(code) > 0),  -- promo_id of the files
    name           TEXT NOT NULL,
    campaign_id    INTEGER REFERENCES campaigns(id),
    account_id     INTEGER NOT NULL REFERENCES accounts(id),
    instore_from   TEXT NOT NULL,
    instore_to     TEXT NOT NULL CHECK (instore_to >= instore_from),
    ship_from      TEXT NOT NULL,
    ship_to        TEXT NOT NULL CHECK (ship_to >= ship_from),
    -- Stored states only: active and ended are derived from today's date.
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned',
                   'submitted', 'approved', 'rejected', 'settled', 'closed', 'cancelled')),
    requested_by   INTEGER REFERENCES users(id),  -- NULL for imported promotions
    scenario_id    INTEGER,                       -- the chosen scenario
    overlap_reason TEXT,                          -- why an overlap was accepted at approval
    batch_id       INTEGER REFERENCES import_batches(id),
    created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX promotions_account ON promotions(account_id, instore_from);
CREATE INDEX promotions_campaign ON promotions(campaign_id);
CREATE INDEX promotions_status ON promotions(status);

CREATE TABLE promotion_lines (
    id            INTEGER PRIMARY KEY,
    promotion_id  INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    product_id    INTEGER NOT NULL REFERENCES products(id),
    planned_units INTEGER CHECK (planned_units IS NULL OR planned_units >= 0),  -- manual forecast
    UNIQUE (promotion_id, product_id)
) STRICT;
CREATE INDEX promotion_lines_product ON promotion_lines(product_id);

CREATE TABLE scenarios (
    id           INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    UNIQUE (promotion_id, name)
) STRICT;

-- kind: discount_pct, multi_buy (value: % in 1e-4 units), discount_per_unit, off_invoice,
-- bill_back, scan_back (value: cents per unit), fixed_fee (value: cents, once).
CREATE TABLE tactics (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('discount_pct', 'discount_per_unit', 'off_invoice',
                'bill_back', 'scan_back', 'fixed_fee', 'multi_buy')),
    fund        TEXT,           -- the fund's name; resolved when funds exist
    lift_ppm    INTEGER NOT NULL DEFAULT 1000000 CHECK (lift_ppm > 0),  -- display/feature multiplier
    label       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX tactics_scenario ON tactics(scenario_id);

-- The dated terms of a tactic. A change of depth writes a new version of the whole schedule;
-- the terms in force are those of the tactic's highest version, older ones stay for history.
CREATE TABLE tactic_terms (
    tactic_id  INTEGER NOT NULL REFERENCES tactics(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    line_id    INTEGER REFERENCES promotion_lines(id) ON DELETE CASCADE,  -- NULL: every line
    valid_from TEXT NOT NULL,
    valid_to   TEXT NOT NULL CHECK (valid_to >= valid_from),
    value      INTEGER NOT NULL CHECK (value >= 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
CREATE INDEX tactic_terms_tactic ON tactic_terms(tactic_id, version);

CREATE TABLE promotion_status_log (
    id           INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX promotion_status_log_promotion ON promotion_status_log(promotion_id);

-- Tracking: every change of volume that falls inside a promotion, by batch.
CREATE TABLE promotion_events (
    id           INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    product_id   INTEGER NOT NULL,
    week         INTEGER NOT NULL,
    kind         INTEGER NOT NULL,
    delta_units  INTEGER NOT NULL,
    batch_id     INTEGER NOT NULL REFERENCES import_batches(id)
) STRICT;
CREATE INDEX promotion_events_promotion ON promotion_events(promotion_id);
CREATE INDEX promotion_events_batch ON promotion_events(batch_id);

-- Elasticity estimates (log-log OLS), refreshed on demand.
CREATE TABLE elasticities (
    scope      TEXT NOT NULL CHECK (scope IN ('category', 'brand', 'account-sku')),
    key        TEXT NOT NULL,
    elasticity REAL NOT NULL,
    r2         REAL NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
) STRICT, WITHOUT ROWID;

INSERT INTO settings(key, value) VALUES
    ('default_elasticity', '2.0'),
    ('sm_approval_limit', '5000000'),        -- cents: SM approves up to 50,000.00 planned spend
    ('ship_lead_days', '14');

INSERT INTO role_rights(role, right_name) VALUES
    ('BM', 'promotions.edit'), ('KAM', 'promotions.edit'), ('SM', 'promotions.edit'),
    ('SM', 'promotions.approve'), ('FIN', 'promotions.approve'), ('FIN', 'promotions.close');

CREATE VIEW v_promotions AS
SELECT p.code AS promo_id, p.name, c.name AS campaign, a.code AS account, p.instore_from,
       p.instore_to, p.ship_from, p.ship_to, p.status, u.name AS requested_by
FROM promotions p JOIN accounts a ON a.id = p.account_id
LEFT JOIN campaigns c ON c.id = p.campaign_id LEFT JOIN users u ON u.id = p.requested_by;

CREATE VIEW v_promotion_lines AS
SELECT p.code AS promo_id, pr.sku, b.name AS brand, l.planned_units
FROM promotion_lines l JOIN promotions p ON p.id = l.promotion_id
JOIN products pr ON pr.id = l.product_id JOIN brands b ON b.id = pr.brand_id;

CREATE VIEW v_promotion_events AS
SELECT p.code AS promo_id, pr.sku, date(e.week * 86400, 'unixepoch') AS week,
       CASE e.kind WHEN 0 THEN 'sell_in' ELSE 'sell_out' END AS kind, e.delta_units,
       e.batch_id
FROM promotion_events e JOIN promotions p ON p.id = e.promotion_id
JOIN products pr ON pr.id = e.product_id;
