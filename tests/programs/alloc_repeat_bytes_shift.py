# Repetition, bytes(n) and int << n whose result cannot be allocated raise MemoryError (or
# CPython's OverflowError where the size itself does not fit), instead of aborting the
# process. Every size here is past any machine's address space: nothing is allocated.


def t(label, f):
    try:
        r = f()
        if isinstance(r, int):
            print(label, "->", r.bit_length(), "bits")
        else:
            print(label, "->", type(r).__name__, len(r), repr(r[:8]))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for n in (2**46, 2**61, 2**62, 2**63, -(2**63), 2**64):
    t("str * %d" % n, lambda: "ab" * n)
    t("bytes * %d" % n, lambda: b"ab" * n)
    t("list * %d" % n, lambda: [1, 2] * n)
    t("tuple * %d" % n, lambda: n * (1, 2))
t("empty * 2**62", lambda: "" * 2**62)
t("bytes 2**62", lambda: bytes(2**62))
t("bytes 2**63", lambda: bytes(2**63))
t("bytes -1", lambda: bytes(-1))
t("bytes -2**63", lambda: bytes(-(2**63)))
t("bytes True", lambda: bytes(True))
t("bytes 5", lambda: bytes(5))
t("bytes 0", lambda: bytes(0))
t("1 << 2**62", lambda: 1 << 2**62)
t("-1 << 2**63", lambda: -1 << 2**63)
t("1 << 2**100", lambda: 1 << 2**100)
t("0 << 2**100", lambda: 0 << 2**100)
t("1 << 1000", lambda: 1 << 1000)
t("3 ** 1000", lambda: 3**1000)
t("1 ** 2**100", lambda: 1 ** 2**100)
t("(-1) ** (2**100 + 1)", lambda: (-1) ** (2**100 + 1))
x = 5
x <<= 70
print(x, 10**30 >> 2**70, -(10**30) >> 2**70)

# results that fit are unchanged
for u in ("", "a", "ab", "日"):
    for n in (-1, 0, 1, 2, 3, 7, True, False):
        print(repr(u * n), repr(n * u), repr(u.encode() * n), [u] * min(n, 2), (u,) * min(n, 2))
print(repr("abc" * 1000 == "abc" * 999 + "abc"), len("é" * 100001), len(b"xy" * 70000))
print(round(12345, -2), round(-5, -1), round(15, -1), round(25, -1), round(5, -100))
print(round(-5, -100), round(10**30, -31), round(6 * 10**30, -31), round(-6 * 10**30, -31))
