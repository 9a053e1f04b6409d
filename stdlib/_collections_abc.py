"""Abstract base classes for containers (Gilt's _collections_abc, re-exported by
collections.abc).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides the ABCs of CPython 3.11: Awaitable, Coroutine, AsyncIterable, AsyncIterator,
AsyncGenerator, Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
Callable, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
ItemsView, ValuesView, Sequence, MutableSequence and ByteString, with their abstract
methods, their mixin methods, the structural __subclasshook__ checks (a class with
__iter__ is an Iterable, ...) and the built-in types registered as in CPython (list is a
MutableSequence, dict a MutableMapping, the dict views KeysView/ItemsView/ValuesView,
the built-in iterators Iterators, ...; collections.deque a MutableSequence and ChainMap
a MutableMapping, as CPython's collections registers them). Subscripting an ABC
(Iterable[int], Callable[[int], str]) gives a generic alias as types.GenericAlias does.

Differences from CPython, following what Gilt has:
* The __dict__ of Gilt's built-in types does not list all their methods, so the
  structural checks use a table of which of the checked methods each built-in type
  has (as in CPython) instead of reading the built-in types' __dict__.
* Gilt has no __mro_entries__, so a generic alias is a class (of the metaclass
  GenericAlias, shown as types.GenericAlias): used as a base in a class statement
  (class M(Mapping[str, int])), its metaclass makes the class with the alias replaced by
  its origin and __orig_bases__ set. isinstance(Iterable[int], type) is True; its
  attributes are not forwarded to the origin; hash() of an alias is by identity in Gilt,
  but equal aliases made the same way are the same object. ``X | Y`` unions are missing.
* Gilt has no coroutines: the async ABCs' methods are plain functions, and no built-in
  type is registered as a Coroutine or AsyncGenerator. There is no bytearray or
  memoryview to register; Gilt's mapping proxy (types.MappingProxyType) and array.array
  are classes written in Python, registered as a Mapping and a MutableSequence by
  whichever of their module and this one is imported last.
"""

import sys
from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

__name__ = "collections.abc"


# ---- the built-in types registered below -------------------------------------------

def _type_of(make):
    try:
        return type(make())
    except (TypeError, NameError, OverflowError, ValueError):
        return None


