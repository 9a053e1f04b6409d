"""Bisection algorithms on sorted sequences (Gilt's bisect).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides bisect_left, bisect_right (alias bisect), insort_left, insort_right (alias
insort), each with the optional lo, hi and key= arguments of CPython 3.11.

Differences from CPython: the functions are plain Gilt functions (CPython's are built-in),
so their type() and the wording of errors about wrong argument types may differ.
"""


def _check_bounds(lo, hi, a):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where x would be inserted into the sorted list a, to the left of
    any equal items: a[lo:i] are all < x and a[i:hi] are all >= x.

    With key, key(item) is compared with x (x itself is not passed to key).
    """
    hi = _check_bounds(lo, hi, a)
    if key is None:
        while lo < hi:
            middle = (lo + hi) // 2
            if a[middle] < x:
                lo = middle + 1
            else:
                hi = middle
    else:
        while lo < hi:
            middle = (lo + hi) // 2
            if key(a[middle]) < x:
                lo = middle + 1
            else:
                hi = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where x would be inserted into the sorted list a, to the right of
    any equal items: a[lo:i] are all <= x and a[i:hi] are all > x.

    With key, key(item) is compared with x (x itself is not passed to key).
    """
    hi = _check_bounds(lo, hi, a)
    if key is None:
        while lo < hi:
            middle = (lo + hi) // 2
            if x < a[middle]:
                hi = middle
            else:
                lo = middle + 1
    else:
        while lo < hi:
            middle = (lo + hi) // 2
            if x < key(a[middle]):
                hi = middle
            else:
                lo = middle + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it.

    With key, the position is found by comparing key(x) with key(item).
    """
    if key is None:
        index = bisect_left(a, x, lo, hi)
    else:
        index = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it.

    With key, the position is found by comparing key(x) with key(item).
    """
    if key is None:
        index = bisect_right(a, x, lo, hi)
    else:
        index = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right
