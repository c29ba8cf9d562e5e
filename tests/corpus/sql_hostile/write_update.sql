-- tries: changes prices in a stored table
UPDATE products SET list_price = 0
