-- tries: defines a CTE named like a view to read the table behind it
WITH v_products AS (SELECT * FROM products) SELECT * FROM v_products
