-- tries: makes every step quadratic (instr of a 50 kB needle that never matches in 100 kB)
-- expect: stopped
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(instr(printf('%.*c', 100000, 'a'), printf('%.*c', 50000, 'a') || 'b')) FROM n
