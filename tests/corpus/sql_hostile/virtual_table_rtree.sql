-- tries: creates an r-tree virtual table
CREATE VIRTUAL TABLE temp.r USING rtree(id, a, b)
