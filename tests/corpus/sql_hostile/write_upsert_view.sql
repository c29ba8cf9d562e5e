-- tries: writes through a view name
INSERT INTO v_products(sku) VALUES ('X')
