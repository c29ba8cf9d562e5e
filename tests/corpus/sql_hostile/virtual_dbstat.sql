-- tries: reads page statistics of every table
SELECT name, pageno FROM dbstat
