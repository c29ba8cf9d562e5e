-- tries: detaches a database
DETACH DATABASE temp
