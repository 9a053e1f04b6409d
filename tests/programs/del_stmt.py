# The del statement on names, list items, slices and dict keys.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[2]
del lst[-1], lst[0]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
a = b = [1, 2]
del a
print(b)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
p, q = 1, 2
del p, q
try:
    print(p)
except NameError as e:
    print(type(e).__name__, e)
