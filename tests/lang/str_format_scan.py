# str.format scans its template by bytes; non-ASCII text, escapes, nesting and errors
print("{}:{:>5}/{:05d}".format("a", 3, 42))
print("héllo {0} wörld {{x}} {0!r:>8}".format("ü"))
class B:
    real = 5
print("{a[1]} {b.real} {:{w}.{p}f}".format(3.14159, a=[1, 2], b=B(), w=10, p=3))
print("{0}{1}{0}".format("x", "é"))
for bad in ["{", "}", "{0}{}", "{}{0}", "{!x}", "{:{:{:}}}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(f"{1234567:,} {3.5:08.2f} {-42:+6d} {255:#x} {255:#X} {12:b} {0:05d} {-5:05d} {123:_}")
print(f"{1e20:,.2f} {12345.678:_.1f} {7:<4}| {7:^5}| {-0.0:z.1f}")
