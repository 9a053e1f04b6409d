"""Python's operators as functions (Gilt's operator module).

Written in the Gilt subset of Python, so it also runs unchanged on CPython:
operator.add(a, b) is a + b, operator.getitem(a, b) is a[b], and so on, plus the
callable builders itemgetter, attrgetter and methodcaller.
"""

# The builtins that this module's functions of the same name shadow.
_builtin_abs = abs

# Comparisons.


def lt(a, b):
    """a < b"""
    return a < b


def le(a, b):
    """a <= b"""
    return a <= b


def eq(a, b):
    """a == b"""
    return a == b


def ne(a, b):
    """a != b"""
    return a != b


def ge(a, b):
    """a >= b"""
    return a >= b


def gt(a, b):
    """a > b"""
    return a > b


# Logic and identity.


def not_(a):
    """not a"""
    return not a


def truth(a):
    """True if a is true, False otherwise."""
    return bool(a)


def is_(a, b):
    """a is b"""
    return a is b


def is_not(a, b):
    """a is not b"""
    return a is not b


# Arithmetic and bitwise operators.


def abs(a):
    """abs(a)"""
    return _builtin_abs(a)


def add(a, b):
    """a + b"""
    return a + b


def and_(a, b):
    """a & b"""
    return a & b


def floordiv(a, b):
    """a // b"""
    return a // b


def index(a):
    """a converted to an integer (a.__index__())."""
    if isinstance(a, int):
        return int(a) if type(a) is bool else a
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


def inv(a):
    """~a"""
    return ~a


invert = inv


def lshift(a, b):
    """a << b"""
    return a << b


def mod(a, b):
    """a % b"""
    return a % b


def mul(a, b):
    """a * b"""
    return a * b


def matmul(a, b):
    """a @ b"""
    return a.__matmul__(b)


def neg(a):
    """-a"""
    return -a


def or_(a, b):
    """a | b"""
    return a | b


def pos(a):
    """+a"""
    return +a


def pow(a, b):
    """a ** b"""
    return a ** b


def rshift(a, b):
    """a >> b"""
    return a >> b


def sub(a, b):
    """a - b"""
    return a - b


def truediv(a, b):
    """a / b"""
    return a / b


def xor(a, b):
    """a ^ b"""
    return a ^ b


# Sequences.


def _check_sequence(a):
    if isinstance(a, (int, float, bool)) or a is None:
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b):
    """a + b, for sequences a and b."""
    _check_sequence(a)
    return a + b


def contains(a, b):
    """b in a (note the reversed operands)."""
    return b in a


def countOf(a, b):
    """The number of items of a that are (or equal) b."""
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b):
    """del a[b]"""
    del a[b]


def getitem(a, b):
    """a[b]"""
    return a[b]


def indexOf(a, b):
    """The position of the first item of a that is (or equals) b."""
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    """a[b] = c"""
    a[b] = c


def length_hint(obj, default=0):
    """len(obj) if it has one, else obj.__length_hint__(), else default."""
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    return value


# In-place operators: like `a += b; return a`.


def iadd(a, b):
    """a += b"""
    a += b
    return a


def iand(a, b):
    """a &= b"""
    a &= b
    return a


def iconcat(a, b):
    """a += b, for sequences."""
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b):
    """a //= b"""
    a //= b
    return a


def ilshift(a, b):
    """a <<= b"""
    a <<= b
    return a


def imod(a, b):
    """a %= b"""
    a %= b
    return a


def imul(a, b):
    """a *= b"""
    a *= b
    return a


def ior(a, b):
    """a |= b"""
    a |= b
    return a


def ipow(a, b):
    """a **= b"""
    a **= b
    return a


def irshift(a, b):
    """a >>= b"""
    a >>= b
    return a


def isub(a, b):
    """a -= b"""
    a -= b
    return a


def itruediv(a, b):
    """a /= b"""
    a /= b
    return a


def ixor(a, b):
    """a ^= b"""
    a ^= b
    return a


# Callable builders.


class itemgetter:
    """itemgetter(i)(obj) is obj[i]; itemgetter(i, j)(obj) is (obj[i], obj[j])."""

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(repr(i) for i in self._items)})"


def _resolve_attr(obj, dotted):
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter('a')(obj) is obj.a; dotted names follow chains ('a.b' gives obj.a.b);
    several names give a tuple."""

    def __init__(self, attr, *attrs):
        for name in (attr,) + attrs:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = (attr,) + attrs

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return _resolve_attr(obj, self._attrs[0])
        return tuple(_resolve_attr(obj, a) for a in self._attrs)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(repr(a) for a in self._attrs)})"


class methodcaller:
    """methodcaller('name', *args, **kwargs)(obj) calls obj.name(*args, **kwargs)."""

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = tuple(args[2:])
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(a) for a in self._args)
        parts.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"


# Dunder aliases, as in CPython's operator module.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
