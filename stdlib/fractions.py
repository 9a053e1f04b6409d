"""Exact rational numbers (Gilt's fractions).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides the class Fraction:

* Fraction(numerator=0, denominator=None) from ints, Fractions, floats (exactly, via
  as_integer_ratio), two ints or Fractions, or a string such as '3/4', ' -1.5e2 ',
  '1_000/3' or '.5' (CPython 3.11's syntax and "Invalid literal for Fraction: ..."
  error); Fraction.from_float; numerator, denominator, as_integer_ratio,
  limit_denominator, real, imag, conjugate.
* Arithmetic (+ - * / // % divmod ** and the reflected forms) with ints and Fractions
  gives Fractions (int ** Fraction keeps an int where CPython does); with floats it
  gives floats. Comparisons with ints, Fractions and floats are exact; nan and the
  infinities compare like floats.
* hash() equals the hash of an equal int or float (CPython's numeric hash: modulus
  2**61 - 1), so Fraction(1, 2) and 0.5 are the same dict key.
* float(), int(), bool(), round() (half to even, and with ndigits), math.floor,
  math.ceil, math.trunc, str() ('3/4', or '3' when whole) and repr()
  ('Fraction(3, 4)'). copy and deepcopy return the object itself.

Differences from CPython: there is no numbers module in Gilt, so the only rational
types recognised are int, bool and Fraction (and float the only real type); no
Decimal support (from_decimal raises TypeError).
"""

import math as _math
import sys as _sys

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951   # 2**61 - 1, sys.hash_info.modulus on 64 bits
_HASH_INF = 314159


def _is_rational(value):
    return isinstance(value, (int, Fraction))


def _parse_digits(text, pos, allow_underscores=True):
    """Read digits (with single underscores between them) from text at pos.
    Return (digits without underscores, new pos), or (None, pos) if none."""
    start = pos
    n = len(text)
    if pos >= n or not text[pos].isdecimal():
        return None, start
    pieces = []
    while pos < n and text[pos].isdecimal():
        pieces.append(text[pos])
        pos += 1
        if (allow_underscores and pos + 1 < n and text[pos] == "_"
                and text[pos + 1].isdecimal()):
            pos += 1
    return "".join(pieces), pos


