"""Higher-order functions and operations on callables (Gilt's functools).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides reduce, partial, update_wrapper, wraps, lru_cache, cache, cmp_to_key,
total_ordering and singledispatch.

partial pickles as CPython's does (__reduce__ and __setstate__ with CPython's state
tuple); it also has __copy__ and __deepcopy__, which copy as that reduction would.

Gilt notes:
* Gilt may refuse to set attributes such as ``__name__`` on functions; ``update_wrapper``
  then silently skips that attribute (it never fails because of it).
* ``lru_cache`` and ``singledispatch`` return ordinary functions, so they also work on
  methods; their extra attributes (``cache_info``, ``register``, ...) are attached when
  the interpreter allows attributes on functions.
* ``cached_property`` and ``singledispatchmethod`` are not provided: they need the
  descriptor protocol on user classes.
"""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

# A unique marker for "no argument given".
_MISSING = object()


def reduce(function, iterable, initial=_MISSING):
    """Apply function of two arguments cumulatively to the items of iterable.

    reduce(f, [a, b, c]) == f(f(a, b), c); with initial, it is placed before the items and
    serves as the result when the iterable is empty.
    """
    it = iter(iterable)
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New callable with some positional and keyword arguments of func already given.

    partial(f, 1, k=2)(3, j=4) calls f(1, 3, k=2, j=4). A partial of a partial is flattened,
    so .func is always the innermost callable. Keywords given at call time win.
    """

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self, func = args[0], args[1]
        args = tuple(args[2:])
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(*args, **keywords):
        self = args[0]
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args[1:], **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        # CPython's: (class, (func,), (func, args, keywords, __dict__ or None)).
        extra = None
        d = self.__dict__
        if len(d) > 3:
            extra = {}
            for key in d:
                if key != "func" and key != "args" and key != "keywords":
                    extra[key] = d[key]
        return type(self), (self.func,), (self.func, self.args, self.keywords, extra)

    # copy's module copies through __new__ and __dict__, which would bypass
    # __setstate__'s state form; these copy as CPython's reduction makes copy do.
    def __copy__(self):
        rv = self.__reduce__()
        result = rv[0](*rv[1])
        result.__setstate__(rv[2])
        return result

    def __deepcopy__(self, memo):
        from copy import deepcopy
        rv = self.__reduce__()
        result = rv[0](*deepcopy(rv[1], memo))
        memo[id(self)] = result
        result.__setstate__(deepcopy(rv[2], memo))
        return result

    def __setstate__(self, state):
        if type(state) is not tuple:
            raise TypeError("invalid partial state")
        if len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, extra = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (extra is not None and not isinstance(extra, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        d = self.__dict__
        d.clear()
        if extra:
            d.update(extra)
        self.func = func
        self.args = args
        self.keywords = keywords


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy name, doc, module, qualname, merge __dict__,
    and set wrapper.__wrapped__ = wrapped. Returns wrapper.

    Attributes the wrapped object lacks, or that the wrapper refuses, are skipped.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            source = getattr(wrapped, attr)
        except AttributeError:
            continue
        if attr == "__dict__":
            # Equivalent to wrapper.__dict__.update(source), but also right where
            # __dict__ is a snapshot rather than the live namespace.
            for key, value in list(source.items()):
                try:
                    setattr(wrapper, key, value)
                except (AttributeError, TypeError):
                    pass
            continue
        try:
            target = getattr(wrapper, attr)
            target.update(source)
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: @wraps(fn) applies update_wrapper(wrapper, fn) to the decorated
    wrapper function."""

    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


class _CacheInfo:
    """The statistics of an lru_cache: hits, misses, maxsize, currsize (tuple-like)."""

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _astuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._astuple()[index]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            return self._astuple() == other._astuple()
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    def __hash__(self):
        return hash(self._astuple())

    def __repr__(self):
        return (f"CacheInfo(hits={self.hits!r}, misses={self.misses!r}, "
                f"maxsize={self.maxsize!r}, currsize={self.currsize!r})")


_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """A hashable key for a call's arguments (keywords are order-sensitive, as in CPython)."""
    key = tuple(args)
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    """Build the caching function behind lru_cache."""
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                # Move the key to the most recently used end.
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and its statistics."""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        """The maxsize and typed arguments the cache was made with."""
        return {"maxsize": maxsize, "typed": typed}

    update_wrapper(wrapper, user_function)
    for name, value in (("cache_info", cache_info), ("cache_clear", cache_clear),
                        ("cache_parameters", cache_parameters)):
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoize a function, keeping at most maxsize recent results (None means
    unbounded). Usable as @lru_cache, @lru_cache() or @lru_cache(maxsize=N, typed=True).
    Arguments must be hashable.
    """
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used directly as @lru_cache.
        user_function = maxsize
        return _lru_wrapper(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Unbounded memoizing decorator: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    """Convert an old-style comparison function (returning <0, 0, >0) into a key function
    for sorted(), min(), max()."""

    class K:
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    return K


# For each root comparison, how to derive the other three from it and __eq__.
def _gt_from_lt(self, other):
    r = self.__lt__(other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = self.__lt__(other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = self.__lt__(other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = self.__le__(other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = self.__le__(other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = self.__le__(other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = self.__gt__(other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = self.__gt__(other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = self.__gt__(other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = self.__ge__(other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = self.__ge__(other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = self.__ge__(other)
    if r is NotImplemented:
        return r
    return not r


_ORDER_DERIVATIONS = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__, __ge__, fill in
    the other ordering methods."""
    roots = []
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        mine = getattr(cls, op, None)
        if mine is not None and mine is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # Prefer __lt__, then __le__, __gt__, __ge__ (the first defined one).
    root = roots[0]
    for name, derived in _ORDER_DERIVATIONS[root]:
        if name not in roots:
            setattr(cls, name, derived)
    return cls


def _find_impl(cls, registry):
    """The registered implementation for the nearest class in cls's MRO."""
    mro = getattr(cls, "__mro__", None) or (cls, object)
    for klass in mro:
        if klass in registry:
            return registry[klass]
    return registry[object]


def singledispatch(func):
    """Decorator: make func a generic function dispatching on the type of its first
    argument. Add implementations with @f.register(SomeType) (or @f.register with an
    annotated first parameter, or f.register(SomeType, impl))."""
    registry = {object: func}

    def dispatch(cls):
        """The implementation chosen for arguments of type cls."""
        return _find_impl(cls, registry)

    def register(cls, impl=None):
        """Register impl for cls; usable as a decorator."""
        if impl is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            # @register on a function whose first parameter is annotated with a class.
            impl = cls
            annotations = getattr(impl, "__annotations__", None) or {}
            classes = [v for k, v in annotations.items() if k != "return"]
            if not classes or not isinstance(classes[0], type):
                raise TypeError(
                    f"Invalid first argument to `register()`: {impl!r}. "
                    "Use either `@register(some_class)` or plain `@register` on an "
                    "annotated function.")
            cls = classes[0]
        registry[cls] = impl
        return impl

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return _find_impl(type(args[0]), registry)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    update_wrapper(wrapper, func)
    for name, value in (("register", register), ("dispatch", dispatch),
                        ("registry", registry)):
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    return wrapper
