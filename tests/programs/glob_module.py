import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
def mk(path, d=False):
    p = os.path.join(base, path)
    if d:
        os.makedirs(p)
    else:
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w') as f:
            f.write('x')

for d in ['a', 'a/b', 'a/b/c', 'a/.hid', 'x[1]', 'empty', '.dot']:
    mk(d, True)
for f in ['f1.txt', 'f2.txt', 'g.py', '.h.txt', 'a/a1.txt', 'a/b/b1.py', 'a/b/c/c1.txt',
          'a/.hid/h1.txt', 'a/.h2.txt', 'x[1]/in.txt', '.dot/d.txt', 'q?.txt', 'star*']:
    mk(f)

def show(label, res):
    out = []
    for r in res:
        if isinstance(r, bytes):
            out.append(r)
        elif r.startswith(base):
            out.append('<base>' + r[len(base):])
        else:
            out.append(r)
    print(label, sorted(out))

pats = ['*', '*.txt', '?2.txt', '[fg]*', 'a/*', 'a/*/*', '*/*.txt', 'a/b/', 'a/', '*/',
        'nothing', 'f1.txt', 'f1.txt/', 'a/b', 'x[1]/*', 'x[[]1]/*', '**', '**/*.txt',
        'a/**', 'a/**/', '**/', '**/*.py', '.*', 'a/.*', '*/.*', '', 'q?.txt', 'q[?].txt',
        'star[*]', '*/b/*', '**/c', 'a/**/*.txt']
for p in pats:
    show(repr(p), glob.glob(p, root_dir=base))
    show(repr(p) + ' rec', glob.glob(p, root_dir=base, recursive=True))
    show(repr(p) + ' hid', glob.glob(p, root_dir=base, recursive=True, include_hidden=True))

show('abs', glob.glob(os.path.join(base, 'a', '*')))
show('abs rec', glob.glob(os.path.join(base, '**', '*.py'), recursive=True))
show('abs esc', glob.glob(os.path.join(glob.escape(base), 'x[[]1]', '*')))
show('bytes', glob.glob(b'*.py', root_dir=base.encode()))
show('bytes rec', glob.glob(b'**/*.txt', root_dir=base.encode(), recursive=True))
it = glob.iglob('*.py', root_dir=base)
print(type(it).__name__ in ('generator', 'chain'), list(it))

cwd = os.getcwd()
os.chdir(base)
try:
    show('cwd', glob.glob('a/b/*'))
    show('cwd rec', glob.glob('**', recursive=True))
    show('cwd dir rec', glob.glob('**/', recursive=True))
finally:
    os.chdir(cwd)

for s in ['abc', 'a*b', '[x]?', '***', '', 'a[b]c?d*e', b'x*[y]?']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
shutil.rmtree(base)
print(os.path.exists(base))
