-- tries: reads a tokenizer's raw pointer (the two-argument form installs one)
SELECT fts3_tokenizer('simple')
