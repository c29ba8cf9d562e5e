-- tries: creates a temporary table
CREATE TEMP TABLE scratch(x)
