"""Dates, times, time differences and fixed-offset time zones (Gilt's datetime).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides what CPython 3.11's datetime module provides:

* MINYEAR, MAXYEAR, UTC and the classes timedelta, date, time, datetime, tzinfo,
  timezone (and IsoCalendarDate, the result of isocalendar()).
* timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks) from ints
  and floats, rounded half to even on microseconds as CPython does; days, seconds,
  microseconds, total_seconds(); + - * / // % divmod abs and unary minus with
  timedeltas, ints and floats; comparisons, hashing, repr and str as in CPython
  ('datetime.timedelta(days=-1, seconds=86399)', '-1 day, 23:59:59').
* date, time and datetime with CPython's argument checks and messages; today, now,
  utcnow, fromtimestamp, utcfromtimestamp, fromordinal, fromisoformat (3.11's ISO 8601
  forms: basic and extended, week dates, fractions, 'Z' and offsets), fromisocalendar,
  combine, strptime; replace, toordinal, weekday, isoweekday, isocalendar, timetuple,
  utctimetuple, timestamp, ctime, isoformat (sep, timespec), strftime and __format__,
  date(), time(), timetz(), astimezone, utcoffset, dst, tzname; arithmetic with
  timedeltas; comparisons and hashes following the naive/aware rules (and PEP 495's
  fold rule); the min/max/resolution class attributes. Subclasses are honoured where
  CPython honours them (classmethods build cls; date/datetime + timedelta keep the
  subclass; timedelta arithmetic gives timedelta).
* tzinfo (the abstract base, with the default fromutc) and timezone (fixed offsets,
  names, timezone.utc/min/max, 'UTC+05:30' names, equality and hashing by offset).
* strftime implements the directives itself as glibc does in the C locale: a A b B c C
  d D e F g G h H I j k l m M n p P r R s S t T u U V w W x X y Y z Z %, the flags
  _ - 0 ^ #, field widths and the E and O modifiers, with unknown directives copied
  as they are; %z, %Z and %f are expanded first, as CPython does. strptime (the
  _strptime module, shared with time.strptime) accepts CPython's C-locale directives
  with its error messages.

Local time comes from Gilt's time module (localtime, with tm_gmtoff and tm_zone): the
naive <-> timestamp conversions, astimezone() without an argument, fold detection and
now()/today() use CPython's algorithms on top of it, so they are only as right as
time.localtime is. If the time module has no localtime, local time is taken to be UTC.
The %s directive of strftime uses time.mktime.

copy.copy and copy.deepcopy work as in CPython (a datetime's tzinfo is deep-copied;
an IsoCalendarDate copies to a plain tuple).

Values pickle as CPython's do (__reduce__ gives the same byte-string states, which the
constructors take back).

Differences from CPython: no C API; the class attributes
(min, max, ...) can be rebound. The interpreter's own messages for comparisons with
unrelated types name the classes 'date', 'timedelta', ... where CPython says
'datetime.date' (the arithmetic operators raise CPython's messages themselves); wrong
argument counts and unknown keyword arguments give the interpreter's messages.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAXORDINAL = 3652059            # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999
_EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
_EPOCH_SECONDS = 719163 * 86400
_INT_MAX = 2147483647
_INT_MIN = -2147483648
_LONG_MAX = 9223372036854775807
_LONG_MIN = -9223372036854775808

_onew = object.__new__
_OBJECT_GETSTATE = getattr(object, "__getstate__", None)
_NO = object()                   # marks a required argument that was not given

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# days before the first of each month, index 1..12, and 13 for the year's length
_DAYS_BEFORE = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_DAYS_BEFORE_LEAP = (0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366)

_TWO = tuple(["%02d" % _i for _i in range(100)])
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday")
_DAY_ABBRS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_MONTH_ABBRS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian; ordinal 1 is 0001-01-01)

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + d + _DAYS_BEFORE[m]
    if m > 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return n + 1
    return n


def _ord2ymd(n):
    n -= 1
    c400, n = divmod(n, 146097)
    c100 = n // 36524
    if c100 == 4:                # the last day of a 400-year cycle
        c100 = 3
    n -= c100 * 36524
    c4, n = divmod(n, 1461)
    c1 = n // 365
    if c1 == 4:                  # the last day of a 4-year cycle
        c1 = 3
    n -= c1 * 365
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 3 and (c4 != 24 or c100 == 3):
        table = _DAYS_BEFORE_LEAP
    else:
        table = _DAYS_BEFORE
    m = (n >> 5) + 1
    while table[m + 1] <= n:
        m += 1
    return y, m, n - table[m] + 1


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isocalendar(y, m, d):
    today = _ymd2ord(y, m, d)
    monday = _iso_week1_monday(y)
    week, wd = divmod(today - monday, 7)
    if week < 0:
        y -= 1
        week, wd = divmod(today - _iso_week1_monday(y), 7)
    elif week >= 52 and today >= _iso_week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, wd + 1


def _yday(y, m, d):
    if m > 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return _DAYS_BEFORE[m] + d + 1
    return _DAYS_BEFORE[m] + d


# ---------------------------------------------------------------------------
# Argument checking, with CPython's messages

def _tpname(obj):
    """The type name CPython's messages use (tp_name): 'datetime.date' for this
    module's classes, the bare class name for others."""
    t = type(obj)
    name = _TP_NAMES.get(t)
    if name is None:
        return t.__name__
    return name


_PLAIN_TYPES = frozenset((int, float, str, bytes, list, tuple, dict, set, frozenset,
                          bool, type(None)))
_SEQUENCE_TYPES = frozenset((str, bytes, list, tuple))


_REFLECTED = {"+": "__radd__", "-": "__rsub__", "*": "__rmul__", "/": "__rtruediv__",
              "//": "__rfloordiv__", "%": "__rmod__", "divmod()": "__rdivmod__"}


def _binop(op, a, b, reflected):
    """What an arithmetic method of a returns when it cannot use b: NotImplemented
    while the other operand may still handle the operation, else CPython's
    TypeError (raised here so that it names the classes as CPython does).

    A reflected method runs after the left operand's method gave up, unless the
    right operand's class derives from the left's (then it may run first). A
    forward method tries b's reflected method itself, as the interpreter would
    next, unless b is a built-in value or of a's class (or derived from it: its
    reflected method ran first)."""
    t = type(b)
    if reflected:
        ta = type(a)
        if ta is not t and issubclass(ta, t):
            return NotImplemented
        a, b = b, a
    elif not (t in _PLAIN_TYPES or isinstance(b, type(a))):
        method = getattr(t, _REFLECTED[op], None)
        if method is not None:
            result = method(b, a)
            if result is not NotImplemented:
                return result
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _tpname(a), _tpname(b)))


def _c_int(v, name=None, pos=0):
    """Convert an argument as CPython's "i" format does: ints and objects with
    __index__, within the range of a C int."""
    if v is _NO:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    if not isinstance(v, int):
        index = getattr(type(v), "__index__", None)
        if index is None or isinstance(v, float):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _tpname(v))
        v = index(v)
        if not isinstance(v, int):
            raise TypeError("__index__ returned non-int (type %s)" % _tpname(v))
    v = int(v)
    if v > _INT_MAX:
        if v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if v < _INT_MIN:
        if v < _LONG_MIN:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return v


def _argname(v):
    """How CPython's argument parser names a wrong argument: 'None' or tp_name."""
    if v is None:
        return "None"
    return _tpname(v)


def _check_date(y, m, d):
    if y < 1 or y > 9999:
        raise ValueError("year %d is out of range" % y)
    if m < 1 or m > 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _days_in_month(y, m):
        raise ValueError("day is out of range for month")


def _check_time(hh, mi, ss, us, fold):
    if hh < 0 or hh > 23:
        raise ValueError("hour must be in 0..23")
    if mi < 0 or mi > 59:
        raise ValueError("minute must be in 0..59")
    if ss < 0 or ss > 59:
        raise ValueError("second must be in 0..59")
    if us < 0 or us > 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % _tpname(tz))


def _date_args(y, m, d):
    y = _c_int(y, "year", 1)
    m = _c_int(m, "month", 2)
    d = _c_int(d, "day", 3)
    _check_date(y, m, d)
    return y, m, d


def _time_args(hh, mi, ss, us, tz, fold):
    hh = _c_int(hh)
    mi = _c_int(mi)
    ss = _c_int(ss)
    us = _c_int(us)
    fold = _c_int(fold)
    _check_time(hh, mi, ss, us, fold)
    _check_tzinfo(tz)
    return hh, mi, ss, us, fold


