-- tries: writes statistics tables
ANALYZE
