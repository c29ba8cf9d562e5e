-- tries: changes the schema version
PRAGMA user_version = 99
