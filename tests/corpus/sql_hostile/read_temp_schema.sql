-- tries: reads the temporary schema
SELECT * FROM temp.sqlite_master
