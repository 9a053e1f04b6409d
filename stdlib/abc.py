"""Abstract base classes (Gilt's abc).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides ABCMeta (register, isinstance/issubclass honouring __subclasshook__, registered
virtual subclasses and the subclasses of an ABC, with positive and negative caches),
ABC, abstractmethod, abstractclassmethod, abstractstaticmethod, abstractproperty,
get_cache_token and update_abstractmethods. A class's __abstractmethods__ is computed
when it is made (its own abstract attributes and the inherited ones it leaves
abstract), and calling a class that has some raises CPython's TypeError.

Differences from CPython, following what Gilt has:
* The check against instantiating an abstract class is made by ABCMeta.__call__ (Gilt's
  object.__new__ does not look at __abstractmethods__), so a class whose metaclass is not
  ABCMeta is not refused even when __abstractmethods__ is set on it.
* Gilt cannot subclass classmethod, staticmethod or property, so abstractclassmethod,
  abstractstaticmethod and abstractproperty are descriptor classes of their own (an
  abstractproperty is not an instance of property). Gilt's classmethod, staticmethod and
  property objects have no __isabstractmethod__; ABCMeta looks through them instead.
* Gilt's types have no __subclasses__(): each ABC keeps a list of the classes made with
  it as a direct base. The registry and caches hold strong references.
* No _abc_* helper functions or ABCMeta._dump_registry.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class made by ABCMeta with it (and not overriding it)
    cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """Whether a class attribute is abstract (looking through Gilt's classmethod,
    staticmethod and property objects, which lack __isabstractmethod__)."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return (getattr(value.fget, "__isabstractmethod__", False)
                or getattr(value.fset, "__isabstractmethod__", False)
                or getattr(value.fdel, "__isabstractmethod__", False))
    return False


def _attr_is_abstract(cls, name, value):
    """Whether attribute `name` of cls, whose raw value is `value`, is abstract."""
    if isinstance(value, (classmethod, staticmethod)):
        try:
            value = getattr(cls, name)
        except AttributeError:
            return False
        if getattr(value, "__isabstractmethod__", False):
            return True
        return getattr(getattr(value, "__func__", None), "__isabstractmethod__", False)
    return _is_abstract(value)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)


class abstractclassmethod:
    """A classmethod that is abstract (deprecated: use classmethod over
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return _MethodType(self.__func__, cls)


class abstractstaticmethod:
    """A staticmethod that is abstract (deprecated: use staticmethod over
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, obj, cls=None):
        return self.__func__


class abstractproperty:
    """A property that is abstract (deprecated: use property over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, "__doc__", None)
        self.__doc__ = doc
        self._name = getattr(fget, "__name__", None)

    def __set_name__(self, owner, name):
        self._name = name

    def _missing(self, obj, what):
        name = "" if self._name is None else " %r" % self._name
        return AttributeError("property%s of %r object has no %s"
                              % (name, type(obj).__name__, what))

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self.fget is None:
            raise self._missing(obj, "getter")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise self._missing(obj, "setter")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise self._missing(obj, "deleter")
        self.fdel(obj)

    def _copy(self, fget, fset, fdel):
        prop = type(self)(fget, fset, fdel, self.__doc__)
        prop._name = self._name
        return prop

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)


# Bumped by every register(): negative caches older than this are stale.
_token = [0]
# Above 0 while ABCMeta checks a class against the registered classes and the subclasses
# of an ABC (typing's protocols then answer NotImplemented instead of raising).
_recursing = [0]


def get_cache_token():
    """A token that changes whenever an ABC gets a new virtual subclass."""
    return _token[0]


class _Impl:
    """The bookkeeping of one ABC: registered virtual subclasses, the classes made with
    it as a base, and the caches of issubclass answers."""

    __slots__ = ("registry", "subclasses", "cache", "negative", "version", "instancehook")

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = set()
        self.negative = set()
        self.version = _token[0]
        self.instancehook = None


def _abstract_names(cls, own, bases):
    """The names of the abstract attributes of cls: those of `own` (a mapping of its
    attributes) that are abstract, and the abstract names of its bases it leaves
    abstract."""
    abstracts = set()
    for name, value in own.items():
        if _attr_is_abstract(cls, name, value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if name in abstracts:
                continue
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes.

    A class made with it may have abstract methods (it cannot be instantiated until they
    are all overridden) and virtual subclasses, added with register(): issubclass() and
    isinstance() then answer True for them and their instances. Its __subclasshook__ can
    decide issubclass() for any class."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        impl = _Impl()
        cls._abc_impl = impl
        impl.instancehook = cls.__dict__.get("__abc_instancehook__")
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it (so usable as a class
        decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        if impl.instancehook is not None:
            answer = impl.instancehook(cls, instance)
            if answer is not None:
                return answer
            _recursing[0] += 1
            try:
                return _instancecheck(cls, impl, instance)
            finally:
                _recursing[0] -= 1
        subtype = type(instance)
        if subtype in impl.cache:
            return True
        subclass = getattr(instance, "__class__", subtype)
        if subclass is subtype:
            if impl.version == _token[0] and subtype in impl.negative:
                return False
            return cls.__subclasscheck__(subtype)
        if subclass in impl.cache:
            return True
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.version < _token[0]:
            impl.negative = set()
            impl.version = _token[0]
        elif subclass in impl.negative:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        answer = NotImplemented if hook is None else hook(subclass)
        if answer is not NotImplemented:
            if answer is not True and answer is not False:
                raise AssertionError(
                    "__subclasshook__ must return either False, True, or NotImplemented")
            if answer:
                impl.cache.add(subclass)
            else:
                impl.negative.add(subclass)
            return answer
        if cls in getattr(subclass, "__mro__", ()):
            impl.cache.add(subclass)
            return True
        _recursing[0] += 1
        try:
            for other in impl.registry:
                if issubclass(subclass, other):
                    impl.cache.add(subclass)
                    return True
            for other in impl.subclasses:
                if issubclass(subclass, other):
                    impl.cache.add(subclass)
                    return True
        finally:
            _recursing[0] -= 1
        impl.negative.add(subclass)
        return False

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry = []

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache = set()
        cls._abc_impl.negative = set()


def _instancecheck(cls, impl, instance):
    """isinstance(instance, cls) as ABCMeta answers it after an instance hook."""
    subtype = type(instance)
    subclass = getattr(instance, "__class__", subtype)
    if subclass in impl.cache or subtype in impl.cache:
        return True
    if subclass is subtype:
        return cls.__subclasscheck__(subtype)
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def update_abstractmethods(cls):
    """Recompute the __abstractmethods__ of an abstract class after methods were added
    to it or changed; returns cls. A class without __abstractmethods__ is left alone."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, dict(cls.__dict__), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class: derive from it to make an abstract base class."""

    __slots__ = ()
