# printf-style % formatting: a '*' width or precision taken from the arguments, widths past
# what memory holds (MemoryError, never a silently empty result), %c of any int, and %d of
# infinite or NaN floats, all as in CPython. The huge widths here are past any machine's
# address space: nothing is allocated.


def t(f, v):
    shown = "10**5000" if v == 10**5000 else repr(v)
    try:
        r = f % v
        print(repr(f), shown, "->", len(r), repr(r[:24]))
    except Exception as e:
        print(repr(f), shown, "->", type(e).__name__, e)


for conv in "dxsrcf":
    arg = "a" if conv == "c" else 1
    t("%*" + conv, (2**62, arg))
    t("%-*" + conv, (2**62, arg))
    t("%*" + conv, (-(2**62), arg))
t("%999999999999999999d", 1)
t("%9999999999999999999d", 1)
t("%*d", (2**63, 1))
t("%*d", (-(2**63) - 1, 1))
t("%*d", (-(2**63), 1))
t("%*d", (1.5, 1))
t("%*d", (True, 1))
t("%.*d", (2**31, 1))
t("%.*d", (-(2**31) - 1, 1))
t("%.*d", (2**31 - 1, 1))
t("%.*d", (-3, 1))
t("%.*s", (-1, "abc"))
t("%.*f", (2**31, 1.0))
t("%.*f", (True, 1.25))
t("%*.*f|", (-9, 2, 2.5))
t("%*s|", (-5, "ab"))
t("%*d|", (-5, 7))
t("%*d|%*d|", (4, 1, -4, 2))
t("%d", 10**5000)
t("%x", 10**5000)

# %c: an int must be a code point (bools and big ints are ints), a str one character
for v in (65, 0x10FFFF, 0x110000, -1, 2**32 + 65, -(2**63), 2**64, True, False, "é", "ab", 65.0, b"a"):
    t("%c", v)
t("%5c|%-3c|", (66, "é"))

# %d %i %u of floats truncate; inf and nan cannot be converted
for f in ("%d", "%i", "%u", "%5d", "%x"):
    for v in (float("inf"), float("-inf"), float("nan"), -2.7, 1e20):
        t(f, v)

# format() and str.format widths likewise: built when they fit, MemoryError when they cannot be
for spec in ("%d" % 2**62, "*^%d" % 2**62, "é<%d" % 2**62, ">%d.3f" % 2**62):
    for v in (7, 2.5, "s"):
        try:
            print(repr(spec.replace(str(2**62), "W")), repr(v), len(format(v, spec)))
        except Exception as e:
            print(repr(spec.replace(str(2**62), "W")), repr(v), type(e).__name__, e)
print("{:>{}}|{:*^{}}|{:0{},}".format("a", 5, "b", 6, 12345, 9), f"{3.5:{'>'}{12}.{3}e}|")
