-- tries: reads a file from disk (shell function)
SELECT readfile('/etc/passwd')
