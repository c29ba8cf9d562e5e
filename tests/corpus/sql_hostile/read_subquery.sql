-- tries: reads a stored table in a subquery of a view query
SELECT sku FROM v_products WHERE sku IN (SELECT sku FROM products)
