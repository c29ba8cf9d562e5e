-- tries: loads a shared library
SELECT load_extension('/tmp/evil')
