-- tries: reads the schema version
PRAGMA user_version
