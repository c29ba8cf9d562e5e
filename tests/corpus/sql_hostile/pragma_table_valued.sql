-- tries: reads a table's columns through a pragma function
SELECT * FROM pragma_table_info('users')
