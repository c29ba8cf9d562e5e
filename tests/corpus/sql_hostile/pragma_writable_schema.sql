-- tries: makes the schema writable
PRAGMA writable_schema = ON
