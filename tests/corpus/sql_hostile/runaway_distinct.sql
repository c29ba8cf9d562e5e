-- tries: fills a temporary b-tree with distinct rows forever
-- expect: stopped
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(DISTINCT x || p.sku) FROM n, v_products p
