# bytes.find, rfind, index, rindex with start and end, single-byte needles, errors.
data = b"one two one two three"
for needle in (b"one", b"two", b"three", b"", b"four", ord("t"), 32):
    print(needle, data.find(needle), data.rfind(needle), data.find(needle, 4),
          data.rfind(needle, 0, 10), data.find(needle, -9), data.rfind(needle, None, -3))
print(data.index(b"two", 5), data.rindex(b"one", 0, 11), b"abc".find(b"", 3), b"abc".find(b"", 4))
print(b"abc".rfind(b"", 1, 2), b"aaa".find(b"aa", 1), b"aaa".rfind(b"aa"), b"".find(b""))
for bad in (lambda: data.index(b"zz"), lambda: data.rindex(b"one", 1, 5),
            lambda: data.find(300), lambda: data.find(b"o", "x"), lambda: data.find("o")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
