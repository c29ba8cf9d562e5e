-- tries: pads with a width of a billion through format()
-- expect: failed
SELECT length(format('%*d', 1000000000, 1))
