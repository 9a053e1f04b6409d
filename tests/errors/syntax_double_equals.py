# Two equals signs with a space between them.
print("before")
x = = 1
