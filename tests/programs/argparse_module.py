import os
os.environ['COLUMNS'] = '80'
import sys
import io
import argparse


def run(parser, args):
    old = sys.stderr
    old_out = sys.stdout
    sys.stderr = io.StringIO()
    sys.stdout = io.StringIO()
    try:
        ns = parser.parse_args(args)
        out = sys.stdout.getvalue()
        sys.stderr = old
        sys.stdout = old_out
        if out:
            print(out, end='')
        print(ns)
    except SystemExit as e:
        err = sys.stderr.getvalue()
        out = sys.stdout.getvalue()
        sys.stderr = old
        sys.stdout = old_out
        print('exit', e.code)
        print(out, end='')
        print(err, end='')


p = argparse.ArgumentParser(prog='prog', description='A test program that does things.',
                            epilog='See the docs for more.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-o', '--output', default='out.txt', help='output file (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='one of %(choices)s')
print(p.format_help())
print(p.format_usage())
ns = p.parse_args(['1', '2', '3', '--sum', '-vv'])
print(ns.accumulate(ns.integers), ns.verbose, ns.output, ns.mode)
run(p, ['1', '-o', 'x.txt', '--mode', 'slow', '5'])
run(p, [])
run(p, ['a'])
run(p, ['1', '--mode', 'medium'])
run(p, ['1', '-o'])
run(p, ['1', '--bogus', 'z'])
run(p, ['1', '--out=y', '--verb'])
run(p, ['1', '-ofile', '-vvv'])
run(p, ['1', '--', '-5'])
run(p, ['-h'])

p = argparse.ArgumentParser(prog='t')
p.add_argument('--foo', action='store_true')
p.add_argument('--bar', action='store_false')
p.add_argument('--app', action='append')
p.add_argument('--c', action='append_const', const=42, dest='consts')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='flag it')
p.add_argument('rest', nargs='*')
run(p, [])
run(p, ['--foo', '--bar', '--app', 'x', '--app', 'y', '--c', '--c', '--ext', '1', '2', '--ext', '3'])
run(p, ['--opt', '--two', 'a', 'b', 'r1', 'r2', '--no-flag'])
run(p, ['--opt', 'v', '--two', 'a'])
run(p, ['--fo'])
run(p, ['--f'])
print(p.format_help())

p = argparse.ArgumentParser(prog='grp')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('--x', type=float)
g2.add_argument('--y', type=float)
ag = p.add_argument_group('extra', 'Extra options here.')
ag.add_argument('--zz', help='zz help')
run(p, ['-a', '--x', '1.5'])
run(p, ['-a', '-b', '--x', '1'])
run(p, ['-a'])
run(p, ['--x', 'nan?'])
print(p.format_help())

p = argparse.ArgumentParser(prog='git')
p.add_argument('--top', default='T')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
a = sub.add_parser('add', help='add things', aliases=['a'])
a.add_argument('files', nargs='*')
a.add_argument('-f', action='store_true')
a.set_defaults(func='ADD')
c = sub.add_parser('commit', help='commit things')
c.add_argument('-m', required=True)
run(p, ['add', 'x', 'y', '-f'])
run(p, ['a', 'z'])
run(p, ['commit', '-m', 'msg'])
run(p, ['commit'])
run(p, ['push'])
run(p, [])
print(p.format_help())
print(a.format_help())
print(c.format_usage())

# positional nargs variants
p = argparse.ArgumentParser(prog='pos')
p.add_argument('a')
p.add_argument('b', nargs='?', default='bd')
p.add_argument('c', nargs=2)
p.add_argument('d', nargs=argparse.REMAINDER)
run(p, ['1', '2', '3'])
run(p, ['1', '2', '3', '4', '5', '--x', 'y'])
run(p, ['1'])
print(p.format_usage())

# long usage wrapping
p = argparse.ArgumentParser(prog='long_program_name')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    p.add_argument('--' + name, metavar=name.upper() + '_VALUE', help='the %s option, which has a rather long help text that must be wrapped' % name)
p.add_argument('input_file')
p.add_argument('output_files', nargs='+')
print(p.format_help())

p = argparse.ArgumentParser(prog='a_very_long_program_name_that_takes_most_of_the_width_of_the_line')
for name in ['alpha', 'beta', 'gamma', 'delta']:
    p.add_argument('--' + name)
p.add_argument('pos1')
p.add_argument('pos2')
print(p.format_usage())

