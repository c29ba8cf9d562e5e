-- tries: rewrites the whole file
VACUUM
