-- tries: loads a shared library with an entry point, in capitals
SELECT LOAD_EXTENSION('/tmp/evil.so', 'sqlite3_evil_init')
