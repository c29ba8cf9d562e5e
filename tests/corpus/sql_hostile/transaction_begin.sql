-- tries: opens a write transaction (locks the file)
BEGIN IMMEDIATE
