# A return statement at module level.
x = 1
return x
