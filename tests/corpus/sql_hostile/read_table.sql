-- tries: reads a stored table directly
SELECT * FROM products
