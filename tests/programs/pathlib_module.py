# pathlib: pure paths (POSIX and Windows flavours) and Path on a scratch directory.
import os
import tempfile
import pathlib
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print('== construction and normalisation')
for args in [('a//b/./c/',), ('',), ('.',), ('/',), ('//',), ('///x',), ('//x/y',),
             ('a', 'b', '/c', 'd'), ('a/..', '..'), ('x/', './y'), ()]:
    p = PurePosixPath(*args)
    print(args, str(p), repr(p), p.parts, repr(p.root), repr(p.anchor))
print(type(PurePath('a')).__name__, type(Path('a')).__name__)
print(repr(PurePath(PurePosixPath('a'), Path('b'), 'c')))
show('bytes arg', lambda: PurePath(b'a'))
show('int arg', lambda: PurePath(3))


class Loc:
    def __fspath__(self):
        return 'from/fspath'


print(repr(PurePath(Loc(), 'x')), os.fspath(PurePath('q/r')), PurePath('q').__fspath__())

print('== joining')
p = PurePosixPath('/usr')
print(repr(p / 'lib' / 'python3'), repr(p / '/etc'), repr('home' / PurePosixPath('me')))
print(repr(p.joinpath('a', 'b/c', PurePosixPath('d'))), repr(p.joinpath()))
print(repr(Path('x') / Loc()))
show('path / int', lambda: p / 3)
show('int / path', lambda: 3 / p)

print('== name, suffix, stem')
for s in ['a/b.tar.gz', 'a/.bashrc', 'a/b.', 'a/..', '/', '', 'x/.a.b', 'noext', 'a/b..c',
          'my.file.txt']:
    q = PurePosixPath(s)
    print(repr(s), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem))

print('== with_name, with_stem, with_suffix')
q = PurePosixPath('/dir/file.txt')
print(repr(q.with_name('other.py')), repr(q.with_stem('new')), repr(q.with_suffix('.md')),
      repr(q.with_suffix('')), repr(PurePosixPath('a/b').with_suffix('.c')))
for f in [lambda: q.with_name(''), lambda: q.with_name('a/b'), lambda: q.with_name('/a'),
          lambda: q.with_name('.'), lambda: q.with_name('x/'),
          lambda: PurePosixPath('/').with_name('x'), lambda: PurePosixPath('').with_stem('x'),
          lambda: q.with_suffix('md'), lambda: q.with_suffix('.'),
          lambda: q.with_suffix('./x'), lambda: PurePosixPath('/').with_suffix('.x')]:
    show('with', f)

print('== parents')
q = PurePosixPath('/a/b/c/d')
print(repr(q.parent), repr(q.parent.parent), repr(PurePosixPath('/').parent),
      repr(PurePosixPath('x').parent), repr(PurePosixPath('.').parent))
pp = q.parents
print(pp, len(pp), list(pp), repr(pp[0]), repr(pp[-1]), pp[1:3], pp[::-2])
print(PurePosixPath('/a') in pp, PurePosixPath('/z') in pp, pp.index(PurePosixPath('/a')),
      pp.count(PurePosixPath('/')), list(reversed(PurePosixPath('a/b/c').parents)))
show('parents[4]', lambda: pp[4])
show('parents[-5]', lambda: pp[-5])

print('== relative_to and is_relative_to')
q = PurePosixPath('/etc/passwd')
print(repr(q.relative_to('/')), repr(q.relative_to('/etc')), repr(q.relative_to('/etc/passwd')),
      repr(PurePosixPath('a/b/c').relative_to('a', 'b')))
show('rel1', lambda: q.relative_to('/usr'))
show('rel2', lambda: q.relative_to('etc'))
show('rel3', lambda: PurePosixPath('a').relative_to('/'))
show('rel4', lambda: q.relative_to())
show('rel5', lambda: q.relative_to(''))
print(q.is_relative_to('/etc'), q.is_relative_to('/usr'), PurePosixPath('a/b').is_relative_to('a'))

print('== absolute, match, uri')
for s in ['/a', 'a', '', '//a']:
    print(repr(s), PurePosixPath(s).is_absolute(), PurePosixPath(s).is_reserved())
for s, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
               ('/a/b.py', '/*.py'), ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('A.PY', '*.py'),
               ('a/b/c', '*/*'), ('ab.x', 'a?.[xy]'), ('ab.z', 'a?.[!xy]'), ('b', '[a-c]')]:
    print(s, pat, PurePosixPath(s).match(pat))
show('match empty', lambda: PurePosixPath('a').match(''))
print(PurePosixPath('/a b/c%d').as_uri(), PurePosixPath('/tmp/é').as_uri())
show('uri relative', lambda: PurePosixPath('a').as_uri())
print(PurePosixPath('a/b').as_posix(), PurePosixPath('a').__bytes__())

