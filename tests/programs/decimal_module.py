import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DecimalTuple, BasicContext, ExtendedContext, DefaultContext,
                     ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Overflow, Underflow,
                     Inexact, Rounded, Subnormal, Clamped, FloatOperation,
                     ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     InvalidContext, DecimalException)
import math

D = Decimal
ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


def flags(ctx):
    return [s.__name__ for s in ctx.flags if ctx.flags[s]]


print('--- constants')
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
print(ROUNDINGS)
print(Decimal.__name__, Decimal.__module__, Context.__name__)

print('--- exception hierarchy')
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax,
            DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
            InvalidContext, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__bases__],
          issubclass(cls, ArithmeticError), issubclass(cls, ZeroDivisionError),
          issubclass(cls, TypeError))

print('--- construction')
for v in ['1.23', '-0', '0.000', '1e10', '1E-10', '  42  ', '1_000_000',
          'NaN', '-nan', 'sNaN', 'sNaN123', 'NaN0045', 'Infinity', '-inf',
          '+INF', '.5', '5.', '1.5e+3', '-1.5E-3', '123456789012345678901234567890.123',
          'abc', '1e', '', '1 2', '--1', 'infinit', '\u0663\u0664']:
    attempt('D(%r)' % v, lambda: D(v))
for v in [0, 1, -1, 10 ** 30, -(2 ** 70), True, False]:
    attempt('D(%r)' % v, lambda: D(v))
for v in [0.1, 0.5, -0.0, 1e100, 5e-324, float('inf'), float('-inf'), 3.0]:
    attempt('D(%r)' % v, lambda: D(v))
print(repr(D(float('nan'))))
for v in [(0, (1, 2, 3), -2), (1, (4, 5), 3), (0, (), 0), (1, (0,), 'F'),
          (0, (1, 2), 'n'), (1, (), 'N'), [0, [1], 0], (0, (1, 10), 0),
          (2, (1,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, (1,)), (0, 5, 0)]:
    attempt('D(%r)' % (v,), lambda: D(v))
for v in [None, b'1', [1, 2], {}, object]:
    attempt('D(%r)' % (v,), lambda: D(v))
attempt('D(D(5))', lambda: D(D('5.00')))
attempt('from_float', lambda: D.from_float(0.1))
attempt('from_float int', lambda: D.from_float(7))
attempt('from_float str', lambda: D.from_float('1'))
attempt('bad context', lambda: D('1', 5))


class MyDec(Decimal):
    pass


m = MyDec('1.5')
print(type(m).__name__, m, repr(m + 1), type(m + 1).__name__, isinstance(m, Decimal))

print('--- str / repr / eng')
for s in ['123', '-123', '1.23E+3', '1.23E-7', '0.00000123', '-0', '0E-8',
          '0E+3', '0.0E-5', '123E+1', '1E+7', '12345E-10', '-sNaN12',
          'NaN', '-Infinity', '1E-6', '1E-7', '100E-9', '0.1E+5', '123.456E+9',
          '5E-1000', '1E+999999']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string())
with localcontext(capitals=0):
    print(str(D('1E+10')), repr(D('-1.5E-20')), D('2E+5').to_eng_string())

print('--- as_tuple / ratio / adjusted')
for s in ['1.25', '-0.000', '1E+5', 'NaN8', '-sNaN', 'Infinity', '100']:
    d = D(s)
    print(s, d.as_tuple(), d.adjusted())
for s in ['1.25', '-0.75', '100E3', '0.00', '3.14159', 'NaN', '-Infinity']:
    attempt('ratio ' + s, lambda: D(s).as_integer_ratio())
t = D('1.5').as_tuple()
print(t.sign, t.digits, t.exponent, isinstance(t, DecimalTuple), DecimalTuple(0, (1,), 0))

