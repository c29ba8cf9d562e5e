-- tries: creates a temporary trigger on a stored table
CREATE TEMP TRIGGER t AFTER INSERT ON products BEGIN SELECT 1; END
