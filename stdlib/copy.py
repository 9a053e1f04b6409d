"""Shallow and deep copy operations (Gilt's copy).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides copy(x), deepcopy(x, memo=None) and the exception Error (alias error).

* copy(x) returns x itself for immutable values (numbers, strings, bytes, tuples,
  frozensets, ranges, slices, functions, classes, ...), a new container for lists, dicts,
  sets and bytearrays, calls x.__copy__() when the class defines it, and otherwise makes a
  new instance of x's class without calling __init__ and gives it a copy of x.__dict__
  (or of what __getstate__ returns, handed to __setstate__ when defined).
* deepcopy(x) copies recursively, keeping a memo (id -> copy) so shared and recursive
  structures are copied once; x.__deepcopy__(memo) is used when defined. A tuple is only
  copied when one of its items changes. Like CPython, the memo also keeps the originals
  alive in a list stored under memo[id(memo)].

Differences from CPython: there is no copyreg and no __reduce_ex__/__reduce__ protocol;
values of other built-in types (modules, generators, files, ...) raise
TypeError("cannot pickle '<type>' object") as CPython's pickling fallback does.
Subclasses of list, dict and set are copied as instances (class, __dict__ and items).
"""


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


# Types whose values are never copied (by copy or deepcopy).
_ATOMIC = {
    type(None), int, float, complex, bool, str, bytes, type, range,
    type(len), type(_function), type(...), type(NotImplemented), property,
    type(_function.__code__),
}
try:
    import weakref as _weakref
    _ATOMIC.add(_weakref.ref)
except ImportError:
    pass

# Shallow copy also leaves these alone.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}

_METHOD = type(_Probe().method)

_MISSING = object()


def _no_copy(x):
    return TypeError(f"cannot pickle '{type(x).__name__}' object")


def _object_state(x):
    """The state of a plain instance: what __getstate__ returns when the class defines
    it, else its __dict__ (None when empty), paired with a dict of set __slots__."""
    cls = type(x)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return x.__getstate__(), True
    state = getattr(x, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if state is not None and name in state:
                continue
            value = getattr(x, name, _MISSING)
            if value is not _MISSING:
                slots[name] = value
    if slots:
        return (state, slots), False
    return state, False


def _set_state(y, state, custom):
    if state is None and not custom:
        return
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        target = y.__dict__
        for key, value in state.items():
            target[key] = value
    if slots:
        for key, value in slots.items():
            setattr(y, key, value)


def _new_like(x, deep, memo):
    """A new, empty object of x's class, made without calling __init__ (exceptions are
    made from their args, as CPython's exception pickling does)."""
    cls = type(x)
    if isinstance(x, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        return cls(*args)
    if getattr(cls, "__module__", None) == "builtins":
        raise _no_copy(x)
    return cls.__new__(cls)


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = _new_like(x, False, None)
    state, custom = _object_state(x)
    _set_state(y, state, custom)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        for key, value in x.items():
            y[key] = value
    elif isinstance(x, set):
        y.update(x)
    return y


def _keep_alive(x, memo):
    """Remember x in the memo so that its id cannot be reused while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x.

    memo is a dict from id(original) to its copy, shared by the whole copy operation;
    __deepcopy__(memo) methods should pass it on to nested deepcopy calls.
    """
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A recursive tuple may already have been copied while copying its items.
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        y = x
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset:
        items = deepcopy(list(x), memo)
        y = cls(items)
    elif cls is bytearray:
        y = cls(x)
    elif cls is slice:
        y = slice(
            deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif cls is _METHOD:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _new_like(x, True, memo)
            state, custom = _object_state(x)
            memo[key] = y
            if state is not None or custom:
                state = deepcopy(state, memo)
            _set_state(y, state, custom)
            if isinstance(x, list):
                for item in x:
                    y.append(deepcopy(item, memo))
            elif isinstance(x, dict):
                for k, v in x.items():
                    y[deepcopy(k, memo)] = deepcopy(v, memo)
            elif isinstance(x, set):
                for item in x:
                    y.add(deepcopy(item, memo))
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y
