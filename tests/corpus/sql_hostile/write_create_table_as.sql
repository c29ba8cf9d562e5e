-- tries: creates a table in the file from a view
CREATE TABLE copy AS SELECT * FROM v_products
