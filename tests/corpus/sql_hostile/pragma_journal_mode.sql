-- tries: switches the file out of WAL
PRAGMA journal_mode = DELETE
