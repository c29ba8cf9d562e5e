-- tries: hides a second statement after a comment line
SELECT sku FROM v_products; -- just one
DELETE FROM products
