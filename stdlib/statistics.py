"""Mathematical statistics of numeric data (Gilt's statistics).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides mean, fmean (weights=), geometric_mean, harmonic_mean (weights=), median,
median_low, median_high, median_grouped (interval=), mode, multimode, pstdev,
pvariance (mu=), stdev, variance (xbar=), quantiles (n=, method='exclusive' or
'inclusive') and the exception StatisticsError (a ValueError).

Data may be ints, bools, floats and fractions.Fraction values, mixed as CPython
allows (the result type follows CPython's coercion: int < Fraction < float).
mean, harmonic_mean, variance and pvariance add up the data exactly as fractions and
round once at the end, and stdev/pstdev take a correctly rounded square root of the
exact variance, so results equal CPython 3.11's bit for bit; a nan or an infinity in
the data gives nan or inf as in CPython. Error messages are CPython's.

Differences from CPython: no Decimal support (Gilt has no decimal module), and
NormalDist, covariance, correlation and linear_regression are missing.
"""

import math as _math
from fractions import Fraction as _Fraction

__all__ = [
    "StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
    "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


_INF = float("inf")


# ---- exact sums ----------------------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for a float nan or inf."""
    method = getattr(x, "as_integer_ratio", None)
    if method is not None:
        try:
            return method()
        except (OverflowError, ValueError):
            return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _coerce(T, S):
    """The type of a result computed from values of types T and S."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, _Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, _Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_sum(data):
    """(result type, exact total as a Fraction or a non-finite float, count)."""
    count = 0
    kinds = []
    previous = None
    partials = {}
    special = None
    for x in data:
        kind = type(x)
        if kind is not previous:
            if kind not in kinds:
                kinds.append(kind)
            previous = kind
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            partials[d] = partials.get(d, 0) + n
    if special is not None:
        total = special
    else:
        total = _Fraction(0)
        for d, n in partials.items():
            total += _Fraction(n, d)
    T = int
    for kind in kinds:
        T = _coerce(T, kind)
    return T, total, count


def _convert(value, T):
    """value (a Fraction or float) as type T, as CPython's statistics converts it."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _sqrt_ratio(n, m):
    """The square root of n/m (n >= 0, m > 0) correctly rounded to a float."""
    if n == 0:
        return 0.0
    # Scale by 2**scale so that the integer root has about 60 bits, keep a sticky
    # bit when it is inexact, and let the single conversion to float round.
    scale = (120 - (n.bit_length() - m.bit_length())) // 2
    if scale >= 0:
        top = n << (2 * scale)
        root = _math.isqrt(top // m)
        if root * root * m != top:
            root |= 1
        return root / (1 << scale)
    bottom = m << (-2 * scale)
    root = _math.isqrt(n // bottom)
    if root * root * bottom != n:
        root |= 1
    return float(root << -scale)


def _as_list(data):
    if iter(data) is data:
        return list(data)
    return data


# ---- averages --------------------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data, computed exactly and rounded once."""
    T, total, n = _exact_sum(_as_list(data))
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Arithmetic mean of data as a float (math.fsum), optionally weighted."""
    if weights is None:
        values = list(data)
        total = _math.fsum(values)
        if not values:
            raise StatisticsError("fmean requires at least one data point")
        return total / len(values)
    values = list(data)
    weights = list(weights)
    num = _math.fsum([x * w for x, w in zip(values, weights)])
    if len(values) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        logs = []
        for x in data:
            logs.append(_math.log(x))
        return _math.exp(fmean(logs))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted; 0 if a value is 0."""
    data = _as_list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, _Fraction)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        weight_total = _exact_sum(_no_negatives(weights, message))[1]
    try:
        checked = _no_negatives(data, message)
        T, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(weight_total / total, T)


def median(data):
    """Middle value of data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Middle value of data, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Middle value of data, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in classes of width interval centred on the values
    (the 50th percentile, interpolated), as a float."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # data[first:stop] holds every copy of x
    first = 0
    hi = n
    while first < hi:
        mid = (first + hi) // 2
        if data[mid] < x:
            first = mid + 1
        else:
            hi = mid
    stop = first
    hi = n
    while stop < hi:
        mid = (stop + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            stop = mid + 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    low = x - interval / 2.0
    return low + interval * (n / 2 - first) / (stop - first)


def _count(data):
    """{key: [first value seen, count]} in first-seen order, equal values sharing a
    key. Numbers are keyed by an int when whole and by a Fraction otherwise, so
    that a dict lookup never has to compare a built-in number with a Fraction
    (Gilt does not yet try the reflected __eq__ in that case)."""
    counts = {}
    for x in data:
        key = x
        if isinstance(x, _Fraction):
            if x.denominator == 1:
                key = x.numerator
        elif isinstance(x, float) and x == x and x not in (_INF, -_INF):
            whole, frac = x.as_integer_ratio()
            key = whole if frac == 1 else _Fraction(whole, frac)
        entry = counts.get(key)
        if entry is None:
            counts[key] = [x, 1]
        else:
            entry[1] += 1
    return counts


def mode(data):
    """The most common value of data (the first one seen on a tie)."""
    best = None
    best_count = 0
    for value, count in _count(data).values():
        if count > best_count:
            best = value
            best_count = count
    if not best_count:
        raise StatisticsError("no mode for empty data")
    return best


def multimode(data):
    """All the most common values of data, in the order first seen."""
    counts = list(_count(data).values())
    if not counts:
        return []
    top = max(count for value, count in counts)
    return [value for value, count in counts if count == top]


# ---- spread ----------------------------------------------------------------------------

def _sum_of_squares(data, center=None):
    """(type, exact sum of squared deviations, count): deviations from center, or
    from the exact mean of data when center is None."""
    if center is not None:
        return _exact_sum((x - center) * (x - center) for x in data)
    T, total, count = _exact_sum(data)
    if count == 0:
        return T, _Fraction(0), 0
    if not isinstance(total, _Fraction):
        return T, total, count          # nan or inf
    mean_n, mean_d = (total / count).as_integer_ratio()
    partials = {}
    for x in data:
        n, d = _ratio(x)
        diff_n = n * mean_d - d * mean_n
        diff_d = d * mean_d
        key = diff_d * diff_d
        partials[key] = partials.get(key, 0) + diff_n * diff_n
    ss = _Fraction(0)
    for d, n in partials.items():
        ss += _Fraction(n, d)
    return T, ss, count


def variance(data, xbar=None):
    """Sample variance of data (n - 1 in the denominator); xbar is the mean if
    already known."""
    data = _as_list(data)
    T, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data; mu is the mean if already known."""
    data = _as_list(data)
    T, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _root(value):
    # Like CPython 3.11, a nan or inf variance (a float) has no numerator: the
    # AttributeError escapes.
    return _sqrt_ratio(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation of data (square root of variance)."""
    data = _as_list(data)
    T, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(ss / (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation of data (square root of pvariance)."""
    data = _as_list(data)
    T, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(ss / n)


def quantiles(data, *, n=4, method="exclusive"):
    """Cut points dividing data into n intervals of equal probability; method
    'exclusive' (the default) or 'inclusive' as in CPython."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = size + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > size - 1:
                j = size - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))
