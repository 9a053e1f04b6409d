"""Names for the interpreter's built-in types, and a few helpers (Gilt's types).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides FunctionType, LambdaType, CodeType, MethodType, BuiltinFunctionType,
BuiltinMethodType, WrapperDescriptorType, MethodWrapperType, MethodDescriptorType,
ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType, GeneratorType,
CoroutineType, AsyncGeneratorType, ModuleType, TracebackType, FrameType, CellType,
NoneType, EllipsisType, NotImplementedType, GenericAlias, UnionType,
MappingProxyType, SimpleNamespace, new_class, resolve_bases, prepare_class, coroutine.

Each *Type name is the type of a real object of that kind, so ``type(lambda: 0) is
types.LambdaType`` holds. Differences from CPython, following what Gilt has:
* Gilt's bound methods of built-in objects ([].append) are ``method`` objects, and its
  slot wrappers and method descriptors (object.__init__, str.join) are built-in
  functions, so BuiltinMethodType is MethodType and the *Descriptor*/*Wrapper* types
  are BuiltinFunctionType. Descriptors of function attributes do not exist in Gilt, so
  GetSetDescriptorType and MemberDescriptorType are stand-in classes.
* CellType is a stand-in class when closure cells are not visible. GenericAlias and
  UnionType are the classes of ``list[int]`` and ``int | str``, written in Gilt
  (``_typing_alias``).
* coroutine() wraps the generators of a generator function in an awaitable object
  instead of marking the function's code, so their type is not GeneratorType.
* A class's ``__dict__`` is a plain dict in Gilt, so MappingProxyType is a read-only
  wrapper class written here (``mappingproxy``); class namespaces are not instances of it.
* Gilt cannot create module objects yet, so ModuleType('name') raises TypeError.
* FrameType comes from a traceback's frame, or (when tracebacks have no frames) from the
  frame a trace function receives during import of this module.
* DynamicClassAttribute is missing (Gilt cannot subclass property).
* new_class and prepare_class do not support metaclasses (Gilt has none): new_class
  builds the class with type(name, bases, namespace).
"""

import sys

__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
    "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
    "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
    "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
    "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
    "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
    "coroutine", "GenericAlias", "UnionType", "EllipsisType",
    "NoneType", "NotImplementedType",
]


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


def _generator():
    yield 1


GeneratorType = type(_generator())


class _Holder:
    def method(self):
        pass


MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _standin(name, module="builtins"):
    """A class standing for a built-in type Gilt does not have: it has the right name,
    and no value the interpreter makes is an instance of it."""
    cls = type(name, (), {})
    cls.__module__ = module
    return cls


try:
    GetSetDescriptorType = type(FunctionType.__code__)
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    GetSetDescriptorType = _standin("getset_descriptor")
    MemberDescriptorType = _standin("member_descriptor")


def _cell_type():
    value = 0

    def inner():
        return value

    return type(inner.__closure__[0])


try:
    CellType = _cell_type()
except AttributeError:
    CellType = _standin("cell")

def _async_types():
    namespace = {}
    exec("async def co():\n    pass\nasync def agen():\n    yield 1\n", namespace)
    probe = namespace["co"]()
    coroutine_type = type(probe)
    probe.close()
    return coroutine_type, type(namespace["agen"]())


try:
    CoroutineType, AsyncGeneratorType = _async_types()
except SyntaxError:
    CoroutineType = _standin("coroutine")
    AsyncGeneratorType = _standin("async_generator")

try:
    GenericAlias = type(list[int])
    if GenericAlias is type:
        raise TypeError
except TypeError:
    GenericAlias = _standin("GenericAlias", "types")

try:
    UnionType = type(int | str)
except TypeError:
    UnionType = _standin("UnionType", "types")


def _frame_and_traceback():
    try:
        raise RuntimeError
    except RuntimeError as error:
        tb = error.__traceback__
    frame = tb.tb_frame
    if frame is None:
        seen = []

        def tracer(frame, event, arg):
            seen.append(frame)
            return None

        def probe():
            pass

        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            probe()
        finally:
            sys.settrace(previous)
        frame = seen[0] if seen else None
    return type(frame), type(tb)


FrameType, TracebackType = _frame_and_traceback()
if FrameType is NoneType:
    FrameType = _standin("frame")


# ---- SimpleNamespace ------------------------------------------------------------------

_in_repr = set()


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments:
    SimpleNamespace(x=1, y=2) has .x and .y. Equal to another SimpleNamespace with the
    same attributes; repr shows them in the order they were set."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _in_repr:
            return name + "(...)"
        _in_repr.add(key)
        try:
            parts = []
            for attr, value in self.__dict__.items():
                if isinstance(attr, str) and attr:
                    parts.append(f"{attr}={value!r}")
            return f"{name}({', '.join(parts)})"
        finally:
            _in_repr.discard(key)

    def __getattr__(self, name):
        # Only called when the attribute is missing; CPython names the type
        # 'types.SimpleNamespace' in this message.
        owner = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError(f"'{owner}' object has no attribute '{name}'")

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __hash__(self):
        if type(self) is SimpleNamespace:
            raise TypeError("unhashable type: 'types.SimpleNamespace'")
        raise TypeError(f"unhashable type: '{type(self).__name__}'")


# ---- MappingProxyType -----------------------------------------------------------------

class mappingproxy:
    """A read-only view of a mapping: lookups go to the mapping, changes are refused."""

    __module__ = "builtins"

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple, str)) or not hasattr(mapping, "keys") \
                or not hasattr(mapping, "__getitem__"):
            raise TypeError(
                f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        object.__setattr__(self, "_mapping", mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


MappingProxyType = mappingproxy
if "_collections_abc" in sys.modules:
    sys.modules["_collections_abc"].Mapping.register(mappingproxy)


# ---- class creation helpers -----------------------------------------------------------

def resolve_bases(bases):
    """Replace the bases that are not classes but have __mro_entries__ by what that
    method returns (PEP 560); the tuple is returned unchanged when nothing changes."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            result.append(base)
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(new)
    if not changed:
        return bases
    return tuple(result)


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class statement; Gilt has no
    metaclasses other than type, so the metaclass is type (or kwds['metaclass'])."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", type)
    return meta, {}, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically: exec_body(namespace) fills the namespace."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


class _AwaitableGenerator:
    """A generator made awaitable by types.coroutine: awaiting or iterating it runs the
    generator; send, throw and close reach it."""

    __slots__ = ("_gen",)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __getattr__(self, name):
        return getattr(self._gen, name)


def coroutine(func):
    """Mark a generator function as a coroutine: what it returns can be awaited. A
    coroutine function is returned as it is; the generators of a generator function are
    wrapped in an awaitable that drives them (their type is not the generator type)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x180:
        return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            return _AwaitableGenerator(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    wrapped.__wrapped__ = func
    return wrapped
