-- tries: hides a second statement after a block comment
SELECT 1 /* ; */; /* x */ DELETE FROM products
