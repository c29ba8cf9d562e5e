-- tries: makes every step slow (a 100 kB string built and rewritten per row)
-- expect: stopped
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(length(replace(printf('%.*c', 100000, 'x'), 'x', 'y'))) FROM n
