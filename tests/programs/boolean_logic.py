# Short-circuit operators, chained comparisons, identity and membership.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", "a" and "b" and "c", 0 or None, not 0, not "x", not None)
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
r2 = t(1) or t(2)
r3 = t(0) or t("") or t("last")
print(r, r2, r3, calls)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 10 > x >= 5 == 5, 3 < 4 < 2)
print(1 == 1.0, x is not None, None is None, x is x, [] is [], [] == [])
a = [1]
b = a
print(a is b, a is not b, a == [1])
print(x in [1, 5], x not in (1, 2), "k" in {"k": 1}, 3 in {3}, 3 in range(5))
print(True == 1, False == 0, True + 0, isinstance(True, int))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(None))
print(bool(1), bool(-0.5), bool("0"), bool([0]), bool((None,)))
def cmp_calls():
    order = []
    def v(n):
        order.append(n)
        return n
    result = v(1) < v(2) < v(0) < v(3)
    return result, order
print(cmp_calls())
print(1 if x > 3 else 0, "a" if not x else "b" if x > 10 else "c")
val = None
print(val is None and "none" or "something")
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(not 1 == 2, not (1 == 2) and 3, (not 1) == 2)
print(None == 0, None == False, "" == False, 0 == False)
print(1 < 2 == 2 > 1, 1 != 2 != 1)
n = 0
print(n != 0 and 10 / n > 1)
print([] or {} or 0 or "" or None)
