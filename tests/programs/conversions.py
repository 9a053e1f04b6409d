# Type conversions with int, float, str, bool, list, dict, tuple, set.
print(int("42"), int("  -17  "), int("+5"), int(3.99), int(-3.99), int(True), int("0"), int("007"))
print(int("1_000"), int(1e20))
print(float("3.5"), float("-2"), float(" 1e-3 "), float(5), float("inf"), float("-Infinity"), float(True))
print(str(42), str(-0.5), str([1, "a"]), str((1,)), str({"a": None}), str(True), str(None), str(""))
print(bool(0), bool(1), bool(""), bool(" "), bool([]), bool([[]]), bool(0.0), bool(-1), bool(None))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list({1: 2}.items()), list())
print(tuple([1, 2]), tuple("ab"), tuple({}), tuple(range(2)))
print(dict([(1, "a"), (2, "b")]), dict([["k", "v"]]), dict(a=1))
print(set([3, 3, 1]), set(range(4)), set(), sorted(set("hello")))
print(int(float("12.0")), float(int("12")), str(int("12")) == "12")
print(int(str(2 ** 100)) == 2 ** 100, str(2 ** 100))
print(repr(str(1.0)), repr(float("1")), int(-0.0), float(-0))
for bad in ["", " ", "1.0", "abc", "12a", "--1", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("int", repr(bad), "->", e)
for bad in ["", "x", "1.2.3", "nan?"]:
    try:
        float(bad)
    except ValueError as e:
        print("float", repr(bad), "->", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(str(3) * 2, int("3") * 2, float("3") * 2)
print(float("0.1") + float("0.2"), int("-0"), str(-0.0))
print(1 + True, 1.5 + True, True and 2.0)
