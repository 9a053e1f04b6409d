"""Support for type hints (Gilt's typing).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides the names of CPython 3.11's typing.__all__: Any, Union, Optional, Literal,
ClassVar, Final, Annotated, NoReturn, Never, Self, LiteralString, TypeAlias, TypeGuard,
Required, NotRequired, Unpack, Concatenate, TypeVar, ParamSpec (args/kwargs),
TypeVarTuple, Generic (subscriptable generic classes: class Stack(Generic[T]),
Stack[int]() is a Stack), Protocol (runtime_checkable, structural isinstance/issubclass),
NamedTuple (class syntax with defaults and methods, and the functional form), TypedDict
(class syntax with total=, Required/NotRequired, and the functional form; instances are
dicts), NewType, the generic aliases of the built-in and collections.abc classes (List,
Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Generator, Mapping,
MutableMapping, Sequence, MutableSequence, Deque, DefaultDict, OrderedDict, Counter,
ChainMap, Awaitable, Coroutine, AsyncIterator, Hashable, Sized, ..., Pattern, Match,
ContextManager), SupportsInt/Float/Complex/Bytes/Index/Abs/Round, IO/TextIO/BinaryIO,
AnyStr, Text, TYPE_CHECKING, cast, assert_type, assert_never, reveal_type, overload
(get_overloads, clear_overloads), final, no_type_check, no_type_check_decorator,
dataclass_transform, runtime_checkable, get_type_hints (string annotations evaluated,
include_extras), get_origin, get_args, is_typeddict, ForwardRef. Subscripting gives
CPython's reprs (typing.List[int], typing.Optional[int], ~T, typing.Callable[[int], str])
and equality; aliases can be unioned with |; isinstance() works with the unsubscripted
aliases and Union[...] and raises CPython's TypeError for subscripted generics.

Differences from CPython, following what Gilt has:
* Gilt has no __mro_entries__, so subscripted aliases (List[int], Generic[T],
  Stack[int]) and the unsubscripted ones (List) are classes whose metaclass makes a class
  statement that names them as bases put their origin (and Generic) in their place and
  set __orig_bases__: isinstance(List[int], type) is True, type(List[int]) is still
  typing._GenericAlias. With such an alias among the bases, another metaclass than type
  or ABCMeta (from metaclass= or from another base) is a metaclass conflict, and
  metaclass=ABCMeta is lost (class C(Generic[T], metaclass=ABCMeta) gets type; class
  C(ABC, Generic[T]) works). Attributes of the origin are not reachable through an
  alias, and hash() of an alias is by identity (equal aliases made the same way are the
  same object, but Union[int, str] and Union[str, int] are equal with different hashes).
* Protocol classes have ABCMeta as metaclass (their instance checks are hooked into it).
* Gilt's functions keep no __annotations__, so get_type_hints() of a function is {}.
* NewType, TypeVar and the functional NamedTuple/TypedDict take their module from
  sys._getframe; where the frame that made them cannot be found (without sys._getframe,
  or past a frame Gilt entered from native code) they take '__main__'.
* Generic NamedTuple and TypedDict classes (with Generic[T] among the bases) are not
  supported; Gilt has no ``int | str`` for classes (use Union), and isinstance() with a
  special form (NoReturn, ...) gives Gilt's own TypeError message.
* No typing.io / typing.re submodules.
"""

import sys
import collections
import collections.abc
import contextlib
import _collections_abc as _cabc
from abc import ABCMeta, abstractmethod
import abc as _abc

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never',
    'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'Unpack',
]

_NoneType = type(None)
_GA = _cabc.GenericAlias
_is_param_expr = _cabc._is_param_expr


def _caller(default='__main__'):
    """The __name__ of the module calling the caller (CPython reads it from the frame;
    without sys._getframe it is `default`)."""
    try:
        return sys._getframe(2).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _type_repr(obj):
    """How typing shows an argument: classes by qualified name, ... as '...'."""
    if isinstance(obj, type) and not isinstance(obj, _GA):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _function():
    pass


_FunctionType = type(_function)


