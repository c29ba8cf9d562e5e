-- tries: reads the schema under its old name
SELECT * FROM sqlite_master
