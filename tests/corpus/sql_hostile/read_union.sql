-- tries: appends a stored table's rows to a view's
SELECT name, full_name FROM v_users UNION ALL SELECT name, full_name FROM users
