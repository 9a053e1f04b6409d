"""Generate __init__, __repr__, __eq__ and friends from class annotations (Gilt's
dataclasses).

Written in the Gilt subset of Python, so it also runs unchanged on CPython. Since Gilt
has no exec(), the generated methods are ordinary closures over the list of fields rather
than source code compiled per class; they behave the same and raise the same errors
(e.g. "Point.__init__() missing 1 required positional argument: 'x'").

Gilt notes: ``asdict``/``astuple`` copy containers but do not deep-copy other values
(there is no copy module); ``InitVar`` and ``ClassVar`` annotations are recognised only
when written as strings or as this module's ``InitVar``.
"""

from collections import _describe_missing

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to (or deleting) a field of a frozen dataclass instance."""


class _MissingType:
    """The type of MISSING, the marker for "no default given"."""

    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    """The type of KW_ONLY: fields annotated after `_: KW_ONLY` are keyword-only."""

    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    """An init-only pseudo-field: passed to __init__ and __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"


# Kinds of fields.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT = "__post_init__"


class Field:
    """The description of one dataclass field (what field() returns and fields() lists)."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")


class _DataclassParams:
    """The options a dataclass was made with (its __dataclass_params__)."""

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default value or default_factory (a zero-argument callable
    called for each new instance), and whether it takes part in __init__, __repr__,
    comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    return getattr(annotation, "__name__", None) == "ClassVar" or \
        repr(annotation).startswith("typing.ClassVar")


def _is_initvar(annotation):
    if isinstance(annotation, InitVar) or annotation is InitVar:
        return True
    if isinstance(annotation, str):
        return annotation.startswith("InitVar") or annotation.startswith("dataclasses.InitVar")
    return False


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation in ("KW_ONLY", "dataclasses.KW_ONLY")


def _own_annotations(cls):
    """The annotations written in cls's own body (not inherited ones)."""
    own = cls.__dict__.get("__annotations__")
    if own is not None:
        return own
    ann = getattr(cls, "__annotations__", None)
    if not ann:
        return {}
    for base in cls.__mro__[1:]:
        if getattr(base, "__annotations__", None) is ann:
            return {}
    return ann


def _get_field(cls, name, annotation, default_kw_only):
    """Build the Field for one annotated name of cls."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed:"
                         " use default_factory")
    return f


def _bind(qualname, positional, kwonly, args, kwargs):
    """Bind call arguments to the __init__ parameters (lists of Field), raising TypeError
    as CPython would for `def __init__(self, <positional>, *, <kwonly>)`. Returns a dict
    from field name to value, or to MISSING for a defaulted field."""
    n = len(positional)
    if len(args) > n:
        required = sum(1 for f in positional if not _has_default(f))
        if required == n:
            expected = f"{n + 1} positional argument" + ("" if n == 0 else "s")
        else:
            expected = f"from {required + 1} to {n + 1} positional arguments"
        given = len(args) + 1
        verb = "was" if given == 1 else "were"
        raise TypeError(f"{qualname}() takes {expected} but {given} {verb} given")
    values = {}
    for f, value in zip(positional, args):
        values[f.name] = value
    names = [f.name for f in positional] + [f.name for f in kwonly]
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
        if key in values:
            raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
        values[key] = value
    missing = [f.name for f in positional if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError(f"{qualname}() missing {_describe_missing(missing, 'positional')}")
    missing = [f.name for f in kwonly if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError(f"{qualname}() missing {_describe_missing(missing, 'keyword-only')}")
    return values


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _default_value(f):
    if f.default_factory is not MISSING:
        return f.default_factory()
    return f.default


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    kwonly = [f for f in init_fields if f.init and f.kw_only]
    seen_default = None
    for f in positional:
        if _has_default(f):
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    qualname = f"{cls.__qualname__}.__init__"

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, kwonly, args, kwargs)
        initvars = []
        for f in init_fields:
            if f.init:
                value = values[f.name] if f.name in values else _default_value(f)
            elif _has_default(f):
                value = _default_value(f)
            else:
                continue
            if f._field_type == _FIELD_INITVAR:
                initvars.append(value)
            elif frozen:
                _object_setattr(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    return __init__


def _object_setattr(obj, name, value):
    """Set an attribute bypassing the class's own __setattr__ (as object.__setattr__)."""
    setter = getattr(object, "__setattr__", None)
    if setter is not None:
        setter(obj, name, value)
    else:
        # Interpreters without object.__setattr__: write the instance dictionary.
        vars(obj)[name] = value


_repr_running = set()


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            body = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in repr_fields)
        finally:
            _repr_running.discard(key)
        return f"{type(self).__qualname__}({body})"

    return __repr__


def _values_of(obj, field_list):
    return tuple(getattr(obj, f.name) for f in field_list)


def _make_eq(compare_fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values_of(self, compare_fields) == _values_of(other, compare_fields)
        return NotImplemented

    return __eq__


def _make_order(compare_fields, op):
    if op == "__lt__":
        def compare(a, b):
            return a < b
    elif op == "__le__":
        def compare(a, b):
            return a <= b
    elif op == "__gt__":
        def compare(a, b):
            return a > b
    else:
        def compare(a, b):
            return a >= b

    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_values_of(self, compare_fields), _values_of(other, compare_fields))
        return NotImplemented

    return method


def _make_hash(hash_fields):
    def __hash__(self):
        return hash(_values_of(self, hash_fields))

    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class body defined name itself; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = base.__dict__[_PARAMS].frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = all_frozen_bases and base_frozen

    own = []
    default_kw_only = kw_only
    for name, annotation in _own_annotations(cls).items():
        if _is_kw_only_marker(annotation):
            default_kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, default_kw_only))
    for f in own:
        all_fields[f.name] = f
        # The class attribute holds the plain default, or nothing.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in all_fields:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    field_list = list(all_fields.values())
    std_fields = [f for f in field_list if f._field_type == _FIELD]
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    if init:
        has_post_init = hasattr(cls, _POST_INIT)
        _set_new_attribute(cls, "__init__", _make_init(cls, field_list, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f for f in std_fields if f.repr]))
    compare_fields = [f for f in std_fields if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(compare_fields))
    if order:
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _make_order(compare_fields, op)):
                raise TypeError(f"Cannot overwrite attribute {op} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        setter, deleter = _make_frozen_methods(cls, [f.name for f in std_fields])
        for name, method in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hash_fields = [f for f in std_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        try:
            cls.__doc__ = f"{cls.__name__}({', '.join(f.name for f in std_fields)})"
        except (AttributeError, TypeError):
            pass
    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in std_fields if f.init and not f.kw_only))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator: turn the annotated class attributes into fields and add __init__,
    __repr__ and __eq__ (and, on request, ordering methods, __hash__, frozen-ness).

    Usable as @dataclass or @dataclass(order=True, frozen=True, ...). Methods the class
    defines itself are kept.
    """

    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def fields(class_or_instance):
    """The tuple of Field objects of a dataclass or instance (ClassVar and InitVar
    pseudo-fields excluded)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _is_namedtuple(obj):
    return hasattr(obj, "_fields") and hasattr(obj, "_asdict") and not isinstance(obj, type)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict of its fields, recursing into dataclasses,
    lists, tuples, namedtuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if _is_namedtuple(obj):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values, recursing like
    asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if _is_namedtuple(obj):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name from fields: names, (name, type) or
    (name, type, Field) items."""
    ns = dict(namespace) if namespace is not None else {}
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    if module is not None:
        ns["__module__"] = module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only)
