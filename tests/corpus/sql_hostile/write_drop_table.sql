-- tries: drops a stored table
DROP TABLE products