class _Final:
    """Classes of typing that cannot be subclassed."""

    __slots__ = ()

    def __init_subclass__(cls, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


def _type_convert(arg, module=None, allow_special_forms=False):
    """None as NoneType, a string as a ForwardRef."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, allow_special_forms=False):
    """arg converted by _type_convert, refused (TypeError) when it cannot be a type
    argument."""
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid = invalid + (ClassVar,)
        if is_argument:
            invalid = invalid + (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg is Any or arg is NoReturn or arg is Never or arg is Self \
            or arg is LiteralString or arg is TypeAlias:
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


_tp_cache = {}


def _freeze(params):
    """A hashable key for subscription arguments: lists as tuples, with the types of
    the values (Literal[1] is not Literal[True])."""
    if isinstance(params, tuple):
        key = []
        for p in params:
            if isinstance(p, list):
                key.append(('[]', tuple(p)))
            else:
                key.append((type(p), p))
        return tuple(key)
    if isinstance(params, list):
        return ('[]', tuple(params))
    return (type(params), params)


def _cached(func):
    """Cache the results of a __getitem__: subscribing with the same arguments gives the
    same alias (arguments that do not hash are not cached)."""

    def inner(self, params):
        try:
            key = (func, self, _freeze(params))
            return _tp_cache[key]
        except KeyError:
            pass
        except TypeError:
            return func(self, params)
        result = func(self, params)
        _tp_cache[key] = result
        return result

    inner.__name__ = func.__name__
    inner.__qualname__ = getattr(func, '__qualname__', func.__name__)
    inner.__doc__ = func.__doc__
    return inner


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec))


# ---- special forms ------------------------------------------------------------------

class _SpecialForm(_Final, _root=True):
    # A name such as typing.Union or typing.NoReturn: not a class; some are
    # subscriptable.

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item == '__name__' or item == '__qualname__':
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_cached
    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return issubclass(type(obj), self)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        if self.__module__ == 'builtins':
            return f"<class '{self.__qualname__}'>"
        return f"<class '{self.__module__}.{self.__qualname__}'>"


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _SpecialForm('NoReturn', doc="Special type indicating functions that never "
                        "return.")
Never = _SpecialForm('Never', doc="The bottom type, a type that has no members.")
Self = _SpecialForm('Self', doc="Used to spell the type of \"self\" in classes.")
LiteralString = _SpecialForm('LiteralString', doc="Represents an arbitrary literal "
                             "string.")
TypeAlias = _SpecialForm('TypeAlias', doc="Special form for marking type aliases.")


def _single(name, doc):
    """A special form taking exactly one type: ClassVar[int], Final[int], ..."""

    def getitem(self, parameters):
        item = _type_check(parameters, f'{self} accepts only single type.')
        return _generic_alias(self, (item,), name=self._name)

    return _SpecialForm(name, getitem, doc)


ClassVar = _single('ClassVar', "Special type construct to mark class variables.")
Final = _single('Final', "Special typing construct to indicate final names.")
Required = _single('Required', "A special typing construct to mark a key of a "
                   "total=False TypedDict as required.")
NotRequired = _single('NotRequired', "A special typing construct to mark a key of a "
                      "TypedDict as potentially missing.")


def _typeguard(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _generic_alias(self, (item,), name='TypeGuard')


TypeGuard = _SpecialForm('TypeGuard', _typeguard, "Special typing form used to annotate "
                         "the return type of a user-defined type guard function.")


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _flatten_union(tuple([_type_check(p, msg) for p in parameters]))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _new(_UnionGenericAlias, self, parameters, 'Optional', True)
    return _new(_UnionGenericAlias, self, parameters, 'Union', True)


Union = _SpecialForm('Union', _union_getitem, "Union type; Union[X, Y] means either X "
                     "or Y.")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


Optional = _SpecialForm('Optional', _optional_getitem, "Optional[X] is equivalent to "
                        "Union[X, None].")


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    seen = []
    for p in flat:
        key = (type(p), p)
        try:
            if key in seen:
                continue
        except TypeError:
            pass
        seen.append(key)
        unique.append(p)
    parameters = tuple(unique)
    try:
        types = tuple([type(p) for p in parameters])
        hash(parameters)
    except TypeError:
        types = None
    extra = {'_types': types}
    if types is None:
        extra['_nocache'] = []
    return _new(_LiteralGenericAlias, self, parameters, 'Literal', True, extra)


Literal = _SpecialForm('Literal', _literal_getitem, "Special typing form to define "
                       "literal types (a.k.a. value types).")


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (isinstance(parameters[-1], ParamSpec) or parameters[-1] is Ellipsis):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = tuple([_type_check(p, msg) for p in parameters[:-1]]) + (parameters[-1],)
    return _new(_ConcatenateGenericAlias, self, parameters, None, True)


Concatenate = _SpecialForm('Concatenate', _concatenate_getitem, "Used in conjunction "
                           "with ParamSpec and Callable to represent a higher order "
                           "function which adds, removes or transforms parameters of a "
                           "callable.")


def _unpack_getitem(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _new(_UnpackGenericAlias, self, (item,), 'Unpack', True)


Unpack = _SpecialForm('Unpack', _unpack_getitem, "Type unpack operator.")


# ---- type variables -----------------------------------------------------------------

class _TypeVarLike(_Final, _root=True):
    def _variance(self, name, covariant, contravariant, bound):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound is not None:
            bound = _type_check(bound, "Bound must be a type.")
        self.__bound__ = bound

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class TypeVar(_TypeVarLike, _root=True):
    """Type variable: T = TypeVar('T'), optionally constrained (TypeVar('A', str,
    bytes)), bound (bound=...), covariant or contravariant. Shown as ~T, +T_co, -T_contra.
    """

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self._variance(name, covariant, contravariant, bound)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple([_type_check(t, msg) for t in constraints])
        module = _caller()
        if module != 'typing':
            self.__module__ = module


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts'), used as *Ts / Unpack[Ts]."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _root=True):
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs(_Final, _root=True):
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(_TypeVarLike, _root=True):
    """Parameter specification variable: P = ParamSpec('P'), for Callable[P, T]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._variance(name, covariant, contravariant, None)
        self.__bound__ = bound
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple([_type_check(a, "Expected a type.") for a in arg])
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg


# ---- generic aliases ----------------------------------------------------------------

def _new(meta, origin, args, name, inst, extra=None):
    """The alias class of metaclass `meta` for origin[args] (cached)."""
    ns = {'_name': name, '_inst': inst, '__module__': 'typing'}
    if extra:
        ns.update(extra)
    return _cabc._new_alias(meta, origin, args, ns,
                            name or getattr(origin, '__name__', None))


def _generic_alias(origin, args, name=None, inst=True):
    return _new(_GenericAlias, origin, args, name, inst)


class _BaseGenericAlias(_GA):
    """What typing's aliases have in common: calling makes an instance of the origin
    (unless it is List, Dict, ...), | makes a Union."""

    def __call__(cls, *args, **kwargs):
        if not cls._inst:
            raise TypeError(f"Type {cls._name} cannot be instantiated; "
                            f"use {cls.__origin__.__name__.lower()}() instead")
        result = cls.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = cls
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(cls, bases):
        res = []
        if cls.__origin__ not in bases:
            res.append(cls.__origin__)
        i = _index(bases, cls)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type)
                                                    and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __instancecheck__(cls, obj):
        return type(cls).__subclasscheck__(cls, type(obj))

    def __subclasscheck__(cls, subclass):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(cls, right):
        return Union[cls, right]

    def __ror__(cls, left):
        return Union[left, cls]