def _dt_args(y, m, d, hh, mi, ss, us, tz, fold):
    y = _c_int(y, "year", 1)
    m = _c_int(m, "month", 2)
    d = _c_int(d, "day", 3)
    hh = _c_int(hh)
    mi = _c_int(mi)
    ss = _c_int(ss)
    us = _c_int(us)
    fold = _c_int(fold)
    _check_date(y, m, d)
    _check_time(hh, mi, ss, us, fold)
    _check_tzinfo(tz)
    return y, m, d, hh, mi, ss, us, fold


def _check_offset(name, off):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tpname(off)))
    d = off._days
    if d < -1 or d >= 1 or (d == -1 and off._seconds == 0 and off._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _tpname(name))
    return name


def _four(y):
    if y >= 1000:
        return str(y)
    return str(10000 + y)[1:]


def _format_offset(off, sep):
    """'+HH:MM[:SS[.ffffff]]' (with sep ':') for a utcoffset, '' for None."""
    if off is None:
        return ""
    us = (off._days * 86400 + off._seconds) * 1000000 + off._microseconds
    if us < 0:
        sign = "-"
        us = -us
    else:
        sign = "+"
    ss, us = divmod(us, 1000000)
    mi, ss = divmod(ss, 60)
    hh, mi = divmod(mi, 60)
    if us:
        return f"{sign}{_TWO[hh]}{sep}{_TWO[mi]}{sep}{_TWO[ss]}.{str(1000000 + us)[1:]}"
    if ss:
        return f"{sign}{_TWO[hh]}{sep}{_TWO[mi]}{sep}{_TWO[ss]}"
    return f"{sign}{_TWO[hh]}{sep}{_TWO[mi]}"


def _format_time(hh, mi, ss, us, timespec):
    if timespec == "auto":
        if us:
            return f"{_TWO[hh]}:{_TWO[mi]}:{_TWO[ss]}.{str(1000000 + us)[1:]}"
        return f"{_TWO[hh]}:{_TWO[mi]}:{_TWO[ss]}"
    if timespec == "hours":
        return _TWO[hh]
    if timespec == "minutes":
        return f"{_TWO[hh]}:{_TWO[mi]}"
    if timespec == "seconds":
        return f"{_TWO[hh]}:{_TWO[mi]}:{_TWO[ss]}"
    if timespec == "milliseconds":
        return f"{_TWO[hh]}:{_TWO[mi]}:{_TWO[ss]}.{str(1000 + us // 1000)[1:]}"
    if timespec == "microseconds":
        return f"{_TWO[hh]}:{_TWO[mi]}:{_TWO[ss]}.{str(1000000 + us)[1:]}"
    raise ValueError("Unknown timespec value")


def _readonly(cls_name, attr, getter):
    if cls_name is None:
        def refuse(self, value):
            raise AttributeError("readonly attribute")
    else:
        def refuse(self, value):
            raise AttributeError("attribute '%s' of '%s' objects is not writable"
                                 % (attr, cls_name))
    return property(getter, refuse)


# ---------------------------------------------------------------------------
# timedelta

def _c_round(x):
    """C's round(): halves away from zero."""
    r = float(int(x))
    if x - r >= 0.5:
        r += 1.0
    elif r - x >= 0.5:
        r -= 1.0
    return r


def _div_nearest(a, b):
    """a / b rounded half to even (ints)."""
    q, r = divmod(a, b)
    r2 = r + r
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    elif r2 < b or (r2 == b and q & 1):
        q += 1
    return q


def _td_overflow(days):
    if days > _INT_MAX or days < _INT_MIN:
        raise OverflowError("Python int too large to convert to C int")
    raise OverflowError("days=%d; must have magnitude <= 999999999" % days)


