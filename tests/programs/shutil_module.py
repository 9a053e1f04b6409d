# shutil: copying, copytree, rmtree, move, which and get_terminal_size inside a scratch
# directory made by tempfile.
import os
import shutil
import tempfile
from pathlib import Path


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def tree(p):
    out = []
    for name in sorted(os.listdir(p)):
        full = os.path.join(p, name)
        if os.path.isdir(full):
            out.append((name, tree(full)))
        else:
            with open(full) as fh:
                out.append((name, fh.read()))
    return out


def write(path, text):
    with open(path, 'w') as fh:
        fh.write(text)


top = tempfile.mkdtemp()
os.chdir(top)
os.makedirs('src/a/b')
os.makedirs('src/c')
for name in ['src/x.py', 'src/y.txt', 'src/a/z.py', 'src/a/b/w.pyc', 'src/c/q.txt']:
    write(name, name.upper())

print('== copyfile, copy, copy2')
show('copyfile', lambda: shutil.copyfile('src/x.py', 'x2'))
print(tree('.')[-1])
show('copyfile Path', lambda: shutil.copyfile(Path('src/y.txt'), Path('y2')))
show('same file', lambda: shutil.copyfile('src/x.py', 'src/x.py'))
show('same file Path', lambda: shutil.copyfile(Path('src/x.py'), Path('src/a/../x.py')))
show('missing source', lambda: shutil.copyfile('nope', 'x3'))
show('onto a directory', lambda: shutil.copyfile('src/x.py', 'src'))
show('missing target dir', lambda: shutil.copyfile('src/x.py', 'nodir/x'))
show('trailing slash', lambda: shutil.copyfile('src/x.py', 'nodir/'))
show('copy into dir', lambda: shutil.copy('src/x.py', 'src/c'))
show('copy to name', lambda: shutil.copy('src/y.txt', 'src/c/y3.txt'))
show('copy2', lambda: shutil.copy2('src/y.txt', 'y4'))
show('copy2 into dir', lambda: shutil.copy2(Path('src/y.txt'), Path('src/a')))
show('copy missing', lambda: shutil.copy('nope', 'src'))
print(tree('src/c'))

print('== copyfileobj')
with open('src/x.py', 'rb') as fsrc:
    with open('obj.bin', 'wb') as fdst:
        shutil.copyfileobj(fsrc, fdst)
with open('obj.bin', 'rb') as fh:
    print(fh.read())

print('== copytree')
show('copytree', lambda: shutil.copytree('src', 'dst'))
print(tree('dst'))
show('copytree exists', lambda: shutil.copytree('src', 'dst'))
show('dirs_exist_ok', lambda: shutil.copytree('src', 'dst', dirs_exist_ok=True))
show('ignore_patterns', lambda: shutil.copytree('src', 'dst2',
                                                ignore=shutil.ignore_patterns('*.pyc', 'c')))
print(tree('dst2'))
show('copytree missing', lambda: shutil.copytree('nope', 'dst3'))
seen = []


def ignore(path, names):
    seen.append((path, sorted(names)))
    return ['x.py', 'b']


show('ignore function', lambda: shutil.copytree(Path('src'), 'dst4', ignore=ignore))
print(sorted(seen), tree('dst4'))
calls = []


def copier(s, d):
    calls.append((s, d))
    return shutil.copyfile(s, d)


show('copy_function', lambda: shutil.copytree('src', 'dst5', copy_function=copier))
print(sorted(calls))
ip = shutil.ignore_patterns('*.py', '[xy]*', '?')
print(sorted(ip('.', ['a.py', 'x', 'yes', 'b.txt', 'ab', 'z.pyc'])))

print('== rmtree')
show('rmtree', lambda: shutil.rmtree('dst5'))
print(os.path.exists('dst5'))
show('rmtree Path', lambda: shutil.rmtree(Path('dst4')))
show('rmtree missing', lambda: shutil.rmtree('nope'))
show('rmtree ignore_errors', lambda: shutil.rmtree('nope', ignore_errors=True))
show('rmtree file', lambda: shutil.rmtree('x2'))
errors = []


def onerror(func, path, exc_info):
    errors.append((func.__name__, path, exc_info[0].__name__, str(exc_info[1])))


show('rmtree file onerror', lambda: shutil.rmtree('x2', onerror=onerror))
show('rmtree missing onerror', lambda: shutil.rmtree('nope', onerror=onerror))
for e in errors:
    print(e)
print(shutil.rmtree.avoids_symlink_attacks)

print('== move')
show('move rename', lambda: shutil.move('y2', 'y3'))
print(os.path.exists('y2'), os.path.exists('y3'))
show('move into dir', lambda: shutil.move('y3', 'dst'))
show('move exists', lambda: shutil.move('dst/y3', 'dst'))
write('y5', 'five')
show('move file into dir', lambda: shutil.move('y5', 'dst'))
show('move dir into itself', lambda: shutil.move('dst', 'dst/a'))
show('move dir', lambda: shutil.move('dst2', 'moved'))
print(tree('moved'))
show('move missing', lambda: shutil.move('nope', 'moved2'))
show('move Path', lambda: shutil.move(Path('moved'), Path('dst')))
print(os.path.isdir('dst/moved'), sorted(os.listdir('dst')))

print('== which')
print(shutil.which('definitely-not-a-command-xyz'), shutil.which('sh', path=''),
      shutil.which('nope/x'), shutil.which('/bin/sh'), shutil.which('sh', path='/bin:/usr/bin'),
      shutil.which('sh', path=top + ':/bin'))

print('== get_terminal_size')
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
ts = shutil.get_terminal_size()
print(ts, ts.columns, ts.lines, ts[0], ts[1], tuple(ts), ts == (100, 30), len(ts))
cols, lines = shutil.get_terminal_size((1, 2))
print(cols, lines)

print('== exceptions')
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
      issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception),
      shutil.COPY_BUFSIZE)

os.chdir('/')
shutil.rmtree(top)
print(os.path.exists(top))
