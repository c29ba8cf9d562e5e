-- tries: deletes every product
DELETE FROM products
