"""Decimal fixed and floating point arithmetic (Gilt's decimal).

Written in the Gilt subset of Python on Python ints, so it also runs unchanged on
CPython.  It follows the General Decimal Arithmetic Specification the way CPython
3.11's C module (libmpdec) computes it, digit for digit:

* Decimal from int, str (whitespace, underscores, Unicode digits, 'NaN', 'sNaN',
  'Infinity', payloads), float (exactly; sets FloatOperation), tuple/list, Decimal;
  Decimal.from_float; repr, str, to_eng_string, __format__ (types e E f F g G n %
  and none, fill/align/sign/z/0/width/','/precision; like the C module, no '_'
  or '#'), as_tuple (DecimalTuple),
  as_integer_ratio, real, imag, conjugate, radix, canonical.
* Arithmetic + - * / // % divmod ** (with a modulo too), unary - + and abs(), with
  ints; floats give CPython's TypeError; comparisons with int, float and Decimal
  (NaN rules, FloatOperation); hash() equal to the hash of an equal int or float;
  int(), float(), round(), math.trunc/floor/ceil, bool().
* Methods: quantize, sqrt, exp, ln, log10, logb, scaleb, normalize, adjusted,
  copy_abs, copy_negate, copy_sign, compare, compare_signal, compare_total,
  compare_total_mag, max, min, max_mag, min_mag, fma, remainder_near, the is_*
  predicates, number_class, to_integral(_value/_exact), same_quantum, next_plus,
  next_minus, next_toward, shift, rotate, logical_and/or/xor/invert.
* exp, ln, log10 and sqrt are correctly rounded (ROUND_HALF_EVEN, as libmpdec);
  non-integer powers are computed the way libmpdec does (exp(y*ln(x)) at a
  working precision, then rounded), integer powers by binary exponentiation at
  a working precision, so results match CPython's.
* Context (prec, rounding, Emin, Emax, capitals, clamp, flags, traps, the
  operation methods, create_decimal, create_decimal_from_float, Etiny, Etop,
  copy, clear_flags, clear_traps), the eight ROUND_* modes, the signal
  hierarchy (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
  DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact, InvalidContext,
  Rounded, Subnormal, Overflow, Underflow, FloatOperation) raised with CPython's
  messages, getcontext, setcontext, localcontext (with keyword arguments),
  DefaultContext, BasicContext, ExtendedContext, MAX_PREC and friends.

The current context is per thread, as in CPython: the thread that imports the
module keeps its context in a module global (checked with _thread.get_ident), other
threads get theirs from a threading.local.  Huge contexts work as in CPython
(MAX_PREC for exact big-number arithmetic; an inexact quotient or square root that
would need more than 10**8 digits raises MemoryError, as libmpdec's allocation does).

Differences from CPython: no complex(), no numbers ABCs, no arithmetic or comparison
with fractions.Fraction; 'n' formatting uses the C locale; Gilt's own TypeErrors for
operands of other (user) types name the type 'Decimal' rather than
'decimal.Decimal', and a reflected comparison such as None < Decimal(1) words its
message from Decimal's side.
"""

import _thread

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

# Rounding modes as small ints inside the module.
_R_DOWN = 0
_R_HALF_UP = 1
_R_HALF_EVEN = 2
_R_CEILING = 3
_R_FLOOR = 4
_R_UP = 5
_R_HALF_DOWN = 6
_R_05UP = 7
_ROUND_CODES = {
    ROUND_DOWN: 0, ROUND_HALF_UP: 1, ROUND_HALF_EVEN: 2, ROUND_CEILING: 3,
    ROUND_FLOOR: 4, ROUND_UP: 5, ROUND_HALF_DOWN: 6, ROUND_05UP: 7,
}
_ROUND_NAMES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits.  The nine low bits are the signals, in CPython's signal order;
# the four above them are the finer conditions reported as InvalidOperation.
_S_INVALID = 1
_S_FLOAT = 2
_S_DIVZERO = 4
_S_OVERFLOW = 8
_S_UNDERFLOW = 16
_S_SUBNORMAL = 32
_S_INEXACT = 64
_S_ROUNDED = 128
_S_CLAMPED = 256
_C_CONVERSION = 512
_C_DIVIMPOSSIBLE = 1024
_C_DIVUNDEFINED = 2048
_C_INVCONTEXT = 4096
_C_INVALID_ANY = 1 | 512 | 1024 | 2048 | 4096
_S_ALL = 511

_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
_SIGNAL_BITS = {InvalidOperation: 1, FloatOperation: 2, DivisionByZero: 4,
                Overflow: 8, Underflow: 16, Subnormal: 32, Inexact: 64,
                Rounded: 128, Clamped: 256}
# The order in which a Context's repr lists signals (libmpdec's flag order).
_REPR_ORDER = [(Clamped, 256), (InvalidOperation, 1), (DivisionByZero, 4),
               (Inexact, 64), (FloatOperation, 2), (Overflow, 8),
               (Rounded, 128), (Subnormal, 32), (Underflow, 16)]
# The conditions listed in a trapped signal's message, in CPython's order.
_COND_LIST = [(InvalidOperation, 1), (ConversionSyntax, 512),
              (DivisionImpossible, 1024), (DivisionUndefined, 2048),
              (InvalidContext, 4096), (FloatOperation, 2),
              (DivisionByZero, 4), (Overflow, 8), (Underflow, 16),
              (Subnormal, 32), (Inexact, 64), (Rounded, 128), (Clamped, 256)]

_INVALID_SIGNAL_KEY = ('valid values for signals are:\n'
                       '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                       '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                       '   Clamped]')
_INVALID_ROUNDING = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


def _signal_bits(status):
    """The signal bits of a set of condition bits."""
    if status & 7680:
        return (status & 511) | 1
    return status & 511


def _trap(status, tmask):
    """Raise the exception for the trapped conditions in status."""
    hit = status & tmask
    sig = _signal_bits(hit)
    cls = None
    for c in _SIGNALS:
        if sig & _SIGNAL_BITS[c]:
            cls = c
            break
    conds = []
    for c, bit in _COND_LIST:
        if hit & bit:
            conds.append(c)
    raise cls(conds)


# ---------------------------------------------------------------------------
# Integer helpers

_P10 = [10 ** _i for _i in range(400)]
_P10BIG = {}


def _pow10(n):
    if n < 400:
        return _P10[n]
    v = _P10BIG.get(n)
    if v is None:
        if len(_P10BIG) > 64:
            _P10BIG.clear()
        v = 10 ** n
        _P10BIG[n] = v
    return v


_P17 = 10 ** 17
_P300 = 10 ** 300