def _td_from_us(cls, us):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if d > _MAX_DELTA_DAYS or d < -_MAX_DELTA_DAYS:
        _td_overflow(d)
    self = _onew(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _mktd(d, s, us):
    self = _onew(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _td_us(td):
    return (td._days * 86400 + td._seconds) * 1000000 + td._microseconds


def _td_accumulate(items):
    """Sum (name, value, factor) components as CPython's timedelta() does: ints
    exactly, floats by whole and fractional parts, the leftover fractions of a
    microsecond rounded half to even at the end."""
    total = 0
    leftover = 0.0
    for name, value, factor in items:
        if isinstance(value, int):
            total += value * factor
        elif isinstance(value, float):
            frac, whole = _math.modf(float(value))
            total += int(whole) * factor
            if frac != 0.0:
                frac, whole = _math.modf(float(factor) * frac)
                total += int(whole)
                leftover += frac
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (name, _tpname(value)))
    if leftover != 0.0:
        whole_us = _c_round(leftover)
        if abs(whole_us - leftover) == 0.5:
            odd = total & 1
            whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
        total += int(whole_us)
    return total


class timedelta:
    """A duration, built from any of days, seconds, microseconds, milliseconds,
    minutes, hours and weeks and kept as days, seconds (0..86399) and microseconds
    (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            total = (((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                      + seconds) * 1000000 + milliseconds * 1000 + microseconds)
        else:
            total = _td_accumulate((
                ("microseconds", microseconds, 1),
                ("milliseconds", milliseconds, 1000),
                ("seconds", seconds, 1000000),
                ("minutes", minutes, 60000000),
                ("hours", hours, 3600000000),
                ("days", days, 86400000000),
                ("weeks", weeks, 604800000000),
            ))
        s, us = divmod(total, 1000000)
        d, s = divmod(s, 86400)
        if d > _MAX_DELTA_DAYS or d < -_MAX_DELTA_DAYS:
            _td_overflow(d)
        self = _onew(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return ((self._days * 86400 + self._seconds) * 1000000
                + self._microseconds) / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        if not parts:
            return _tpname(self) + "(0)"
        return f"{_tpname(self)}({', '.join(parts)})"

    def __str__(self):
        mi, ss = divmod(self._seconds, 60)
        hh, mi = divmod(mi, 60)
        if self._microseconds:
            text = f"{hh}:{_TWO[mi]}:{_TWO[ss]}.{str(1000000 + self._microseconds)[1:]}"
        else:
            text = f"{hh}:{_TWO[mi]}:{_TWO[ss]}"
        d = self._days
        if d:
            if d == 1 or d == -1:
                return f"{d} day, {text}"
            return f"{d} days, {text}"
        return text

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) + _td_us(other))
        return _binop("+", self, other, False)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(other) + _td_us(self))
        return _binop("+", self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) - _td_us(other))
        return _binop("-", self, other, False)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(other) - _td_us(self))
        return _binop("-", self, other, True)

    def __neg__(self):
        return _td_from_us(timedelta, -_td_us(self))

    def __pos__(self):
        return _mktd(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(timedelta, -_td_us(self))
        return _mktd(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, _td_us(self) * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_nearest(_td_us(self) * num, den))
        if type(other) in _SEQUENCE_TYPES:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _tpname(self))
        return _binop("*", self, other, False)

    def __rmul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, _td_us(self) * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_nearest(_td_us(self) * num, den))
        if type(other) in _SEQUENCE_TYPES:
            return NotImplemented
        return _binop("*", self, other, True)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) / _td_us(other)
        if isinstance(other, int):
            return _td_from_us(timedelta, _div_nearest(_td_us(self), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_nearest(_td_us(self) * den, num))
        return _binop("/", self, other, False)

    def __rtruediv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(other) / _td_us(self)
        return _binop("/", self, other, True)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) // _td_us(other)
        if isinstance(other, int):
            return _td_from_us(timedelta, _td_us(self) // other)
        return _binop("//", self, other, False)

    def __rfloordiv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(other) // _td_us(self)
        return _binop("//", self, other, True)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(self) % _td_us(other))
        return _binop("%", self, other, False)

    def __rmod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, _td_us(other) % _td_us(self))
        return _binop("%", self, other, True)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(_td_us(self), _td_us(other))
            return q, _td_from_us(timedelta, r)
        return _binop("divmod()", self, other, False)

    def __rdivmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(_td_us(other), _td_us(self))
            return q, _td_from_us(timedelta, r)
        return _binop("divmod()", self, other, True)

    # comparisons

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self._days != other._days or self._seconds != other._seconds
                    or self._microseconds != other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) < _td_us(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) <= _td_us(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) > _td_us(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) >= _td_us(other)
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    # copy and deepcopy rebuild the value from its fields, as CPython's
    # __reduce__ makes them do
    def __copy__(self):
        if type(self) is timedelta:
            return _mktd(self._days, self._seconds, self._microseconds)
        return type(self)(self._days, self._seconds, self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)

    def __deepcopy__(self, memo):
        return self.__copy__()


timedelta.days = _readonly(None, "days", lambda self: self._days)
timedelta.seconds = _readonly(None, "seconds", lambda self: self._seconds)
timedelta.microseconds = _readonly(None, "microseconds", lambda self: self._microseconds)


# ---------------------------------------------------------------------------
# date

def _mkdate(cls, y, m, d):
    self = _onew(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


def _date_sub(cls, y, m, d):
    """A new date of class cls; a subclass's constructor is called, as CPython
    does."""
    if cls is date:
        self = _onew(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


def _date_plus_days(self, days):
    y = self._year
    m = self._month
    d = self._day + days
    if d < 1 or d > 28:
        if d < 1 or d > _days_in_month(y, m):
            n = _ymd2ord(y, m, self._day) + days
            if n < 1 or n > _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
    return _date_sub(type(self), y, m, d)


# --- pickling: CPython's C datetime reduces values to byte strings of their fields, and
# its constructors take those back (a str of latin-1 characters too, as Python 2's
# pickles give them with encoding='latin1').

def _state_bytes(state, size, what):
    """state (bytes or str) as bytes when it is a pickled state of that size, else None."""
    if type(state) is bytes:
        if len(state) == size:
            return state
        return None
    if isinstance(state, str) and len(state) == size:
        try:
            return state.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s "
                             "object. pickle.load(data, encoding='latin1') is assumed."
                             % what) from None
    return None


def _state_tz(tz):
    if tz is not None and not isinstance(tz, _tzinfo_class):
        raise TypeError("bad tzinfo state arg")
    return tz


def _us_bytes(us):
    return bytes((us >> 16, (us >> 8) & 255, us & 255))


class date:
    """date(year, month, day): a day of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_NO, month=_NO, day=_NO):
        if (type(year) is not int or type(month) is not int or type(day) is not int
                or year < 1 or year > 9999 or month < 1 or month > 12 or day < 1
                or (day > 28 and day > _days_in_month(year, month))):
            if month is _NO and day is _NO and (type(year) is bytes or
                                                isinstance(year, str)):
                b = _state_bytes(year, 4, "date")
                if b is not None and 1 <= (b[2] & 127) <= 12:
                    self = _onew(cls)
                    self._year = b[0] * 256 + b[1]
                    self._month = b[2]
                    self._day = b[3]
                    return self
            year, month, day = _date_args(year, month, day)
        self = _onew(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # constructors

    @classmethod
    def today(cls):
        """The current local date: cls.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        """The local date at a POSIX timestamp."""
        tm = _localtime(_time_t_floor(timestamp))
        y = tm.tm_year
        if y < 1 or y > 9999:
            raise ValueError("year %d is out of range" % y)
        return _date_sub(cls, y, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, ordinal):
        """The date with the given day number (0001-01-01 is 1)."""
        ordinal = _c_int(ordinal)
        if ordinal < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(ordinal)
        if y > 9999:
            raise ValueError("year %d is out of range" % y)
        return _date_sub(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse YYYY-MM-DD, YYYYMMDD or an ISO week date (YYYY-Www[-d])."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = date_string.encode("utf-8")
        n = len(b)
        if n == 7 or n == 8 or n == 10:
            rv, y, m, d = _parse_iso_date(b + _PADDING, n)
        else:
            rv = -1
        if rv < 0:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        _check_date(y, m, d)
        return _date_sub(cls, y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week and weekday (isocalendar() undone)."""
        year = _c_int(year)
        week = _c_int(week)
        day = _c_int(day)
        if year < 1 or year > 9999:
            raise ValueError("Year is out of range: %d" % year)
        rv, y, m, d = _iso_to_ymd(year, week, day)
        if rv == -2:
            raise ValueError("Invalid week: %d" % week)
        if rv == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        _check_date(y, m, d)
        return _date_sub(cls, y, m, d)

    # representations

    def __repr__(self):
        return f"{_tpname(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """The date as 'YYYY-MM-DD'."""
        return f"{_four(self._year)}-{_TWO[self._month]}-{_TWO[self._day]}"

    def __str__(self):
        return f"{_four(self._year)}-{_TWO[self._month]}-{_TWO[self._day]}"

    def ctime(self):
        """The date in time.ctime()'s layout."""
        y = self._year
        m = self._month
        d = self._day
        day = str(d) if d >= 10 else " " + str(d)
        return (f"{_DAY_ABBRS[(_ymd2ord(y, m, d) + 6) % 7]} {_MONTH_ABBRS[m]} {day} "
                f"00:00:00 {_four(y)}")

    def strftime(self, format):
        """The date formatted with strftime() directives."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _argname(format))
        if type(self).timetuple is _date_timetuple:
            y = self._year
            m = self._month
            d = self._day
            tt = (y, m, d, 0, 0, 0, (_ymd2ord(y, m, d) + 6) % 7, _yday(y, m, d), -1)
        else:
            tt = self.timetuple()
        return _wrap_strftime(self, format, tt, None, None, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _argname(fmt))
        if len(fmt) == 0:
            return str(self)
        return self.strftime(fmt)

    # queries

    def timetuple(self):
        """A time.struct_time for the date (time fields 0, tm_isdst -1)."""
        y = self._year
        m = self._month
        d = self._day
        return _time.struct_time((y, m, d, 0, 0, 0, (_ymd2ord(y, m, d) + 6) % 7,
                                  _yday(y, m, d), -1))

    def toordinal(self):
        """The day number, counting 0001-01-01 as day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_NO, month=_NO, day=_NO):
        """A copy with the given fields changed."""
        if year is _NO:
            year = self._year
        if month is _NO:
            month = self._month
        if day is _NO:
            day = self._day
        return date.__new__(type(self), year, month, day)

    def weekday(self):
        """Day of the week from Monday (0) to Sunday (6)."""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Day of the week from Monday (1) to Sunday (7)."""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """The ISO year, week number and weekday as an IsoCalendarDate."""
        y, w, d = _isocalendar(self._year, self._month, self._day)
        return IsoCalendarDate(y, w, d)

    # comparisons (a datetime operand is compared by its date, as in CPython)

    def __eq__(self, other):
        if isinstance(other, date):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return (self._day != other._day or self._month != other._month
                    or self._year != other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day)
                    < (other._year, other._month, other._day))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day)
                    <= (other._year, other._month, other._day))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day)
                    > (other._year, other._month, other._day))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day)
                    >= (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __copy__(self):
        if type(self) is date:
            return _mkdate(date, self._year, self._month, self._day)
        return type(self)(self._year, self._month, self._day)

    def __reduce__(self):
        y = self._year
        return type(self), (bytes((y >> 8, y & 255, self._month, self._day)),)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # arithmetic (datetime operands are left to datetime)

    def __add__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _date_plus_days(self, other._days)
        return _binop("+", self, other, False)

    def __radd__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _date_plus_days(self, other._days)
        return _binop("+", self, other, True)

    def __sub__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _date_plus_days(self, -other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _mktd(_ymd2ord(self._year, self._month, self._day)
                         - _ymd2ord(other._year, other._month, other._day), 0, 0)
        return _binop("-", self, other, False)

    def __rsub__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        return _binop("-", self, other, True)


# ---------------------------------------------------------------------------
# tzinfo and IsoCalendarDate

class tzinfo:
    """Base class for time zones: subclasses define utcoffset(), dst() and tzname()."""

    __slots__ = ()

    def __reduce__(self):
        if type(self) is _timezone_class:
            return _timezone_class, self.__getinitargs__(), None
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None and getattr(type(self), "__getstate__", None) \
                is not _OBJECT_GETSTATE:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        return type(self), args, state

    def tzname(self, dt):
        """The zone's name at dt; subclasses must define it."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """The offset from UTC at dt (east is positive); subclasses must define it."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """The daylight saving part of the offset at dt; subclasses must define it."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Turn dt, whose fields are UTC and whose tzinfo is self, into local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        result = _dt_plus_us(dt, _td_us(off) - _td_us(dst))
        dst = _check_offset("dst", self.dst(result))
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                             "cannot convert")
        if dst:
            result = _dt_plus_us(result, _td_us(dst))
        return result


