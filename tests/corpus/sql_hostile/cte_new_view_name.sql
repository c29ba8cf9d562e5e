-- tries: defines a CTE with a fresh v_ name over a table
WITH v_secret AS (SELECT * FROM users) SELECT * FROM v_secret