print('== comparison and hashing')
a, b = PurePosixPath('a/b'), PurePosixPath('a//b/')
print(a == b, a != b, a == 'a/b', hash(a) == hash(b), PurePosixPath('A') == PurePosixPath('a'))
print(PurePosixPath('x') == Path('x'), PurePosixPath('x') == PureWindowsPath('x'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('/z'), PurePosixPath('a')]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') >= PurePosixPath('a'))
show('lt str', lambda: PurePosixPath('a') < 'b')
show('lt windows', lambda: PurePosixPath('a') < PureWindowsPath('b'))
print(len({PurePosixPath('a'), PurePosixPath('a/'), PurePosixPath('./a')}))

print('== PureWindowsPath')
for s in ['c:\\Windows\\System32', 'c:/a/b', '//server/share/dir/f.txt', 'c:', 'c:rel\\x',
          '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\shr\\y', '\\root', 'a/b\\c', '//srv', 'NUL.txt',
          'c:/con', '\\\\.\\device\\x']:
    w = PureWindowsPath(s)
    print(repr(s), str(w), repr(w), w.parts, repr(w.drive), repr(w.root), w.is_absolute(),
          w.is_reserved(), repr(w.name))
w = PureWindowsPath('C:/Users/Me')
print(w == PureWindowsPath('c:/users/me'), hash(w) == hash(PureWindowsPath('c:\\USERS\\me')))
print(repr(w / 'd:x'), repr(w / 'c:x'), repr(w / '/top'), repr(PureWindowsPath('c:/a', 'c:b')))
print(repr(w.relative_to('c:/users')), w.match('*/me'), w.match('C:/*/*'), w.as_uri())
print(PureWindowsPath('//host/share/a b').as_uri(), list(w.parents), repr(w.anchor))
show('win rel', lambda: w.relative_to('d:/'))
show('win with_name', lambda: w.with_name('c:x'))
show('win with_suffix', lambda: w.with_suffix('.a/b'))

print('== Path on the filesystem')
top = tempfile.mkdtemp()
base = Path(top)
os.chdir(top)
print(Path.cwd() == base.resolve(), base.is_absolute(), base.is_dir(), base.exists())
d = Path('data')
show('mkdir', lambda: d.mkdir())
show('mkdir again', lambda: d.mkdir())
show('mkdir exist_ok', lambda: d.mkdir(exist_ok=True))
show('mkdir nested', lambda: Path('x/y/z').mkdir())
show('mkdir parents', lambda: Path('x/y/z').mkdir(parents=True))
f = d / 'notes.txt'
print(f.write_text('line one\nline two\n'), f.read_text(), f.read_bytes())
print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), d.is_file(), f.is_symlink(),
      Path('missing').exists(), Path('missing').is_dir())
print((d / 'raw.bin').write_bytes(b'\x00\x01\xff'), (d / 'raw.bin').read_bytes())
show('write_text bytes', lambda: f.write_text(b'x'))
show('write_bytes str', lambda: f.write_bytes('x'))
show('read missing', lambda: Path('missing.txt').read_text())
with f.open('a') as fh:
    fh.write('line three\n')
with f.open() as fh:
    print([line.rstrip() for line in fh])
with (d / 'enc.txt').open('w', encoding='utf-8') as fh:
    fh.write('ünïcode')
print((d / 'enc.txt').read_text(encoding='utf-8'))
show('touch new', lambda: (d / 'empty').touch())
show('touch again', lambda: (d / 'empty').touch())
show('touch excl', lambda: (d / 'empty').touch(exist_ok=False))
print((d / 'empty').read_bytes())
for name in ['b.py', 'a.py', 'c.txt', '.hidden']:
    (d / name).write_text(name)
(d / 'sub').mkdir()
(d / 'sub' / 'deep.py').write_text('deep')
(d / 'sub' / 'inner').mkdir()
(d / 'sub' / 'inner' / 'deeper.py').write_text('deeper')
print(sorted(d.iterdir()))
print(sorted(p.name for p in Path('.').iterdir()))
print(sorted(d.glob('*.py')))
print(sorted(d.glob('*')))
print(sorted(d.glob('?.*')))
print(sorted(d.glob('[ab].py')))
print(sorted(d.glob('[!ab]*')))
print(sorted(d.glob('*/')))
print(sorted(d.glob('**')))
print(sorted(d.glob('**/*.py')))
print(sorted(Path('.').glob('*/sub/*')))
print(sorted(d.rglob('*.py')))
print(sorted(d.rglob('inner')))
print(sorted(Path('.').glob('data/sub/inner/deeper.py')), sorted(Path('.').glob('nope/*')))
print([p.relative_to(base) for p in sorted(base.glob('data/*.txt'))])
show('glob empty', lambda: list(d.glob('')))
show('glob absolute', lambda: list(d.glob('/x')))
show('glob bad **', lambda: list(d.glob('a**')))
show('iterdir missing', lambda: list(Path('missing').iterdir()))
show('iterdir file', lambda: list(f.iterdir()))
show('rmdir full', lambda: d.rmdir())
show('rmdir missing', lambda: Path('missing').rmdir())
show('unlink missing', lambda: Path('missing').unlink())
show('unlink missing_ok', lambda: Path('missing').unlink(missing_ok=True))
show('rename', lambda: (d / 'c.txt').rename(d / 'renamed.txt'))
show('rename missing', lambda: Path('missing').rename('other'))
show('replace', lambda: (d / 'renamed.txt').replace(d / 'a.py'))
print((d / 'a.py').read_text(), (d / 'c.txt').exists())
print(Path('data/sub/../a.py').resolve() == base.resolve() / 'data' / 'a.py')
print(Path('data').absolute() == Path(top) / 'data', Path('/x/../y').absolute())
try:
    Path('missing/x').resolve(strict=True)
except FileNotFoundError as e:
    print('resolve strict', e.errno, e.strerror, os.path.relpath(e.filename, top))
print(Path('data/a.py').samefile('data/sub/../a.py'), Path('data/a.py').samefile(Path('data/b.py')))
show('samefile missing', lambda: Path('data/a.py').samefile('missing'))
print(Path('~').expanduser() == Path.home(), Path('a/~').expanduser(), Path('/~').expanduser())
print(Path.home().is_absolute(), str(Path('~/x').expanduser()).endswith('/x'))


def remove_tree(p):
    for child in p.iterdir():
        if child.is_dir():
            remove_tree(child)
        else:
            child.unlink()
    p.rmdir()


os.chdir('/')
remove_tree(base)
print(base.exists())