# formatters
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n    indented line two\n\nparagraph')
p.add_argument('--q', help='some   spaced\n help')
print(p.format_help())
p = argparse.ArgumentParser(prog='rawt', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--q', help='line1\n  line2')
print(p.format_help())
p = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--n', type=int, default=3, help='number')
p.add_argument('--s', help='string')
p.add_argument('p', nargs='?', default='P', help='pos')
p.add_argument('--nohelp', default=1)
print(p.format_help())
p = argparse.ArgumentParser(prog='mvt', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--n', type=int)
p.add_argument('f', type=float)
print(p.format_help())

# version, prefix chars, defaults, parents
p = argparse.ArgumentParser(prog='ver')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
run(p, ['--version'])
p = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
p.add_argument('+x', action='store_true')
p.add_argument('-y', type=int)
run(p, ['+x', '-y', '3'])
print(p.format_help())
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int, default=7)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('foo')
run(child, ['f', '--parent', '9'])
p = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', default=1)
run(p, [])
p.set_defaults(z=5, b=2)
run(p, [])
print(p.get_default('b'), p.get_default('z'))

# known args, negative numbers, abbrev
p = argparse.ArgumentParser(prog='k')
p.add_argument('--num', type=int)
p.add_argument('x', nargs='?')
print(p.parse_known_args(['--num', '-3', 'X', '--other', 'Y']))
print(p.parse_known_args(['-5']))
p = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
p.add_argument('--longname')
run(p, ['--long', 'v'])
p = argparse.ArgumentParser(prog='amb')
p.add_argument('--foobar')
p.add_argument('--foobaz')
run(p, ['--foo', '1'])

# errors
p = argparse.ArgumentParser(prog='e', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
for kw in [dict(action='bogus'), dict(type='notcallable'), dict(nargs=0), dict(const=1, nargs=1)]:
    try:
        argparse.ArgumentParser().add_argument('--z', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.add_argument('--n')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    p.add_argument('x', dest='y')
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.add_argument('bad', required=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.add_argument('+x')
except ValueError as e:
    print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old')
p.add_argument('--foo', help='new')
print(p.format_help())


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v

p = argparse.ArgumentParser(prog='ty')
p.add_argument('--p', type=positive)
p.add_argument('--l', type=lambda s: s.upper())
run(p, ['--p', '-3'])
run(p, ['--p', '0'])
run(p, ['--l', 'abc', '--p=4'])

# Namespace
ns = argparse.Namespace(b='x', a=1)
print(ns, 'a' in ns, 'c' in ns, ns == argparse.Namespace(a=1, b='x'), ns != argparse.Namespace(a=2))
setattr(ns, 'with-dash', 3)
print(ns)
print(repr(argparse.FileType('w')), repr(argparse.FileType('r', encoding='utf-8')))
print(argparse.ArgumentParser(prog='x').add_argument('--n', type=int))
print(argparse.ArgumentParser(prog='x', description='d'))

# more edge cases
p = argparse.ArgumentParser(prog='req')
p.add_argument('--must', required=True, help='required option')
p.add_argument('color', nargs='?', choices=['red', 'blue'], default='red')
sub = p.add_subparsers(title='commands', description='the commands', dest='cmd', required=True, metavar='COMMAND')
sub.add_parser('go', help='go somewhere')
sub.add_parser('stop')
run(p, [])
run(p, ['--must', '1', 'blue', 'go'])
run(p, ['--must', '1', 'green'])
print(p.format_help())
try:
    argparse.ArgumentParser().add_argument('--t', nargs=3, metavar=('A', 'B'))
except ValueError as e:
    print(type(e).__name__, e)
import tempfile
argfile = os.path.join(tempfile.gettempdir(), 'argparse_module_args.tmp')
with open(argfile, 'w') as f:
    f.write('--must\nfromfile\nblue\nstop\n')
p2 = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p2.add_argument('--must')
p2.add_argument('rest', nargs='*')
run(p2, ['@' + argfile, 'x'])
os.remove(argfile)
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('x', nargs='?')
run(p, ['-1'])
run(p, ['-2'])
p = argparse.ArgumentParser(prog='fl')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', type=int)
run(p, ['-abc5'])
run(p, ['-ab', '-c', '6'])
run(p, ['-ax'])
run(p, ['-a=1'])
run(p, ['-c'])
p = argparse.ArgumentParser(prog='n3')
p.add_argument('--three', nargs=3)
p.add_argument('--one', nargs=1)
p.add_argument('--plus', nargs='+')
run(p, ['--three', 'a', 'b'])
run(p, ['--one'])
run(p, ['--plus'])
run(p, ['--one=1', '--three', '1', '2', '3'])
print(p.format_help())

# intermixed
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_intermixed_args('doit 1 --foo bar 2 3 --zz'.split()))
run(p, ['--foo', 'x'])
p2 = argparse.ArgumentParser(prog='mix2')
p2.add_argument('r', nargs='...')
try:
    p2.parse_intermixed_args([])
except TypeError as e:
    print(type(e).__name__, e)

# quirks of usage with suppressed and single-member groups
p = argparse.ArgumentParser(prog='q')
g1 = p.add_mutually_exclusive_group()
g1.add_argument('--hidden', help=argparse.SUPPRESS)
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('--only')
g3 = p.add_mutually_exclusive_group(required=True)
g3.add_argument('--one', action='store_true')
g3.add_argument('--two', action='store_true', help=argparse.SUPPRESS)
g3.add_argument('--three', action='store_true')
print(p.format_usage())
run(p, ['--only', 'x'])
run(p, ['--only', 'x', '--one', '--three'])
sp = argparse.ArgumentParser(prog='sp')
subs = sp.add_subparsers(required=True)
subs.add_parser('a')
subs.add_parser('b')
run(sp, [])
print(sp.format_help())
