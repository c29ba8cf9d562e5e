-- tries: the same as a materialized CTE
WITH v_users AS MATERIALIZED (SELECT * FROM users) SELECT * FROM v_users
