# bytes.decode and str.encode: UTF-8, ASCII and Latin-1, the strict, replace and ignore
# handlers, CPython's messages, and the exception and warning classes
cases = [(b'\xff', 'utf-8', 'strict'), (b'a\xe4b', 'utf-8', 'strict'),
         (b'ab\xe4\xb8', 'utf-8', 'strict'), (b'ab\xe4', 'utf-8', 'strict'),
         (b'\xed\xa0\x80', 'utf-8', 'strict'), (b'\xc0\x80', 'utf-8', 'strict'),
         (b'a\xffb\xe4\xb8', 'utf-8', 'replace'), (b'a\xffb', 'utf-8', 'ignore'),
         (b'\xe9t\xe9', 'latin-1', 'strict'), (b'a\x80', 'ascii', 'strict'),
         (b'a\x80', 'ascii', 'replace'), (b'a\x80c', 'ASCII', 'ignore'),
         (b'x', 'rot-1', 'strict'), (b'\xff', 'utf-8', 'bogus'), (b'ok', 'utf-8', 'bogus')]
for b, enc, err in cases:
    try:
        print(repr(b.decode(enc, err)))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
texts = [('h\xe9', 'utf-8', 'strict'), ('h\xe9', 'ascii', 'strict'), ('h\xe9', 'ascii', 'replace'),
         ('h\xe9', 'ascii', 'ignore'), ('h\xe9', 'latin-1', 'strict'),
         ('h\u20ac', 'latin-1', 'strict'), ('ab\u20ac\u20acc', 'ascii', 'strict'),
         ('\U0001f600', 'latin_1', 'strict')]
for s, enc, err in texts:
    try:
        print(repr(s.encode(enc, err)))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print(b'\xc3\xa9'.decode(encoding='utf8'), 'é'.encode(encoding='UTF-8'), 'é'.encode('utf_8'))
try:
    b'x'.decode(5)
except TypeError as e:
    print(e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
print([c.__name__ for c in (UserWarning, DeprecationWarning, RuntimeWarning, FutureWarning)])
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
try:
    raise UserWarning('careful')
except Warning as w:
    print(type(w).__name__, w)
print(str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(b'a\xffb', errors='replace'))
print(str(b'abc', encoding='ascii'), str(), str(42))
try:
    str(42, 'utf-8')
except TypeError as e:
    print(e)
