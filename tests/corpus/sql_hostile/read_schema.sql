-- tries: reads the schema text
SELECT sql FROM sqlite_schema
