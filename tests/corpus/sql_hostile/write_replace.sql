-- tries: replaces a row (REPLACE runs delete triggers and inserts)
REPLACE INTO settings(key, value) VALUES ('currency', 'XXX')
