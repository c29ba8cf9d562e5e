-- Undo on the append-only fund ledger (SPEC §4: "a correction is a reversing entry"). A
-- reversing entry repeats the kind, fund, source and tactic of the entry it reverses with the
-- negated amount and points at it; every entry is reversed at most once. Settlements of claims
-- remember the ledger entries they booked, so one can be reversed exactly, and are marked
-- reversed (the rows stay).

CREATE TABLE fund_ledger_next (
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
    tactic_id   INTEGER,
    user_name   TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    reverses    INTEGER REFERENCES fund_ledger(id),  -- the entry this one takes back
    CHECK (kind IN ('adjustment', 'commitment_change', 'accrual') OR amount >= 0
           OR reverses IS NOT NULL)
) STRICT;
INSERT INTO fund_ledger_next(id, fund_id, kind, amount, booked_on, source_type, source_id,
                             tactic_id, user_name, reason, created_at)
SELECT id, fund_id, kind, amount, booked_on, source_type, source_id, tactic_id, user_name,
       reason, created_at FROM fund_ledger;
DROP VIEW v_fund_ledger;
DROP TABLE fund_ledger;
ALTER TABLE fund_ledger_next RENAME TO fund_ledger;

CREATE INDEX fund_ledger_fund ON fund_ledger(fund_id, kind);
CREATE INDEX fund_ledger_source ON fund_ledger(source_type, source_id);
CREATE INDEX fund_ledger_tactic ON fund_ledger(tactic_id);
CREATE UNIQUE INDEX fund_ledger_reverses ON fund_ledger(reverses) WHERE reverses IS NOT NULL;

CREATE TRIGGER fund_ledger_no_update BEFORE UPDATE ON fund_ledger
BEGIN
    SELECT RAISE(ABORT, 'the fund ledger is append-only: book a reversing entry');
END;
CREATE TRIGGER fund_ledger_no_delete BEFORE DELETE ON fund_ledger
BEGIN
    SELECT RAISE(ABORT, 'the fund ledger is append-only: book a reversing entry');
END;

CREATE VIEW v_fund_ledger AS
SELECT l.id, f.name AS fund, l.kind, l.amount / 100.0 AS amount, l.booked_on, l.source_type,
       l.source_id, l.user_name, l.reason, l.reverses
FROM fund_ledger l JOIN funds f ON f.id = l.fund_id;

-- The ledger entries one settle_claim call booked (ids first_entry..last_entry, its own
-- transaction), shared by its settled and written-off rows; NULL for settlements made before.
ALTER TABLE claim_settlements ADD COLUMN first_entry INTEGER;
ALTER TABLE claim_settlements ADD COLUMN last_entry INTEGER;
ALTER TABLE claim_settlements ADD COLUMN reversed_at TEXT;
ALTER TABLE claim_settlements ADD COLUMN reversed_by TEXT;

DROP VIEW v_claims;
CREATE VIEW v_claims AS
SELECT c.claim_id, p.code AS promo_id, c.amount / 100.0 AS amount, c.claim_date, c.reason,
       (SELECT ifnull(sum(amount), 0) FROM claim_settlements s WHERE s.claim_id = c.id
        AND s.kind = 'settled' AND s.reversed_at IS NULL) / 100.0 AS settled,
       (SELECT ifnull(sum(amount), 0) FROM claim_settlements s WHERE s.claim_id = c.id
        AND s.kind = 'written_off' AND s.reversed_at IS NULL) / 100.0 AS written_off
FROM claims c JOIN promotions p ON p.id = c.promotion_id;
