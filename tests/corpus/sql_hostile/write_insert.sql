-- tries: adds a row to a stored table
INSERT INTO users(name, full_name) VALUES ('mallory', 'Mallory')
