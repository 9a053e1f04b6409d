# f-strings with format specs, conversions and self-documenting expressions.
x = 3.14159
n = 1234567
v = "val"
b = 5
print(f"{x:>8.2f}|")
print(f"{x:<8.3f}|")
print(f"{x:^10.1f}|")
print(f"{n:,}")
print(f"{n:_}")
print(f"{b:08b}")
print(f"{255:x} {255:X} {255:#x} {8:o} {8:#o} {5:#b}")
print(f"{v!r} {v!s} {v}")
print(f"{x=}")
print(f"{b * 2=}")
print(f"{v=!s}")
print(f"{n:>12,}|")
print(f"{-n:,}")
print(f"{0.5:.0%}")
print(f"{42:+}")
print(f"{42:>5}{'|'}")
print(f"{'left':<10}|{'right':>10}|")
print(f"{'c':*^9}")
width = 7
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{[1, 2]} {(3,)} {{'k': 1}} {{}}")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{'nested ' + 'expr'}")
print(f"{1 + 1} {2 * 3:03d}")
print(f"{x:.2e}")
print(f"{1e-7:g} {123456789.0:g}")
print(f"{True} {None} {3.0}")
print(f"{'it''s'}")
print(f"{n:010d}")
print(f"{-3:05d}")
print(f"{1234.5:,.2f}")
print(f"{'abc'!r:>8}")
items = ["apple", "kiwi"]
for i, it in enumerate(items):
    print(f"{i:2d}. {it:<6}|{len(it):3}")
print(f"{12:{'>'}{5}}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{0.1 + 0.2}")
print(f"{1e16}")
