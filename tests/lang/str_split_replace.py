for t in ["", "  ", "a b", "  a\tb\n\x0bc\x0c d\r e\x1cf\x1dg\x1eh\x1fi  ", "one", " lead", "trail ", "x\x85y", "é è", "  a b  c  "]:
    print(t.split(), t.split(None, 1), t.split(maxsplit=0), t.split(None, 2))
    print(t.rsplit(), t.rsplit(None, 1), t.rsplit(maxsplit=0), t.rsplit(None, 2))

s = "banana"
print(s.replace("x", "y") is s, s.replace("a", "o"), s.replace("an", "AN"), s.replace("a", ""), s.replace("na", "na"))
print("".replace("a", "b"), "aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "héllo wörld".replace("ö", "o"), "ab".replace("", "-"))
print("ÀB".lower(), "straße".upper(), "MiXeD".lower(), "MiXeD".upper(), "abc".replace("c", "ç"))
print("a,b,,c".replace(",", ", "), "xyxyx".replace("xyx", "-"))
class S(str): pass
t = S("hello")
r = t.replace("z", "q")
print(type(r).__name__, r, t.lower(), type(t.lower()).__name__)
# a str with nothing to replace is returned itself, as in CPython
w = "word"
print(w.replace("q", "z") is w, w.strip() is w)
for x in [0.0, 0.5, 1.5, 2.5, 0.125, 1e-7, 123456.789, 2.675, 1.005, 1/3, -2.5, 1e15, 99999.9995]:
    print(f"{x:.0f} {x:.2f} {x:.3f} {x:.6f} {x:.15f}", "%.1f" % x, round(x, 2))
print(f"{'ab':<5}|{3:05d}|{'x' * 30}|{'y' * 22}")
