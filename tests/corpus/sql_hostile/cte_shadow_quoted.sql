-- tries: the same with a quoted name
WITH "v_users" AS (SELECT * FROM users) SELECT * FROM "v_users"
