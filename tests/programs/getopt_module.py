import os
import getopt

os.environ.pop('POSIXLY_CORRECT', None)
cases = [
    (['-a', '-b', 'val', '-cfoo', 'arg1', 'arg2'], 'ab:c:', []),
    (['-abval', 'x'], 'ab:', []),
    (['--long', '--with=1', '--with', '2', 'rest'], '', ['long', 'with=']),
    (['--lo', '--wi=3'], '', ['long', 'with=']),
    (['--', '-a'], 'a', []),
    (['-', '-a'], 'a', []),
    (['x', '-a'], 'a', []),
    (['-a', 'x', '-b', '--long', 'y', '--', '-c'], 'ab', ['long']),
    (['--long=', 'z'], '', 'long='),
    (['--long', ''], '', 'long='),
    (['-x'], 'ab', []),
    (['-b'], 'ab:', []),
    (['--nope'], 'a', ['long']),
    (['--long=1'], '', ['long']),
    (['--with'], '', ['with=']),
    (['--lo'], '', ['long', 'loud']),
    (['--lo'], '', ['lo', 'long']),
    (['--lo', 'v'], '', ['lo=', 'long']),
    (['-:'], 'a:', []),
    (['-a:'], 'a', []),
]
for args, short, long in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, fn(list(args), short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, type(e).__name__, e, repr(e.msg), repr(e.opt), e.args)
print(getopt.gnu_getopt(['a', '-x', 'b'], '+x'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['a', '-x', 'b'], 'x'))
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('m')
print(repr(e.opt), e.args, str(e))
