# Infinite recursion ends with an uncaught RecursionError.
def down(n):
    return down(n + 1) + 1

down(0)