print('--- arithmetic')
a = D('1.30')
b = D('1.2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a))
print(D(1) / 3, D(2) / 3, D(-7) / 2, D(10) / 4, D('1.0') / D('0.1'), D(100) / D('1E+2'))
print(D(7) // 2, D(-7) // 2, D(7) % -2, D(-7) % 2, divmod(D(-7), 2), divmod(7, D(-2)))
print(D('0.1') + D('0.2'), D('1e100') + D('1e-100'), D('1.000') - D('1'))
print(5 + D('0.5'), 5 - D('0.5'), 5 * D('0.5'), 5 / D('0.5'), 5 // D('1.5'), 5 % D('1.5'))
print(D(2) ** 10, D(2) ** -3, D('1.1') ** 5, D(10) ** D('0.5'), D('0.5') ** D('2.5'), 2 ** D(3))
print(D('-8') ** 3, D('1.00') ** 4, D(4) ** D('0.5'), D(0) ** 5, D(0) ** -1, D('Infinity') ** -2)
print(pow(D(3), D(200), D(7)) if False else D(3) ** 20)
for expr in ['D(1) / 0', 'D(0) / 0', 'D(1) // 0', 'D(1) % 0', 'divmod(D(1), 0)',
             'D(0) ** 0', 'D(-2) ** D("0.5")', 'D("inf") - D("inf")',
             'D("inf") * 0', 'D("sNaN") + 1', 'D("NaN") + 1', 'D("9E999999") * 10',
             'D(1) + 1.5', '1.5 + D(1)', 'D(1) * 2.0', 'D(1) - "a"', 'D(1) / None',
             '[1] * D(2)', 'D(10) ** 1000000', 'D("1E-999999") / 10']:
    attempt(expr, lambda: eval(expr))

print('--- rounding modes')
for r in ROUNDINGS:
    with localcontext(prec=3, rounding=r) as ctx:
        vals = [str(+D(s)) for s in ['1.234', '1.235', '1.245', '-1.235',
                                     '1.2351', '-1.2349', '9.995', '1.205', '1.255']]
        print(r, vals, flags(ctx))

print('--- quantize / round / integral')
for s, q in [('1.2345', '0.01'), ('1.235', '0.01'), ('-1.235', '0.01'),
             ('123.456', '1E+1'), ('1.5', '1'), ('12345', '0.001'),
             ('0', '0.000'), ('NaN', '1'), ('inf', '1'), ('inf', 'inf'),
             ('1E+10', '1E-20'), ('7.3', '1E-999999')]:
    attempt('quantize %s %s' % (s, q), lambda: D(s).quantize(D(q)))
for r in ROUNDINGS:
    print(r, D('2.675').quantize(D('0.01'), rounding=r),
          D('-2.675').quantize(D('0.01'), r),
          D('2.5').to_integral_value(r), D('-2.5').to_integral(rounding=r),
          D('2.5').to_integral_exact(r))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('1.2345'), 2),
      round(D('123.456'), -1), round(D('5E+3'), -2), type(round(D('1.5'))).__name__)
for f in [int, math.trunc, math.floor, math.ceil, round, float]:
    print(f.__name__, [f(D(s)) for s in ['1.7', '-1.7', '0.5', '-0.5', '1E+3', '-0']])
for s in ['NaN', 'sNaN', 'Infinity', '-Infinity']:
    for f in [int, float, round, math.floor]:
        attempt('%s(%s)' % (f.__name__, s), lambda: f(D(s)))
attempt('round(D, 1.5)', lambda: round(D(1), 1.5))
attempt('round big', lambda: round(D('1.5'), 30))
print(D('12345678901234567890.5').to_integral(), int(D('-12345678901234567890.9')))

print('--- methods')
x = D('-12.3400')
print(x.copy_abs(), x.copy_negate(), x.copy_sign(D(1)), x.normalize(), D('0.00').normalize(),
      D('1200').normalize(), x.adjusted(), x.is_signed(), x.is_zero(), x.is_finite())
print(D('2').sqrt(), D('0.25').sqrt(), D('100').sqrt(), D('1E+5').sqrt(), D('-0').sqrt(),
      D('inf').sqrt(), D(2).exp(), D('-1').exp(), D(0).exp(), D(10).ln(), D(1).ln(),
      D(100).log10(), D(2).log10(), D('0.001').log10())
print(D(123).logb(), D('0.001').logb(), D(1).scaleb(5), D('1.5').scaleb(-3))
attempt('logb(0)', lambda: D(0).logb())
print(D(1).compare(D(2)), D(2).compare(1), D('NaN').compare(1), D(1).compare_total(D('1.0')),
      D('-1').compare_total_mag(D('1')), D(1).max(D(2)), D(1).min(D(-2)),
      D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D('NaN').max(D(5)))
print(D(2).fma(3, 4), D('1.5').fma(D(2), D('-3')), D(10).remainder_near(3),
      D(11).remainder_near(3), D(-10).remainder_near(3))
print(D(1).same_quantum(D('2')), D(1).same_quantum(D('1.0')),
      D('NaN').same_quantum(D('NaN')), D('inf').same_quantum(D('inf')))
for s in ['0', '-0', '1', '-1', '1E-999999', '1E-1000005', 'inf', '-inf', 'nan', 'snan']:
    d = D(s)
    print(s, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_nan(),
          d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_canonical())
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(2), D(1).next_toward(0),
      D('-inf').next_plus(), D('inf').next_minus())
