-- tries: creates a temporary view named like a reporting view over a stored table
CREATE TEMP VIEW v_evil AS SELECT * FROM users
