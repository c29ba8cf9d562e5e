-- tries: reads the connection's statements
SELECT sql FROM sqlite_stmt
