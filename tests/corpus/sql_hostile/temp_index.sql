-- tries: creates an index
CREATE INDEX i ON products(name)
