-- tries: names a subquery over a stored table like a view
SELECT * FROM (SELECT * FROM users) AS v_users