def _nd(n):
    """Number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < _P300:
        return len(str(n))
    b = n.bit_length() - 1
    # floor(b * log10(2)) rounded down a little, so a lower bound
    d = (b * 1292913986) >> 32
    # now 10**d <= 2**b <= n, so n has at least d+1 digits
    while n >= _pow10(d + 1):
        d += 1
    return d + 1


def _nd_upper(n):
    """An upper bound for the number of digits of n (exact for small n)."""
    if n < _P17:
        return len(str(n))
    return ((n.bit_length() * 1292913987) >> 32) + 1


def _ge_pow10(q, k):
    """q >= 10**k, without building 10**k for a huge k."""
    if k < 5000:
        return q >= _pow10(k)
    if _nd_upper(q) <= k:
        return False
    return _nd(q) > k


def _istr(n):
    """str(n) for an int n >= 0 of any size (Gilt and CPython limit str(int))."""
    if n < _P_STR_LIMIT:
        return str(n)
    nd = _nd(n)
    half = nd // 2
    hi, lo = divmod(n, _pow10(half))
    s = _istr(lo)
    return _istr(hi) + '0' * (half - len(s)) + s


_P_STR_LIMIT = 10 ** 4000


def _sint(s):
    """int(s) for a string of ASCII digits of any length."""
    n = len(s)
    if n <= 4000:
        return int(s)
    half = n // 2
    return _sint(s[:n - half]) * _pow10(half) + _sint(s[n - half:])


def _strip_zeros(c, limit):
    """Remove up to limit trailing zeros from c > 0: (c, number removed)."""
    if limit <= 0 or c % 10:
        return c, 0
    removed = 0
    step = 16
    while removed < limit:
        k = step
        if k > limit - removed:
            k = limit - removed
        q, r = divmod(c, _pow10(k))
        if r:
            if k == 1:
                break
            step = k // 2 if k > 1 else 1
            continue
        c = q
        removed += k
        if step < 64:
            step *= 2
    return c, removed


def _round_int(c, drop, rnd, sign):
    """c / 10**drop rounded by mode rnd (drop >= 1): (quotient, inexact)."""
    nd = _nd_upper(c)
    if drop > nd:
        if c == 0:
            return 0, False
        q = 0
        cmp = -1          # remainder is less than half
    else:
        q, r = divmod(c, _pow10(drop))
        if r == 0:
            return q, False
        if rnd == 0:
            return q, True
        half = 5 * _pow10(drop - 1)
        cmp = 1 if r > half else (0 if r == half else -1)
    if rnd == 0:            # DOWN
        return q, True
    if rnd == 2:            # HALF_EVEN
        if cmp > 0 or (cmp == 0 and q & 1):
            q += 1
    elif rnd == 1:          # HALF_UP
        if cmp >= 0:
            q += 1
    elif rnd == 6:          # HALF_DOWN
        if cmp > 0:
            q += 1
    elif rnd == 5:          # UP
        q += 1
    elif rnd == 3:          # CEILING
        if not sign:
            q += 1
    elif rnd == 4:          # FLOOR
        if sign:
            q += 1
    else:                   # 05UP
        d = q % 10
        if d == 0 or d == 5:
            q += 1
    return q, True


# ---------------------------------------------------------------------------
# Building and finishing results

_new = object.__new__


def _mk(sign, coeff, exp):
    d = _new(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._sp = False
    return d


def _mkspecial(sign, kind, payload=0):
    """kind: 'F' infinity, 'n' quiet NaN, 'N' signalling NaN."""
    d = _new(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = kind
    d._sp = True
    return d


def _overflow_result(sign, ctx, rnd):
    if (rnd == 1 or rnd == 2 or rnd == 6 or rnd == 5
            or (rnd == 3 and not sign) or (rnd == 4 and sign)):
        return _mkspecial(sign, 'F')
    prec = ctx._prec
    return _mk(sign, _pow10(prec) - 1, ctx._emax - prec + 1)


def _fin_st(sign, c, e, ctx, rnd=-1):
    """Round (sign, c, e) to ctx: (Decimal, condition bits)."""
    prec = ctx._prec
    if c < _P17:
        if c == 0:
            return _fin_zero(sign, e, ctx)
        nd = len(str(c))
    else:
        nu = _nd_upper(c)
        if nu <= prec and e >= ctx._emin and e + nu - 1 <= ctx._emax and (
                not ctx._clamp or e <= ctx._etop):
            return _mk(sign, c, e), 0
        nd = _nd(c)
    adj = e + nd - 1
    if nd > prec and ctx._emin <= adj <= ctx._emax:
        # the common case: round to prec digits, in the normal range
        if rnd < 0:
            rnd = ctx._rnd
        drop = nd - prec
        if drop < 400:
            q, r = divmod(c, _P10[drop])
            if r:
                st = 192    # Inexact | Rounded
                if rnd == 2:
                    half = 5 * _P10[drop - 1]
                    if r > half or (r == half and q & 1):
                        q += 1
                elif rnd != 0:
                    q = _round_up_maybe(q, r, 5 * _P10[drop - 1], rnd, sign)
            else:
                st = _S_ROUNDED
        else:
            q, inexact = _round_int(c, drop, rnd, sign)
            st = 192 if inexact else _S_ROUNDED
        e += drop
        if q >= ctx._pmax and _ge_pow10(q, prec):
            q //= 10
            e += 1
            if e > ctx._etop:
                return _overflow_result(sign, ctx, rnd), (_S_OVERFLOW | _S_INEXACT
                                                          | _S_ROUNDED)
        return _mk(sign, q, e), st
    if nd <= prec and ctx._emin <= adj <= ctx._emax:
        if ctx._clamp and e > ctx._etop:
            return (_mk(sign, c * _pow10(e - ctx._etop), ctx._etop),
                    _S_CLAMPED)
        return _mk(sign, c, e), 0
    return _fin_slow(sign, c, e, ctx, rnd, nd)


def _round_up_maybe(q, r, half, rnd, sign):
    """q rounded by mode rnd when the nonzero remainder r was dropped."""
    if rnd == 1:
        if r >= half:
            return q + 1
    elif rnd == 6:
        if r > half:
            return q + 1
    elif rnd == 5:
        return q + 1
    elif rnd == 3:
        if not sign:
            return q + 1
    elif rnd == 4:
        if sign:
            return q + 1
    elif rnd == 7:
        d = q % 10
        if d == 0 or d == 5:
            return q + 1
    elif rnd == 2:
        if r > half or (r == half and q & 1):
            return q + 1
    return q


def _fin_zero(sign, e, ctx):
    etiny = ctx._emin - ctx._prec + 1
    top = ctx._etop if ctx._clamp else ctx._emax
    if e < etiny:
        return _mk(sign, 0, etiny), _S_CLAMPED
    if e > top:
        return _mk(sign, 0, top), _S_CLAMPED
    return _mk(sign, 0, e), 0


def _fin_slow(sign, c, e, ctx, rnd, nd):
    prec = ctx._prec
    emax = ctx._emax
    emin = ctx._emin
    if rnd < 0:
        rnd = ctx._rnd
    etiny = emin - prec + 1
    etop = emax - prec + 1
    adj = e + nd - 1
    if adj > emax:
        return _overflow_result(sign, ctx, rnd), (_S_OVERFLOW | _S_INEXACT
                                                  | _S_ROUNDED)
    status = 0
    sub = adj < emin
    if sub:
        emn = etiny
    else:
        emn = e + nd - prec
    if e < emn:
        q, inexact = _round_int(c, emn - e, rnd, sign)
        e = emn
        if _ge_pow10(q, prec):
            q //= 10
            e += 1
        status = _S_ROUNDED
        if inexact:
            status |= _S_INEXACT
            if sub:
                status |= _S_UNDERFLOW
                if q == 0:
                    status |= _S_CLAMPED
        if sub:
            status |= _S_SUBNORMAL
        if e > etop:
            return _overflow_result(sign, ctx, rnd), (_S_OVERFLOW | _S_INEXACT
                                                      | _S_ROUNDED)
        return _mk(sign, q, e), status
    if sub:
        status = _S_SUBNORMAL
    if ctx._clamp and e > etop:
        c *= _pow10(e - etop)
        e = etop
        status |= _S_CLAMPED
    return _mk(sign, c, e), status


def _fin(sign, c, e, ctx):
    """Round (sign, c, e) to ctx, recording (and maybe raising) the signals."""
    prec = ctx._prec
    if c and prec < 400:
        nd = len(str(c)) if c < _P17 else _nd(c)
        adj = e + nd - 1
        if nd > prec and ctx._emin <= adj <= ctx._emax and nd < prec + 400:
            # round to prec digits in the normal range
            drop = nd - prec
            p = _P10[drop]
            q = c // p
            r = c - q * p
            e += drop
            if r:
                st = 192    # Inexact | Rounded
                rnd = ctx._rnd
                if rnd == 2:
                    half = 5 * _P10[drop - 1]
                    if r > half or (r == half and q & 1):
                        q += 1
                elif rnd != 0:
                    q = _round_up_maybe(q, r, 5 * _P10[drop - 1], rnd, sign)
                if q >= ctx._pmax:
                    q //= 10
                    e += 1
                    if e > ctx._etop:
                        d, st = _fin_st(sign, c, e - drop - 1, ctx)
                        _signal(ctx, st)
                        return d
            else:
                st = 128    # Rounded
            d = _new(Decimal)
            d._sign = sign
            d._int = q
            d._exp = e
            d._sp = False
            ctx._flags |= st
            if st & ctx._tmask:
                _trap(st, ctx._tmask)
            return d
    d, st = _fin_st(sign, c, e, ctx)
    if st:
        ctx._flags |= st
        if st & ctx._tmask:
            _trap(st, ctx._tmask)
    return d


def _fix_nan(d, ctx):
    """A NaN result: the payload keeps at most prec - clamp digits."""
    p = d._int
    if p:
        keep = ctx._prec - ctx._clamp
        if _nd(p) > keep:
            p = p % _pow10(keep) if keep > 0 else 0
    return _mkspecial(d._sign, 'n', p)


def _nan_result(a, b, ctx):
    """For operands a and b (b may be None): the NaN result if one is a NaN,
    with InvalidOperation recorded for a signalling NaN; else None."""
    ka = a._exp if a._sp else None
    kb = b._exp if (b is not None and b._sp) else None
    if ka == 'N':
        _signal(ctx, _S_INVALID)
        return _fix_nan(a, ctx)
    if kb == 'N':
        _signal(ctx, _S_INVALID)
        return _fix_nan(b, ctx)
    if ka == 'n':
        return _fix_nan(a, ctx)
    if kb == 'n':
        return _fix_nan(b, ctx)
    return None


def _signal(ctx, status):
    ctx._flags |= status
    if status & ctx._tmask:
        _trap(status, ctx._tmask)


def _invalid(ctx, cond=_S_INVALID):
    """Record an invalid operation and return the quiet NaN result."""
    _signal(ctx, cond)
    return _mkspecial(0, 'n')


# ---------------------------------------------------------------------------
# Conversion of strings

def _parse(s, lax=True):
    """Parse a numeric string: (sign, coeff, exp, special) or None if invalid.
    special is False, 'F', 'n' or 'N'.  lax: strip whitespace and ignore
    underscores (Decimal() does, Context.create_decimal does not)."""
    if lax:
        s = s.strip()
    if not s.isascii():
        s = _asciify(s)
        if s is None:
            return None
    if '_' in s:
        if not lax:
            return None
        s = s.replace('_', '')
    n = len(s)
    if n == 0:
        return None
    pos = 0
    sign = 0
    ch = s[0]
    if ch == '-':
        sign = 1
        pos = 1
    elif ch == '+':
        pos = 1
    if pos >= n:
        return None
    ch = s[pos]
    if not (ch.isdigit() or ch == '.'):
        word = s[pos:].lower()
        if word == 'inf' or word == 'infinity':
            return sign, 0, 0, 'F'
        kind = None
        if word.startswith('nan'):
            kind = 'n'
            rest = word[3:]
        elif word.startswith('snan'):
            kind = 'N'
            rest = word[4:]
        else:
            return None
        if rest == '':
            return sign, 0, 0, kind
        if not rest.isdigit():
            return None
        return sign, _sint(rest), 0, kind
    # digits [. digits] [e [sign] digits]
    epos = s.find('e', pos)
    if epos < 0:
        epos = s.find('E', pos)
    if epos >= 0:
        mant = s[pos:epos]
        ex = s[epos + 1:]
        if ex == '':
            return None
        c0 = ex[0]
        if c0 == '+' or c0 == '-':
            if not ex[1:].isdigit():
                return None
        elif not ex.isdigit():
            return None
        exp = int(ex) if len(ex) < 4000 else _bigexp(ex)
    else:
        mant = s[pos:]
        exp = 0
    dot = mant.find('.')
    if dot >= 0:
        ip = mant[:dot]
        fp = mant[dot + 1:]
        if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
            return None
        if not ip and not fp:
            return None
        digits = ip + fp
        exp -= len(fp)
    else:
        if not mant.isdigit():
            return None
        digits = mant
    return sign, _sint(digits), exp, False


def _bigexp(ex):
    neg = ex[0] == '-'
    if ex[0] in '+-':
        ex = ex[1:]
    v = _sint(ex)
    return -v if neg else v


def _asciify(s):
    """Map Unicode decimal digits to ASCII; None if another non-ASCII char."""
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(int(ch)))
        elif ch.isspace():
            return None
        else:
            return None
    return ''.join(out)


def _from_float(cls, f):
    """Exact Decimal of a float (no signals)."""
    if f != f:
        return _mkspecial(0, 'n') if cls is Decimal else cls(_mkspecial(0, 'n'))
    sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
    if f == _INF or f == -_INF:
        r = _mkspecial(sign, 'F')
    else:
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1      # d is a power of two
        r = _mk(sign, n * 5 ** k, -k)
    if cls is not Decimal:
        return cls(r)
    return r


_INF = float('inf')


# ---------------------------------------------------------------------------
# Operand conversion

_NO_RADD_TYPES = (float, str, list, tuple, dict, set, frozenset, bytes,
                  type(None))


def _op_error(op, a, b):
    na = 'decimal.Decimal' if isinstance(a, Decimal) else type(a).__name__
    nb = 'decimal.Decimal' if isinstance(b, Decimal) else type(b).__name__
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, na, nb))


def _conv(other, op, self, reflected):
    """The Decimal for an operator's other operand, or NotImplemented."""
    if type(other) is int:
        if 0 <= other < 256:
            return _SMALL[other]
        return _from_int(other)
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, _NO_RADD_TYPES):
        if op == '*' and isinstance(other, _SEQ_TYPES):
            raise TypeError("can't multiply sequence by non-int of type "
                            "'decimal.Decimal'")
        if reflected:
            if op == '+' and isinstance(other, _SEQ_TYPES):
                if isinstance(other, bytes):
                    raise TypeError("can't concat decimal.Decimal to bytes")
                raise TypeError('can only concatenate %s (not "decimal.Decimal")'
                                ' to %s' % (type(other).__name__,
                                            type(other).__name__))
            raise _op_error(op, other, self)
        raise _op_error(op, self, other)
    return NotImplemented


_SEQ_TYPES = (str, list, tuple, bytes)


def _from_int(v):
    if v < 0:
        return _mk(1, -v, 0)
    return _mk(0, int(v), 0)


