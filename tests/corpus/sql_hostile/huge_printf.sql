-- tries: allocates a 2 GB string
-- expect: failed
SELECT length(printf('%.*c', 2000000000, 'x'))
