-- tries: shadows a view inside a subquery
SELECT * FROM v_products WHERE sku IN (WITH v_products AS (SELECT sku FROM products) SELECT sku FROM v_products)
