# str.join and bytes.join compute the result's size before building it, so a result that
# cannot be allocated is a MemoryError (not an abort after filling memory). 2**47 bytes is
# past any machine's address space: nothing that large is allocated.


def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r), repr(r[:12]))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


n = 2**21 + 1
t("join", lambda: ("-" * 2**26).join([""] * n))
t("bytes join", lambda: (b"-" * 2**26).join([b""] * n))
t("join bad item", lambda: "-".join(["a", "b", 3]))
t("bytes join bad item", lambda: b"-".join([b"a", "b"]))
for sep in ("", ", ", "日"):
    print(repr(sep.join([])), repr(sep.join(["a"])), repr(sep.join(["日本", "", "c"])))
    print(repr(sep.join(x for x in "xyz")), repr(sep.join(("p", "q"))))
    print(sep.encode().join([b"x", b"", b"yz"]), sep.encode().join([]))
