-- tries: decodes a crafted r-tree node blob
SELECT rtreenode(2, x'000100')
