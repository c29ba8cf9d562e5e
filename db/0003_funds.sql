-- Trade funds (SPEC §4): a tree of funds whose every figure is a sum over an append-only
-- ledger; claims and their settlements; conditional rules and their firings.

CREATE TABLE funds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    parent_id   INTEGER REFERENCES funds(id),
    type        TEXT NOT NULL DEFAULT 'fixed' CHECK (type IN ('fixed', 'accrual')),
    rate        INTEGER CHECK (rate IS NULL OR rate >= 0),         -- Percent units of gross
    per_unit    INTEGER CHECK (per_unit IS NULL OR per_unit >= 0), -- cents per unit sold
    brand_id    INTEGER REFERENCES brands(id),
    account_id  INTEGER REFERENCES accounts(id),
    channel_id  INTEGER REFERENCES channels(id),
    region_id   INTEGER REFERENCES regions(id),
    valid_from  TEXT,
    valid_to    TEXT,
    cash_limit  INTEGER CHECK (cash_limit IS NULL OR cash_limit >= 0),
    owner_id    INTEGER REFERENCES users(id),
    warning_pct INTEGER NOT NULL DEFAULT 850000,  -- Percent units: amber from 85 %
    created_at  TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (type = 'fixed' OR rate IS NOT NULL OR per_unit IS NOT NULL)
) STRICT;
CREATE INDEX funds_parent ON funds(parent_id);

-- Every movement of money on a fund. amount is in cents and positive for every kind but
-- adjustment, commitment_change and accrual (signed: a rolled-back batch books its exact
-- negative); the kind says how it counts (docs/formulas.md, "Funds").
CREATE TABLE fund_ledger (
    id          INTEGER PRIMARY KEY,
    fund_id     INTEGER NOT NULL REFERENCES funds(id),
    kind        TEXT NOT NULL CHECK (kind IN ('allocation', 'distribution', 'accrual',
                'commitment', 'commitment_change', 'release', 'actual', 'write_off',
                'transfer_in', 'transfer_out', 'adjustment')),
    amount      INTEGER NOT NULL,
    booked_on   TEXT NOT NULL,
    source_type TEXT NOT NULL CHECK (source_type IN ('manual', 'promotion', 'claim', 'batch',
                'transfer', 'rule')),
    source_id   INTEGER,
    tactic_id   INTEGER,   -- commitments and settlements: which tactic
    user_name   TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    CHECK (kind IN ('adjustment', 'commitment_change', 'accrual') OR amount >= 0)
) STRICT;
CREATE INDEX fund_ledger_fund ON fund_ledger(fund_id, kind);
CREATE INDEX fund_ledger_source ON fund_ledger(source_type, source_id);
CREATE INDEX fund_ledger_tactic ON fund_ledger(tactic_id);

CREATE TRIGGER fund_ledger_no_update BEFORE UPDATE ON fund_ledger
BEGIN
    SELECT RAISE(ABORT, 'the fund ledger is append-only: book a reversing entry');
END;
CREATE TRIGGER fund_ledger_no_delete BEFORE DELETE ON fund_ledger
BEGIN
    SELECT RAISE(ABORT, 'the fund ledger is append-only: book a reversing entry');
END;

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    claim_id      TEXT NOT NULL UNIQUE CHECK (length(claim_id) > 0),
    promotion_id  INTEGER NOT NULL REFERENCES promotions(id),
    amount        INTEGER NOT NULL CHECK (amount > 0),
    claim_date    TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    duplicate_ok  TEXT,              -- why a look-alike claim was accepted
    batch_id      INTEGER REFERENCES import_batches(id),
    entered_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX claims_promotion ON claims(promotion_id);

-- What was done with a claim: settled parts (actual spend) and written-off parts.
CREATE TABLE claim_settlements (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id),
    kind       TEXT NOT NULL CHECK (kind IN ('settled', 'written_off')),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    reason     TEXT NOT NULL DEFAULT '',
    user_name  TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX claim_settlements_claim ON claim_settlements(claim_id);

-- Transfers above the approval limit wait here for someone else to approve them.
CREATE TABLE pending_transfers (
    id           INTEGER PRIMARY KEY,
    from_fund_id INTEGER NOT NULL REFERENCES funds(id),
    to_fund_id   INTEGER NOT NULL REFERENCES funds(id),
    amount       INTEGER NOT NULL CHECK (amount > 0),
    reason       TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved',
                 'rejected')),
    decided_by   TEXT,
    decided_at   TEXT
) STRICT;

CREATE TABLE fund_rules (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    condition  TEXT NOT NULL,   -- JSON
    action     TEXT NOT NULL,   -- JSON
    schedule   TEXT NOT NULL,   -- 'on_close', 'on_date:YYYY-MM-DD', 'on_target'
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE rule_firings (
    id         INTEGER PRIMARY KEY,
    rule_id    INTEGER NOT NULL REFERENCES fund_rules(id),
    fired_at   TEXT NOT NULL,
    fired_on   TEXT NOT NULL,   -- the business date
    subject    TEXT NOT NULL,   -- what it fired for (promotion code, fund, date)
    effect     TEXT NOT NULL,
    UNIQUE (rule_id, subject)
) STRICT;

INSERT INTO settings(key, value) VALUES
    ('claim_grace_days', '90'),
    ('claim_tolerance', '0'),            -- cents above the open commitment still accepted
    ('transfer_approval_limit', '');     -- cents; empty: transfers need no approver

INSERT INTO role_rights(role, right_name) VALUES
    ('BM', 'funds.create'), ('FIN', 'funds.create'),
    ('BM', 'funds.transfer'), ('KAM', 'funds.transfer'), ('SM', 'funds.transfer'),
    ('FIN', 'funds.transfer'),
    ('FIN', 'funds.override'),
    ('KAM', 'claims.enter'), ('FIN', 'claims.enter'),
    ('FIN', 'claims.settle'), ('FIN', 'funds.rules');

CREATE VIEW v_funds AS
SELECT f.name AS fund, pf.name AS parent, f.type, f.rate / 10000.0 AS rate_pct,
       f.per_unit / 100.0 AS per_unit, b.name AS brand, a.code AS account, c.name AS channel,
       r.name AS region, f.valid_from, f.valid_to, f.cash_limit / 100.0 AS cash_limit,
       u.name AS owner
FROM funds f LEFT JOIN funds pf ON pf.id = f.parent_id LEFT JOIN brands b ON b.id = f.brand_id
LEFT JOIN accounts a ON a.id = f.account_id LEFT JOIN channels c ON c.id = f.channel_id
LEFT JOIN regions r ON r.id = f.region_id LEFT JOIN users u ON u.id = f.owner_id;

CREATE VIEW v_fund_ledger AS
SELECT l.id, f.name AS fund, l.kind, l.amount / 100.0 AS amount, l.booked_on, l.source_type,
       l.source_id, l.user_name, l.reason
FROM fund_ledger l JOIN funds f ON f.id = l.fund_id;

CREATE VIEW v_claims AS
SELECT c.claim_id, p.code AS promo_id, c.amount / 100.0 AS amount, c.claim_date, c.reason,
       (SELECT ifnull(sum(amount), 0) FROM claim_settlements s WHERE s.claim_id = c.id
        AND s.kind = 'settled') / 100.0 AS settled,
       (SELECT ifnull(sum(amount), 0) FROM claim_settlements s WHERE s.claim_id = c.id
        AND s.kind = 'written_off') / 100.0 AS written_off
FROM claims c JOIN promotions p ON p.id = c.promotion_id;