bytes_iterator = type(iter(b""))
bytearray_iterator = _type_of(lambda: iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
longrange_iterator = _type_of(lambda: iter(range(1 << 1000)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)


def _gen():
    yield


generator = type(_gen())


def _callable_probe():
    return 0


class _Probe:
    def method(self):
        pass


# Every iterator type of Gilt's that can be named, for the structural table: the ones
# above and those of reversed(), enumerate(), map(), filter(), iter(f, sentinel), ...
_iterator_types = []
for _t in (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
           dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
           longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator,
           _type_of(lambda: iter("\u00e9")), _type_of(lambda: reversed(())),
           _type_of(lambda: reversed(range(0))), _type_of(lambda: reversed({})),
           _type_of(lambda: reversed({}.keys())), _type_of(lambda: reversed({}.values())),
           _type_of(lambda: reversed({}.items())), _type_of(lambda: iter(frozenset())),
           _type_of(lambda: enumerate(())), _type_of(lambda: map(len, ())),
           _type_of(lambda: filter(None, ())), _type_of(lambda: iter(_callable_probe, 0)),
           zip, map, filter, enumerate, reversed):
    if isinstance(_t, type) and _t not in _iterator_types and _t is not generator:
        _iterator_types.append(_t)

# Which of the methods the structural checks look for each built-in type defines
# itself (True) or sets to None (so that it does not have it), as in CPython.
_NATIVE = {}


def _native(names, *types):
    entry = {}
    for name in names.split():
        if name[0] == "-":
            entry[name[1:]] = None
        else:
            entry[name] = True
    for t in types:
        if t is not None:
            _NATIVE[t] = entry


_native("__hash__", object)
_native("-__hash__ __iter__ __len__ __contains__ __reversed__", list, dict, dict_keys,
        dict_items)
_native("-__hash__ __iter__ __len__ __contains__", set,
        _type_of(lambda: bytearray()))
_native("__iter__ __len__ __contains__", tuple, str, frozenset)
_native("__iter__ __len__ __contains__ __bytes__", bytes)
_native("__int__ __float__ __index__ __abs__ __round__", int)
_native("__int__ __float__ __abs__ __round__", float)
_native("__iter__ __len__ __contains__ __reversed__", range)
_native("__iter__ __len__ __reversed__", dict_values)
_native("__iter__ __next__", *_iterator_types)
_native("__iter__ __next__ send throw close", generator)
_native("__call__", type, type(_gen), type(len), type([].append),
        type(_Probe().method), staticmethod)
_native("-__hash__", slice)
if mappingproxy is not dict:
    _native("__iter__ __len__ __contains__ __reversed__", mappingproxy)
del _t


def _check_methods(C, *methods):
    """True when every one of `methods` is found along C's MRO (and is not set to None
    where it is found), else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            entry = _NATIVE.get(B)
            if entry is None:
                entry = B.__dict__
            if method in entry:
                if entry[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---- generic aliases ----------------------------------------------------------------

def _is_typevar(obj):
    """Whether obj is a type variable (a typing.TypeVar or ParamSpec)."""
    return not isinstance(obj, type) and hasattr(obj, "__typing_subst__")


def _is_param_expr(obj):
    """Whether obj is ..., a ParamSpec or a typing.Concatenate[...]."""
    if obj is Ellipsis:
        return True
    name = type(obj).__name__
    return name == "ParamSpec" or name == "_ConcatenateGenericAlias"


def _collect_parameters(args):
    """The type variables in args (and in the aliases among them), in order."""
    params = []
    for arg in args:
        if isinstance(arg, GenericAlias):
            found = arg.__dict__.get("__parameters__", ())
        elif isinstance(arg, type):
            continue
        elif isinstance(arg, (list, tuple)):
            found = _collect_parameters(arg)
        elif _is_typevar(arg):
            found = (arg,)
        else:
            found = getattr(arg, "__parameters__", ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _subst_arg(arg, mapping):
    """arg with the type variables of `mapping` replaced by their values."""
    if _is_typevar(arg):
        for key, value in mapping:
            if key is arg:
                return value
        return arg
    if isinstance(arg, list):
        return [_subst_arg(a, mapping) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_subst_arg(a, mapping) for a in arg)
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        return arg
    params = getattr(arg, "__parameters__", None)
    if params and isinstance(params, tuple):
        values = tuple(_subst_arg(p, mapping) for p in params)
        return arg[values[0] if len(values) == 1 else values]
    return arg


def _ga_repr(obj):
    """How an argument of a generic alias is shown (types.GenericAlias's way)."""
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join([_ga_repr(a) for a in obj]) + "]"
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, (GenericAlias, type(_gen))) or not hasattr(obj, "__dict__"):
        qualname = getattr(obj, "__qualname__", None)
    else:
        qualname = obj.__dict__.get("__qualname__")
    module = getattr(obj, "__module__", None)
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    if isinstance(qualname, str) and isinstance(module, str):
        if module == "builtins":
            return qualname
        return module + "." + qualname
    return repr(obj)


_alias_cache = {}


def _new_alias(meta, origin, args, extra=None, name=None):
    """A new generic alias class of metaclass `meta` (its attributes __origin__, __args__
    and __parameters__, plus those of `extra`), made without running meta.__new__.
    Aliases are cached (unless `extra` has '_nocache' or something does not hash), so
    equal ones made the same way are the same object."""
    key = (meta, origin, args)
    if extra:
        key = None if "_nocache" in extra else key + tuple(extra.items())
    if key is not None:
        try:
            found = _alias_cache.get(key)
        except TypeError:
            key = found = None
        if found is not None:
            return found
    if name is None:
        name = getattr(origin, "__name__", None) or type(origin).__name__
    ns = {"__origin__": origin, "__args__": args,
          "__parameters__": _collect_parameters(args),
          "__module__": getattr(origin, "__module__", "typing"),
          "__qualname__": getattr(origin, "__qualname__", name)}
    if extra:
        ns.update(extra)
    alias = type.__new__(meta, name, (), ns)
    if key is not None:
        _alias_cache[key] = alias
    return alias


def _make_class(name, bases, namespace, kwargs):
    """A class statement (or type(name, bases, ns)) with generic aliases among the bases:
    what __mro_entries__ would do in CPython. Each alias is replaced by its entries, the
    given bases are kept in __orig_bases__, and the class is made by the most derived
    metaclass of the new bases."""
    resolved = []
    for base in bases:
        if isinstance(base, GenericAlias):
            for entry in type(base).__mro_entries__(base, bases):
                resolved.append(entry)
        else:
            resolved.append(base)
    namespace["__orig_bases__"] = bases
    meta = type
    for base in resolved:
        bmeta = type(base)
        if issubclass(bmeta, meta):
            meta = bmeta
        elif not issubclass(meta, bmeta):
            raise TypeError("metaclass conflict: the metaclass of a derived class must "
                            "be a (non-strict) subclass of the metaclasses of all its "
                            "bases")
    return meta(name, tuple(resolved), namespace, **kwargs)


class GenericAlias(ABCMeta):
    """The metaclass of generic aliases such as Iterable[int]: the origin (__origin__)
    with arguments (__args__). Calling one calls the origin; it substitutes its type
    variables (__parameters__) when subscripted; it cannot be used with isinstance().
    GenericAlias(origin, args) makes one."""

    def __new__(mcls, *args, **kwargs):
        if len(args) == 2 and not kwargs:
            origin, params = args
            if not isinstance(params, tuple):
                params = (params,)
            return _new_alias(GenericAlias, origin, params)
        if len(args) != 3:
            raise TypeError("GenericAlias expected 2 arguments, got %d" % len(args))
        return _make_class(args[0], args[1], args[2], kwargs)

    def __init__(cls, *args, **kwargs):
        pass

    def __repr__(cls):
        args = cls.__args__
        if not args:
            return _ga_repr(cls.__origin__) + "[()]"
        inner = ", ".join([_ga_repr(a) for a in args])
        return _ga_repr(cls.__origin__) + "[" + inner + "]"

    def __call__(cls, *args, **kwargs):
        result = cls.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = cls
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(cls, bases):
        return (cls.__origin__,)

    def __eq__(cls, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (type(cls) is type(other) and cls.__origin__ == other.__origin__
                and cls.__args__ == other.__args__)

    def __ne__(cls, other):
        result = type(cls).__eq__(cls, other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(cls):
        return hash(cls.__origin__) ^ hash(cls.__args__)

    def __instancecheck__(cls, instance):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(cls, subclass):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def register(cls, subclass):
        return cls.__origin__.register(subclass)

    def __getitem__(cls, items):
        params = cls.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (cls,))
        if not isinstance(items, tuple):
            items = (items,)
        if len(params) == 1 and _is_param_expr(params[0]) and \
                not (len(items) == 1 and (_is_param_expr(items[0])
                                          or isinstance(items[0], (list, tuple)))):
            items = (list(items),)
        if len(items) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(items) > len(params) else "few", cls,
                               len(items), len(params)))
        mapping = list(zip(params, items))
        return cls._rebuild(tuple([_subst_arg(a, mapping) for a in cls.__args__]))

    def _rebuild(cls, args):
        return _new_alias(type(cls), cls.__origin__, args)


class _CallableGenericAlias(GenericAlias):
    """Callable[[arg, ...], result]: __args__ holds the argument types then the result."""

    def __repr__(cls):
        args = cls.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return GenericAlias.__repr__(cls)
        return "%s[[%s], %s]" % (_ga_repr(cls.__origin__),
                                 ", ".join([_ga_repr(a) for a in args[:-1]]),
                                 _ga_repr(args[-1]))

    def _rebuild(cls, args):
        return _callable_alias(type(cls), cls.__origin__, args)


def _callable_args(params):
    """Callable[...]'s subscript checked and flattened to (arg, ..., result)."""
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    t_args, t_result = params
    if isinstance(t_args, (tuple, list)):
        return tuple(t_args) + (t_result,)
    if not _is_param_expr(t_args):
        raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                        "Concatenate. Got %s" % (t_args,))
    return (t_args, t_result)


