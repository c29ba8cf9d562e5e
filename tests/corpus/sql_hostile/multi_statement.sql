-- tries: runs a DROP after a harmless SELECT
SELECT 1; DROP TABLE products
