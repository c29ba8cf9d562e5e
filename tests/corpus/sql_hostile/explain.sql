-- tries: reads the program of a query over a stored table
EXPLAIN SELECT * FROM products
