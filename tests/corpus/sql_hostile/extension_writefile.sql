-- tries: writes a file next to the database (shell function)
SELECT writefile('{dir}/dropped.txt', 'x')