def _index(bases, item):
    for i, b in enumerate(bases):
        if b is item:
            return i
    raise ValueError("tuple.index(x): x not in tuple")


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Generic[T], Stack[int], ClassVar[int], ..."""

    def __repr__(cls):
        if cls._name:
            name = 'typing.' + cls._name
        else:
            name = _type_repr(cls.__origin__)
        args = cls.__args__
        if args:
            inner = ', '.join([_type_repr(a) for a in args])
        else:
            inner = '()'
        return f'{name}[{inner}]'

    def __eq__(cls, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return cls.__origin__ == other.__origin__ and cls.__args__ == other.__args__

    def __hash__(cls):
        return hash((cls.__origin__, cls.__args__))

    @_cached
    def __getitem__(cls, args):
        if cls.__origin__ is Generic or cls.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {cls}")
        params = cls.__parameters__
        if not params:
            raise TypeError(f"{cls} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        if len(params) == 1 and isinstance(params[0], ParamSpec) and \
                not (len(args) == 1 and (isinstance(args[0], (list, tuple))
                                         or _is_param_expr(args[0]))):
            args = (args,)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} "
                            f"arguments for {cls}; actual {len(args)}, expected "
                            f"{len(params)}")
        mapping = [(p, p.__typing_subst__(a)) for p, a in zip(params, args)]
        new_args = []
        for old in cls.__args__:
            if isinstance(old, TypeVarTuple):
                new_args.append(old)
            else:
                new_args.append(_cabc._subst_arg(old, mapping))
        return type(cls).copy_with(cls, tuple(new_args))

    def copy_with(cls, args):
        return _new(type(cls), cls.__origin__, args, cls._name, cls._inst)

    def __mro_entries__(cls, bases):
        origin = cls.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {cls!r}")
        if cls._name:
            return _BaseGenericAlias.__mro_entries__(cls, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = _index(bases, cls)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not cls:
                    return ()
        return (origin,)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a class: typing.List, typing.Mapping, ... isinstance()
    and issubclass() go to the class."""

    def __repr__(cls):
        return 'typing.' + cls._name

    def __eq__(cls, other):
        if cls is other:
            return True
        return NotImplemented

    def __hash__(cls):
        return hash(cls._name)

    @_cached
    def __getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple([_type_check(p, msg) for p in params])
        n = cls._nparams
        if n == 0:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != n:
            raise TypeError(f"Too {'many' if len(params) > n else 'few'} arguments for "
                            f"{cls}; actual {len(params)}, expected {n}")
        return type(cls).copy_with(cls, params)

    def copy_with(cls, params):
        return _generic_alias(cls.__origin__, params, name=cls._name, inst=cls._inst)

    def __subclasscheck__(cls, subclass):
        if isinstance(subclass, _SpecialGenericAlias):
            return issubclass(subclass.__origin__, cls.__origin__)
        if not isinstance(subclass, _GenericAlias):
            return issubclass(subclass, cls.__origin__)
        return _BaseGenericAlias.__subclasscheck__(cls, subclass)


