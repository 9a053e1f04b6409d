"""pickle with the library's classes: collections, enum, functools.partial, datetime,
fractions and decimal values pickle to CPython's bytes at every protocol and load back;
the datetime constructors take the pickled byte-string states."""
import pickle, collections, enum, functools, datetime as D, fractions, decimal, copy
from collections import OrderedDict, deque, Counter, defaultdict, namedtuple, ChainMap
Point = namedtuple('Point', 'x y', defaults=[0])
class OD(OrderedDict):
    pass
class DQ(deque):
    pass
class CT(Counter):
    pass
class DD(defaultdict):
    pass
class P(enum.Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
class IF(enum.IntFlag):
    A = 1
    B = 2
    C = 4
class SE(enum.StrEnum):
    A = 'a'
    B = 'b'
class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    BLUE = (2, 3)
class TZ(D.tzinfo):
    def __init__(self, off=0):
        self.off = off
    def utcoffset(self, dt):
        return D.timedelta(hours=self.off)
    def __repr__(self):
        return 'TZ(%r)' % self.off
    def __eq__(self, o):
        return isinstance(o, TZ) and o.off == self.off
def f(a, b=1, *c, **d):
    return (a, b, c, d)
class PS(functools.partial):
    pass
od = OD([(1, 'a'), (2, 'b')]); od.attr = 5
dq = DQ([1, [2]], 4); dq.x = 'y'
ct = CT(a=3, b=-1)
dd = DD(int, {'k': 1}); dd.z = 1
ps = PS(f, 1, d=2); ps.extra = [1]
pf = functools.partial(f, 2, 3, x=4); pf.attr = 'v'
vals = [
 od, dq, ct, dd, deque(range(5), 0), deque('abc', 2), Counter(), OrderedDict([('z', OrderedDict())]),
 Point(1), [Point(1, 2), Point(1, 2)], ChainMap({}, {1: 2}),
 P(7), P(6), P(5), P(3), P(0), P.R, ~P.R, IF(7), IF(9), IF(8), IF(0), IF(15), ~IF.A, SE.B, Color.CRIMSON, Color.BLUE,
 [P.R, P.R, P.R | P.W], {Color.RED: IF.A},
 ps, pf, functools.partial(functools.partial(f, 1), 2), functools.partial(print, sep=''),
 D.timedelta(), D.timedelta(-5, 3, 7), D.timedelta.max, D.timedelta.min, D.timedelta.resolution,
 D.date.min, D.date.max, D.date(1999, 12, 31), D.date(2020, 2, 29).isocalendar(),
 D.time(), D.time.max, D.time(23, 59, 59, 999999, fold=1), D.time(12, tzinfo=TZ(3)), D.time(1, tzinfo=D.timezone.min, fold=1),
 D.datetime.min, D.datetime.max, D.datetime(2000, 12, 1, 0, 0, 0, 65536, fold=1), D.datetime(2001, 2, 3, 4, 5, tzinfo=TZ(-2)),
 D.datetime(2001, 2, 3, tzinfo=D.timezone.max, fold=1), [D.timezone.utc, D.timezone.utc, D.UTC],
 D.timezone(D.timedelta(minutes=-90), 'abc'), TZ(5),
 fractions.Fraction(1, 3), [fractions.Fraction(5), fractions.Fraction(-2, 7)],
 decimal.Decimal('123.456e-7'), decimal.Decimal('-0'), decimal.Decimal('sNaN12'), decimal.Decimal(7),
]
def show(x):
    r = repr(x)
    if isinstance(x, (DQ, OD, DD)):
        r += ' ' + repr(x.__dict__ if not isinstance(x, (DQ, DD)) else {k: v for k, v in x.__dict__.items() if not k.startswith('_') and k != 'default_factory'})
    if isinstance(x, functools.partial):
        r = '%s(%s, %r, %r) %r' % (type(x).__name__, getattr(x.func, '__name__', '?'), x.args, x.keywords, x.__dict__.get('extra', x.__dict__.get('attr')))
    return r
import sys
for v in vals:
    for p in range(6):
        try:
            b = pickle.dumps(v, p)
        except Exception as e:
            print(repr(v), p, 'ERR', type(e).__name__, e); continue
        try:
            r = pickle.loads(b)
            print(p, b, show(r), type(r).__name__, r == v if not isinstance(v, functools.partial) else r.func is v.func and r.args == v.args and r.keywords == v.keywords)
        except Exception as e:
            print(p, b, 'LOADERR', type(e).__name__, e)
    if isinstance(v, (tuple, list, DD)): continue
    c = copy.deepcopy(v)
    print('deepcopy', show(c), show(copy.copy(v)))
# constructors from state
for a in [(b'\x07\xe4\x01\x02',), (b'\x07\xe4\x0d\x02',), (b'\x07\xe4\x01\x20',), ('\x07\xe4\x01\x02',), ('\x07\xe4\x01\u0102',), (b'\x07\xe4\x01',)]:
    try: print(repr(D.date(*a)))
    except Exception as e: print(type(e).__name__, e)
for a in [(b'\x01\x02\x03\x00\x00\x04',), (b'\x81\x02\x03\x00\x00\x04',), (b'\x81\x02\x03\x00\x00\x04', D.timezone.utc), (b'\x01\x02\x03\x00\x00\x04', 1), (b'\x01\x02\x03\x00\x00\x04', None), ('\x01\x02\x03\x00\x00\u0104',)]:
    try: print(repr(D.time(*a)))
    except Exception as e: print(type(e).__name__, e)
for a in [(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06',), (b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', D.timezone.utc), (b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', 5), ('\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06',), ('\x07\xe4\x01\u0102\x00\x00\x00\x00\x00\x00',)]:
    try: print(repr(D.datetime(*a)))
    except Exception as e: print(type(e).__name__, e)
p = functools.partial(f)
for s in [1, [f, (), None, None], (1, 2, 3), (1, (), None, None), (f, [], None, None), (f, (), [], None), (f, (1,), {'a': 1}, {'x': 5}), (f, (), None, None)]:
    try:
        p.__setstate__(s); print(show(p), p.__dict__.get('x'))
    except Exception as e: print(type(e).__name__, e)
print(Color.RED.__reduce_ex__(2), P(0).__reduce_ex__(1))
for m in (P(3), IF(9), IF(7), P.R):
    rv = m.__reduce_ex__(4)
    print(getattr(rv[0], '__name__', rv[0]), rv[1])
print(D.time(fold=1).__reduce_ex__(4), D.time(fold=1).__reduce__(), D.datetime(1, 1, 1, fold=1).__reduce_ex__(5))
print(D.timezone.utc.__reduce__(), TZ(1).__reduce__(), D.timedelta(1).__reduce__(), D.date(1, 2, 3).__reduce__())
print(Counter('aab').__reduce__(), functools.partial(max, 1).__reduce__())
print(OrderedDict().__reduce__()[:4], deque([], 3).__reduce__()[:3], defaultdict(list).__reduce__()[:4])

# bytes made by CPython
data = [
 b'\x80\x04\x95g\x00\x00\x00\x00\x00\x00\x00\x8c\t_operator\x94\x8c\x03or_\x94\x93\x94h\x02\x8c\x08builtins\x94\x8c\x07getattr\x94\x93\x94\x8c\x08__main__\x94\x8c\x01P\x94\x93\x94\x8c\x01R\x94\x86\x94R\x94h\x05h\x08\x8c\x01W\x94\x86\x94R\x94\x86\x94R\x94h\x05h\x08\x8c\x01X\x94\x86\x94R\x94\x86\x94R\x94.',
 b'cdatetime\ndatetime\np0\n(c_codecs\nencode\np1\n(V\x07\xe4\x01\x02\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\np2\nVlatin1\np3\ntp4\nRp5\ncdatetime\ntimezone\np6\n(cdatetime\ntimedelta\np7\n(I0\nI7200\nI0\ntp8\nRp9\nVX\np10\ntp11\nRp12\ntp13\nRp14\n.',
]
for b in data:
    print(repr(pickle.loads(b)))
# python 2 style datetime pickle (STRING state), loaded with encoding='latin1'
b2 = b"cdatetime\ndate\np0\n(S'\\x07\\xe4\\x01\\x02'\np1\ntp2\nRp3\n."
print(repr(pickle.loads(b2, encoding='latin1')))
b3 = b"cdatetime\ndatetime\np0\n(S'\\x07\\xe4\\x81\\x02\\x03\\x04\\x05\\x00\\x00\\x06'\np1\ntp2\nRp3\n."
print(repr(pickle.loads(b3, encoding='latin1')))
try:
    print(repr(pickle.loads(b2)))
except Exception as e:
    print(type(e).__name__, e)
