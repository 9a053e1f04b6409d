# errno: the constants, errorcode, and the errno values carried by the
# OSError subclasses that failing operations raise.
import errno
import os
import tempfile

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n))

# errorcode: number -> name, in CPython's order
print(list(errno.errorcode.items()))
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EWOULDBLOCK])
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
# every name maps back to a name with the same value
bad = [n for n in names if getattr(errno, errno.errorcode[getattr(errno, n)]) != getattr(errno, n)]
print('round trip mismatches:', bad)
print(sorted(set(errno.errorcode.values()) - set(names)))
print(sorted(set(names) - set(errno.errorcode.values())))
print(type(errno.ENOENT).__name__, type(errno.errorcode).__name__)
print(errno.__name__, sorted(n for n in dir(errno) if not n.startswith('E') and not n.startswith('__')))

# OSError(errno, msg) picks the subclass for the number
for n in names:
    e = OSError(getattr(errno, n), 'message')
    if type(e) is not OSError:
        print(n, type(e).__name__, e.errno == getattr(errno, n), e)
e = OSError(errno.ENOENT, 'No such file or directory', 'spam.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e)
print(FileNotFoundError(errno.ENOENT, 'x').errno == errno.ENOENT)
print(OSError('x').errno, FileNotFoundError().errno)

# errors raised by real operations carry the right numbers
def attempt(label, f, *args):
    try:
        f(*args)
    except OSError as e:
        print(label, type(e).__name__, errno.errorcode.get(e.errno), e.errno == getattr(errno, errno.errorcode.get(e.errno, 'EPERM')))
    else:
        print(label, 'no error')

d = tempfile.mkdtemp()
f = os.path.join(d, 'file.txt')
with open(f, 'w') as fh:
    fh.write('hello')
sub = os.path.join(d, 'sub')
os.mkdir(sub)
with open(os.path.join(sub, 'inner'), 'w') as fh:
    fh.write('x')
missing = os.path.join(d, 'missing')

attempt('open missing', open, missing)
attempt('open dir', open, d)
attempt('open under file', open, os.path.join(f, 'x'))
attempt('open exclusive', open, f, 'x')
attempt('mkdir existing', os.mkdir, d)
attempt('mkdir missing parent', os.mkdir, os.path.join(missing, 'a'))
attempt('rmdir nonempty', os.rmdir, sub)
attempt('rmdir file', os.rmdir, f)
attempt('rmdir missing', os.rmdir, missing)
attempt('listdir file', os.listdir, f)
attempt('listdir missing', os.listdir, missing)
attempt('remove missing', os.remove, missing)
attempt('unlink dir', os.unlink, sub)
attempt('stat missing', os.stat, missing)
attempt('lstat missing', os.lstat, missing)
attempt('chdir file', os.chdir, f)
attempt('rename missing', os.rename, missing, os.path.join(d, 'other'))
attempt('rename dir over file', os.rename, sub, f)
attempt('readlink file', os.readlink, f)
attempt('close bad fd', os.close, 9999)
attempt('fstat bad fd', os.fstat, 9999)
attempt('read bad fd', os.read, 9999, 1)
attempt('os.open missing', os.open, missing, os.O_RDONLY)
attempt('os.open excl', os.open, f, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
attempt('os.open nofollow dir', os.open, f, os.O_RDONLY | os.O_DIRECTORY)
attempt('symlink existing', os.symlink, f, sub)
attempt('link existing', os.link, f, f)
attempt('makedirs existing', os.makedirs, sub)
try:
    open(missing)
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.strerror, e.filename == missing)

os.remove(os.path.join(sub, 'inner'))
os.rmdir(sub)
os.remove(f)
os.rmdir(d)
print('done')
