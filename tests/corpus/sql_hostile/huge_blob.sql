-- tries: allocates a 2 GB blob
-- expect: failed
SELECT length(randomblob(2000000000))