class IsoCalendarDate(tuple):
    """The result of isocalendar(): a (year, week, weekday) tuple with those
    attribute names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tpname(self), self[0], self[1],
                                                    self[2])

    def __copy__(self):
        return tuple(self)

    def __deepcopy__(self, memo):
        return tuple(self)

    def __reduce__(self):
        return tuple, (tuple(self),)


# ---------------------------------------------------------------------------
# time

def _mktime_obj(cls, hh, mi, ss, us, tz, fold):
    self = _onew(cls)
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _time_sub(cls, hh, mi, ss, us, tz, fold):
    """A new time of class cls; a subclass's constructor is called (without the
    fold, as CPython 3.11 does)."""
    if cls is time:
        return _mktime_obj(time, hh, mi, ss, us, tz, fold)
    return cls(hh, mi, ss, us, tz)


class time:
    """time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0): a
    time of day."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (type(hour) is not int or type(minute) is not int or type(second) is not int
                or type(microsecond) is not int or type(fold) is not int
                or hour < 0 or hour > 23 or minute < 0 or minute > 59 or second < 0
                or second > 59 or microsecond < 0 or microsecond > 999999
                or (fold != 0 and fold != 1)
                or (tzinfo is not None and not isinstance(tzinfo, _tzinfo_class))):
            if type(hour) is bytes or isinstance(hour, str):
                b = _state_bytes(hour, 6, "time")
                if b is not None and (b[0] & 127) < 24:
                    if type(minute) is int and minute == 0:
                        minute = None
                    self = _onew(cls)
                    self._hour = b[0] & 127
                    self._minute = b[1]
                    self._second = b[2]
                    self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
                    self._tzinfo = _state_tz(minute)
                    self._fold = b[0] >> 7
                    return self
            hour, minute, second, microsecond, fold = _time_args(
                hour, minute, second, microsecond, tzinfo, fold)
        self = _onew(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """Parse an ISO 8601 time, with an optional leading 'T' and UTC offset."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = time_string.encode("utf-8") + _PADDING
        n = len(b) - len(_PADDING)
        p = 0
        if b[0] == 84:           # 'T'
            p = 1
            n -= 1
        r = _parse_iso_time(b, p, n)
        if r[0] < 0:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        tz = _iso_tz(r[0], r[5], r[6])
        _check_time(r[1], r[2], r[3], r[4], 0)
        return _time_sub(cls, r[1], r[2], r[3], r[4], tz, 0)

    # representations

    def __repr__(self):
        if self._microsecond:
            text = (f"{_tpname(self)}({self._hour}, {self._minute}, {self._second}, "
                    f"{self._microsecond}")
        elif self._second:
            text = f"{_tpname(self)}({self._hour}, {self._minute}, {self._second}"
        else:
            text = f"{_tpname(self)}({self._hour}, {self._minute}"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        """The time as 'HH:MM:SS[.ffffff]' plus its UTC offset; timespec ('auto',
        'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds') picks the
        fields."""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % _argname(timespec))
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        if self._tzinfo is None:
            return text
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """The time formatted with strftime() directives (the date is 1900-01-01)."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _argname(format))
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt, self._tzinfo, None, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _argname(fmt))
        if len(fmt) == 0:
            return str(self)
        return self.strftime(fmt)

    # time zone

    def utcoffset(self):
        """The tzinfo's utcoffset(None); None for a naive time."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset("utcoffset", tz.utcoffset(None))

    def dst(self):
        """The tzinfo's dst(None); None for a naive time."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset("dst", tz.dst(None))

    def tzname(self):
        """The tzinfo's tzname(None); None for a naive time."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_tzname(tz.tzname(None))

    def replace(self, hour=_NO, minute=_NO, second=_NO, microsecond=_NO,
                tzinfo=_NO, *, fold=_NO):
        """A copy with the given fields changed."""
        if hour is _NO:
            hour = self._hour
        if minute is _NO:
            minute = self._minute
        if second is _NO:
            second = self._second
        if microsecond is _NO:
            microsecond = self._microsecond
        if tzinfo is _NO:
            tzinfo = self._tzinfo
        if fold is _NO:
            fold = self._fold
        return time.__new__(type(self), hour, minute, second, microsecond, tzinfo,
                            fold=fold)

    # comparisons

    def _cmp(self, other, eq):
        if self._tzinfo is other._tzinfo:
            off1 = off2 = None
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        elif off1 is not None and off2 is not None:
            a = (self._hour * 3600 + self._minute * 60 + self._second
                 - off1._days * 86400 - off1._seconds, self._microsecond)
            b = (other._hour * 3600 + other._minute * 60 + other._second
                 - off2._days * 86400 - off2._seconds, other._microsecond)
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware times")
        if a == b:
            return 0
        return -1 if a < b else 1

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        tz = self._tzinfo
        off = None
        if tz is not None:
            off = _check_offset("utcoffset", tz.utcoffset(None))
        if off is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        us = ((self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond - _td_us(off))
        d, rest = divmod(us, 86400000000)
        s, us = divmod(rest, 1000000)
        return hash((d, s, us))

    def _copy_with(self, tz):
        if type(self) is time:
            return _mktime_obj(time, self._hour, self._minute, self._second,
                               self._microsecond, tz, self._fold)
        if self._fold:
            return type(self)(self._hour, self._minute, self._second, self._microsecond,
                              tz, fold=1)
        return type(self)(self._hour, self._minute, self._second, self._microsecond, tz)

    def __copy__(self):
        return self._copy_with(self._tzinfo)

    def __deepcopy__(self, memo):
        return self._copy_with(_deepcopy_tz(self._tzinfo, memo))

    def __reduce_ex__(self, proto):
        h = self._hour
        if self._fold and proto > 3:
            h += 128
        state = bytes((h, self._minute, self._second)) + _us_bytes(self._microsecond)
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _deepcopy_tz(tz, memo):
    if tz is None:
        return None
    import copy
    return copy.deepcopy(tz, memo)


_tzinfo_class = tzinfo


# ---------------------------------------------------------------------------
# datetime

def _mkdt(cls, y, m, d, hh, mi, ss, us, tz, fold):
    self = _onew(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _dt_sub(cls, y, m, d, hh, mi, ss, us, tz, fold):
    """A new datetime of class cls; a subclass's constructor is called, as CPython
    3.11 does (which drops the fold)."""
    if cls is datetime:
        self = _onew(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self
    return cls(y, m, d, hh, mi, ss, us, tz)


def _dt_plus_us(self, delta):
    """self + delta microseconds, of self's class (fold 0)."""
    us = self._microsecond + delta
    if 0 <= us < 1000000:
        return _dt_sub(type(self), self._year, self._month, self._day, self._hour,
                       self._minute, self._second, us, self._tzinfo, 0)
    s, us = divmod(us, 1000000)
    s += self._hour * 3600 + self._minute * 60 + self._second
    days, s = divmod(s, 86400)
    y = self._year
    m = self._month
    d = self._day
    if days:
        d += days
        if d < 1 or d > 28:
            if d < 1 or d > _days_in_month(y, m):
                n = _ymd2ord(y, m, self._day) + days
                if n < 1 or n > _MAXORDINAL:
                    raise OverflowError("date value out of range")
                y, m, d = _ord2ymd(n)
    hh, s = divmod(s, 3600)
    mi, s = divmod(s, 60)
    return _dt_sub(type(self), y, m, d, hh, mi, s, us, self._tzinfo, 0)


def _dt_utc_us(self, off):
    """Microseconds since 0001-01-01 of the naive value minus the offset."""
    return (((_ymd2ord(self._year, self._month, self._day) * 24 + self._hour) * 60
             + self._minute) * 60 + self._second) * 1000000 + self._microsecond - off


def _flip_fold_offset(dt):
    flipped = _mkdt(type(dt), dt._year, dt._month, dt._day, dt._hour, dt._minute,
                    dt._second, dt._microsecond, dt._tzinfo, 1 - dt._fold)
    return flipped.utcoffset()


def _pep495_exception(a, b, off1, off2):
    """True when an interzone == must be False because one operand's utcoffset()
    depends on its fold."""
    flip = _flip_fold_offset(a)
    if flip is not off1 and flip != off1:
        return True
    flip = _flip_fold_offset(b)
    if flip is not off2 and flip != off2:
        return True
    return False


