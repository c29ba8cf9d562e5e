-- tries: attaches an in-memory database to write into
ATTACH ':memory:' AS scratch
