-- tries: reads a stored table through its schema name
SELECT * FROM main.products
