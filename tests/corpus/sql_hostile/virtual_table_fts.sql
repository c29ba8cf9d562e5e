-- tries: creates a full-text virtual table
CREATE VIRTUAL TABLE temp.f USING fts5(x)