def _special(origin, nparams, name=None, inst=True, meta=None):
    if name is None:
        name = origin.__name__
    ns = {'__origin__': origin, '_name': name, '_inst': inst, '_nparams': nparams,
          '__module__': 'typing', '__qualname__': name}
    return type.__new__(meta or _SpecialGenericAlias, name, (), ns)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[arg, ...], result]."""

    def __repr__(cls):
        args = cls.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return _GenericAlias.__repr__(cls)
        return (f"typing.Callable[[{', '.join([_type_repr(a) for a in args[:-1]])}], "
                f"{_type_repr(args[-1])}]")

    def copy_with(cls, args):
        if len(args) == 2 and isinstance(args[0], (list, tuple)):
            args = tuple(args[0]) + (args[1],)
        return _new(_CallableGenericAlias, cls.__origin__, args, cls._name, cls._inst)


class _CallableType(_SpecialGenericAlias):
    """typing.Callable."""

    def copy_with(cls, params):
        return _new(_CallableGenericAlias, cls.__origin__, params, cls._name, cls._inst)

    @_cached
    def __getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return _CallableType.copy_with(cls, (Ellipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(a) for a in args])
        return _CallableType.copy_with(cls, args + (result,))


class _TupleType(_SpecialGenericAlias):
    """typing.Tuple: Tuple[int, str], Tuple[int, ...], Tuple[()]."""

    @_cached
    def __getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is Ellipsis:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple([_type_check(p, msg) for p in params[:-1]])
            return type(cls).copy_with(cls, params + (Ellipsis,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple([_type_check(p, msg) for p in params])
        return type(cls).copy_with(cls, params)


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y] (and Optional[X]): equal whatever the order of the arguments;
    isinstance() is true for an instance of any of them."""

    def copy_with(cls, params):
        return Union[params]

    def __eq__(cls, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(cls.__args__) == set(other.__args__)

    def __hash__(cls):
        return hash(frozenset(cls.__args__))

    def __repr__(cls):
        args = cls.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f"typing.Union[{', '.join([_type_repr(a) for a in args])}]"

    def __subclasscheck__(cls, subclass):
        for arg in cls.__args__:
            if issubclass(subclass, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    """Literal[1, 'a']: equal whatever the order of the values."""

    def __eq__(cls, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set([(type(a), a) for a in cls.__args__]) == \
            set([(type(a), a) for a in other.__args__])

    def __hash__(cls):
        return hash(frozenset([(type(a), a) for a in cls.__args__]))

    def __repr__(cls):
        if not cls.__args__:
            return "typing.Literal[()]"
        return f"typing.Literal[{', '.join([repr(a) for a in cls.__args__])}]"


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(cls, params):
        if isinstance(params[-1], (list, tuple)):
            return tuple(params[:-1]) + tuple(params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = tuple(params[:-1]) + params[-1].__args__
        return _new(_ConcatenateGenericAlias, cls.__origin__, params, None, True)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(cls):
        return '*' + _type_repr(cls.__args__[0])


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: __origin__ is T, __metadata__ the rest."""

    def __repr__(cls):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(cls.__origin__), ", ".join([repr(a) for a in cls.__metadata__]))

    def copy_with(cls, params):
        return _annotated(params[0], cls.__metadata__)

    def __eq__(cls, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (cls.__origin__ == other.__origin__
                and cls.__metadata__ == other.__metadata__)

    def __hash__(cls):
        return hash((cls.__origin__, cls.__metadata__))

    def __mro_entries__(cls, bases):
        return (cls.__origin__,)


def _annotated(origin, metadata):
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    extra = {'__metadata__': metadata}
    try:
        hash(metadata)
    except TypeError:
        extra['_nocache'] = []
    return _new(_AnnotatedAlias, origin, (origin,), None, True, extra)


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, ValueRange(0, 5)]."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _annotated(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---- Generic and Protocol -----------------------------------------------------------

class Generic:
    """Abstract base class for generic types: class Stack(Generic[T]) makes Stack
    subscriptable (Stack[int]), with __parameters__ (T,)."""

    __slots__ = ()
    _is_protocol = False

    @_cached
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_convert(p) for p in params])
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be "
                                f"empty")
            for p in params:
                if not _is_typevar_like(p):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    f"variables or parameter specification variables.")
            for i, p in enumerate(params):
                for q in params[:i]:
                    if q is p:
                        raise TypeError(f"Parameters to {cls.__name__}[...] must all be "
                                        f"unique")
        else:
            expected = getattr(cls, '__parameters__', ())
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(expected) == 1 and isinstance(expected[0], ParamSpec) and \
                    not (len(params) == 1 and (isinstance(params[0], (list, tuple))
                                               or _is_param_expr(params[0]))):
                params = (params,)
            if len(params) != len(expected):
                raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, expected "
                                f"{len(expected)}")
            params = tuple([p.__typing_subst__(a) for p, a in zip(expected, params)])
        return _generic_alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            error = False
            for b in orig:
                if b is Generic:
                    error = True
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol' \
                and type(cls) is not _TypedDictMeta
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if orig is not None:
            tvars = _cabc._collect_parameters(orig)
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple "
                                        "types.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join([str(t) for t in missing])
                    s_args = ', '.join([str(g) for g in gvars])
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__',
                     '_is_protocol', '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__',
                  '__subclasshook__', '__weakref__', '__class_getitem__']
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']
_GILT_EXCLUDED = ('__qualname__', '__abc_instancehook__', '__init_subclass__',
                  '__classcell__')


def _get_protocol_attrs(cls):
    """The names a protocol class asks for (its own and its protocol bases')."""
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__)
        annotations = base.__dict__.get('__annotations__', {})
        for name in annotations:
            names.append(name)
        for attr in names:
            if not attr.startswith('_abc_') and attr not in EXCLUDED_ATTRIBUTES \
                    and attr not in _GILT_EXCLUDED and attr not in attrs:
                attrs.append(attr)
    return attrs


def _is_callable_members_only(cls):
    for attr in _get_protocol_attrs(cls):
        if not callable(getattr(cls, attr, None)):
            return False
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _proto_hook(cls, other):
    """The __subclasshook__ of protocol classes: a class is a subclass when it has all
    the protocol's members."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _abc._recursing[0]:
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")
    if not _is_callable_members_only(cls):
        if _abc._recursing[0]:
            return NotImplemented
        raise TypeError("Protocols with non-method members"
                        " don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    native = _cabc._NATIVE
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            entries = native.get(base)
            if entries is None:
                entries = base.__dict__
            if attr in entries:
                if entries[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get('__annotations__', {})
            if isinstance(annotations, dict) and attr in annotations and \
                    issubclass(other, Generic) and other._is_protocol:
                break
        else:
            return NotImplemented
    return True


def _proto_instancecheck(cls, instance):
    """Run by ABCMeta.__instancecheck__ for protocol classes: True when the instance has
    all the members, None to go on with the usual ABC check."""
    if not getattr(cls, '_is_runtime_protocol', False):
        if _abc._recursing[0]:
            return None
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")
    if _is_callable_members_only(cls) and issubclass(type(instance), cls):
        return True
    for attr in _get_protocol_attrs(cls):
        if not hasattr(instance, attr):
            return None
        if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
            return None
    return True


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


class Protocol(Generic, metaclass=ABCMeta):
    """Base class for protocol classes: structural types whose members a class need
    only have (with @runtime_checkable, isinstance() checks them)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base is object or base is Generic
                    or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ())
                    or (issubclass(base, Generic) and base._is_protocol)):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        cls.__abc_instancehook__ = _proto_instancecheck


Protocol.__init__ = _no_init_or_replace_init
_ProtocolMeta = ABCMeta


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol, usable with isinstance() and
    issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- the aliases of classes ---------------------------------------------------------

Hashable = _special(collections.abc.Hashable, 0)
Awaitable = _special(collections.abc.Awaitable, 1)
Coroutine = _special(collections.abc.Coroutine, 3)
AsyncIterable = _special(collections.abc.AsyncIterable, 1)
AsyncIterator = _special(collections.abc.AsyncIterator, 1)
Iterable = _special(collections.abc.Iterable, 1)
Iterator = _special(collections.abc.Iterator, 1)
Reversible = _special(collections.abc.Reversible, 1)
Sized = _special(collections.abc.Sized, 0)
Container = _special(collections.abc.Container, 1)
Collection = _special(collections.abc.Collection, 1)
Callable = _special(collections.abc.Callable, 2, meta=_CallableType)
AbstractSet = _special(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _special(collections.abc.MutableSet, 1)
Mapping = _special(collections.abc.Mapping, 2)
MutableMapping = _special(collections.abc.MutableMapping, 2)
Sequence = _special(collections.abc.Sequence, 1)
MutableSequence = _special(collections.abc.MutableSequence, 1)
ByteString = _special(collections.abc.ByteString, 0)
Tuple = _special(tuple, -1, inst=False, name='Tuple', meta=_TupleType)
List = _special(list, 1, inst=False, name='List')
Deque = _special(collections.deque, 1, name='Deque')
Set = _special(set, 1, inst=False, name='Set')
FrozenSet = _special(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _special(collections.abc.MappingView, 1)
KeysView = _special(collections.abc.KeysView, 1)
ItemsView = _special(collections.abc.ItemsView, 2)
ValuesView = _special(collections.abc.ValuesView, 1)
ContextManager = _special(contextlib.AbstractContextManager, 1, name='ContextManager')
_AbstractAsyncContextManager = getattr(contextlib, 'AbstractAsyncContextManager', None)
if _AbstractAsyncContextManager is None:
    class _AbstractAsyncContextManager:
        """Stand-in for contextlib.AbstractAsyncContextManager (Gilt has no
        coroutines)."""
    _AbstractAsyncContextManager.__module__ = 'contextlib'
    _AbstractAsyncContextManager.__name__ = 'AbstractAsyncContextManager'
    _AbstractAsyncContextManager.__qualname__ = 'AbstractAsyncContextManager'
AsyncContextManager = _special(_AbstractAsyncContextManager, 1,
                               name='AsyncContextManager')
Dict = _special(dict, 2, inst=False, name='Dict')
DefaultDict = _special(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _special(collections.OrderedDict, 2)
Counter = _special(collections.Counter, 1)
ChainMap = _special(collections.ChainMap, 2)
Generator = _special(collections.abc.Generator, 3)
AsyncGenerator = _special(collections.abc.AsyncGenerator, 2)
Type = _special(type, 1, inst=False, name='Type')

# typing's own type variables
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co, AnyStr):
    _tv.__module__ = 'typing'
del _tv

Text = str
TYPE_CHECKING = False


def _re_types():
    import re
    return re.Pattern, re.Match


try:
    _pattern, _match = _re_types()
    Pattern = _special(_pattern, 1, name='Pattern')
    Match = _special(_match, 1, name='Match')
except (ImportError, AttributeError):
    pass


# ---- Supports* protocols ------------------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""

    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""

    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


# ---- IO -----------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO (a name for annotations)."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    @property
    @abstractmethod
    def closed(self):
        pass


for _name in ('close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline',
              'readlines', 'seek', 'seekable', 'tell', 'truncate', 'writable', 'write',
              'writelines', '__enter__', '__exit__'):
    def _io_method(self, *args):
        pass
    _io_method.__name__ = _name
    _io_method.__qualname__ = 'IO.' + _name
    setattr(IO, _name, abstractmethod(_io_method))
del _name, _io_method


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def __enter__(self):
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self):
        pass

    @property
    @abstractmethod
    def encoding(self):
        pass

    @property
    @abstractmethod
    def errors(self):
        pass

    @property
    @abstractmethod
    def line_buffering(self):
        pass

    @property
    @abstractmethod
    def newlines(self):
        pass

    @abstractmethod
    def __enter__(self):
        pass


# ---- NamedTuple, TypedDict, NewType -------------------------------------------------

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special_names = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                            '__classcell__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {}
    for n, t in types:
        annotations[n] = _type_check(t, f"field {n} annotation must be a type")
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    """The metaclass of NamedTuple: a class statement naming NamedTuple as base makes a
    collections.namedtuple class (fields from the annotations, defaults from the
    values), with the other attributes of the body copied in; calling NamedTuple is
    the functional form."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_names and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, list(fields), module=_caller())


NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {
    '__module__': 'typing', '__qualname__': 'NamedTuple',
    '__doc__': "Typed version of namedtuple: class P(NamedTuple): x: int; or "
               "NamedTuple('P', [('x', int)])."})


def _typeddict_qualifiers(tp):
    """The Required/NotRequired wrapped around an annotation (through Annotated)."""
    found = []
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and (tp.__origin__ is Required
                                                or tp.__origin__ is NotRequired):
            found.append(tp.__origin__)
            tp = tp.__args__[0]
        else:
            return found


class _TypedDictMeta(type):
    """The metaclass of TypedDict classes: a class statement makes a dict subclass
    with __annotations__, __required_keys__, __optional_keys__ and __total__; calling
    the class makes a plain dict."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_checked = {}
        for n, tp in own.items():
            own_checked[n] = _type_check(tp, msg, module=tp_dict.__module__)
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_checked)
        for key, tp in own_checked.items():
            qualifiers = _typeddict_qualifiers(tp)
            if Required in qualifiers:
                is_required = True
            elif NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(_caller(), *args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def _typeddict_functional(module, typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {'__annotations__': dict(fields), '__module__': module,
          '__qualname__': typename}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {
    '__module__': 'typing', '__qualname__': 'TypedDict',
    '__doc__': "A simple typed namespace. At runtime it is equivalent to a plain dict."})
TypedDict.__annotations__ = {}
TypedDict.__required_keys__ = frozenset()
TypedDict.__optional_keys__ = frozenset()
TypedDict.__total__ = True


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta and tp is not TypedDict


class NewType:
    """NewType('UserId', int): a callable returning its argument unchanged, for type
    checkers to treat as a distinct subtype."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        supername = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you "
                                f"were looking for: `{name} = NewType({name!r}, "
                                f"{supername})`")

        return (Dummy,)


# ---- functions ----------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that val has type typ; returns val."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr (and return obj)."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable: raises AssertionError."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods: the decorated definitions are
    recorded (get_overloads) and replaced by a function that raises
    NotImplementedError."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The overloads recorded for func, in the order they were defined."""
    f = getattr(func, "__func__", func)
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', None))
    found = _overload_registry.get(key)
    if not found:
        return []
    return list(found.values())


def clear_overloads():
    """Forget all the recorded overloads."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (sets __final__ where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: the annotations of arg are not type hints (get_type_hints gives {})."""
    if isinstance(arg, type):
        for key in list(arg.__dict__):
            obj = arg.__dict__[key]
            if isinstance(obj, _FunctionType) and \
                    getattr(obj, '__qualname__', '').startswith(arg.__qualname__ + '.'):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make a decorator that gives its result no_type_check."""

    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped_decorator, attr, getattr(decorator, attr))
        except (AttributeError, TypeError):
            pass
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking an object as giving dataclass-like behaviour."""

    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn

    return decorator


# ---- forward references and get_type_hints ------------------------------------------

class ForwardRef(_Final, _root=True):
    """A string annotation, evaluated by get_type_hints()."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None and \
                    self.__forward_module__ in sys.modules:
                globalns = _module_globals(self.__forward_module__)
            type_ = _type_check(eval(self.__forward_code__, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(
                type_, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GA) and not isinstance(t, _SpecialGenericAlias):
        args = t.__args__
        ev_args = tuple([_eval_type(a, globalns, localns, recursive_guard) for a in args])
        same = True
        for a, b in zip(args, ev_args):
            if a is not b:
                same = False
        if same:
            return t
        if isinstance(t, _GenericAlias):
            return type(t).copy_with(t, ev_args)
        return type(t)._rebuild(t, ev_args)
    return t


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and (t.__origin__ is Required
                                         or t.__origin__ is NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GA) and not isinstance(t, _SpecialGenericAlias):
        args = t.__args__
        stripped = tuple([_strip_annotations(a) for a in args])
        for a, b in zip(args, stripped):
            if a is not b:
                if isinstance(t, _GenericAlias):
                    return type(t).copy_with(t, stripped)
                return type(t)._rebuild(t, stripped)
    return t


_ModuleType = type(sys)


def _module_globals(name):
    """The namespace of the module called `name` ({} if there is none); vars() since
    Gilt's modules have no __dict__ attribute."""
    module = sys.modules.get(name, None)
    if module is None:
        return {}
    return vars(module)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a class (with its bases'), module or function, with string
    annotations evaluated and None as NoneType; Annotated is stripped unless
    include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = _module_globals(base.__module__)
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = _module_globals(obj.__name__)
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if callable(obj) or isinstance(obj, _ModuleType):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    result = {}
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, _ModuleType),
                               is_class=False)
        result[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union, get_origin(Annotated[int, x]) is Annotated;
    None for other objects."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GA, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted type, Callable's arguments as a list:
    get_args(Callable[[int], str]) is ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GA) and not isinstance(tp, _SpecialGenericAlias):
        res = tp.__args__
        if tp.__origin__ is collections.abc.Callable and \
                not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    return ()
