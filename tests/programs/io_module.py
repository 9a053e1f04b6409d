# io.StringIO and io.BytesIO: reading, writing, seeking, truncating, iteration, errors.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write("second line\nthird"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(6)), repr(s.readline()), repr(s.read()))
print(repr(s.read()), s.tell())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, io.SEEK_END)
s.write("!")
print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("x")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print(list(t), t.readlines())
t.seek(0)
print(t.readlines(), [line.strip() for line in io.StringIO("1\n2\n")])
with io.StringIO("ctx") as u:
    print(u.read(), u.closed)
print(u.closed)
for action in (lambda: u.read(), lambda: u.getvalue(), lambda: u.write("x")):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: io.StringIO(b"x"), lambda: io.StringIO().write(3),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(0, 5)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
import sys
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
print("more", end="")
sys.stdout = old
print(repr(buf.getvalue()))

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(1, 0), b.seek(2, 1), b.read(1))
b.write(b"XYZ")
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
