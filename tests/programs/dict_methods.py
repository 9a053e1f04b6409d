# Dictionaries: insertion order and methods.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d))
print(d.get("two"), d.get("nope"), d.get("nope", -1))
print(list(d.keys()), list(d.values()), list(d.items()))
print("two" in d, "zzz" in d, "two" not in d, 100 in d)
print(d.pop("two"), d.pop("missing", "dflt"))
print(d)
d["four"] = 4
print(d.popitem(), d)
print(d.setdefault("five", 5), d.setdefault("one", 0), d)
d.update({"six": 6, "one": 1})
d.update([("seven", 7)])
d.update(eight=8)
print(d)
c = d.copy()
c["extra"] = True
print(len(d), len(c))
c.clear()
print(c)
del d["five"]
print(d)
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=";")
print()
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"z": 0}), dict())
print(dict(zip("abc", range(3))))
ki = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"}
print(ki)
print({1: "a", 1.0: "b"})
e = {}
e["k"] = e.get("k", 0) + 1
e["k"] = e.get("k", 0) + 1
print(e)
order = {}
for ch in "hello world":
    order[ch] = order.get(ch, 0) + 1
print(order)
m = {"b": 2, "a": 1}
print(sorted(m), sorted(m.items()), sorted(m, key=lambda k: m[k], reverse=True))
print(min(m), max(m.values()), sum(m.values()))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {})
r = {"x": [1]}
r2 = r.copy()
r2["x"].append(2)
print(r)
print(list({3: 0, 1: 0, 2: 0}))
dd = {"k": 1}
del dd["k"]
dd["k"] = 2
dd["j"] = 3
print(dd)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
print(d.keys(), d.values())
print(d.items())
