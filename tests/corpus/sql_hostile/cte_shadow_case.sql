-- tries: the same in other letter case
WITH V_Products(a) AS (SELECT unit_cost FROM products) SELECT * FROM V_PRODUCTS