def _conv_raise(other):
    """The Decimal for a method's operand (int or Decimal), else TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(other).__name__)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


# ---------------------------------------------------------------------------
# The arithmetic

def _align(ca, ea, cb, eb, prec):
    """Bring b (exponent eb < ea) to a's scale for an addition, replacing
    a far smaller b by a sticky digit: (ca', cb', exponent)."""
    d = ea - eb
    if d > prec + 3 and ca:
        nda = _nd(ca)
        t = ea + nda - prec - 2
        if t > ea - 1:
            t = ea - 1
        if cb == 0:
            if eb < t:
                eb = t
        elif eb + _nd(cb) - 1 < t:
            cb = 1
            eb = t
        d = ea - eb
    if ca:
        ca *= _pow10(d)
    return ca, cb, eb


def _add(a, b, ctx, neg):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        sb = b._sign ^ neg
        if a._sp:
            if b._sp and a._sign != sb:
                return _invalid(ctx)
            return _mkspecial(a._sign, 'F')
        return _mkspecial(sb, 'F')
    sa = a._sign
    sb = b._sign ^ neg
    ea = a._exp
    eb = b._exp
    ca = a._int
    cb = b._int
    if ea == eb:
        e = ea
    elif ea > eb:
        d = ea - eb
        if d < 20:
            ca *= _P10[d]
            e = eb
        else:
            ca, cb, e = _align(ca, ea, cb, eb, ctx._prec)
    else:
        d = eb - ea
        if d < 20:
            cb *= _P10[d]
            e = ea
        else:
            cb, ca, e = _align(cb, eb, ca, ea, ctx._prec)
    if sa == sb:
        c = ca + cb
        s = sa
    else:
        c = ca - cb
        s = sa
        if c < 0:
            c = -c
            s = sb
        elif c == 0:
            s = 1 if ctx._rnd == 4 else 0
    if c < ctx._pmax and ctx._emin <= e <= ctx._etop:
        r = _new(Decimal)
        r._sign = s
        r._int = c
        r._exp = e
        r._sp = False
        return r
    return _fin(s, c, e, ctx)


def _mul(a, b, ctx):
    s = a._sign ^ b._sign
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if (not a._sp and a._int == 0) or (not b._sp and b._int == 0):
            return _invalid(ctx)
        return _mkspecial(s, 'F')
    c = a._int * b._int
    e = a._exp + b._exp
    if c < ctx._pmax and ctx._emin <= e <= ctx._etop:
        r = _new(Decimal)
        r._sign = s
        r._int = c
        r._exp = e
        r._sp = False
        return r
    return _fin(s, c, e, ctx)


def _div(a, b, ctx):
    s = a._sign ^ b._sign
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._sp:
            if b._sp:
                return _invalid(ctx)
            return _mkspecial(s, 'F')
        _signal(ctx, _S_CLAMPED)
        return _mk(s, 0, ctx._emin - ctx._prec + 1)
    cb = b._int
    ca = a._int
    if cb == 0:
        if ca == 0:
            return _invalid(ctx, _C_DIVUNDEFINED)
        _signal(ctx, _S_DIVZERO)
        return _mkspecial(s, 'F')
    ideal = a._exp - b._exp
    if ca == 0:
        return _fin(s, 0, ideal, ctx)
    prec = ctx._prec
    if ca < _P17 and cb < _P17:
        shift = prec + 1 + len(str(cb)) - len(str(ca))
    else:
        shift = prec + 1 + _nd(cb) - _nd(ca)
    if shift > _HUGE_WORK:
        return _div_huge(a, b, ctx)
    if shift >= 0:
        if shift < 400:
            ca *= _P10[shift]
        else:
            ca *= _pow10(shift)
    else:
        cb *= _pow10(-shift)
    q = ca // cb
    r = ca - q * cb
    e = ideal - shift
    if r:
        if prec < 400:
            # q has prec+1 or prec+2 digits and a nonzero tail below them:
            # round it here when the result is in the normal range
            pm = ctx._pmax
            drop = 1 if q < pm * 10 else 2
            p = _P10[drop]
            qq = q // p
            rr = q - qq * p
            rnd = ctx._rnd
            if rnd == 2 or rnd == 1 or rnd == 6:
                if rr >= 5 * _P10[drop - 1]:
                    qq += 1
            elif rnd == 5 or (rnd == 3 and not s) or (rnd == 4 and s):
                qq += 1
            elif rnd == 7:
                d = qq % 10
                if d == 0 or d == 5:
                    qq += 1
            ne = e + drop
            if qq >= pm:
                qq //= 10
                ne += 1
            if ctx._emin <= ne <= ctx._etop:
                res = _new(Decimal)
                res._sign = s
                res._int = qq
                res._exp = ne
                res._sp = False
                ctx._flags |= 192
                if 192 & ctx._tmask:
                    _trap(192, ctx._tmask)
                return res
        if q % 5 == 0:
            q += 1
    elif shift > 0 and q % 10 == 0:
        q, k = _strip_zeros(q, shift)
        e += k
    if q < ctx._pmax and ctx._emin <= e <= ctx._etop:
        r = _new(Decimal)
        r._sign = s
        r._int = q
        r._exp = e
        r._sp = False
        return r
    return _fin(s, q, e, ctx)


_HUGE_WORK = 100000000


def _div_huge(a, b, ctx):
    """A division whose inexact quotient would need more digits than memory
    holds: like libmpdec, retry with a precision that fits an exact quotient,
    and fail with MemoryError when the quotient is not exact."""
    w = _work_ctx(ctx, prec=_nd(a._int) + 4 * _nd(b._int))
    r = _div(a, b, w)
    if w._flags:
        raise MemoryError
    return _fin(r._sign, r._int, r._exp, ctx)


def _divint_parts(a, b, ctx):
    """Integer quotient and remainder of finite a and b != 0:
    (qsign, q, rsign, rcoeff, rexp) or None when the quotient needs more
    than prec digits (DivisionImpossible)."""
    ea = a._exp
    eb = b._exp
    ca = a._int
    cb = b._int
    e = ea if ea < eb else eb
    if ca == 0:
        return (a._sign ^ b._sign, 0, a._sign, 0, e)
    adja = ea + _nd(ca) - 1
    adjb = eb + _nd(cb) - 1
    prec = ctx._prec
    if adja - adjb > prec:
        return None
    if adja < adjb - 1:
        # |a| < |b|: quotient 0, remainder a
        if ea > e:
            ca *= _pow10(ea - e)
        return (a._sign ^ b._sign, 0, a._sign, ca, e)
    if ea > e:
        ca *= _pow10(ea - e)
    if eb > e:
        cb *= _pow10(eb - e)
    q, r = divmod(ca, cb)
    if _ge_pow10(q, prec):
        return None
    return (a._sign ^ b._sign, q, a._sign, r, e)


def _divint(a, b, ctx):
    s = a._sign ^ b._sign
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._sp:
            if b._sp:
                return _invalid(ctx)
            return _mkspecial(s, 'F')
        return _mk(s, 0, 0)
    cb = b._int
    if cb == 0:
        if a._int == 0:
            return _invalid(ctx, _C_DIVUNDEFINED)
        _signal(ctx, _S_DIVZERO)
        return _mkspecial(s, 'F')
    if a._exp == 0 and b._exp == 0:
        q = a._int // cb
        if q < ctx._pmax and ctx._emin <= 0 <= ctx._etop:
            return _mk(s, q, 0)
        if _ge_pow10(q, ctx._prec):
            return _invalid(ctx, _C_DIVIMPOSSIBLE)
        return _fin(s, q, 0, ctx)
    p = _divint_parts(a, b, ctx)
    if p is None:
        return _invalid(ctx, _C_DIVIMPOSSIBLE)
    return _fin(p[0], p[1], 0, ctx)


def _rem(a, b, ctx):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._sp:
            return _invalid(ctx)
        return _fin(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _C_DIVUNDEFINED)
        return _invalid(ctx)
    p = _divint_parts(a, b, ctx)
    if p is None:
        return _invalid(ctx, _C_DIVIMPOSSIBLE)
    return _fin(p[2], p[3], p[4], ctx)


def _divmod(a, b, ctx):
    s = a._sign ^ b._sign
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n, n
        if a._sp:
            if b._sp:
                n = _invalid(ctx)
                return n, n
            n = _invalid(ctx)
            return _mkspecial(s, 'F'), n
        return _mk(s, 0, 0), _fin(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            n = _invalid(ctx, _C_DIVUNDEFINED)
            return n, n
        _signal(ctx, _S_DIVZERO | _S_INVALID)
        return _mkspecial(s, 'F'), _mkspecial(0, 'n')
    p = _divint_parts(a, b, ctx)
    if p is None:
        n = _invalid(ctx, _C_DIVIMPOSSIBLE)
        return n, n
    q, st1 = _fin_st(p[0], p[1], 0, ctx)
    r, st2 = _fin_st(p[2], p[3], p[4], ctx)
    if st1 | st2:
        _signal(ctx, st1 | st2)
    return q, r


def _rem_near(a, b, ctx):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._sp:
            return _invalid(ctx)
        return _fin(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _C_DIVUNDEFINED)
        return _invalid(ctx)
    p = _divint_parts(a, b, ctx)
    if p is None:
        return _invalid(ctx, _C_DIVIMPOSSIBLE)
    q = p[1]
    r = p[3]
    e = p[4]
    rs = a._sign
    if r and (q or _adjusted(a) >= _adjusted(b) - 1):
        # divisor scaled to exponent e
        cb = b._int * _pow10(b._exp - e)
        twice = 2 * r
        if twice > cb or (twice == cb and q & 1):
            r = cb - r
            rs ^= 1
            q += 1
        if _ge_pow10(q, ctx._prec):
            return _invalid(ctx, _C_DIVIMPOSSIBLE)
    return _fin(rs, r, e, ctx)


def _cmp_abs(a, b):
    """Compare |a| and |b| for finite a, b."""
    ea = a._exp
    eb = b._exp
    ca = a._int
    cb = b._int
    if ea == eb:
        return (ca > cb) - (ca < cb)
    if ca == 0 or cb == 0:
        return (ca > cb) - (ca < cb)
    adja = ea + _nd(ca) - 1
    adjb = eb + _nd(cb) - 1
    if adja != adjb:
        return 1 if adja > adjb else -1
    if ea > eb:
        ca *= _pow10(ea - eb)
    else:
        cb *= _pow10(eb - ea)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    """Compare non-NaN a and b: -1, 0 or 1."""
    sa = a._sign
    sb = b._sign
    if a._sp or b._sp:
        if a._sp and b._sp:
            if sa == sb:
                return 0
            return -1 if sa else 1
        if a._sp:
            return -1 if sa else 1
        return 1 if sb else -1
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if sb else -1
    if b._int == 0:
        return -1 if sa else 1
    if sa != sb:
        return -1 if sa else 1
    m = _cmp_abs(a, b)
    return -m if sa else m


_ONE = None     # set after the class exists


def _adjusted(d):
    if d._sp:
        return 0
    return d._exp + _nd(d._int) - 1


# ---------------------------------------------------------------------------
# String forms

def _to_str(d, eng, caps):
    """The scientific (or engineering) string of d."""
    sign = '-' if d._sign else ''
    if d._sp:
        k = d._exp
        if k == 'F':
            return sign + 'Infinity'
        pre = 'NaN' if k == 'n' else 'sNaN'
        if d._int:
            return sign + pre + _istr(d._int)
        return sign + pre
    digits = _istr(d._int)
    exp = d._exp
    n = len(digits)
    left = exp + n          # digits left of the point in plain notation
    if exp <= 0 and left > -6:
        if exp == 0:
            return sign + digits
        if left > 0:
            return sign + digits[:left] + '.' + digits[left:]
        return sign + '0.' + '0' * (-left) + digits
    # exponential notation: the point goes after `dot` digits
    if not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * (-dot) + digits
    elif dot >= n:
        body = digits + '0' * (dot - n)
    else:
        body = digits[:dot] + '.' + digits[dot:]
    e = left - dot
    if e == 0:
        return sign + body
    if e > 0:
        return sign + body + ('E+' if caps else 'e+') + str(e)
    return sign + body + ('E' if caps else 'e') + str(e)


def _group(s, sep, minw):
    """Insert sep every three digits from the right of the digit string s,
    adding leading zeros (and separators) until it is minw characters long."""
    if not sep:
        if len(s) < minw:
            s = '0' * (minw - len(s)) + s
        return s
    groups = []
    while True:
        n = len(s)
        take = n if n > minw else minw
        if take < 1:
            take = 1
        if take > 3:
            take = 3
        if n >= take:
            groups.append(s[n - take:])
            s = s[:n - take]
        else:
            groups.append('0' * (take - n) + s)
            s = ''
        minw -= take
        if not s and minw <= 0:
            break
        minw -= len(sep)
    groups.reverse()
    return sep.join(groups)


def _parse_spec(spec):
    """Parse a format spec: dict of its parts, or raise ValueError."""
    n = len(spec)
    i = 0
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nonegzero = False
    if i < n and spec[i] == 'z':
        nonegzero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
        if align is not None or (i < n and spec[i] == '0'):
            raise ValueError("invalid format string")
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    thousands = ''
    if i < n and spec[i] == ',':
        thousands = ','
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%' or (typ == 'n' and thousands):
            raise ValueError("invalid format string")
    if i != n:
        raise ValueError("invalid format string")
    if zero and align is None:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    return fill, align, sign, nonegzero, zero, width, thousands, prec, typ


def _format(d, spec, ctx):
    fill, align, signopt, nonegzero, zero, width, thousands, prec, typ = \
        _parse_spec(spec)
    caps = ctx._caps
    if typ is None:
        typ = 'G' if caps else 'g'
        if prec is None:
            # the scientific string
            body = _to_str(d, False, caps)
            return _pad_number(d._sign, body.lstrip('-'), fill, align,
                               signopt, width, thousands, zero, nonegzero,
                               d, True)
    if typ == 'n':
        typ = 'g'
    sign = d._sign
    if d._sp:
        body = 'Infinity' if d._exp == 'F' else _to_str(d, False, True).lstrip('-')
        if typ == '%':
            body += '%'
        if zero:
            fill = ' '
            align = '>'
        return _pad(sign, body, fill, align, signopt, width)
    rnd = ctx._rnd
    c = d._int
    e = d._exp
    if typ == '%':
        e += 2
    # round as the type asks
    if typ in 'eE':
        if prec is not None and c:
            c, e = _round_to_digits(c, e, prec + 1, rnd, sign)
            nd = _nd(c)
            if nd < prec + 1:
                c *= _pow10(prec + 1 - nd)
                e -= prec + 1 - nd
    elif typ in 'fF%':
        if prec is not None:
            if e < -prec:
                c, inexact = _round_int(c, -prec - e, rnd, sign)
                e = -prec
            elif e > -prec:
                c *= _pow10(e + prec)
                e = -prec
    else:   # g, G
        if prec is not None:
            if prec == 0:
                prec = 1
            if c and _nd(c) > prec:
                c, e = _round_to_digits(c, e, prec, rnd, sign)
    if c == 0 and e > 0 and typ in 'fF%':
        e = 0
    if c == 0 and nonegzero:
        sign = 0
    digits = _istr(c)
    n = len(digits)
    left = e + n
    if typ in 'eE':
        if c == 0 and prec is not None:
            dot = 1 - prec
        else:
            dot = 1
    elif typ in 'fF%':
        dot = left
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot <= 0:
        ip = '0'
        fp = '0' * (-dot) + digits
    elif dot >= n:
        ip = digits + '0' * (dot - n)
        fp = ''
    else:
        ip = digits[:dot]
        fp = digits[dot:]
    if left == dot:
        expstr = ''
    else:
        ee = left - dot
        expstr = ('E' if typ in 'EG' else 'e') + ('+' if ee >= 0 else '-') \
            + str(abs(ee))
    if typ in 'eE' and expstr == '':
        expstr = ('E' if typ == 'E' else 'e') + '+0'
    frac = ('.' + fp) if fp else ''
    tail = frac + expstr + ('%' if typ == '%' else '')
    return _pad_parts(sign, ip, tail, fill, align, signopt, width, thousands,
                      zero)


def _round_to_digits(c, e, ndig, rnd, sign):
    """Round coefficient c (exponent e) to ndig significant digits."""
    if c == 0:
        return c, e
    nd = _nd(c)
    if nd <= ndig:
        return c, e
    drop = nd - ndig
    q, inexact = _round_int(c, drop, rnd, sign)
    e += drop
    if q >= _pow10(ndig):
        q //= 10
        e += 1
    return q, e


def _sign_str(sign, signopt):
    if sign:
        return '-'
    if signopt == '+':
        return '+'
    if signopt == ' ':
        return ' '
    return ''


def _pad(sign, body, fill, align, signopt, width):
    s = _sign_str(sign, signopt)
    total = len(s) + len(body)
    if total >= width:
        return s + body
    p = width - total
    if align == '<':
        return s + body + fill * p
    if align == '>':
        return fill * p + s + body
    if align == '=':
        return s + fill * p + body
    left = p // 2
    return fill * left + s + body + fill * (p - left)


def _pad_parts(sign, ip, tail, fill, align, signopt, width, thousands, zero):
    s = _sign_str(sign, signopt)
    if zero and fill == '0' and align == '=':
        need = width - len(s) - len(tail)
        ip = _group(ip, thousands, need)
        return s + ip + tail
    if thousands:
        ip = _group(ip, thousands, 0)
    return _pad(sign, ip + tail, fill, align, signopt, width)


def _pad_number(sign, body, fill, align, signopt, width, thousands, zero,
                nonegzero, d, sci):
    if nonegzero and not d._sp and d._int == 0:
        sign = 0
    if thousands or (zero and fill == '0' and align == '='):
        # split the leading digits off the rest
        i = 0
        while i < len(body) and body[i].isdigit():
            i += 1
        if i > 0:
            return _pad_parts(sign, body[:i], body[i:], fill, align,
                              signopt, width, thousands, zero)
    return _pad(sign, body, fill, align, signopt, width)


def _hash_of(d):
    if d._sp:
        if d._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if d._exp == 'n':
            return object.__hash__(d)
        return -314159 if d._sign else 314159
    e = d._exp
    if e >= 0:
        h = d._int * pow(10, e, _HASH_MOD) % _HASH_MOD
    else:
        h = d._int * pow(_HASH_10INV, -e, _HASH_MOD) % _HASH_MOD
    if d._sign:
        h = -h
    if h == -1:
        return -2
    return h


_HASH_MOD = 2305843009213693951
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


# ---------------------------------------------------------------------------
# Decimal

class Decimal:
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_sp')

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        tv = type(value)
        if tv is str:
            p = _parse(value)
            if p is None:
                ctx = _ctx(context)
                _signal(ctx, _C_CONVERSION)
                r = _mkspecial(0, 'n')
            elif p[3]:
                r = _mkspecial(p[0], p[3], p[1])
            else:
                r = _mk(p[0], p[1], p[2])
        elif tv is int or tv is bool:
            r = _from_int(value)
        elif isinstance(value, Decimal):
            if cls is Decimal and tv is Decimal:
                return value
            r = _copy(value)
        elif isinstance(value, int):
            r = _from_int(int(value))
        elif isinstance(value, str):
            return cls.__new__(cls, str(value), context)
        elif isinstance(value, float):
            ctx = _ctx(context)
            _signal(ctx, _S_FLOAT)
            r = _from_float(Decimal, value)
        elif isinstance(value, (tuple, list)):
            r = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal:
            return r
        d = _new(cls)
        d._sign = r._sign
        d._int = r._int
        d._exp = r._exp
        d._sp = r._sp
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(int(f))
            return d if cls is Decimal else cls(d)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        return _from_float(cls, f)

    # -- conversions -------------------------------------------------------

    def __repr__(self):
        return "Decimal('" + _to_str(self, False, getcontext()._caps) + "')"

    def __str__(self):
        if not self._sp and self._exp == 0:
            if self._sign:
                return '-' + _istr(self._int)
            return _istr(self._int)
        return _to_str(self, False, getcontext()._caps)

    def to_eng_string(self, context=None):
        return _to_str(self, True, _ctx(context)._caps)

    def __format__(self, spec, override=None):
        if not isinstance(spec, str):
            raise TypeError("format arg must be str")
        return _format(self, spec, getcontext())

    def __bool__(self):
        return self._sp or self._int != 0

    def __int__(self):
        if self._sp:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        if e >= 0:
            v = self._int * _pow10(e)
        else:
            v = self._int // _pow10(-e) if -e <= _nd_upper(self._int) else 0
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._sp:
            k = self._exp
            if k == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if k == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        e = self._exp
        c = self._int
        if e >= 0 and c < 9007199254740992 and e < 23:
            v = float(c * _P10[e])
        elif e < 0 and c < 9007199254740992 and -e < 23:
            v = c / _P10[-e]
        else:
            return float(_to_str(self, False, True))
        return -v if self._sign else v

    def __floor__(self):
        if self._sp:
            return self.__int__()
        return int(_to_integral(self, getcontext(), _R_FLOOR, False))

    def __ceil__(self):
        if self._sp:
            return self.__int__()
        return int(_to_integral(self, getcontext(), _R_CEILING, False))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            ctx = getcontext()
            return _quantize(self, _mk(0, 1, -n), ctx, ctx._rnd)
        if self._sp:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return int(_to_integral(self, getcontext(), _R_HALF_EVEN, False))

    def __hash__(self):
        return _hash_of(self)

    def as_tuple(self):
        if self._sp:
            k = self._exp
            if k == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            digits = tuple(map(int, _istr(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits, k)
        return DecimalTuple(self._sign, tuple(map(int, _istr(self._int))),
                            self._exp)

    def as_integer_ratio(self):
        if self._sp:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        c = self._int
        e = self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n = c * _pow10(e)
            d = 1
        else:
            # remove common factors of 2 and 5
            k = -e
            c, z = _strip_zeros(c, k)
            k -= z
            d2 = k
            d5 = k
            while d2 and not c & 1:
                c >>= 1
                d2 -= 1
            while d5 and c % 5 == 0:
                c //= 5
                d5 -= 1
            n = c
            d = (1 << d2) * 5 ** d5
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _mk(0, 0, 0)

    def conjugate(self):
        return self

    def radix(self):
        return _mk(0, 10, 0)

    def canonical(self):
        return self

    def adjusted(self):
        if self._sp:
            return 0
        return self._exp + _nd(self._int) - 1

    # -- arithmetic operators ----------------------------------------------

    def __add__(self, other):
        if type(other) is not Decimal:
            other = _conv(other, '+', self, False)
            if other is NotImplemented:
                return other
        if _get_ident() == _main_ident and _main_ctx is not None:
            ctx = _main_ctx
        else:
            ctx = getcontext()
        if (self._exp == other._exp and self._sign == other._sign
                and not self._sp and not other._sp):
            # same exponent and sign: no alignment, no cancellation
            c = self._int + other._int
            e = self._exp
            if c < ctx._pmax and ctx._emin <= e <= ctx._etop:
                r = _new(Decimal)
                r._sign = self._sign
                r._int = c
                r._exp = e
                r._sp = False
                return r
            return _fin(self._sign, c, e, ctx)
        return _add(self, other, ctx, 0)

    def __radd__(self, other):
        other = _conv(other, '+', self, True)
        if other is NotImplemented:
            return other
        return _add(other, self, getcontext(), 0)

    def __sub__(self, other):
        if type(other) is not Decimal:
            other = _conv(other, '-', self, False)
            if other is NotImplemented:
                return other
        if _get_ident() == _main_ident and _main_ctx is not None:
            return _add(self, other, _main_ctx, 1)
        return _add(self, other, getcontext(), 1)

    def __rsub__(self, other):
        other = _conv(other, '-', self, True)
        if other is NotImplemented:
            return other
        return _add(other, self, getcontext(), 1)

    def __mul__(self, other):
        if type(other) is not Decimal:
            other = _conv(other, '*', self, False)
            if other is NotImplemented:
                return other
        if _get_ident() == _main_ident and _main_ctx is not None:
            ctx = _main_ctx
        else:
            ctx = getcontext()
        if self._sp or other._sp:
            return _mul(self, other, ctx)
        c = self._int * other._int
        e = self._exp + other._exp
        if c < ctx._pmax and ctx._emin <= e <= ctx._etop:
            r = _new(Decimal)
            r._sign = self._sign ^ other._sign
            r._int = c
            r._exp = e
            r._sp = False
            return r
        return _fin(self._sign ^ other._sign, c, e, ctx)

    def __rmul__(self, other):
        other = _conv(other, '*', self, True)
        if other is NotImplemented:
            return other
        return _mul(other, self, getcontext())

    def __truediv__(self, other):
        if type(other) is not Decimal:
            other = _conv(other, '/', self, False)
            if other is NotImplemented:
                return other
        if _get_ident() == _main_ident and _main_ctx is not None:
            return _div(self, other, _main_ctx)
        return _div(self, other, getcontext())

    def __rtruediv__(self, other):
        other = _conv(other, '/', self, True)
        if other is NotImplemented:
            return other
        return _div(other, self, getcontext())

    def __floordiv__(self, other):
        other = _conv(other, '//', self, False)
        if other is NotImplemented:
            return other
        return _divint(self, other, getcontext())

    def __rfloordiv__(self, other):
        other = _conv(other, '//', self, True)
        if other is NotImplemented:
            return other
        return _divint(other, self, getcontext())

    def __mod__(self, other):
        other = _conv(other, '%', self, False)
        if other is NotImplemented:
            return other
        return _rem(self, other, getcontext())

    def __rmod__(self, other):
        other = _conv(other, '%', self, True)
        if other is NotImplemented:
            return other
        return _rem(other, self, getcontext())

    def __divmod__(self, other):
        other = _conv(other, 'divmod()', self, False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext())

    def __rdivmod__(self, other):
        other = _conv(other, 'divmod()', self, True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext())

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            other = _conv(other, '** or pow()', self, False)
            if other is NotImplemented:
                return other
            m = _conv(modulo, '** or pow()', self, False)
            if m is NotImplemented:
                return m
            return _powmod(self, other, m, getcontext())
        other = _conv(other, '** or pow()', self, False)
        if other is NotImplemented:
            return other
        return _power(self, other, getcontext())

    def __rpow__(self, other, modulo=None):
        other = _conv(other, '** or pow()', self, True)
        if other is NotImplemented:
            return other
        if modulo is not None:
            m = _conv(modulo, '** or pow()', self, True)
            if m is NotImplemented:
                return m
            return _powmod(other, self, m, getcontext())
        return _power(other, self, getcontext())

    def __neg__(self):
        return _minus(self, getcontext())

    def __pos__(self):
        return _plus(self, getcontext())

    def __abs__(self):
        return _abs(self, getcontext())

    # -- comparisons -------------------------------------------------------

    def __eq__(self, other):
        if type(other) is Decimal:
            if not self._sp and not other._sp and self._exp == other._exp:
                return self._int == other._int and (
                    self._sign == other._sign or self._int == 0)
            o = other
        elif type(other) is int and self._exp == 0 and not self._sp:
            if self._sign:
                return self._int == -other
            return self._int == other
        else:
            o = _conv_cmp(self, other, True)
            if o is NotImplemented:
                return o
        if self._sp or o._sp:
            if _is_nan(self) or _is_nan(o):
                if (self._sp and self._exp == 'N') or (o._sp and o._exp == 'N'):
                    _signal(getcontext(), _S_INVALID)
                return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        if (type(other) is Decimal and not self._sp and not other._sp
                and self._exp == other._exp):
            return self._int != other._int or (
                self._sign != other._sign and self._int != 0)
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        if type(other) is Decimal:
            o = other
        elif type(other) is int and 0 <= other < 256:
            o = _SMALL[other]
        else:
            o = _conv_cmp(self, other, False, op)
            if o is NotImplemented:
                return o
        if self._sp or o._sp:
            if _is_nan(self) or _is_nan(o):
                _signal(getcontext(), _S_INVALID)
                return None
        return _cmp(self, o)

    def __lt__(self, other):
        if (type(other) is Decimal and not self._sp and not other._sp
                and self._exp == other._exp):
            return ((-self._int if self._sign else self._int) <
                    (-other._int if other._sign else other._int))
        r = self._order(other, '<')
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        if (type(other) is Decimal and not self._sp and not other._sp
                and self._exp == other._exp):
            return ((-self._int if self._sign else self._int) <=
                    (-other._int if other._sign else other._int))
        r = self._order(other, '<=')
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        if (type(other) is Decimal and not self._sp and not other._sp
                and self._exp == other._exp):
            return ((-self._int if self._sign else self._int) >
                    (-other._int if other._sign else other._int))
        r = self._order(other, '>')
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        if (type(other) is Decimal and not self._sp and not other._sp
                and self._exp == other._exp):
            return ((-self._int if self._sign else self._int) >=
                    (-other._int if other._sign else other._int))
        r = self._order(other, '>=')
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    # -- predicates --------------------------------------------------------

    def is_nan(self):
        return self._sp and self._exp != 'F'

    def is_qnan(self):
        return self._sp and self._exp == 'n'

    def is_snan(self):
        return self._sp and self._exp == 'N'

    def is_infinite(self):
        return self._sp and self._exp == 'F'

    def is_finite(self):
        return not self._sp

    def is_zero(self):
        return not self._sp and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._sp or self._int == 0:
            return False
        return _adjusted(self) >= _ctx(context)._emin

    def is_subnormal(self, context=None):
        if self._sp or self._int == 0:
            return False
        return _adjusted(self) < _ctx(context)._emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._sp:
            k = self._exp
            if k == 'n':
                return 'NaN'
            if k == 'N':
                return 'sNaN'
            return '-Infinity' if self._sign else '+Infinity'
        if self._int == 0:
            return '-Zero' if self._sign else '+Zero'
        if _adjusted(self) < ctx._emin:
            return '-Subnormal' if self._sign else '+Subnormal'
        return '-Normal' if self._sign else '+Normal'

    # -- methods -----------------------------------------------------------

    def copy_abs(self):
        return _copy(self, 0)

    def copy_negate(self):
        return _copy(self, self._sign ^ 1)

    def copy_sign(self, other, context=None):
        other = _conv_raise(other)
        return _copy(self, other._sign)

    def compare(self, other, context=None):
        return _compare(self, _conv_raise(other), _ctx(context), False)

    def compare_signal(self, other, context=None):
        return _compare(self, _conv_raise(other), _ctx(context), True)

    def compare_total(self, other, context=None):
        return _compare_total(self, _conv_raise(other), False)

    def compare_total_mag(self, other, context=None):
        return _compare_total(self, _conv_raise(other), True)

    def max(self, other, context=None):
        return _maxmin(self, _conv_raise(other), _ctx(context), 1, False)

    def min(self, other, context=None):
        return _maxmin(self, _conv_raise(other), _ctx(context), -1, False)

    def max_mag(self, other, context=None):
        return _maxmin(self, _conv_raise(other), _ctx(context), 1, True)

    def min_mag(self, other, context=None):
        return _maxmin(self, _conv_raise(other), _ctx(context), -1, True)

    def fma(self, other, third, context=None):
        return _fma(self, _conv_raise(other), _conv_raise(third),
                    _ctx(context))

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        if type(exp) is not Decimal:
            exp = _conv_raise(exp)
        return _quantize(self, exp, ctx, _rnd_arg(rounding, ctx))

    def same_quantum(self, other, context=None):
        other = _conv_raise(other)
        if self._sp or other._sp:
            if self._sp and other._sp:
                return (self._exp == 'F') == (other._exp == 'F')
            return False
        return self._exp == other._exp

    def normalize(self, context=None):
        return _normalize(self, _ctx(context))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _to_integral(self, ctx, _rnd_arg(rounding, ctx), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _to_integral(self, ctx, _rnd_arg(rounding, ctx), True)

    def remainder_near(self, other, context=None):
        return _rem_near(self, _conv_raise(other), _ctx(context))

    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def exp(self, context=None):
        return _exp_op(self, _ctx(context))

    def ln(self, context=None):
        return _ln_op(self, _ctx(context))

    def log10(self, context=None):
        return _log10_op(self, _ctx(context))

    def logb(self, context=None):
        return _logb(self, _ctx(context))

    def scaleb(self, other, context=None):
        return _scaleb(self, _conv_raise(other), _ctx(context))

    def next_plus(self, context=None):
        return _next(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        return _next_toward(self, _conv_raise(other), _ctx(context))

    def shift(self, other, context=None):
        return _shift(self, _conv_raise(other), _ctx(context), False)

    def rotate(self, other, context=None):
        return _shift(self, _conv_raise(other), _ctx(context), True)

    def logical_and(self, other, context=None):
        return _logical(self, _conv_raise(other), _ctx(context), 0)

    def logical_or(self, other, context=None):
        return _logical(self, _conv_raise(other), _ctx(context), 1)

    def logical_xor(self, other, context=None):
        return _logical(self, _conv_raise(other), _ctx(context), 2)

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return _logical(self, _mk(0, _pow10(ctx._prec) // 9, 0), ctx, 2)


def _copy(d, sign=None):
    r = _new(Decimal)
    r._sign = d._sign if sign is None else sign
    r._int = d._int
    r._exp = d._exp
    r._sp = d._sp
    return r


def _is_nan(d):
    return d._sp and d._exp != 'F'


def _rnd_arg(rounding, ctx):
    if rounding is None:
        return ctx._rnd
    r = _ROUND_CODES.get(rounding) if isinstance(rounding, str) else None
    if r is None:
        raise TypeError(_INVALID_ROUNDING)
    return r


def _conv_cmp(self, other, equality, op='=='):
    """The Decimal to compare with, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, float):
        ctx = getcontext()
        if equality:
            ctx._flags |= _S_FLOAT
        else:
            _signal(ctx, _S_FLOAT)
        return _from_float(Decimal, other)
    if not equality and isinstance(other, _NO_RADD_TYPES):
        raise TypeError("'%s' not supported between instances of "
                        "'decimal.Decimal' and '%s'"
                        % (op, type(other).__name__))
    return NotImplemented


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t[0], t[1], t[2]
    if not (isinstance(sign, int) and (sign == 0 or sign == 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == 'F':
            return _mkspecial(sign, 'F')
        if exp != 'n' and exp != 'N':
            raise ValueError("string argument in the third position must "
                             "be 'F', 'n' or 'N'")
        kind = exp
        exp = None
    elif isinstance(exp, int):
        kind = None
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    chars = []
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        chars.append(chr(48 + dg))
    c = _sint(''.join(chars)) if chars else 0
    if kind is not None:
        return _mkspecial(sign, kind, c)
    return _mk(sign, c, int(exp))


# ---------------------------------------------------------------------------
# More operations

def _plus(a, ctx):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _copy(a)
    s = a._sign
    if a._int == 0 and ctx._rnd != 4:
        s = 0
    return _fin(s, a._int, a._exp, ctx)


def _minus(a, ctx):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _copy(a, a._sign ^ 1)
    if a._int == 0 and ctx._rnd != 4:
        s = 0
    else:
        s = a._sign ^ 1
    return _fin(s, a._int, a._exp, ctx)


def _abs(a, ctx):
    if a._sign:
        return _minus(a, ctx)
    return _plus(a, ctx)


def _compare(a, b, ctx, signal):
    if a._sp or b._sp:
        if _is_nan(a) or _is_nan(b):
            if signal:
                _signal(ctx, _S_INVALID)
                na = a if _is_nan(a) else b
                if a._sp and a._exp == 'N':
                    na = a
                elif b._sp and b._exp == 'N':
                    na = b
                return _fix_nan(na, ctx)
            return _nan_result(a, b, ctx)
    return _from_int(_cmp(a, b))


def _total_key_cmp(a, b):
    """compare_total for a, b of the same sign (as if positive)."""
    ra = 0 if not a._sp else (1 if a._exp == 'F' else (2 if a._exp == 'N' else 3))
    rb = 0 if not b._sp else (1 if b._exp == 'F' else (2 if b._exp == 'N' else 3))
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 0:
        c = _cmp_abs(a, b)
        if c:
            return c
        if a._exp == b._exp:
            return 0
        return -1 if a._exp < b._exp else 1
    if ra == 1:
        return 0
    pa = a._int
    pb = b._int
    return (pa > pb) - (pa < pb)


def _compare_total(a, b, mag):
    sa = 0 if mag else a._sign
    sb = 0 if mag else b._sign
    if sa != sb:
        return _mk(1, 1, 0) if sa else _mk(0, 1, 0)
    c = _total_key_cmp(a, b)
    if sa:
        c = -c
    return _from_int(c)


def _maxmin(a, b, ctx, want, mag):
    if a._sp or b._sp:
        an = _is_nan(a)
        bn = _is_nan(b)
        if an or bn:
            if (a._sp and a._exp == 'N') or (b._sp and b._exp == 'N'):
                return _nan_result(a, b, ctx)
            if an and bn:
                return _fix_nan(a, ctx)
            if an:
                return _fin_any(b, ctx)
            return _fin_any(a, ctx)
    if mag:
        c = _cmp_abs_any(a, b)
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _total_cmp_int(a, b)
    if want > 0:
        r = b if c < 0 else a
    else:
        r = a if c < 0 else b
    return _fin_any(r, ctx)


def _total_cmp_int(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _total_key_cmp(a, b)
    return -c if a._sign else c


def _cmp_abs_any(a, b):
    if a._sp or b._sp:
        ia = a._sp
        ib = b._sp
        if ia and ib:
            return 0
        return 1 if ia else -1
    return _cmp_abs(a, b)


def _fin_any(d, ctx):
    if d._sp:
        return _copy(d)
    return _fin(d._sign, d._int, d._exp, ctx)


def _fma(a, b, c, ctx):
    if a._sp or b._sp or c._sp:
        for x in (a, b, c):
            if x._sp and x._exp == 'N':
                _signal(ctx, _S_INVALID)
                return _fix_nan(x, ctx)
        for x in (a, b, c):
            if x._sp and x._exp == 'n':
                return _fix_nan(x, ctx)
        if a._sp or b._sp:
            if (not a._sp and a._int == 0) or (not b._sp and b._int == 0):
                return _invalid(ctx)
            prod = _mkspecial(a._sign ^ b._sign, 'F')
        else:
            prod = _mk(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
        return _add(prod, c, ctx, 0)
    prod = _mk(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(prod, c, ctx, 0)


def _quantize(a, b, ctx, rnd):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._sp and b._sp:
            return _copy(a)
        return _invalid(ctx)
    be = b._exp
    prec = ctx._prec
    if be > ctx._emax or be < ctx._emin - prec + 1:
        return _invalid(ctx)
    c = a._int
    s = a._sign
    if c == 0:
        return _fin(s, 0, be, ctx)
    ae = a._exp
    diff = ae - be
    if prec < 400 and c < _P17 and -400 < diff < 17 and ctx._emin <= be <= ctx._etop:
        # the common case: small coefficient, result in the normal range
        if diff >= 0:
            c *= _P10[diff]
            st = 0
        else:
            p = _P10[-diff]
            q = c // p
            r = c - q * p
            if r:
                st = 192
                if rnd == 2:
                    half = 5 * _P10[-diff - 1]
                    if r > half or (r == half and q & 1):
                        q += 1
                elif rnd != 0:
                    q = _round_up_maybe(q, r, 5 * _P10[-diff - 1], rnd, s)
            else:
                st = 128
            c = q
        if c >= ctx._pmax:
            return _invalid(ctx)
        d = _new(Decimal)
        d._sign = s
        d._int = c
        d._exp = be
        d._sp = False
        if st:
            ctx._flags |= st
            if st & ctx._tmask:
                _trap(st, ctx._tmask)
        return d
    status = 0
    if diff >= 0:
        if c < _P17 and diff < 17:
            c *= _P10[diff]
            if c >= ctx._pmax and _ge_pow10(c, prec):
                return _invalid(ctx)
        else:
            if _nd(c) + diff > prec:
                return _invalid(ctx)
            c *= _pow10(diff)
    else:
        if _nd_upper(c) + diff > prec and _nd(c) + diff > prec:
            return _invalid(ctx)
        c, inexact = _round_int(c, -diff, rnd, s)
        if _ge_pow10(c, prec):
            return _invalid(ctx)
        status = _S_ROUNDED
        if inexact:
            status = _S_ROUNDED | _S_INEXACT
    if c and be + _nd(c) - 1 > ctx._emax:
        return _invalid(ctx)
    d, st = _fin_st(s, c, be, ctx, rnd)
    st |= status
    if st:
        _signal(ctx, st)
    return d


def _normalize(a, ctx):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _copy(a)
    d = _fin(a._sign, a._int, a._exp, ctx)
    if d._sp:
        return d
    if d._int == 0:
        return _mk(d._sign, 0, 0)
    top = (ctx._emax - ctx._prec + 1) if ctx._clamp else ctx._emax
    c, k = _strip_zeros(d._int, top - d._exp)
    return _mk(d._sign, c, d._exp + k)


def _to_integral(a, ctx, rnd, exact):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _copy(a)
    e = a._exp
    if e >= 0:
        return _copy(a)
    if a._int == 0:
        return _mk(a._sign, 0, 0)
    q, inexact = _round_int(a._int, -e, rnd, a._sign)
    if exact:
        _signal(ctx, (_S_ROUNDED | _S_INEXACT) if inexact else _S_ROUNDED)
    return _mk(a._sign, q, 0)


def _logb(a, ctx):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _mkspecial(0, 'F')
    if a._int == 0:
        _signal(ctx, _S_DIVZERO)
        return _mkspecial(1, 'F')
    adj = _adjusted(a)
    if adj < 0:
        return _fin(1, -adj, 0, ctx)
    return _fin(0, adj, 0, ctx)


def _scaleb(a, b, ctx):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    if b._sp or b._exp != 0:
        return _invalid(ctx)
    n = -b._int if b._sign else b._int
    lim = 2 * (ctx._emax + ctx._prec)
    if n > lim or n < -lim:
        return _invalid(ctx)
    if a._sp:
        return _copy(a)
    return _fin(a._sign, a._int, a._exp + n, ctx)


def _work_ctx(ctx, prec=None, rnd=None, clamp=None):
    """A trap-less copy of ctx with prec/rounding/clamp changed."""
    w = _new(Context)
    w._prec = ctx._prec if prec is None else prec
    w._rnd = ctx._rnd if rnd is None else rnd
    w._emin = ctx._emin
    w._emax = ctx._emax
    w._caps = ctx._caps
    w._clamp = ctx._clamp if clamp is None else clamp
    w._flags = 0
    w._traps = 0
    w._tmask = 0
    w._setup()
    return w


def _max_ctx(prec):
    w = _new(Context)
    w._prec = prec
    w._rnd = _R_HALF_EVEN
    w._emin = MIN_EMIN
    w._emax = MAX_EMAX
    w._caps = 1
    w._clamp = 0
    w._flags = 0
    w._traps = 0
    w._tmask = 0
    w._setup()
    return w


def _next(a, ctx, direction):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if direction > 0:
            if a._sign:
                p = ctx._prec
                return _mk(1, _pow10(p) - 1, ctx._emax - p + 1)
            return _copy(a)
        if not a._sign:
            p = ctx._prec
            return _mk(0, _pow10(p) - 1, ctx._emax - p + 1)
        return _copy(a)
    w = _work_ctx(ctx, rnd=_R_CEILING if direction > 0 else _R_FLOOR)
    d = _fin(a._sign, a._int, a._exp, w)
    if d._sp or _cmp(d, a) != 0:
        return d
    etiny = ctx._emin - ctx._prec + 1
    return _add(a, _mk(0 if direction > 0 else 1, 1, etiny - 1), w, 0)


def _next_toward(a, b, ctx):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    c = _cmp(a, b)
    if c == 0:
        return _copy(a, b._sign)
    r = _next(a, ctx, 1 if c < 0 else -1)
    if r._sp:
        _signal(ctx, _S_OVERFLOW | _S_INEXACT | _S_ROUNDED)
    elif _adjusted(r) < ctx._emin:
        st = _S_UNDERFLOW | _S_SUBNORMAL | _S_INEXACT | _S_ROUNDED
        if r._int == 0:
            st |= _S_CLAMPED
        _signal(ctx, st)
    return r


def _shift(a, b, ctx, rotate):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    if b._sp or b._exp != 0:
        return _invalid(ctx)
    prec = ctx._prec
    n = -b._int if b._sign else b._int
    if n > prec or n < -prec:
        return _invalid(ctx)
    if a._sp:
        return _copy(a)
    c = a._int
    full = _pow10(prec)
    if c >= full:
        c %= full
    if rotate:
        if n < 0:
            n += prec
        if n:
            hi, lo = divmod(c, _pow10(prec - n))
            c = lo * _pow10(n) + hi
    elif n > 0:
        c = (c * _pow10(n)) % full
    elif n < 0:
        c //= _pow10(-n)
    return _mk(a._sign, c, a._exp)


def _logical(a, b, ctx, op):
    if (a._sp or b._sp or a._sign or b._sign or a._exp != 0 or b._exp != 0):
        return _invalid(ctx)
    sa = _istr(a._int)
    sb = _istr(b._int)
    for ch in sa:
        if ch != '0' and ch != '1':
            return _invalid(ctx)
    for ch in sb:
        if ch != '0' and ch != '1':
            return _invalid(ctx)
    prec = ctx._prec
    if len(sa) > prec:
        sa = sa[len(sa) - prec:]
    if len(sb) > prec:
        sb = sb[len(sb) - prec:]
    n = len(sa) if len(sa) > len(sb) else len(sb)
    if op == 2 and n < prec and b._int == _pow10(prec) // 9:
        n = prec
    sa = '0' * (n - len(sa)) + sa
    sb = '0' * (n - len(sb)) + sb
    out = []
    for i in range(n):
        x = sa[i] == '1'
        y = sb[i] == '1'
        if op == 0:
            r = x and y
        elif op == 1:
            r = x or y
        else:
            r = x != y
        out.append('1' if r else '0')
    return _mk(0, int(''.join(out)), 0)


# ---------------------------------------------------------------------------
# Square root, exp, ln, log10

def _sqrt(a, ctx):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return _copy(a)
    e = a._exp
    ideal = e // 2
    if a._int == 0:
        return _fin(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    c = a._int
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx._prec
    nd = _nd(c)
    if prec > _HUGE_WORK:
        w = _work_ctx(ctx, prec=nd)
        r = _sqrt(a, w)
        if w._flags & _S_INEXACT:
            raise MemoryError
        return _fin(r._sign, r._int, r._exp, ctx)
    # want the root to have at least prec + 1 digits
    s = prec + 1 - (nd + 1) // 2
    rest = False
    if s >= 0:
        n = c * _pow10(2 * s)
    else:
        n, r = divmod(c, _pow10(-2 * s))
        rest = r != 0
    q = _isqrt(n)
    re = e // 2 - s
    if q * q == n and not rest:
        if re < ideal:
            q, k = _strip_zeros(q, ideal - re)
            re += k
        return _fin_rnd(0, q, re, ctx, _R_HALF_EVEN, 0)
    if q % 5 == 0:
        q += 1
    return _fin_rnd(0, q, re, ctx, _R_HALF_EVEN, _S_INEXACT | _S_ROUNDED)


def _fin_rnd(sign, c, e, ctx, rnd, extra):
    d, st = _fin_st(sign, c, e, ctx, rnd)
    st |= extra
    if st:
        _signal(ctx, st)
    return d


def _isqrt(n):
    """floor(sqrt(n)) for an int n >= 0."""
    if n < 4503599627370496:
        r = int(n ** 0.5)
        while r * r > n:
            r -= 1
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r
    # Newton's iteration from an estimate above the root
    b = n.bit_length()
    x = 1 << ((b + 1) // 2 + 1)
    if b > 120:
        # start from the root of the top bits
        shift = (b - 100) // 2 * 2
        top = _isqrt(n >> shift)
        x = (top + 1) << (shift // 2)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


try:
    import math as _math
    if hasattr(_math, 'isqrt'):
        _isqrt = _math.isqrt
except ImportError:
    pass


def _exp_fixed(x, p):
    """About e**(x / 10**p) * 10**p for |x| <= 1.2 * 10**p (error < 10)."""
    # argument reduction by 2**k, then Taylor series, then squaring
    k = 4
    while k * k < p * 3:
        k += 1
    g = (k * 3) // 10 + 6
    P = p + g
    M = _pow10(P)
    y = (x * _pow10(g)) >> k
    s = M
    t = M
    i = 1
    while t:
        t = t * y
        if t >= 0:
            t = t // (M * i)
        else:
            t = -((-t) // (M * i))
        s += t
        i += 1
    for _ in range(k):
        s = s * s // M
    return s // _pow10(g)


def _ln_fixed(x, p):
    """About ln(x / 10**p) * 10**p for 10**(p-1) <= x <= 10**(p+1)."""
    k = 3
    while k * k < p * 2:
        k += 1
    g = (k * 3) // 10 + 6
    P = p + g
    M = _pow10(P)
    y = x * _pow10(g)
    for _ in range(k):
        y = _isqrt(y * M)
    neg = y < M
    if neg:
        z = (M - y) * M // (y + M)
    else:
        z = (y - M) * M // (y + M)
    # atanh series: ln(y) = 2 * (z + z**3/3 + z**5/5 + ...)
    z2 = z * z // M
    s = z
    t = z
    i = 3
    while t:
        t = t * z2 // M
        s += t // i
        i += 2
    s = (s << (k + 1)) // _pow10(g)
    return -s if neg else s


_LN10 = [0, 0]      # digits, value of ln(10) * 10**digits


def _ln10(p):
    if _LN10[0] >= p:
        return _LN10[1] // _pow10(_LN10[0] - p)
    q = p + 10
    v = _ln_fixed(10 * _pow10(q), q)
    _LN10[0] = q
    _LN10[1] = v
    return v // _pow10(10)


def _fixed_of(a, p):
    """a (finite Decimal) times 10**p, truncated toward zero (sign applied)."""
    e = a._exp + p
    if e >= 0:
        v = a._int * _pow10(e)
    else:
        v = a._int // _pow10(-e) if -e <= _nd_upper(a._int) else 0
    return -v if a._sign else v


def _ziv(sign, y, err, e, ctx):
    """Round the approximation (y +- err) * 10**e with HALF_EVEN if both ends
    round alike: the result, else None."""
    lo, s1 = _fin_st(sign, y - err, e, ctx, _R_HALF_EVEN)
    hi, s2 = _fin_st(sign, y + err, e, ctx, _R_HALF_EVEN)
    if lo._sp or hi._sp:
        if lo._sp and hi._sp:
            return lo, s1 | s2
        return None
    if lo._int == hi._int and lo._exp == hi._exp:
        return lo, s1 | s2
    return None


def _exp_op(a, ctx):
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _mk(0, 0, 0)
        return _mkspecial(0, 'F')
    if a._int == 0:
        return _fin(0, 1, 0, ctx)
    d, st = _exp_core(a, ctx)
    _signal(ctx, st)
    return d


def _exp_core(a, ctx):
    """Correctly rounded exp of a finite nonzero a: (Decimal, status)."""
    prec = ctx._prec
    if prec > _HUGE_WORK:
        return _mkspecial(0, 'n'), _S_INVALID
    adj = _adjusted(a)
    if adj < -(prec + 2):
        # e**x is 1 + x + ..., within 10**-(prec+1) of 1
        P = prec + 3
        y = _pow10(P)
        if a._sign:
            d, st = _fin_st(0, y * 10 - 1, -(P + 1), ctx, _R_HALF_EVEN)
        else:
            d, st = _fin_st(0, y * 10 + 1, -(P + 1), ctx, _R_HALF_EVEN)
        return d, st | _S_INEXACT | _S_ROUNDED
    if adj >= 20:
        if a._sign:
            d, st = _fin_st(0, 1, ctx._emin - prec - 1, ctx, _R_HALF_EVEN)
        else:
            d, st = _fin_st(0, 1, ctx._emax + 1, ctx, _R_HALF_EVEN)
        return d, st | _S_INEXACT | _S_ROUNDED
    p = prec + 6
    while True:
        # x = n * ln(10) + r
        extra = adj + 3 if adj > 0 else 3
        q = p + extra
        xf = _fixed_of(a, q)
        l10 = _ln10(q)
        n = (2 * xf + l10) // (2 * l10)
        r = xf - n * l10
        r = r // _pow10(extra) if r >= 0 else -((-r) // _pow10(extra))
        y = _exp_fixed(r, p)
        got = _ziv(0, y, 20, n - p, ctx)
        if got is not None:
            return got[0], got[1] | _S_INEXACT | _S_ROUNDED
        p += p // 2 + 4


def _log_special(a, ctx):
    """ln's and log10's result for a NaN, an infinity, a zero or a negative a; None
    for a finite positive a."""
    if a._sp:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return _mkspecial(0, 'F')
    if a._int == 0:
        return _mkspecial(1, 'F')
    if a._sign:
        return _invalid(ctx)
    return None


def _ln_op(a, ctx):
    d = _log_special(a, ctx)
    if d is not None:
        return d
    if _is_one(a):
        return _mk(0, 0, 0)
    d, st = _ln_core(a, ctx, False)
    _signal(ctx, st)
    return d


def _is_one(a):
    """Whether the finite a equals 1 (any exponent, sign ignored)."""
    e = a._exp
    if e >= 0:
        return e == 0 and a._int == 1
    if _nd_upper(a._int) < 1 - e:
        return False
    return a._int == _pow10(-e)


def _ln_core(a, ctx, log10):
    """Correctly rounded ln (or log10) of a finite positive a != 1."""
    prec = ctx._prec
    if prec > _HUGE_WORK:
        return _mkspecial(0, 'n'), _S_INVALID
    adj = _adjusted(a)
    # how close a is to 1 decides how many extra digits are needed
    extra = 0
    if adj == 0 or adj == -1:
        one = _mk(0, 1, 0)
        dd = _add(a, one, _max_ctx(MAX_PREC), 1)
        da = _adjusted(dd)
        if da < 0:
            extra = -da
    p = prec + 6 + extra
    while True:
        if adj == 0 or adj == -1:
            g = 3
            xf = _fixed_of(a, p + g)
            L = _ln_fixed(xf, p + g)
        else:
            g = len(str(abs(adj))) + 3
            c = a._int
            nd = _nd(c)
            m = _mk(0, c, 1 - nd)       # in [1, 10)
            xf = _fixed_of(m, p + g)
            L = _ln_fixed(xf, p + g) + adj * _ln10(p + g)
        if log10:
            L = L * _pow10(p + g) // _ln10(p + g)
        L = L // _pow10(g) if L >= 0 else -((-L) // _pow10(g))
        sign = 0
        if L < 0:
            sign = 1
            L = -L
        if _nd(L) >= prec + 3:
            got = _ziv(sign, L, 20, -p, ctx)
            if got is not None:
                return got[0], got[1] | _S_INEXACT | _S_ROUNDED
        p += p // 2 + 4


def _log10_op(a, ctx):
    d = _log_special(a, ctx)
    if d is not None:
        return d
    c, k = _strip_zeros(a._int, _nd(a._int))
    if c == 1:
        adj = a._exp + k
        return _fin(1 if adj < 0 else 0, abs(adj), 0, ctx)
    d, st = _ln_core(a, ctx, True)
    _signal(ctx, st)
    return d


# ---------------------------------------------------------------------------
# Powers

def _is_integer(d):
    if d._sp:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % _pow10(-d._exp) == 0 if -d._exp <= _nd_upper(d._int) else False


def _int_value(d):
    """The integer value of an integral finite Decimal (sign applied)."""
    e = d._exp
    if e >= 0:
        v = d._int * _pow10(e)
    else:
        v = d._int // _pow10(-e)
    return -v if d._sign else v


def _is_odd_int(d):
    e = d._exp
    if e > 0:
        return False
    if e == 0:
        return d._int & 1 == 1
    return (d._int // _pow10(-e)) & 1 == 1


def _power(a, b, ctx):
    if a._sp or b._sp:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    intexp = _is_integer(b)
    rsign = 0
    if intexp and a._sign and _is_odd_int(b):
        rsign = 1
    if not a._sp and a._int == 0:
        if not b._sp and b._int == 0:
            return _invalid(ctx)
        if b._sign:
            return _mkspecial(rsign, 'F')
        return _mk(rsign, 0, 0)
    if a._sign:
        if not intexp:
            return _invalid(ctx)
    if b._sp:
        # infinite exponent, a > 0
        if a._sp:
            c = 1
        elif _is_one(a):
            p = ctx._prec - 1
            _signal(ctx, _S_INEXACT | _S_ROUNDED)
            return _mk(rsign, _pow10(p), -p)
        else:
            c = _cmp(a, _mk(0, 1, 0))
        if b._sign:
            c = -c
        if c < 0:
            return _mk(rsign, 0, 0)
        return _mkspecial(rsign, 'F')
    if a._sp:
        if b._int == 0:
            return _mk(rsign, 1, 0)
        if b._sign:
            return _mk(rsign, 0, 0)
        return _mkspecial(rsign, 'F')
    if b._int == 0:
        return _mk(rsign, 1, 0)
    # |a| == 1
    if _is_one(_copy(a, 0)):
        prec = ctx._prec
        if intexp:
            if b._sign:
                return _mk(rsign, 1, 0)
            if a._exp == 0:
                shift = 0
            elif _adjusted(b) > 18:
                shift = prec
            else:
                shift = _int_value(b) * -a._exp
            st = 0
            if shift > prec - 1:
                shift = prec - 1
                st = _S_ROUNDED
            if st:
                _signal(ctx, st)
            return _mk(rsign, _pow10(shift), -shift)
        _signal(ctx, _S_INEXACT | _S_ROUNDED)
        return _mk(rsign, _pow10(prec - 1), 1 - prec)
    r = _pow_bounds(a, b, rsign, ctx)
    if r is not None:
        return r
    if intexp:
        return _pow_int(a, b, rsign, ctx)
    return _pow_real(a, b, ctx)


def _exp_digits(n):
    return len(str(abs(n)))


def _pow_bounds(x, y, rsign, ctx):
    """libmpdec's test for a certain overflow or underflow of x**y."""
    lb_theta = _adjusted(y)
    t = _adjusted(x)
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        dd = _add(_copy(x, 0), _mk(0, 1, 0), _max_ctx(MAX_PREC), 1)
        u = _adjusted(dd)
        lb_zeta = u - 2 if t == 0 else u - 1
    sign = (1 if t < 0 else 0) ^ y._sign
    if sign == 0:
        if _exp_digits(ctx._emax) < lb_zeta + lb_theta:
            d, st = _fin_st(rsign, 1, ctx._emax + 1, ctx)
            _signal(ctx, st)
            return d
    else:
        etiny = ctx._emin - ctx._prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            d, st = _fin_st(rsign, 1, etiny - 1, ctx)
            _signal(ctx, st)
            return d
    return None


def _pow_int(a, b, rsign, ctx):
    n = _int_value(b)
    yd = _nd(b._int) + b._exp
    w = _work_ctx(ctx, prec=ctx._prec + yd + 2, rnd=_R_HALF_EVEN, clamp=0)
    status = 0
    if n < 0:
        n = -n
        w._prec += 1
        w._setup()
        base = _div(_mk(0, 1, 0), a, w)
    else:
        base = a
    r = base
    bit = 1 << (n.bit_length() - 1)
    bit >>= 1
    while bit:
        r = _mul(r, r, w)
        if n & bit:
            r = _mul(r, base, w)
        if r._sp or (r._int == 0 and w._flags & _S_CLAMPED):
            break
        bit >>= 1
    status = w._flags
    if r._sp:
        d, st = _fin_st(rsign, 1, ctx._emax + 1, ctx)
    else:
        d, st = _fin_st(rsign, r._int, r._exp, ctx)
    st |= status
    if st:
        _signal(ctx, st)
    return d


def _pow_real(a, b, ctx):
    prec = ctx._prec
    nd = _nd(a._int)
    wp = (nd if nd > prec else prec) + 4 + 19
    w = _max_ctx(wp)
    l, st1 = _ln_core(a, w, False)
    t = _mul(l, b, w)
    status = _S_INEXACT | _S_ROUNDED
    if t._int == 0:
        r = _fin(0, 1, 0, w)
    else:
        r, st2 = _exp_core(t, w)
        status |= st2
    status |= w._flags & (_C_INVALID_ANY | _S_DIVZERO)
    if r._sp:
        d, st = _fin_st(0, 1, ctx._emax + 1, ctx)
    elif _is_one(r):
        p = prec - 1
        d, st = _fin_st(0, _pow10(p), -p, ctx)
    else:
        d, st = _fin_st(0, r._int, r._exp, ctx)
    st |= status
    _signal(ctx, st)
    return d


def _powmod(a, b, m, ctx):
    if a._sp or b._sp or m._sp:
        for x in (a, b, m):
            if x._sp and x._exp == 'N':
                _signal(ctx, _S_INVALID)
                return _fix_nan(x, ctx)
        for x in (a, b, m):
            if x._sp and x._exp == 'n':
                return _fix_nan(x, ctx)
        return _invalid(ctx)
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _invalid(ctx)
    if m._int == 0:
        return _invalid(ctx)
    if _nd(m._int) + m._exp > ctx._prec:
        return _invalid(ctx)
    sign = 1 if (a._sign and _is_odd_int(b)) else 0
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx)
        mv = abs(_int_value(m))
        return _mk(sign, 0 if mv == 1 else 1, 0)
    if b._sign:
        return _invalid(ctx)
    if a._int == 0:
        return _mk(sign, 0, 0)
    av = abs(_int_value(a))
    bv = _int_value(b)
    mv = abs(_int_value(m))
    return _mk(sign, pow(av, bv, mv), 0)


# ---------------------------------------------------------------------------
# Context

def _int_arg(v):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    if v > 9223372036854775807 or v < -9223372036854775808:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(v)


class _SignalDict:
    """The flags or traps of a Context, as a mapping from signals to bools."""

    __slots__ = ('_ctx', '_traps')

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _bits(self):
        if self._traps:
            return self._ctx._traps
        return _signal_bits(self._ctx._flags)

    def __getitem__(self, key):
        bit = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(_INVALID_SIGNAL_KEY)
        return bool(self._bits() & bit)

    def __setitem__(self, key, value):
        bit = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(_INVALID_SIGNAL_KEY)
        ctx = self._ctx
        if self._traps:
            if value:
                ctx._traps |= bit
            else:
                ctx._traps &= ~bit
            ctx._setup()
        else:
            if value:
                ctx._flags |= bit
            else:
                if bit == _S_INVALID:
                    ctx._flags &= ~_C_INVALID_ANY
                else:
                    ctx._flags &= ~bit

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(list(_SIGNALS))

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        bits = self._bits()
        return [bool(bits & _SIGNAL_BITS[s]) for s in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(s, bool(bits & _SIGNAL_BITS[s])) for s in _SIGNALS]

    def get(self, key, default=None):
        bit = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bit is None:
            return default
        return bool(self._bits() & bit)

    def copy(self):
        bits = self._bits()
        return {s: bool(bits & _SIGNAL_BITS[s]) for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        bits = self._bits()
        parts = []
        for s in _SIGNALS:
            parts.append("<class 'decimal.%s'>:%s"
                         % (s.__name__, bool(bits & _SIGNAL_BITS[s])))
        return '{' + ', '.join(parts) + '}'


def _signals_from(value):
    """Signal bits from a list of signals or a complete signal dict."""
    if isinstance(value, (dict, _SignalDict)):
        if isinstance(value, _SignalDict):
            return value._bits()
        if len(value) != 9:
            raise KeyError('invalid signal dict')
        bits = 0
        for k in value:
            bit = _SIGNAL_BITS.get(k) if isinstance(k, type) else None
            if bit is None:
                raise KeyError('invalid signal dict')
            if value[k]:
                bits |= bit
        return bits
    bits = 0
    for k in value:
        bit = _SIGNAL_BITS.get(k) if isinstance(k, type) else None
        if bit is None:
            raise KeyError(_INVALID_SIGNAL_KEY)
        bits |= bit
    return bits


class Context:
    """The environment for arithmetic operations: precision, rounding, the
    exponent range, and the flags and traps of the signals."""

    __slots__ = ('_prec', '_rnd', '_emin', '_emax', '_caps', '_clamp',
                 '_flags', '_traps', '_tmask', '_pmax', '_etop')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = _DEFAULT_TEMPLATE[0]
        if dc is None:
            self._prec = 28
            self._rnd = _R_HALF_EVEN
            self._emin = -999999
            self._emax = 999999
            self._caps = 1
            self._clamp = 0
            self._traps = _S_INVALID | _S_DIVZERO | _S_OVERFLOW
        else:
            self._prec = dc._prec
            self._rnd = dc._rnd
            self._emin = dc._emin
            self._emax = dc._emax
            self._caps = dc._caps
            self._clamp = dc._clamp
            self._traps = dc._traps
        self._flags = 0
        self._setup()
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _signals_from(traps)
        if flags is not None:
            self._flags = _signals_from(flags)
        self._setup()

    def _setup(self):
        p = self._prec
        self._pmax = _pow10(p if p < 5000 else 5000)
        self._etop = self._emax - p + 1
        t = self._traps
        if t & _S_INVALID:
            t |= _C_INVALID_ANY
        self._tmask = t

    # -- attributes --------------------------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        v = _int_arg(value)
        if v < 1 or v > MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v
        self._setup()

    @property
    def rounding(self):
        return _ROUND_NAMES[self._rnd]

    @rounding.setter
    def rounding(self, value):
        r = _ROUND_CODES.get(value) if isinstance(value, str) else None
        if r is None:
            raise TypeError(_INVALID_ROUNDING)
        self._rnd = r

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        v = _int_arg(value)
        if v > 0 or v < MIN_EMIN:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._emin = v
        self._setup()

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        v = _int_arg(value)
        if v < 0 or v > MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._emax = v
        self._setup()

    @property
    def capitals(self):
        return self._caps

    @capitals.setter
    def capitals(self, value):
        v = _int_arg(value)
        if v != 0 and v != 1:
            raise ValueError("valid values for capitals are 0 or 1")
        self._caps = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        v = _int_arg(value)
        if v != 0 and v != 1:
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = v

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, value):
        self._flags = _signals_from(value)

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, value):
        self._traps = _signals_from(value)
        self._setup()

    # -- housekeeping ------------------------------------------------------

    def __repr__(self):
        fl = []
        tr = []
        flags = _signal_bits(self._flags)
        for s, bit in _REPR_ORDER:
            if flags & bit:
                fl.append(s.__name__)
            if self._traps & bit:
                tr.append(s.__name__)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, _ROUND_NAMES[self._rnd], self._emin,
                   self._emax, self._caps, self._clamp, ', '.join(fl),
                   ', '.join(tr)))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0
        self._setup()

    def copy(self):
        c = _new(Context)
        c._prec = self._prec
        c._rnd = self._rnd
        c._emin = self._emin
        c._emax = self._emax
        c._caps = self._caps
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        c._setup()
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = []
        traps = []
        fb = _signal_bits(self._flags)
        for s in _SIGNALS:
            if fb & _SIGNAL_BITS[s]:
                flags.append(s)
            if self._traps & _SIGNAL_BITS[s]:
                traps.append(s)
        return (Context, (self._prec, _ROUND_NAMES[self._rnd], self._emin,
                          self._emax, self._caps, self._clamp, flags, traps))

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return _mk(0, 10, 0)

    def _raise_error(self, condition, explanation=None, *args):
        bit = _SIGNAL_BITS.get(condition)
        if bit is None:
            bit = {ConversionSyntax: _C_CONVERSION,
                   DivisionImpossible: _C_DIVIMPOSSIBLE,
                   DivisionUndefined: _C_DIVUNDEFINED,
                   InvalidContext: _C_INVCONTEXT}.get(condition, _S_INVALID)
        _signal(self, bit)
        return _mkspecial(0, 'n')

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            p = _parse(num, False)
            if p is None:
                return _invalid(self, _C_CONVERSION)
            if p[3]:
                if p[3] != 'F' and p[1] and _nd(p[1]) > self._prec - self._clamp:
                    return _invalid(self, _C_CONVERSION)
                return _mkspecial(p[0], p[3], p[1])
            return _fin(p[0], p[1], p[2], self)
        if isinstance(num, float):
            _signal(self, _S_FLOAT)
            d = _from_float(Decimal, num)
        elif isinstance(num, (int, Decimal)):
            d = _conv_raise(num)
        elif isinstance(num, (tuple, list)):
            d = _from_tuple(num)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(num).__name__)
        if d._sp:
            if d._exp != 'F' and d._int and _nd(d._int) > self._prec - self._clamp:
                return _invalid(self, _C_CONVERSION)
            return _copy(d)
        return _fin(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            d = _from_int(int(f))
        elif isinstance(f, float):
            d = _from_float(Decimal, f)
        else:
            raise TypeError("argument must be int or float")
        if d._sp:
            return d
        return _fin(d._sign, d._int, d._exp, self)

    # -- operations --------------------------------------------------------

    def abs(self, a):
        return _abs(_conv_raise(a), self)

    def add(self, a, b):
        return _add(_conv_raise(a), _conv_raise(b), self, 0)

    def subtract(self, a, b):
        return _add(_conv_raise(a), _conv_raise(b), self, 1)

    def multiply(self, a, b):
        return _mul(_conv_raise(a), _conv_raise(b), self)

    def divide(self, a, b):
        return _div(_conv_raise(a), _conv_raise(b), self)

    def divide_int(self, a, b):
        return _divint(_conv_raise(a), _conv_raise(b), self)

    def divmod(self, a, b):
        return _divmod(_conv_raise(a), _conv_raise(b), self)

    def remainder(self, a, b):
        return _rem(_conv_raise(a), _conv_raise(b), self)

    def remainder_near(self, a, b):
        return _rem_near(_conv_raise(a), _conv_raise(b), self)

    def power(self, a, b, modulo=None):
        a = _conv_raise(a)
        b = _conv_raise(b)
        if modulo is not None:
            return _powmod(a, b, _conv_raise(modulo), self)
        return _power(a, b, self)

    def plus(self, a):
        return _plus(_conv_raise(a), self)

    def minus(self, a):
        return _minus(_conv_raise(a), self)

    def fma(self, a, b, c):
        return _fma(_conv_raise(a), _conv_raise(b), _conv_raise(c), self)

    def compare(self, a, b):
        return _compare(_conv_raise(a), _conv_raise(b), self, False)

    def compare_signal(self, a, b):
        return _compare(_conv_raise(a), _conv_raise(b), self, True)

    def compare_total(self, a, b):
        return _compare_total(_conv_raise(a), _conv_raise(b), False)

    def compare_total_mag(self, a, b):
        return _compare_total(_conv_raise(a), _conv_raise(b), True)

    def max(self, a, b):
        return _maxmin(_conv_raise(a), _conv_raise(b), self, 1, False)

    def min(self, a, b):
        return _maxmin(_conv_raise(a), _conv_raise(b), self, -1, False)

    def max_mag(self, a, b):
        return _maxmin(_conv_raise(a), _conv_raise(b), self, 1, True)

    def min_mag(self, a, b):
        return _maxmin(_conv_raise(a), _conv_raise(b), self, -1, True)

    def quantize(self, a, b):
        if type(a) is not Decimal:
            a = _conv_raise(a)
        if type(b) is not Decimal:
            b = _conv_raise(b)
        return _quantize(a, b, self, self._rnd)

    def same_quantum(self, a, b):
        return _conv_raise(a).same_quantum(_conv_raise(b))

    def normalize(self, a):
        return _normalize(_conv_raise(a), self)

    def to_integral_value(self, a):
        return _to_integral(_conv_raise(a), self, self._rnd, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _to_integral(_conv_raise(a), self, self._rnd, True)

    def sqrt(self, a):
        return _sqrt(_conv_raise(a), self)

    def exp(self, a):
        return _exp_op(_conv_raise(a), self)

    def ln(self, a):
        return _ln_op(_conv_raise(a), self)

    def log10(self, a):
        return _log10_op(_conv_raise(a), self)

    def logb(self, a):
        return _logb(_conv_raise(a), self)

    def scaleb(self, a, b):
        return _scaleb(_conv_raise(a), _conv_raise(b), self)

    def next_plus(self, a):
        return _next(_conv_raise(a), self, 1)

    def next_minus(self, a):
        return _next(_conv_raise(a), self, -1)

    def next_toward(self, a, b):
        return _next_toward(_conv_raise(a), _conv_raise(b), self)

    def shift(self, a, b):
        return _shift(_conv_raise(a), _conv_raise(b), self, False)

    def rotate(self, a, b):
        return _shift(_conv_raise(a), _conv_raise(b), self, True)

    def logical_and(self, a, b):
        return _logical(_conv_raise(a), _conv_raise(b), self, 0)

    def logical_or(self, a, b):
        return _logical(_conv_raise(a), _conv_raise(b), self, 1)

    def logical_xor(self, a, b):
        return _logical(_conv_raise(a), _conv_raise(b), self, 2)

    def logical_invert(self, a):
        return _logical(_conv_raise(a), _mk(0, _pow10(self._prec) // 9, 0),
                        self, 2)

    def copy_abs(self, a):
        return _copy(_conv_raise(a), 0)

    def copy_negate(self, a):
        a = _conv_raise(a)
        return _copy(a, a._sign ^ 1)

    def copy_sign(self, a, b):
        return _copy(_conv_raise(a), _conv_raise(b)._sign)

    def copy_decimal(self, a):
        return _copy(_conv_raise(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _conv_raise(a).is_finite()

    def is_infinite(self, a):
        return _conv_raise(a).is_infinite()

    def is_nan(self, a):
        return _conv_raise(a).is_nan()

    def is_qnan(self, a):
        return _conv_raise(a).is_qnan()

    def is_snan(self, a):
        return _conv_raise(a).is_snan()

    def is_signed(self, a):
        return _conv_raise(a).is_signed()

    def is_zero(self, a):
        return _conv_raise(a).is_zero()

    def is_normal(self, a):
        return _conv_raise(a).is_normal(self)

    def is_subnormal(self, a):
        return _conv_raise(a).is_subnormal(self)

    def number_class(self, a):
        return _conv_raise(a).number_class(self)

    def to_sci_string(self, a):
        return _to_str(_conv_raise(a), False, self._caps)

    def to_eng_string(self, a):
        return _to_str(_conv_raise(a), True, self._caps)


_DEFAULT_TEMPLATE = [None]


# ---------------------------------------------------------------------------
# The current context

_get_ident = _thread.get_ident
_main_ident = _get_ident()
_main_ctx = None
_local = None


def getcontext():
    """The current thread's context."""
    if _get_ident() == _main_ident:
        c = _main_ctx
        if c is None:
            c = _new_thread_context()
            _set_main(c)
        return c
    return _thread_context()


def _set_main(c):
    global _main_ctx
    _main_ctx = c


def _new_thread_context():
    c = DefaultContext.copy()
    c._flags = 0
    return c


def _thread_local():
    global _local
    if _local is None:
        import threading
        _local = threading.local()
    return _local


def _thread_context():
    tl = _thread_local()
    c = getattr(tl, 'context', None)
    if c is None:
        c = _new_thread_context()
        tl.context = c
    return c


def setcontext(context):
    """Make context the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if (context is DefaultContext or context is BasicContext
            or context is ExtendedContext):
        context = context.copy()
        context._flags = 0
    if _get_ident() == _main_ident:
        _set_main(context)
    else:
        _thread_local().context = context


class _ContextManager:
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current
    context), with the keyword arguments applied, current inside the block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k in kwargs:
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % k)
        v = kwargs[k]
        if k == 'flags' or k == 'traps':
            setattr(new, k, v)
        else:
            setattr(new, k, v)
    return _ContextManager(new)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_DEFAULT_TEMPLATE[0] = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
    flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])


def _make_tuple_class():
    from collections import namedtuple
    return namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


DecimalTuple = _make_tuple_class()
_SMALL = [_mk(0, _i, 0) for _i in range(256)]