def _callable_alias(meta, origin, args):
    """A Callable alias from already flattened args, a substituted list argument spread
    out again."""
    if len(args) == 2 and isinstance(args[0], (list, tuple)):
        args = tuple(args[0]) + (args[1],)
    return _new_alias(meta, origin, args)


# ---- the ABCs -----------------------------------------------------------------------

def _raise_thrown(typ, val, tb):
    """What the default throw() and athrow() do: raise val, or typ() when val is None
    (typ itself when tb is None too), with tb as its traceback."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throw(self, kind):
    """What the default close() does: throw GeneratorExit in, which must come back out
    (or StopIteration)."""
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(kind + " ignored GeneratorExit")


class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine; return the next yielded value or raise
        StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine; return the next yielded value or raise
        StopIteration."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside the coroutine."""
        _close_by_throw(self, "coroutine")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, "__await__", "send", "throw", "close")
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """Return the next item or raise StopAsyncIteration when exhausted."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    def __anext__(self):
        """Return the next item from the asynchronous generator."""
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise an exception in the asynchronous generator."""
        _raise_thrown(typ, val, tb)

    def aclose(self):
        """Raise GeneratorExit inside the asynchronous generator."""
        return self.athrow(GeneratorExit)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, "__aiter__", "__anext__", "asend", "athrow",
                                  "aclose")
        return NotImplemented


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item from the iterator. When exhausted, raise StopIteration"""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, "__iter__", "__next__")
        return NotImplemented


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator. When exhausted, raise
        StopIteration."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator; return the next yielded value or raise
        StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator; return the next yielded value or raise
        StopIteration."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside the generator."""
        _close_by_throw(self, "generator")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return _callable_alias(_CallableGenericAlias, cls, _callable_args(item))


