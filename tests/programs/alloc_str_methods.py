# str and bytes methods whose result size the program chooses (a width, a tab size, a
# repeated replacement, a long separator) raise MemoryError when that result cannot be
# allocated, instead of aborting the process; results that fit are unchanged. The sizes
# here (2**47 bytes and more) are past any machine's address space, so nothing is allocated.


def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r), repr(r[:12]))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


big = 2**62
t("center", lambda: "a".center(big))
t("center fill", lambda: "a".center(big, "é"))
t("center 2**63", lambda: "a".center(2**63))
t("ljust", lambda: "ab".ljust(10**18))
t("rjust", lambda: "ab".rjust(big, "*"))
t("zfill", lambda: "-7".zfill(big))
t("zfill 2**63", lambda: "7".zfill(2**63))
t("expandtabs 2**40", lambda: "a\tb".expandtabs(2**40))
t("expandtabs 2**31", lambda: "a\tb".expandtabs(2**31))
t("expandtabs -2**31-1", lambda: "a\tb".expandtabs(-(2**31) - 1))
t("expandtabs big result", lambda: ("\t" * 2**17).expandtabs(2**30))
t("expandtabs no tab", lambda: "abc".expandtabs(2**31 - 1))
t("split 2**63", lambda: "a b".split(" ", 2**63))
t("replace count 2**63", lambda: "aaa".replace("a", "b", 2**63))

# replace: the result's size is known before anything is built
t("replace", lambda: ("a" * 2**23).replace("a", "b" * 2**24))
t("replace empty old", lambda: ("a" * 2**23).replace("", "b" * 2**24))
t("replace count", lambda: ("a" * 2**23).replace("a", "b" * 2**24, 2**23 - 1))
t("bytes replace", lambda: (b"a" * 2**23).replace(b"a", b"b" * 2**24))
t("bytes replace empty old", lambda: (b"a" * 2**23).replace(b"", b"b" * 2**24))

# the same methods on sizes that fit
for w in (-1, 0, 3, 6, 7):
    for fill in (" ", "*", "é", "日"):
        print(w, repr(fill), repr("ab".center(w, fill)), repr("ab".ljust(w, fill)), repr("ab".rjust(w, fill)))
    print(w, repr("-7".zfill(w)), repr("+é".zfill(w)), repr("x".zfill(w)))
for s in ("a\tb", "\t\t", "ab\tc\nd\te", "日\t本\r\tx", "no tab"):
    print([s.expandtabs(n) for n in (-3, 0, 1, 3, 8)], s.expandtabs())
for s in ("", "banana", "日本日本"):
    for old, new in (("", "-"), ("a", ""), ("an", "ANA"), ("日", "x"), ("zz", "q")):
        print(repr(s.replace(old, new)), [s.replace(old, new, c) for c in (0, 1, 2)])
        b = s.encode()
        print(b.replace(old.encode(), new.encode()), [b.replace(old.encode(), new.encode(), c) for c in (0, 1, 2)])
s = "unchanged"
print(s.replace("z", "y") is s, s.expandtabs() is s, s.center(3) is s)
