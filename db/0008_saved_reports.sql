-- Saved pivot layouts (docs/reporting-views.md, "Pivot"): each belongs to the user who saved it;
-- a name is unique per owner. `layout` is the small JSON text of reports/pivot_layout.h.
CREATE TABLE saved_pivots (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users(id),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    layout     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (owner_id, name)
) STRICT;
