-- tries: hides the CTE name behind comments
WITH /* a */ v_users -- b
 AS (SELECT * FROM users) SELECT * FROM v_users
