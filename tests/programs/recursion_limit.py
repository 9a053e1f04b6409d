# Deep recursion raises a catchable RecursionError; moderate recursion works.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

print(depth(300), "still works after recovery")

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

attempts = 0
def guarded(n):
    global attempts
    attempts += 1
    try:
        return guarded(n + 1)
    except RecursionError:
        return n

result = guarded(0)
print(result > 100, attempts > 100)
