-- tries: attaches a database through a URI that creates it
ATTACH 'file:{dir}/other_uri.db?mode=rwc' AS other
