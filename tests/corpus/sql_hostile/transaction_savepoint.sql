-- tries: opens a savepoint
SAVEPOINT s
