# Uncaught TypeError from a builtin inside a function, after some output.
def size(x):
    return len(x)

print(size("abc"))
print(size(5))
