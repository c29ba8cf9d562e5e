-- tries: rebuilds indexes
REINDEX
