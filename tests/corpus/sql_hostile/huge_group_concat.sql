-- tries: grows one value past the limit row by row
-- expect: failed
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) SELECT length(group_concat(printf('%.*c', 1000, 'x'))) FROM n
