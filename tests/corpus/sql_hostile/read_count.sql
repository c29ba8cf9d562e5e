-- tries: counts a stored table's rows
SELECT count(*) FROM products
