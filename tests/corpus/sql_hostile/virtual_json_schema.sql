-- tries: reads the schema through a table-valued function
SELECT value FROM json_each((SELECT json_group_array(sql) FROM sqlite_schema))
