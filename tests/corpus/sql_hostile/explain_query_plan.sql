-- tries: reads the plan of a query over a stored table
EXPLAIN QUERY PLAN SELECT * FROM users
