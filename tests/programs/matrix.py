# Matrix multiplication, transpose, identity and power.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(inner)]) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(col) for col in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(m, p):
    result = identity(len(m))
    while p > 0:
        if p % 2 == 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p //= 2
    return result

def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(" ".join([str(v).rjust(width) for v in row]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(identity(3))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
show(matpow([[2, 0], [0, 3]], 10))
f = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(f, f))
