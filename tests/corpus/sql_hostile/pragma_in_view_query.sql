-- tries: joins a pragma function to a view
SELECT p.sku, d.file FROM v_products p, pragma_database_list d