print(D('1101').logical_and(D('1011')), D('1101').logical_or(D('1011')),
      D('1101').logical_xor(D('1011')), D('1101').logical_invert())
print(D(123456).shift(2), D(123456).shift(-2), D(123456).rotate(3), D(123456).rotate(-3))
print(D(5).real, D(5).imag, D(5).conjugate(), D(5).radix(), D(5).canonical())
attempt('compare float', lambda: D(1).compare(1.0))
attempt('logical bad', lambda: D(12).logical_and(D(1)))
attempt('sqrt neg', lambda: D(-1).sqrt())
attempt('ln neg', lambda: D(-1).ln())

print('--- comparisons and hashing')
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D(2) > 1, D(2) < 1.5,
      D('-0') == 0, D('NaN') == D('NaN'), D('NaN') != 1, 1 < D(2), 2.5 >= D('2.5'))
print(sorted([D('3'), D('-1.5'), D('2.25'), D(0)]), max(D(1), D('1.00')),
      min([D(3), 2, D('2.5')]))
print(hash(D(1)) == hash(1), hash(D('1.5')) == hash(1.5), hash(D('1E+30')) == hash(10 ** 30),
      hash(D('-0.5')) == hash(-0.5), hash(D('Infinity')) == hash(float('inf')),
      hash(D(-1)), hash(D('0.1')) == hash(0.1))
print({D('1.0'): 'a', D('1.00'): 'b'}, {1: 'x', 2.5: 'y'}[D('1.0')], {1: 'x', 2.5: 'y'}[D('2.50')])
attempt('hash snan', lambda: hash(D('sNaN')))
attempt('nan < 1', lambda: D('NaN') < 1)
attempt('snan == 1', lambda: D('sNaN') == 1)
attempt('D < str', lambda: D(1) < 'a')
attempt('D <= list', lambda: D(1) <= [])
print(bool(D(0)), bool(D('0.0')), bool(D('NaN')), bool(D('-1E-10')))

print('--- format')
for s, spec in [('1234.5678', ''), ('1234.5678', '.2f'), ('1234.5678', '.2e'),
                 ('1234.5678', '.3g'), ('1234.5678', '.2'), ('1234.5678', ','),
                 ('1234567.891', ',.2f'), ('-1234.5', '015,.2f'), ('0.00001234', 'g'),
                 ('0.0000001234', 'g'), ('123', 'e'), ('0.5', '%'), ('0.125', '.1%'),
                 ('-0', 'z.1f'), ('-0.001', 'z.1f'), ('42', '*^10'), ('42', '<6'),
                 ('42', '=+8'), ('-42', '08'), ('1E+5', 'f'), ('1E+5', 'g'),
                 ('1E+5', 'G'), ('123.456', 'F'), ('123.456', 'E'), ('NaN', '10'),
                 ('-Infinity', '+'), ('inf', '%'), ('12', ' '), ('1.5', '010.3e'),
                 ('0', '.3e'), ('0E+5', 'f'), ('1234567', 'n'), ('5', '_'),
                 ('5', '#'), ('5', 'x'), ('5', ',n'), ('1.25', '.1f')]:
    attempt('format(%s, %r)' % (s, spec), lambda: format(D(s), spec))
