-- tries: repeats one character two billion times inside a single step (SQLite's own printf loops for seconds)
-- expect: failed
SELECT length(printf('%.2000000000c', 'x'))
