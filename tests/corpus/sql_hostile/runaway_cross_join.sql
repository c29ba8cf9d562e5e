-- tries: counts a cross join of ten billion rows
-- expect: stopped
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) SELECT count(*) FROM n a, n b, v_products p
