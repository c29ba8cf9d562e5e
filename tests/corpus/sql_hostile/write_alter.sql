-- tries: renames a stored table
ALTER TABLE products RENAME TO gone
