-- tries: the same with a bracketed name and a column list
WITH [v_users](a, b) AS (SELECT name, id FROM users) SELECT * FROM [v_users]
