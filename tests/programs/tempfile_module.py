# tempfile: names, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# SpooledTemporaryFile and TemporaryDirectory, all inside one scratch directory.
import os
import tempfile

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


def random_part(path, prefix, suffix):
    """Checks the 8 random characters between prefix and suffix of path's last part."""
    name = os.path.basename(path)
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return 'bad affixes: ' + name
    middle = name[len(prefix):len(name) - len(suffix)]
    return len(middle) == 8 and all(c in ALPHABET for c in middle)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print('== defaults')
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.tempdir == tmp,
      tempfile.gettempdirb() == tmp.encode())
print(sorted(tempfile.__all__))
seq = tempfile._RandomNameSequence()
names = [next(seq) for i in range(50)]
print(all(len(n) == 8 and all(c in ALPHABET for c in n) for n in names),
      len(set(names)) == 50, iter(seq) is seq, seq.characters == ALPHABET)

print('== mkdtemp')
top = tempfile.mkdtemp()
print(os.path.isdir(top), os.path.dirname(top) == tmp, random_part(top, 'tmp', ''))
os.chdir(top)
d1 = tempfile.mkdtemp(suffix='.d', prefix='pre-', dir=top)
print(os.path.isdir(d1), os.path.dirname(d1) == top, random_part(d1, 'pre-', '.d'))
d2 = tempfile.mkdtemp(dir='.')
print(d2.startswith('./tmp'), os.path.isdir(d2))
db = tempfile.mkdtemp(prefix=b'bytes', dir=top.encode())
print(type(db).__name__, os.path.isdir(db.decode()), random_part(db.decode(), 'bytes', ''))
show('mix bytes and str', lambda: tempfile.mkdtemp(suffix=b'x', prefix='y'))
try:
    tempfile.mkdtemp(dir='nowhere')
except FileNotFoundError as e:
    print('missing dir ->', e.errno, e.strerror, os.path.dirname(e.filename))

print('== mkstemp')
fd, path = tempfile.mkstemp(suffix='.txt', prefix='stemp_', dir=top)
print(type(fd).__name__, fd >= 0, os.path.isabs(path), os.path.dirname(path) == top,
      random_part(path, 'stemp_', '.txt'), os.path.exists(path), os.path.getsize(path))
fd2, path2 = tempfile.mkstemp(dir='.')
print(os.path.isabs(path2), os.path.dirname(path2) == os.getcwd(), path2 != path)
fd3, path3 = tempfile.mkstemp(text=True, dir=top)
print(os.path.exists(path3), path3 != path2)

print('== mktemp')
m = tempfile.mktemp(suffix='.s', prefix='mk', dir=top)
print(os.path.dirname(m) == top, random_part(m, 'mk', '.s'), os.path.exists(m))

print('== NamedTemporaryFile')
f = tempfile.NamedTemporaryFile(dir=top)
print(type(f).__name__, os.path.dirname(f.name) == top, random_part(f.name, 'tmp', ''),
      f.delete, f.closed, os.path.exists(f.name))
print(f.write(b'binary data'))
f.flush()
with open(f.name, 'rb') as check:
    print(check.read())
f.close()
print(f.closed, os.path.exists(f.name))
f.close()
with tempfile.NamedTemporaryFile('w', suffix='.log', prefix='log_', dir=top,
                                 delete=False) as f:
    print(random_part(f.name, 'log_', '.log'), f.write('some text\n'), f.writable())
    f.writelines(['a\n', 'b\n'])
    kept = f.name
print(f.closed, os.path.exists(kept))
with open(kept) as check:
    print(check.read().split())
os.unlink(kept)
with tempfile.NamedTemporaryFile(mode='w', dir=top, encoding='utf-8', newline='\n') as f:
    f.write('ü\n')
    f.flush()
    with open(f.name, 'rb') as check:
        print(check.read())
    name = f.name
print(os.path.exists(name))
show('rel dir name', lambda: os.path.isabs(tempfile.NamedTemporaryFile(dir='.').name))

print('== TemporaryFile')
t = tempfile.TemporaryFile(dir=top)
print(t.write(b'gone'), t.closed)
t.close()
print(t.closed)
with tempfile.TemporaryFile('w', dir=top) as t:
    t.write('text')
print(t.closed)

print('== SpooledTemporaryFile')
s = tempfile.SpooledTemporaryFile(max_size=10, dir=top)
print(s._rolled, s.name, s.mode, s.closed)
print(s.write(b'12345'), s.tell(), s._rolled)
s.seek(0)
print(s.read(), s.tell())
s.seek(0)
print(s.readline())
print(s.write(b'abcdefgh'), s._rolled)
s.close()
print(s.closed)
s = tempfile.SpooledTemporaryFile(mode='w+', dir=top)
s.write('hello\nworld\n')
s.seek(0)
print(s.readlines(), s.encoding, s.errors, s._rolled, s.mode)
s.seek(0)
print([line for line in s])
with s:
    pass
print(s.closed)
s = tempfile.SpooledTemporaryFile(dir=top)
s.write(b'xyz')
print(s.fileno() >= 0, s._rolled)
s.close()
with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.writelines([b'a', b'b', b'c'])
    s.seek(1)
    print(s.read(), s.readable(), s.writable(), s.seekable())
show('enter closed', lambda: s.__enter__())

print('== TemporaryDirectory')
with tempfile.TemporaryDirectory(dir=top, prefix='td_', suffix='_x') as td:
    print(type(td).__name__, random_part(td, 'td_', '_x'), os.path.isdir(td))
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f.txt'), 'w') as fh:
        fh.write('x')
    with open(os.path.join(td, 'top.txt'), 'w') as fh:
        fh.write('y')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=top)
print(repr(t) == '<TemporaryDirectory %r>' % (t.name,), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
t = tempfile.TemporaryDirectory(dir=top, ignore_cleanup_errors=True)
with open(os.path.join(t.name, 'f'), 'w') as fh:
    fh.write('z')
gone = t.name
del t
print(os.path.exists(gone))

print('== cleanup')
for p in [path, path2, path3]:
    os.unlink(p)
for p in [d1, d2, db.decode()]:
    os.rmdir(p)
print(sorted(os.listdir(top)))
os.chdir('/')
os.rmdir(top)
print(os.path.exists(top))