print('{:>12.3f}|{:<10}|{:^9.1e}'.format(D('3.14159'), D('2.5'), D('12345')))
print(f'{D("1.5"):.3f} {D("-2"):+} {D("1234567"):,}')
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.99'), '.1f'), format(D('-1.99'), '.1f'))

print('--- contexts')
ctx = getcontext()
print(ctx)
print(repr(ctx.flags))
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
c = Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
print(c, c.Etiny(), c.Etop())
print(Context(), Context(flags=[], traps=[]))
print(c.add(1, D('0.00001')), c.subtract(1, 2), c.multiply(D('1.23456'), 2), c.divide(1, 3))
print(c.divide_int(10, 3), c.remainder(10, 3), c.divmod(10, 3), c.power(2, 10), c.power(3, 3, 5))
print(c.sqrt(2), c.exp(1), c.ln(2), c.log10(5), c.abs(-3), c.plus(D('1.234567')), c.minus(3))
print(c.fma(2, 3, 4), c.quantize(D('1.23456'), D('0.01')), c.normalize(D('1.200')),
      c.compare(1, 2), c.max(1, 2), c.min_mag(-1, 2), c.to_sci_string(D('1E+7')),
      c.to_eng_string(D('1E+7')), c.create_decimal('1.234567'), c.create_decimal_from_float(0.1))
print(c.is_zero(0), c.is_signed(-1), c.number_class(D('1E-12')), c.logb(1000), c.scaleb(1, 3),
      c.next_plus(1), c.copy_sign(1, -2), c.copy_abs(-4), c.copy_negate(4),
      c.canonical(D(1)), c.radix(), c.same_quantum(1, 2), c.to_integral_exact(D('2.5')))
print(c.create_decimal(D('123456789')), c.create_decimal('1e100'), c.create_decimal(12345678))
attempt('create_decimal ws', lambda: c.create_decimal(' 1'))
attempt('create_decimal nan payload', lambda: Context(prec=3, traps=[]).create_decimal('NaN12345'))
attempt('ctx.add float', lambda: c.add(1.5, 1))
attempt('ctx.add str', lambda: c.add('1', 1))
print(flags(c))
c.clear_flags()
print(flags(c), c.traps[DivisionByZero], c.flags[Inexact])
c.traps[Inexact] = True
attempt('trapped inexact', lambda: c.divide(1, 3))
print(flags(c))
c.clear_traps()
print(c)
print(c.copy() == c, c.copy() is c, c.flags == c.copy().flags)
for name, val in [('prec', 0), ('prec', 'x'), ('prec', 10 ** 30), ('rounding', 'nope'),
                  ('Emin', 1), ('Emax', -1), ('capitals', 2), ('clamp', -1), ('Emax', 5.0)]:
    attempt('set %s=%r' % (name, val), lambda: setattr(c, name, val))
attempt('flags[int]', lambda: c.flags[1])
attempt('flags[ConversionSyntax]', lambda: c.flags[ConversionSyntax])
attempt('del flags', lambda: c.flags.__delitem__(Inexact))
attempt('traps = {}', lambda: setattr(c, 'traps', {}))
attempt('Context(traps=[1])', lambda: Context(traps=[1]))
attempt('Context bad rounding', lambda: Context(rounding='x'))
print(len(c.flags), list(c.flags)[:3], Inexact in c.flags, c.flags.get(Rounded))
print(c.__reduce__()[1])