class datetime(date):
    """datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0,
    tzinfo=None, *, fold=0): a date and a time of day."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_NO, month=_NO, day=_NO, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (type(year) is not int or type(month) is not int or type(day) is not int
                or type(hour) is not int or type(minute) is not int
                or type(second) is not int or type(microsecond) is not int
                or type(fold) is not int
                or year < 1 or year > 9999 or month < 1 or month > 12 or day < 1
                or (day > 28 and day > _days_in_month(year, month))
                or hour < 0 or hour > 23 or minute < 0 or minute > 59 or second < 0
                or second > 59 or microsecond < 0 or microsecond > 999999
                or (fold != 0 and fold != 1)
                or (tzinfo is not None and not isinstance(tzinfo, _tzinfo_class))):
            if day is _NO and (type(year) is bytes or isinstance(year, str)):
                b = _state_bytes(year, 10, "datetime")
                if b is not None and 1 <= (b[2] & 127) <= 12:
                    if month is _NO:
                        month = None
                    self = _onew(cls)
                    self._year = b[0] * 256 + b[1]
                    self._month = b[2] & 127
                    self._day = b[3]
                    self._hour = b[4]
                    self._minute = b[5]
                    self._second = b[6]
                    self._microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
                    self._tzinfo = _state_tz(month)
                    self._fold = b[2] >> 7
                    return self
            year, month, day, hour, minute, second, microsecond, fold = _dt_args(
                year, month, day, hour, minute, second, microsecond, tzinfo, fold)
        self = _onew(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    # constructors

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """The local date and time at a POSIX timestamp, or tz's when tz is given."""
        _check_tzinfo(tz)
        secs, us = _timeval(timestamp)
        result = _from_timet(cls, tz is not None, secs, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        """The UTC date and time at a POSIX timestamp, as a naive value."""
        secs, us = _timeval(timestamp)
        return _from_timet(cls, True, secs, us, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, or tz's when tz is given."""
        _check_tzinfo(tz)
        secs, us = divmod(_time.time_ns() // 1000, 1000000)
        result = _from_timet(cls, tz is not None, secs, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, as a naive value."""
        secs, us = divmod(_time.time_ns() // 1000, 1000000)
        return _from_timet(cls, True, secs, us, None)

    @classmethod
    def combine(cls, date, time, tzinfo=_NO):
        """A datetime from a date's and a time's fields (tzinfo: the time's, unless
        given)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argname(time))
        if tzinfo is _NO:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _dt_sub(cls, date._year, date._month, date._day, time._hour,
                       time._minute, time._second, time._microsecond, tzinfo,
                       time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse what isoformat() writes, and most other ISO 8601 forms."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        raw = date_string.encode("utf-8")
        n = len(raw)
        b = raw + _PADDING
        sep = _find_iso_separator(b, n)
        if sep < 0:
            rv = -1
        else:
            rv, y, m, d = _parse_iso_date(b, sep)
        hh = mi = ss = us = tzoff = tzus = 0
        if rv == 0 and n > sep:
            c = b[sep]
            if c < 0x80:
                p = sep + 1
            elif c & 0xF0 == 0xE0:
                p = sep + 3
            elif c & 0xF0 == 0xF0:
                p = sep + 4
            else:
                p = sep + 2
            rv, hh, mi, ss, us, tzoff, tzus = _parse_iso_time(b, p, n - p)
        if rv < 0:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        tz = _iso_tz(rv, tzoff, tzus)
        _check_date(y, m, d)
        _check_time(hh, mi, ss, us, 0)
        return _dt_sub(cls, y, m, d, hh, mi, ss, us, tz, 0)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string as format (strptime() directives) describes it."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % _argname(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % _argname(format))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # representations

    def __repr__(self):
        if self._microsecond:
            text = (f"{_tpname(self)}({self._year}, {self._month}, {self._day}, "
                    f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}")
        elif self._second:
            text = (f"{_tpname(self)}({self._year}, {self._month}, {self._day}, "
                    f"{self._hour}, {self._minute}, {self._second}")
        else:
            text = (f"{_tpname(self)}({self._year}, {self._month}, {self._day}, "
                    f"{self._hour}, {self._minute}")
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        """'YYYY-MM-DD', sep, then the time as time.isoformat(timespec) writes it."""
        if not isinstance(sep, str):
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            "not %s" % _argname(sep))
        if len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            "not str")
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _argname(timespec))
        text = (f"{_four(self._year)}-{_TWO[self._month]}-{_TWO[self._day]}{sep}"
                + _format_time(self._hour, self._minute, self._second,
                               self._microsecond, timespec))
        if self._tzinfo is None:
            return text
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        """The value in time.ctime()'s layout."""
        y = self._year
        m = self._month
        d = self._day
        day = str(d) if d >= 10 else " " + str(d)
        return (f"{_DAY_ABBRS[(_ymd2ord(y, m, d) + 6) % 7]} {_MONTH_ABBRS[m]} {day} "
                f"{_TWO[self._hour]}:{_TWO[self._minute]}:{_TWO[self._second]} "
                f"{_four(y)}")

    def strftime(self, format):
        """The value formatted with strftime() directives."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _argname(format))
        if type(self).timetuple is _dt_timetuple:
            tt = self._tm()
        else:
            tt = self.timetuple()
        return _wrap_strftime(self, format, tt, self._tzinfo, self, self._microsecond)

    # parts

    def date(self):
        """The date part."""
        return _mkdate(_date_class, self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return _mktime_obj(_time_class, self._hour, self._minute, self._second,
                           self._microsecond, None, self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return _mktime_obj(_time_class, self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, self._fold)

    def _tm(self):
        dst = self.dst()
        if dst is None:
            isdst = -1
        elif dst:
            isdst = 1
        else:
            isdst = 0
        y = self._year
        m = self._month
        d = self._day
        return (y, m, d, self._hour, self._minute, self._second,
                (_ymd2ord(y, m, d) + 6) % 7, _yday(y, m, d), isdst)

    def timetuple(self):
        """A time.struct_time; tm_isdst follows dst()."""
        return _time.struct_time(self._tm())

    def utctimetuple(self):
        """A time.struct_time of the value in UTC (tm_isdst 0)."""
        dt = self
        off = self.utcoffset()
        if off is not None:
            dt = _dt_plus_us(self, -_td_us(off))
        y = dt._year
        m = dt._month
        d = dt._day
        return _time.struct_time((y, m, d, dt._hour, dt._minute, dt._second,
                                  (_ymd2ord(y, m, d) + 6) % 7, _yday(y, m, d), 0))

    def timestamp(self):
        """Seconds since the epoch, as a float (naive values are local time)."""
        if self._tzinfo is None:
            s = _local_to_seconds(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self._fold)
            return (s - _EPOCH_SECONDS) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=_NO, month=_NO, day=_NO, hour=_NO, minute=_NO,
                second=_NO, microsecond=_NO, tzinfo=_NO, *, fold=_NO):
        """A copy with the given fields changed."""
        if year is _NO:
            year = self._year
        if month is _NO:
            month = self._month
        if day is _NO:
            day = self._day
        if hour is _NO:
            hour = self._hour
        if minute is _NO:
            minute = self._minute
        if second is _NO:
            second = self._second
        if microsecond is _NO:
            microsecond = self._microsecond
        if tzinfo is _NO:
            tzinfo = self._tzinfo
        if fold is _NO:
            fold = self._fold
        return datetime.__new__(type(self), year, month, day, hour, minute, second,
                                microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """The same moment in tz (by default the local time zone)."""
        if tz is not None and not isinstance(tz, _tzinfo_class):
            _check_tzinfo(tz)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            if mytz is tz:
                return self
            off = _check_offset("utcoffset", mytz.utcoffset(self))
        if off is None:
            mytz = _local_timezone_from_local(self)
            if mytz is tz:
                return self
            off = _check_offset("utcoffset", mytz.utcoffset(self))
            if off is None:
                raise ValueError("local time zone without utcoffset")
        # self - offset, as a UTC value, then tz.fromutc()
        result = _dt_plus_us(self, -_td_us(off))
        if tz is None:
            tz = _local_timezone_from_utc(result)
        result._tzinfo = tz
        return tz.fromutc(result)

    # time zone

    def utcoffset(self):
        """The tzinfo's utcoffset(self); None for a naive value."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset("utcoffset", tz.utcoffset(self))

    def dst(self):
        """The tzinfo's dst(self); None for a naive value."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset("dst", tz.dst(self))

    def tzname(self):
        """The tzinfo's tzname(self); None for a naive value."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_tzname(tz.tzname(self))

    # comparisons

    def _cmp(self, other, eq):
        """-1, 0 or 1; 2 for an == between naive and aware values."""
        same = self._tzinfo is other._tzinfo
        if same:
            off1 = off2 = None
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            a = (self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
        elif off1 is not None and off2 is not None:
            a = _dt_utc_us(self, _td_us(off1))
            b = _dt_utc_us(other, _td_us(off2))
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a == b:
            if eq and not same and _pep495_exception(self, other, off1, off2):
                return 2
            return 0
        return -1 if a < b else 1

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __hash__(self):
        tz = self._tzinfo
        off = None
        if tz is not None:
            if self._fold:
                probe = _mkdt(type(self), self._year, self._month, self._day,
                              self._hour, self._minute, self._second,
                              self._microsecond, tz, 0)
            else:
                probe = self
            off = _check_offset("utcoffset", tz.utcoffset(probe))
        if off is None:
            return hash((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond))
        d, rest = divmod(_dt_utc_us(self, _td_us(off)), 86400000000)
        s, us = divmod(rest, 1000000)
        return hash((d, s, us))

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_plus_us(self, (other._days * 86400 + other._seconds) * 1000000
                               + other._microseconds)
        return _binop("+", self, other, False)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _dt_plus_us(self, _td_us(other))
        return _binop("+", self, other, True)

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                off1 = off2 = None
            else:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware "
                                    "datetimes")
            us = ((_ymd2ord(self._year, self._month, self._day)
                   - _ymd2ord(other._year, other._month, other._day)) * 86400
                  + (self._hour - other._hour) * 3600
                  + (self._minute - other._minute) * 60
                  + self._second - other._second) * 1000000 + (
                      self._microsecond - other._microsecond)
            if off1 is not off2 and off1 != off2:
                us -= _td_us(off1) - _td_us(off2)
            return _td_from_us(timedelta, us)
        if isinstance(other, timedelta):
            return _dt_plus_us(self, -_td_us(other))
        return _binop("-", self, other, False)

    def __rsub__(self, other):
        return _binop("-", self, other, True)

    def _copy_with(self, tz):
        if type(self) is datetime:
            return _mkdt(datetime, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, tz, self._fold)
        if self._fold:
            return type(self)(self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._microsecond, tz, fold=1)
        return type(self)(self._year, self._month, self._day, self._hour, self._minute,
                          self._second, self._microsecond, tz)

    def __copy__(self):
        return self._copy_with(self._tzinfo)

    def __deepcopy__(self, memo):
        return self._copy_with(_deepcopy_tz(self._tzinfo, memo))

    def __reduce_ex__(self, proto):
        y = self._year
        m = self._month
        if self._fold and proto > 3:
            m += 128
        state = (bytes((y >> 8, y & 255, m, self._day, self._hour, self._minute,
                        self._second)) + _us_bytes(self._microsecond))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
_date_timetuple = date.timetuple
_dt_timetuple = datetime.timetuple


def _readonly_fields(cls, cls_name, fields):
    for name in fields:
        slot = "_" + name
        setattr(cls, name, _readonly(cls_name, name, _slot_getter(slot)))


def _slot_getter(slot):
    if slot == "_year":
        return lambda self: self._year
    if slot == "_month":
        return lambda self: self._month
    if slot == "_day":
        return lambda self: self._day
    if slot == "_hour":
        return lambda self: self._hour
    if slot == "_minute":
        return lambda self: self._minute
    if slot == "_second":
        return lambda self: self._second
    if slot == "_microsecond":
        return lambda self: self._microsecond
    if slot == "_tzinfo":
        return lambda self: self._tzinfo
    return lambda self: self._fold


_readonly_fields(date, "datetime.date", ("year", "month", "day"))
_TIME_FIELDS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_readonly_fields(time, "datetime.time", _TIME_FIELDS)
_readonly_fields(datetime, "datetime.datetime", _TIME_FIELDS)
IsoCalendarDate.year = _readonly("datetime.IsoCalendarDate", "year",
                                 lambda self: self[0])
IsoCalendarDate.week = _readonly("datetime.IsoCalendarDate", "week",
                                 lambda self: self[1])
IsoCalendarDate.weekday = _readonly("datetime.IsoCalendarDate", "weekday",
                                    lambda self: self[2])


# ---------------------------------------------------------------------------
# timezone

_timezone_class = None


class timezone(tzinfo):
    """timezone(offset, name=None): a fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_NO, name=_NO):
        if offset is _NO:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argname(offset))
        if name is _NO:
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argname(name))
        d = offset._days
        if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0
                                and offset._microseconds < 1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return _mktz(cls, offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        """The arguments that rebuild this time zone."""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __copy__(self):
        if self._name is None:
            return timezone(self._offset)
        return timezone(self._offset, self._name)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tpname(self), self._offset)
        return "%s(%r, %r)" % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """The fixed offset."""
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("utcoffset(dt) argument must be a datetime instance or "
                            "None, not %s" % _tpname(dt))
        return self._offset

    def tzname(self, dt):
        """The name given, else the offset as 'UTC+HH:MM' (just 'UTC' for utc)."""
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("tzname(dt) argument must be a datetime instance or "
                            "None, not %s" % _tpname(dt))
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _format_offset(off, ":")

    def dst(self, dt):
        """None: a fixed offset has no daylight saving time."""
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("dst(dt) argument must be a datetime instance or None, "
                            "not %s" % _tpname(dt))
        return None

    def fromutc(self, dt):
        """dt (UTC fields, tzinfo self) moved by the offset."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return _dt_plus_us(dt, _td_us(self._offset))


def _mktz(cls, offset, name):
    self = _onew(cls)
    self._offset = offset
    self._name = name
    return self


_timezone_class = timezone
_UTC = None
_UTC = _mktz(timezone, _mktd(0, 0, 0), None)
timezone.utc = _UTC
timezone.min = timezone(_mktd(-1, 60, 0))
timezone.max = timezone(_mktd(0, 86340, 0))
UTC = _UTC

_TP_NAMES = {
    timedelta: "datetime.timedelta",
    date: "datetime.date",
    time: "datetime.time",
    datetime: "datetime.datetime",
    tzinfo: "datetime.tzinfo",
    timezone: "datetime.timezone",
    IsoCalendarDate: "datetime.IsoCalendarDate",
}

timedelta.min = _mktd(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _mktd(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _mktd(0, 0, 1)
date.min = _mkdate(date, 1, 1, 1)
date.max = _mkdate(date, 9999, 12, 31)
date.resolution = _mktd(1, 0, 0)
time.min = _mktime_obj(time, 0, 0, 0, 0, None, 0)
time.max = _mktime_obj(time, 23, 59, 59, 999999, None, 0)
time.resolution = _mktd(0, 0, 1)
datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _mktd(0, 0, 1)

_EPOCH = _mkdt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)


# ---------------------------------------------------------------------------
# Timestamps and the local time zone

_HAVE_LOCALTIME = hasattr(_time, "localtime")


def _check_tm_year(tm):
    y = tm.tm_year - 1900
    if y > _INT_MAX or y < _INT_MIN:
        raise OSError(75, "Value too large for defined data type")
    return tm


def _localtime(t):
    """time.localtime(t) for a t within time_t's range, failing as glibc does when
    the year does not fit in a C int."""
    try:
        if _HAVE_LOCALTIME:
            tm = _time.localtime(t)
        else:
            tm = _time.gmtime(t)
    except OverflowError:
        raise OSError(75, "Value too large for defined data type") from None
    return _check_tm_year(tm)


def _gmtime(t):
    try:
        tm = _time.gmtime(t)
    except OverflowError:
        raise OSError(75, "Value too large for defined data type") from None
    return _check_tm_year(tm)


def _time_t_index(t):
    index = getattr(type(t), "__index__", None)
    if not isinstance(t, int):
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _tpname(t))
        t = index(t)
    t = int(t)
    if t > _LONG_MAX or t < _LONG_MIN:
        raise OverflowError("timestamp out of range for platform time_t")
    return t


def _timeval(t):
    """(seconds, microseconds) of a timestamp, rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(float(t))
        frac = float(round(frac * 1e6))
        if frac >= 1e6:
            frac -= 1e6
            whole += 1.0
        elif frac < 0:
            frac += 1e6
            whole -= 1.0
        if not -9.223372036854775808e18 <= whole < 9.223372036854775808e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(frac)
    return _time_t_index(t), 0


def _time_t_floor(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854775808e18 <= t < 9.223372036854775808e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return _math.floor(float(t))
    return _time_t_index(t)


def _utc_to_seconds(y, m, d, hh, mi, ss):
    if y < 1 or y > 9999:
        raise ValueError("year %d is out of range" % y)
    return ((_ymd2ord(y, m, d) * 24 + hh) * 60 + mi) * 60 + ss


def _local(u):
    """The local wall time of UTC seconds u (both counted from 0001-01-01)."""
    tm = _localtime(u - _EPOCH_SECONDS)
    return _utc_to_seconds(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                           tm.tm_sec)


def _local_to_seconds(y, m, d, hh, mi, ss, fold):
    """UTC seconds of a local wall time, choosing by fold in folds and gaps
    (CPython's algorithm)."""
    t = _utc_to_seconds(y, m, d, hh, mi, ss)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        if fold:
            u2 = u1 + 86400
        else:
            u2 = u1 - 86400
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    # in a gap
    if fold:
        return min(u1, u2)
    return max(u1, u2)


def _from_timet(cls, utc, secs, us, tz):
    if utc:
        tm = _gmtime(secs)
    else:
        tm = _localtime(secs)
    y = tm.tm_year
    m = tm.tm_mon
    d = tm.tm_mday
    hh = tm.tm_hour
    mi = tm.tm_min
    ss = tm.tm_sec
    if ss > 59:
        ss = 59
    fold = 0
    if utc:
        if y < 1 or y > 9999:
            raise ValueError("year %d is out of range" % y)
    else:
        result = _utc_to_seconds(y, m, d, hh, mi, ss)
        probe = _local(_EPOCH_SECONDS + secs - 86400)
        trans = result - probe - 86400
        if trans < 0:
            if _local(_EPOCH_SECONDS + secs + trans) == result:
                fold = 1
    return _dt_sub(cls, y, m, d, hh, mi, ss, us, tz, fold)


def _local_timezone_from_timestamp(ts):
    tm = _localtime(ts)
    if _HAVE_LOCALTIME:
        off = getattr(tm, "tm_gmtoff", None)
        name = getattr(tm, "tm_zone", None)
    else:
        off = 0
        name = "UTC"
    if off is None:
        off = 0
    s, rest = divmod(off, 86400)
    return _mktz(timezone, _mktd(s, rest, 0), name)


def _local_timezone_from_local(dt):
    s = _local_to_seconds(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                          dt._second, dt._fold)
    return _local_timezone_from_timestamp(s - _EPOCH_SECONDS)


def _local_timezone_from_utc(dt):
    """The local time zone at the UTC time dt (naive fields)."""
    secs = (((_ymd2ord(dt._year, dt._month, dt._day) - _EPOCH_ORDINAL) * 24
             + dt._hour) * 60 + dt._minute) * 60 + dt._second
    return _local_timezone_from_timestamp(secs)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (the behaviour of CPython 3.11's C parser, on UTF-8 bytes)

_PADDING = b"\0" * 32


def _iso_digits(b, p, n):
    v = 0
    for i in range(p, p + n):
        c = b[i] - 48
        if c < 0 or c > 9:
            return -1
        v = v * 10 + c
    return v


def _find_iso_separator(b, n):
    """Where the date part of a datetime string ends (-1 if it cannot)."""
    if n == 7:
        return 7
    if b[4] == 45:                               # '-'
        if b[5] == 87:                           # 'W'
            if n < 8:
                return -1
            if n > 8 and b[8] == 45:
                if n == 9:
                    return -1
                if n > 10 and 48 <= b[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if b[4] == 87:
        i = 7
        while i < n and 48 <= b[i] <= 57:
            i += 1
        if i < 9:
            return i
        if i % 2 == 0:
            return 7
        return 8
    return 8


def _iso_to_ymd(y, week, day):
    """(0, y, m, d); (-2, ...) for a bad week, (-3, ...) for a bad weekday."""
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first = (_ymd2ord(y, 1, 1) + 6) % 7
            if first == 3 or (first == 2 and _is_leap(y)):
                ok = True
        if not ok:
            return -2, 0, 0, 0
    if day <= 0 or day >= 8:
        return -3, 0, 0, 0
    n = _iso_week1_monday(y) + (week - 1) * 7 + day - 1
    if n < 1:
        # CPython's C arithmetic yields an invalid month here
        return 0, 1, 0, 0
    y, m, d = _ord2ymd(n)
    return 0, y, m, d


def _parse_iso_date(b, length):
    """(rv, y, m, d); rv < 0 when the date part does not parse."""
    y = _iso_digits(b, 0, 4)
    if y < 0:
        return -1, 0, 0, 0
    p = 4
    dash = b[p] == 45
    if dash:
        p += 1
    if b[p] == 87:
        p += 1
        week = _iso_digits(b, p, 2)
        if week < 0:
            return -3, 0, 0, 0
        p += 2
        if p < length:
            if dash:
                if b[p] != 45:
                    return -2, 0, 0, 0
                p += 1
            day = _iso_digits(b, p, 1)
            if day < 0:
                return -4, 0, 0, 0
        else:
            day = 1
        rv, y, m, d = _iso_to_ymd(y, week, day)
        if rv:
            return rv - 3, 0, 0, 0
        return 0, y, m, d
    m = _iso_digits(b, p, 2)
    if m < 0:
        return -1, 0, 0, 0
    p += 2
    if dash:
        if b[p] != 45:
            return -2, 0, 0, 0
        p += 1
    d = _iso_digits(b, p, 2)
    if d < 0:
        return -1, 0, 0, 0
    return 0, y, m, d


def _parse_hms(b, p, end):
    """(rv, hh, mm, ss, us): rv 0 at the end of the text, 1 with more after it,
    negative on errors."""
    hh = mi = ss = 0
    has_sep = True
    for i in range(3):
        d1 = b[p] - 48
        d2 = b[p + 1] - 48
        if d1 < 0 or d1 > 9 or d2 < 0 or d2 > 9:
            return -3, 0, 0, 0, 0
        if i == 0:
            hh = d1 * 10 + d2
        elif i == 1:
            mi = d1 * 10 + d2
        else:
            ss = d1 * 10 + d2
        c = b[p + 2]
        p += 3
        if i == 0:
            has_sep = c == 58                    # ':'
        if p >= end:
            return (1 if c != 0 else 0), hh, mi, ss, 0
        if has_sep and c == 58:
            continue
        if c == 46 or c == 44:                   # '.' or ','
            break
        if not has_sep:
            p -= 1
            continue
        return -4, 0, 0, 0, 0
    remain = end - p
    n = 6 if remain >= 6 else remain
    us = _iso_digits(b, p, n)
    if us < 0:
        return -3, 0, 0, 0, 0
    p += n
    if n < 6:
        us *= 10 ** (6 - n)
    while 48 <= b[p] <= 57:
        p += 1
    return (1 if b[p] != 0 else 0), hh, mi, ss, us


def _parse_iso_time(b, p, length):
    """(rv, hh, mm, ss, us, tz seconds, tz microseconds): rv 0 without an offset,
    1 with one, negative on errors."""
    end = p + length
    tzpos = p
    while True:
        c = b[tzpos]
        if c == 90 or c == 43 or c == 45:        # 'Z', '+', '-'
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, hh, mi, ss, us = _parse_hms(b, p, tzpos)
    if rv < 0:
        return rv, 0, 0, 0, 0, 0, 0
    if tzpos == end:
        if rv == 1:
            return -5, 0, 0, 0, 0, 0, 0
        return 0, hh, mi, ss, us, 0, 0
    if b[tzpos] == 90:
        if b[tzpos + 1] != 0:
            return -5, 0, 0, 0, 0, 0, 0
        return 1, hh, mi, ss, us, 0, 0
    sign = -1 if b[tzpos] == 45 else 1
    rv, th, tm, ts, tus = _parse_hms(b, tzpos + 1, end)
    if rv:
        return -5, 0, 0, 0, 0, 0, 0
    return 1, hh, mi, ss, us, sign * (th * 3600 + tm * 60 + ts), sign * tus


def _iso_tz(rv, seconds, us):
    if rv != 1:
        return None
    if seconds == 0:
        return _UTC
    return timezone(timedelta(0, seconds, us))


# ---------------------------------------------------------------------------
# strftime: %z %Z %f as CPython expands them, then the rest as glibc does

_E_OK = frozenset("cnprstuxyzCPRTXYZ%")
_O_OK = frozenset("bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%")
_SUBFORMATS = {
    "c": "%a %b %e %H:%M:%S %Y",
    "D": "%m/%d/%y",
    "F": "%Y-%m-%d",
    "r": "%I:%M:%S %p",
    "R": "%H:%M",
    "T": "%H:%M:%S",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
}


def _wrap_strftime(obj, fmt, tt, tz, tzarg, us):
    if "\0" in fmt:
        fmt = fmt[:fmt.index("\0")]
    if "%" not in fmt:
        return fmt
    if "z" in fmt or "Z" in fmt or "f" in fmt:
        parts = []
        zrep = Zrep = None
        n = len(fmt)
        start = i = 0
        while True:
            i = fmt.find("%", i)
            if i < 0 or i + 1 >= n:
                break
            c = fmt[i + 1]
            if c == "z":
                if zrep is None:
                    zrep = ""
                    if tz is not None:
                        zrep = _format_offset(
                            _check_offset("utcoffset", tz.utcoffset(tzarg)), "")
                rep = zrep
            elif c == "Z":
                if Zrep is None:
                    Zrep = ""
                    if tz is not None:
                        name = _check_tzname(tz.tzname(tzarg))
                        if name is not None:
                            Zrep = name.replace("%", "%%")
                rep = Zrep
            elif c == "f":
                rep = "%06d" % us
            else:
                i += 2
                continue
            parts.append(fmt[start:i])
            parts.append(rep)
            i += 2
            start = i
        if parts:
            parts.append(fmt[start:])
            fmt = "".join(parts)
    # time.strftime's buffer (of wide characters): a result that does not fit
    # gives ''
    limit = 1024
    while limit < 256 * len(fmt):
        limit += limit
    tm = (tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7], tt[8])
    out = _gstrftime(fmt, tm, limit)
    if out is None or len(out) >= limit:
        return ""
    return out


def _wide_upper(s):
    """towupper() on each character."""
    if s.isascii():
        return s.upper()
    out = []
    for c in s:
        u = c.upper()
        out.append(u if len(u) == 1 else c)
    return "".join(out)


def _wide_lower(s):
    if s.isascii():
        return s.lower()
    out = []
    for c in s:
        u = c.lower()
        out.append(u if len(u) == 1 else c)
    return "".join(out)


def _gfield(s, width, pad):
    """glibc's add(): s padded on the left to width."""
    if width > len(s):
        if pad == "0":
            return "0" * (width - len(s)) + s
        return " " * (width - len(s)) + s
    return s


def _gnumber(v, digits, pad, width, spacepad):
    if spacepad:
        if pad != "0" and pad != "-":
            pad = "_"
    elif pad is None:
        pad = "0"
    s = str(v)
    if pad != "-" and len(s) < digits:
        if pad == "_":
            s = " " * (digits - len(s)) + s
        else:
            s = "0" * (digits - len(s)) + s
    if width > len(s):
        if pad == "0":
            return "0" * (width - len(s)) + s
        return " " * (width - len(s)) + s
    return s


def _gstrftime(fmt, tm, limit):
    """Format as glibc's wcsftime in the C locale; None when a field is wider
    than limit."""
    y, mon, mday, hh, mi, ss, wd, yd, isdst = tm
    out = []
    n = len(fmt)
    i = 0
    while True:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        k = j + 1
        if k < n:
            # the common directives, without flags, width or modifier
            c = fmt[k]
            if c == "Y":
                out.append(str(y))
                i = k + 1
                continue
            if c == "m":
                out.append(_TWO[mon])
                i = k + 1
                continue
            if c == "d":
                out.append(_TWO[mday])
                i = k + 1
                continue
            if c == "H":
                out.append(_TWO[hh])
                i = k + 1
                continue
            if c == "M":
                out.append(_TWO[mi])
                i = k + 1
                continue
            if c == "S":
                out.append(_TWO[ss])
                i = k + 1
                continue
        pad = None
        upper = False
        swap = False
        while k < n:
            c = fmt[k]
            if c == "_" or c == "-" or c == "0":
                pad = c
            elif c == "^":
                upper = True
            elif c == "#":
                swap = True
            else:
                break
            k += 1
        width = -1
        if k < n and "1" <= fmt[k] <= "9":
            width = 0
            while k < n and "0" <= fmt[k] <= "9":
                if width < _INT_MAX:
                    width = width * 10 + ord(fmt[k]) - 48
                    if width > _INT_MAX:
                        width = _INT_MAX
                k += 1
            if width >= limit:
                return None
        mod = None
        if k < n and (fmt[k] == "E" or fmt[k] == "O"):
            mod = fmt[k]
            k += 1
        if k >= n:
            # '%' and flags at the very end: copied
            text = fmt[j:]
            if upper:
                text = _wide_upper(text)
            out.append(_gfield(text, width, pad))
            break
        c = fmt[k]
        i = k + 1
        if mod is not None and c not in (_E_OK if mod == "E" else _O_OK):
            c = ""
        if c == "d":
            out.append(_gnumber(mday, 2, pad, width, False))
        elif c == "m":
            out.append(_gnumber(mon, 2, pad, width, False))
        elif c == "Y":
            out.append(_gnumber(y, 1, pad, width, False))
        elif c == "H":
            out.append(_gnumber(hh, 2, pad, width, False))
        elif c == "M":
            out.append(_gnumber(mi, 2, pad, width, False))
        elif c == "S":
            out.append(_gnumber(ss, 2, pad, width, False))
        elif c == "y":
            out.append(_gnumber(y % 100, 2, pad, width, False))
        elif c == "a" or c == "A" or c == "b" or c == "B" or c == "h":
            if c == "a":
                s = _DAY_ABBRS[wd]
            elif c == "A":
                s = _DAY_NAMES[wd]
            elif c == "B":
                s = _MONTH_NAMES[mon]
            else:
                s = _MONTH_ABBRS[mon]
            if upper or swap:
                s = s.upper()
            out.append(_gfield(s, width, pad))
        elif c == "p" or c == "P":
            s = "AM" if hh < 12 else "PM"
            if c == "P" or swap:
                s = s.lower()
            elif upper:
                s = s.upper()
            out.append(_gfield(s, width, pad))
        elif c == "I" or c == "l":
            h12 = hh % 12
            if h12 == 0:
                h12 = 12
            out.append(_gnumber(h12, 2, pad, width, c == "l"))
        elif c == "e":
            out.append(_gnumber(mday, 2, pad, width, True))
        elif c == "k":
            out.append(_gnumber(hh, 2, pad, width, True))
        elif c == "j":
            out.append(_gnumber(yd, 3, pad, width, False))
        elif c in _SUBFORMATS:
            s = _gstrftime(_SUBFORMATS[c], tm, limit)
            if upper:
                s = _wide_upper(s)
            out.append(_gfield(s, width, pad))
        elif c == "C":
            out.append(_gnumber(y // 100, 1, pad, width, False))
        elif c == "G" or c == "g" or c == "V":
            iy, iw, _ = _isocalendar(y, mon, mday)
            if c == "G":
                out.append(_gnumber(iy, 1, pad, width, False))
            elif c == "g":
                out.append(_gnumber(iy % 100, 2, pad, width, False))
            else:
                out.append(_gnumber(iw, 2, pad, width, False))
        elif c == "U":
            sunday_wd = (wd + 1) % 7
            out.append(_gnumber((yd - 1 + 7 - sunday_wd) // 7, 2, pad, width, False))
        elif c == "W":
            out.append(_gnumber((yd - 1 + 7 - wd) // 7, 2, pad, width, False))
        elif c == "u":
            out.append(_gnumber(wd + 1, 1, pad, width, False))
        elif c == "w":
            out.append(_gnumber((wd + 1) % 7, 1, pad, width, False))
        elif c == "n":
            out.append(_gfield("\n", width, pad))
        elif c == "t":
            out.append(_gfield("\t", width, pad))
        elif c == "%":
            out.append(_gfield("%", width, pad))
        elif c == "s":
            t = int(_time.mktime((y, mon, mday, hh, mi, ss, wd, yd, isdst)))
            out.append(_gfield(str(t), width, pad))
        elif c == "z":
            # CPython hands glibc a struct tm whose tm_gmtoff is 0
            if isdst >= 0:
                out.append(_gfield("+", width, pad))
                out.append(_gnumber(0, 4, pad, width, False))
        elif c == "Z":
            zone = ""
            if isdst >= 0:
                zone = _time.tzname[1 if isdst else 0]
            if swap:
                zone = _wide_lower(zone)
            elif upper:
                zone = _wide_upper(zone)
            out.append(_gfield(zone, width, pad))
        else:
            # unknown conversion: the directive is copied as it is ('#' has
            # already asked for capitals when the conversion is b, B or h)
            text = fmt[j:k + 1]
            if upper or (swap and fmt[k] in "bBh"):
                text = _wide_upper(text)
            fill = width - len(text)
            if fill > 0:
                text = ("0" if pad == "0" else " ") * fill + text
            out.append(text)
    return "".join(out)
