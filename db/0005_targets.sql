-- Sales targets (SPEC §6), inventory for the stock-out risk, and offline rep files (§6.1).
-- A target's key is its natural key (period, account, brand) so that a rep file, which keeps
-- the main file's account and brand ids, names the same row: the session extension's
-- changesets carry primary keys, not rowids.

CREATE TABLE targets (
    period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                                    OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    brand_id   INTEGER NOT NULL REFERENCES brands(id),
    units      INTEGER NOT NULL CHECK (units >= 0),
    value      INTEGER NOT NULL CHECK (value >= 0),  -- cents
    PRIMARY KEY (period, account_id, brand_id)
) STRICT;
CREATE INDEX targets_account ON targets(account_id, period);

-- Every value a target took, oldest first (append-only): who set it how. `source`: set (typed
-- or `target set`), import, topdown (disaggregation), rep (a merged rep value), accept / reject
-- / edit (a manager's decision on a bottom-up gap).
CREATE TABLE target_history (
    id         INTEGER PRIMARY KEY,
    period     TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    brand_id   INTEGER NOT NULL REFERENCES brands(id),
    units      INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('set', 'import', 'topdown', 'rep', 'accept',
                                               'reject', 'edit', 'rollback')),
    batch_id   INTEGER REFERENCES import_batches(id),
    user_name  TEXT NOT NULL,
    at         TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX target_history_key ON target_history(period, account_id, brand_id);
CREATE TRIGGER target_history_no_update BEFORE UPDATE ON target_history
BEGIN SELECT RAISE(ABORT, 'target history is append-only'); END;
CREATE TRIGGER target_history_no_delete BEFORE DELETE ON target_history
BEGIN SELECT RAISE(ABORT, 'target history is append-only'); END;

-- The top-down version of a key: what the last disaggregation gave it. A merged rep value
-- replaces the current target but not this; a manager compares the two.
CREATE TABLE target_topdown (
    period     TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    brand_id   INTEGER NOT NULL REFERENCES brands(id),
    units      INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    PRIMARY KEY (period, account_id, brand_id)
) STRICT;

-- The totals a disaggregation split, above the (account, brand) level: the HQ total and what
-- each division (region) and rep received. `key` is '' for HQ, the region or the rep's name.
CREATE TABLE target_totals (
    period  TEXT NOT NULL,
    level   TEXT NOT NULL CHECK (level IN ('hq', 'division', 'rep')),
    key     TEXT NOT NULL,
    units   INTEGER NOT NULL,
    value   INTEGER NOT NULL,
    set_by  TEXT NOT NULL,
    set_at  TEXT NOT NULL,
    PRIMARY KEY (period, level, key)
) STRICT;

-- Stock on hand of a sku on a date (SPEC §9 inventory).
CREATE TABLE inventory (
    date       TEXT NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    units      INTEGER NOT NULL CHECK (units >= 0),
    batch_id   INTEGER REFERENCES import_batches(id),
    PRIMARY KEY (date, product_id)
) STRICT;

-- Rows a later inventory file replaced, so that rolling it back puts them back.
CREATE TABLE inventory_replaced (
    replaced_by INTEGER NOT NULL REFERENCES import_batches(id),
    date        TEXT NOT NULL,
    product_id  INTEGER NOT NULL,
    units       INTEGER NOT NULL,
    batch_id    INTEGER,
    PRIMARY KEY (replaced_by, date, product_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX inventory_replaced_batch ON inventory_replaced(batch_id);

-- Rep files written from this file, and what each merge applied (SPEC §6.1).
CREATE TABLE rep_exports (
    export_id   TEXT PRIMARY KEY,
    rep         TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    exported_by TEXT NOT NULL
) STRICT;

CREATE TABLE rep_merges (
    id        INTEGER PRIMARY KEY,
    export_id TEXT NOT NULL REFERENCES rep_exports(export_id),
    rep       TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    applied   INTEGER NOT NULL,  -- targets written
    skipped   INTEGER NOT NULL,  -- changes the main file held already
    resolved  TEXT NOT NULL DEFAULT ''  -- '', 'ours' or 'theirs'
) STRICT;

-- The value each export last applied to a key: a later merge of the same export is not in
-- conflict with its own earlier merge.
CREATE TABLE rep_merge_values (
    export_id  TEXT NOT NULL REFERENCES rep_exports(export_id),
    period     TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    brand_id   INTEGER NOT NULL,
    units      INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    PRIMARY KEY (export_id, period, account_id, brand_id)
) STRICT, WITHOUT ROWID;

-- In a rep file only: the targets as exported, untouched, to diff the rep's edits against.
CREATE TABLE rep_export_targets (
    period     TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    brand_id   INTEGER NOT NULL,
    units      INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    PRIMARY KEY (period, account_id, brand_id)
) STRICT;

INSERT INTO settings(key, value) VALUES
    ('rep_export_id', ''),      -- set in a rep file: the export it came from
    ('rep_main_database', ''),  -- set in a rep file: database_id of the main file
    ('rep_name', '');           -- set in a rep file: whose file it is

INSERT INTO role_rights(role, right_name) VALUES
    ('SM', 'targets.edit'), ('SM', 'targets.disaggregate'), ('SM', 'reps.export'),
    ('SM', 'reps.merge'), ('REP', 'targets.edit_own');

CREATE VIEW v_targets AS
SELECT t.period, a.code AS account, b.name AS brand, t.units, t.value / 100.0 AS value,
       r.name AS region, u.name AS rep
FROM targets t JOIN accounts a ON a.id = t.account_id JOIN brands b ON b.id = t.brand_id
JOIN regions r ON r.id = a.region_id LEFT JOIN users u ON u.id = a.rep_id;

CREATE VIEW v_inventory AS
SELECT i.date, p.sku, i.units FROM inventory i JOIN products p ON p.id = i.product_id;
