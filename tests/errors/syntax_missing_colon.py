# An if statement missing its colon.
x = 3
if x
    print(x)
