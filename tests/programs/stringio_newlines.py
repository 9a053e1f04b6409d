import io

def show(newline, *writes, init=None):
    s = io.StringIO(init, newline=newline) if init is not None else io.StringIO(newline=newline)
    print(repr(newline), repr(s.newlines), end=' ')
    for w in writes:
        print(s.write(w), end=' ')
    print(repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print('  lines', s.readlines())
    s.seek(0)
    print('  iter', list(s))
    s.seek(0)
    print('  read', repr(s.read()))
    s.seek(0)
    print('  limited', [s.readline(2) for _ in range(6)])

for nl in [None, '', '\n', '\r', '\r\n']:
    show(nl, 'a\nb\r\nc\rd', 'e\r', '\nf')
    show(nl, 'x\r\n')
    show(nl, 'one\ntwo\n')
    show(nl, 'only\rcr')
    show(nl, init='init\r\nvalue\n')
    show(nl)

s = io.StringIO('ab\ncd', newline=None)
print(s.tell(), s.read(), s.tell())
s = io.StringIO(newline='\r\n')
s.write('a\nb')
print(s.tell(), repr(s.getvalue()))
s.seek(1)
s.write('\n')
print(repr(s.getvalue()))
print(repr(io.StringIO('p\r\nq', newline='').readline(2)))
print(repr(io.StringIO('p\r\nq', newline='\r\n').readline(2)))
for bad in [5, 'x', '\n\n', b'\n']:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    io.StringIO(3, newline='x')
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    io.StringIO(3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
s = io.StringIO()
s.close()
try:
    s.newlines
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(io.StringIO(), 'newline'))
