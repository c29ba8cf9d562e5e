-- tries: reads the users table (rights, inactive users)
SELECT * FROM users
