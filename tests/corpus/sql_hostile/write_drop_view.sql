-- tries: drops a reporting view
DROP VIEW v_products
