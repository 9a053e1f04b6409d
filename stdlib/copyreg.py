"""Helpers for pickle and copy (Gilt's copyreg).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides:

* dispatch_table, pickle(type, function[, constructor]), constructor(object): the
  registry of reduction functions that pickle consults before an object's own
  __reduce_ex__ (complex is registered, as in CPython);
* __newobj__(cls, *args) and __newobj_ex__(cls, args, kwargs): the callables named in
  reductions that pickle turns into the NEWOBJ and NEWOBJ_EX opcodes;
* _reconstructor(cls, base, state) and _reduce_ex(obj, proto): the reduction used for
  protocols 0 and 1;
* _slotnames(cls): the names of a class's __slots__ (mangled, without __dict__ and
  __weakref__), cached in cls.__slotnames__;
* add_extension, remove_extension, clear_extension_cache and the registries
  _extension_registry, _inverted_registry, _extension_cache.

Gilt's object has no __reduce_ex__, __reduce__ or __getstate__ methods, so the default
reductions CPython's object provides are worked out by pickle itself (see pickle's
docstring); _reduce_ex here does the protocol 0/1 part of that work.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_native(klass):
    # Classes written in Python carry '__module__' in their namespace; the built-in
    # types do not.
    return "__module__" not in klass.__dict__


def _native_base(cls):
    for klass in cls.__mro__:
        if _is_native(klass):
            return klass
    return object


_object_getstate = getattr(object, "__getstate__", None)


def _reduce_ex(self, proto):
    cls = self.__class__
    base = _native_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is None or getstate is _object_getstate:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getattr(self, "__dict__", None)
    else:
        dict = self.__getstate__()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name == "__dict__" or name == "__weakref__":
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    if stripped:
                        name = "_" + stripped + name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
