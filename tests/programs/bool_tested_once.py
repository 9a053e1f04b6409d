# Each operand of and/or has its truth tested once, in conditions and for values.
class T:
    def __init__(s, n, v): s.n = n; s.v = v
    def __bool__(s):
        print("bool", s.n); return s.v
    def __repr__(s): return s.n
a, b, c = T("a", True), T("b", True), T("c", False)
print("--1"); x = a and b and c
print("--2"); x = c or a or b
print("--3")
if a or b: print("yes")
print("--4")
if c and a: print("no")
print("--5")
while c or c: break
print("--6"); x = not (a and b)
print("--7"); x = [1 for _ in [1] if a and b]
print("--8"); x = (a and b) or c
print("--9"); x = a if (c or b) else 0
print("--10")
assert a and b
print("--11"); x = (c and a) and b
print("--1", (a or b) and c)
print("--2", (c and b) or a)
print("--3", (c or a) and (b or c))
print("--4", not (c or a))
print("--5", (a and c) or (c and a) or b)
print("--6", [x for x in [1] if (c or a) and b])
if (a or c) and not (c and b): print("--7 yes")
print("--8", a if (a and b) or c else c)
while (c or c) and a: break
print("--9", (a and b) == True)
print("--10", ((a and b) and c) and a)