print('--- signals raised')
with localcontext() as lc:
    for expr in ['D(1) / 0', 'D(0) / 0', 'D("x")', 'D(1) // 0', 'D(1) % 0', 'divmod(D(5), 0)',
                 'D(10) ** D(999999999)', 'D("1e-999999") / D("1e10")', 'D(2).sqrt() * 0',
                 'D(10).quantize(D("1E-30"))', 'D("sNaN").sqrt()', 'D(1).ln() + D(-1).ln()',
                 'D(1) < D("NaN")']:
        lc.clear_flags()
        attempt(expr, lambda: eval(expr))
        print('   flags:', flags(lc))
    lc.traps[FloatOperation] = True
    attempt('D(1.5) with FloatOperation trap', lambda: D(1.5))
    attempt('D(1) < 1.5 with trap', lambda: D(1) < 1.5)
    attempt('D(1) == 1.5 with trap', lambda: D(1) == 1.5)
    print('   flags:', flags(lc))
    lc.traps[FloatOperation] = False
    lc.traps[InvalidOperation] = False
    lc.traps[DivisionByZero] = False
    print(D(1) / 0, D(0) / 0, D('abc'), D(-1).sqrt(), D('NaN') < 1, flags(lc))
    lc.traps[Underflow] = True
    attempt('underflow trap', lambda: D('1e-999999') / D('1e10'))
    lc.traps[Clamped] = True
    attempt('clamped trap', lambda: D('1e-999999') / D('1e1000'))
for cls in [DivisionByZero, InvalidOperation, Overflow]:
    try:
        with localcontext() as lc:
            if cls is DivisionByZero:
                D(1) / 0
            elif cls is InvalidOperation:
                D(-4).sqrt()
            else:
                D('9e999999') * D(100)
    except ArithmeticError as e:
        print(type(e).__name__, e.args, isinstance(e, cls), isinstance(e, DecimalException))

print('--- localcontext and setcontext')
base = getcontext()
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / 7, getcontext() is lc, getcontext().prec)
print(D(1) / 7, getcontext() is base)
with localcontext(prec=10, rounding=ROUND_DOWN, Emax=99, traps=[Inexact]) as lc:
    print(lc)
    attempt('trapped in local', lambda: D(2) / 3)
with localcontext(ExtendedContext) as lc:
    print(lc.prec, D(1) / 0, D(2) / 3)
attempt('localcontext bad kw', lambda: localcontext(foo=1))
attempt('localcontext bad prec', lambda: localcontext(prec='x'))
attempt('localcontext bad ctx', lambda: localcontext(5))
new = Context(prec=4)
setcontext(new)
print(getcontext() is new, D(2) / 3)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, D(2) / 3)
setcontext(base)
attempt('setcontext(5)', lambda: setcontext(5))

print('--- threads')
import threading
results = []


def worker(p):
    getcontext().prec = p
    results.append((p, str(D(1) / 7), getcontext().prec))


ts = [threading.Thread(target=worker, args=(p,)) for p in (3, 6)]
for t_ in ts:
    t_.start()
    t_.join()
print(results, getcontext().prec)

print('--- big numbers')
with localcontext(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN):
    f = D(1)
    for i in range(1, 3001):
        f *= i
    s = str(f)
    print(len(s), s[:20], s[-5:], f.adjusted())
    print(str(f + 1)[-5:], (f // D(10) ** 7400).adjusted())
big = D('1' * 5000 + 'E-20')
print(len(str(big)), str(big)[:10], big.adjusted(), hash(big) == hash(big + 0))
with localcontext(prec=500):
    pi = D(0)
    # Machin's formula for pi with arctangent series
    def atan_inv(n):
        x = D(1) / n
        n2 = D(n * n)
        total = x
        k = 1
        sign = -1
        term = x
        while True:
            term = term / n2
            add = term / (2 * k + 1)
            if add == 0 or add.adjusted() < -510:
                break
            total += sign * add
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * atan_inv(5) - atan_inv(239))
    print(str(pi)[:60], str(pi)[-10:])
    print(str(D(2).sqrt())[-20:], str(D(1).exp())[-20:], str(D(2).ln())[-20:])

print('--- copy and pickle protocol')
import copy
d = D('3.14')
print(copy.copy(d) is d, copy.deepcopy(d) == d, d.__reduce__(), Context(prec=3).__reduce__()[1][:2])
