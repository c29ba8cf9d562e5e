-- tries: hides a DELETE behind a WITH clause
WITH x AS (SELECT 1) DELETE FROM products WHERE sku IN (SELECT * FROM x)