def _parse_fraction(text):
    """(numerator, denominator) of a Fraction literal, or None when invalid."""
    n = len(text)
    pos = 0
    while pos < n and text[pos].isspace():
        pos += 1
    negative = False
    if pos < n and text[pos] in "+-":
        negative = text[pos] == "-"
        pos += 1
    # A digit, or a point followed by a digit, must come next.
    if not (pos < n and (text[pos].isdecimal()
                         or (text[pos] == "." and pos + 1 < n
                             and text[pos + 1].isdecimal()))):
        return None
    digits, pos = _parse_digits(text, pos)
    numerator = int(digits) if digits else 0
    denominator = 1
    if pos < n and text[pos] == "/":
        den_digits, pos = _parse_digits(text, pos + 1)
        if den_digits is None:
            return None
        denominator = int(den_digits)
    else:
        if pos < n and text[pos] == ".":
            pos += 1
            decimal, pos = _parse_digits(text, pos)
            if decimal is None:
                # CPython 3.11's pattern also lets a run of the letter d stand
                # here, which int() then rejects.
                start = pos
                while pos < n and text[pos] in "dD":
                    pos += 1
                decimal = text[start:pos]
                if decimal:
                    rest = pos
                    while rest < n and text[rest].isspace():
                        rest += 1
                    if rest == n or text[rest] in "eE":
                        int(decimal)
                    pos = start
                    decimal = None
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
        if pos < n and text[pos] in "eE":
            mark = pos
            pos += 1
            exp_negative = False
            if pos < n and text[pos] in "+-":
                exp_negative = text[pos] == "-"
                pos += 1
            exp_digits, pos = _parse_digits(text, pos)
            if exp_digits is None:
                pos = mark
            else:
                exp = int(exp_digits)
                if exp_negative:
                    denominator *= 10 ** exp
                else:
                    numerator *= 10 ** exp
    while pos < n and text[pos].isspace():
        pos += 1
    if pos != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """A rational number numerator/denominator, always in lowest terms with a
    positive denominator."""

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
                if denominator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                _num(numerator) * _den(denominator),
                _num(denominator) * _den(numerator))
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a Fraction (an int is also accepted)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator (the smaller-denominator one on a tie)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion: (p_prev/q_prev, p/q) are the last
        # two convergents whose denominators fit.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            q_next = q_prev + term * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + term * p, q_next
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + steps * p, q_prev + steps * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        """Real numbers are their own real part."""
        return +self

    @property
    def imag(self):
        """Real numbers have no imaginary part."""
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- arithmetic ----------------------------------------------------------------

    def __add__(a, b):
        if _is_rational(b):
            return _add(a, b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return _add(a, b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            return _sub(a, b)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return _sub(a, b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            return _mul(a, b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return _mul(a, b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            return _div(a, b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return _div(a, b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            return (_num(a) * _den(b)) // (_den(a) * _num(b))
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return (_num(a) * _den(b)) // (_den(a) * _num(b))
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            return _divmod(a, b)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return _divmod(a, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            da, db = _den(a), _den(b)
            return Fraction((_num(a) * db) % (_num(b) * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            da, db = _den(a), _den(b)
            return Fraction((_num(a) * db) % (_num(b) * da), da * db)
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            if _den(b) == 1:
                power = _num(b)
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(_num(a), _den(a)) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    # ---- conversions -----------------------------------------------------------------

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) rounds half to even; round(self, ndigits) gives a Fraction."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            if twice < self._denominator:
                return whole
            if twice > self._denominator:
                return whole + 1
            return whole if whole % 2 == 0 else whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if self._denominator % _HASH_MODULUS == 0:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    # ---- comparisons -----------------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == _num(b) and a._denominator == _den(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(a, b):
        """Sign of a - b for a rational or finite float b; None for other types;
        a float infinity or nan is returned as is."""
        if _is_rational(b):
            left = a._numerator * _den(b)
            right = a._denominator * _num(b)
            return (left > right) - (left < right)
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return b
            return a._compare(Fraction.from_float(b))
        return None

    def __lt__(a, b):
        c = a._compare(b)
        if c is None:
            return NotImplemented
        if isinstance(c, float):
            return 0.0 < c
        return c < 0

    def __gt__(a, b):
        c = a._compare(b)
        if c is None:
            return NotImplemented
        if isinstance(c, float):
            return 0.0 > c
        return c > 0

    def __le__(a, b):
        c = a._compare(b)
        if c is None:
            return NotImplemented
        if isinstance(c, float):
            return 0.0 <= c
        return c <= 0

    def __ge__(a, b):
        c = a._compare(b)
        if c is None:
            return NotImplemented
        if isinstance(c, float):
            return 0.0 >= c
        return c >= 0

    # ---- copying and pickling -----------------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _num(x):
    if isinstance(x, Fraction):
        return x._numerator
    return int(x)


def _den(x):
    if isinstance(x, Fraction):
        return x._denominator
    return 1


def _add(a, b):
    na, da, nb, db = _num(a), _den(a), _num(b), _den(b)
    return Fraction(na * db + nb * da, da * db)


def _sub(a, b):
    na, da, nb, db = _num(a), _den(a), _num(b), _den(b)
    return Fraction(na * db - nb * da, da * db)


def _mul(a, b):
    return Fraction(_num(a) * _num(b), _den(a) * _den(b))


def _div(a, b):
    na, da, nb, db = _num(a), _den(a), _num(b), _den(b)
    if nb == 0:
        # CPython reduces by common factors before it notices the zero, and names
        # the reduced numerator in the message.
        g = _math.gcd(na, nb)
        if g > 1:
            na //= g
        g = _math.gcd(db, da)
        if g > 1:
            db //= g
        raise ZeroDivisionError("Fraction(%s, 0)" % (na * db))
    return Fraction(na * db, da * nb)


def _divmod(a, b):
    na, da, nb, db = _num(a), _den(a), _num(b), _den(b)
    whole, rest = divmod(na * db, da * nb)
    return whole, Fraction(rest, da * db)
