-- tries: copies the whole file (every table) next to it
VACUUM INTO '{dir}/copy.uplift'
