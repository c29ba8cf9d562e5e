-- tries: attaches (and creates) another database next to the file
ATTACH DATABASE '{dir}/other.db' AS other