# ---- sets ---------------------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container whose elements are unique. Concrete subclasses
    define __contains__, __iter__ and __len__; the comparisons and the &, |, - and ^
    operators come from here (results are made by the classmethod _from_iterable, by
    default the class called with an iterable)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a set of this kind from an iterable (override when the constructor
        does not take one)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([value for value in other if value in self])

    __rand__ = __and__

    def isdisjoint(self, other):
        """Return True if two sets have a null intersection."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in self if value not in other])

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in other if value not in self])

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash of the set as frozenset computes it (for subclasses that want to be
        hashable: __hash__ = Set._hash)."""
        maxsize = sys.maxsize
        mask = 2 * maxsize + 1
        h = 1927868237 * (len(self) + 1)
        h &= mask
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= mask
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= mask
        if h > maxsize:
            h -= mask + 1
        if h == -1:
            h = 590923713
        return h

    __hash__ = None


class MutableSet(Set):
    """A set that can change: concrete subclasses also define add and discard."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ---- mappings -----------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: concrete subclasses define __getitem__, __iter__ and
    __len__; get, __contains__, keys, items, values and __eq__ come from here."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return KeysView(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return ItemsView(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            v = mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_marker = object()


class MutableMapping(Mapping):
    """A mapping that can change: concrete subclasses also define __setitem__ and
    __delitem__; pop, popitem, clear, update and setdefault come from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
        If key is not found, d is returned if given, otherwise KeyError is raised."""
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair
        as a 2-tuple; but raise KeyError if D is empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """D.clear() -> None.  Remove all items from D."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- sequences ----------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: concrete subclasses define __getitem__ and __len__;
    __iter__, __contains__, __reversed__, index and count come from here."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
        Raises ValueError if the value is not present."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """S.count(value) -> integer -- return number of occurrences of value"""
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n


class ByteString(Sequence):
    """This unifies bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change: concrete subclasses also define __setitem__,
    __delitem__ and insert; append, clear, reverse, extend, pop, remove and += come
    from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """S.insert(index, value) -- insert value before index"""
        raise IndexError

    def append(self, value):
        """S.append(value) -- append value to the end of the sequence"""
        self.insert(len(self), value)

    def clear(self):
        """S.clear() -> None -- remove all items from S"""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """S.reverse() -- reverse *IN PLACE*"""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """S.extend(iterable) -- extend sequence by appending elements from the
        iterable"""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """S.pop([index]) -> item -- remove and return item at index (default last).
        Raise IndexError if list is empty or index is out of range."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """S.remove(value) -- remove first occurrence of value.
        Raise ValueError if the value is not present."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- registrations ------------------------------------------------------------------

for _t in _iterator_types:
    Iterator.register(_t)
del _t
Generator.register(generator)
KeysView.register(dict_keys)
ValuesView.register(dict_values)
ItemsView.register(dict_items)
Set.register(frozenset)
MutableSet.register(set)
if mappingproxy is not dict:
    Mapping.register(mappingproxy)
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
ByteString.register(bytes)
MutableSequence.register(list)
for _name in ("memoryview",):
    _t = _type_of(lambda: memoryview(b""))
    if _t is not None:
        Sequence.register(_t)
_t = _type_of(lambda: bytearray())
if _t is not None:
    ByteString.register(_t)
    MutableSequence.register(_t)
del _t, _name


def _register_collections():
    """Register collections.deque and ChainMap as CPython's collections does (when
    collections is already importable)."""
    try:
        import collections
        MutableSequence.register(collections.deque)
        MutableMapping.register(collections.ChainMap)
    except (ImportError, AttributeError):
        pass


_register_collections()
del _register_collections


def _register_loaded():
    """Register the library classes that are C types registered by CPython, when their
    module is already loaded (else the module registers them when it is)."""
    if "types" in sys.modules:
        Mapping.register(sys.modules["types"].MappingProxyType)
    if "array" in sys.modules:
        MutableSequence.register(sys.modules["array"].array)


_register_loaded()
del _register_loaded
