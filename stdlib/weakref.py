"""Weak references for Gilt.

A weak reference names an object without keeping it alive.  The native `_weakref`
module keeps the registry from each object to its weak references; when the object
dies, they are cleared first and their callbacks run after.  This module builds on it:
`ref` (also `ReferenceType`), `proxy`, `WeakMethod`, `WeakValueDictionary`,
`WeakKeyDictionary`, `WeakSet` and `finalize`, with the behaviour of Python 3.11's
`weakref` module.
"""

import _weakref

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

getweakrefcount = _weakref.getweakrefcount
getweakrefs = _weakref.getweakrefs


class ReferenceType:
    """ref(object[, callback]): a weak reference; calling it gives the object, or None
    once the object is gone."""

    def __new__(cls, ob, callback=None):
        if callback is None and cls is ReferenceType:
            for r in _weakref.getweakrefs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        self.__dict__['_handle'] = _weakref.track(self, ob, callback)
        self.__dict__['_hash'] = None
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return _weakref.get(self._handle)

    @property
    def __callback__(self):
        return _weakref.callback(self._handle)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self.__dict__['_hash'] = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: it stays alive while both the instance and
    the function do, and calling it rebuilds the bound method."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self.__dict__['_alive'] = False
                if callback is not None:
                    callback(self)

        self = ReferenceType.__new__(cls, obj, _cb)
        self.__dict__['_func_ref'] = ref(func, _cb)
        self.__dict__['_meth_type'] = type(meth)
        self.__dict__['_alive'] = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ReferenceType.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return ReferenceType.__hash__(self)


class ProxyType:
    """proxy(object[, callback]): stands for the object while it lives; using it after
    the object is gone raises ReferenceError."""

    def __init__(self, ob, callback=None):
        if callback is not None:
            me = ref(self)

            def _cb(wr):
                p = me()
                if p is not None:
                    callback(p)

            self.__dict__['_ref'] = ref(ob, _cb)
        else:
            self.__dict__['_ref'] = ref(ob)

    def _target(self):
        ob = self.__dict__['_ref']()
        if ob is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return ob

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __repr__(self):
        ob = self._target()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(self._target())

    def __bool__(self):
        return bool(self._target())

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __contains__(self, item):
        return item in self._target()

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __delitem__(self, key):
        del self._target()[key]

    def __eq__(self, other):
        return self._target() == other

    def __ne__(self, other):
        return self._target() != other

    def __lt__(self, other):
        return self._target() < other

    def __le__(self, other):
        return self._target() <= other

    def __gt__(self, other):
        return self._target() > other

    def __ge__(self, other):
        return self._target() >= other

    def __add__(self, other):
        return self._target() + other

    def __radd__(self, other):
        return other + self._target()

    def __sub__(self, other):
        return self._target() - other

    def __rsub__(self, other):
        return other - self._target()

    def __mul__(self, other):
        return self._target() * other

    def __rmul__(self, other):
        return other * self._target()

    def __truediv__(self, other):
        return self._target() / other

    def __floordiv__(self, other):
        return self._target() // other

    def __mod__(self, other):
        return self._target() % other

    def __neg__(self):
        return -self._target()

    def __abs__(self):
        return abs(self._target())

    def __int__(self):
        return int(self._target())

    def __float__(self):
        return float(self._target())

    def __index__(self):
        return self._target().__index__()


class CallableProxyType(ProxyType):
    """A proxy for an object that can be called."""

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    """A proxy to `ob` that refers to it weakly."""
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


# `from _weakref import ref, proxy, ...` finds them as in CPython
for _name in ('ref', 'proxy', 'ReferenceType', 'ProxyType', 'CallableProxyType'):
    setattr(_weakref, _name, globals()[_name])
del _name


class KeyedRef(ReferenceType):
    """A weak reference that remembers the key it is stored under (for
    WeakValueDictionary)."""

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.__dict__['key'] = key
        return self

    def __init__(self, ob, callback, key):
        pass


class _WeakMapping:
    """What the two weak dictionaries share: their entries live in `self.data`."""

    def update(self, other=None, **kw):
        if other is not None:
            if hasattr(other, 'items'):
                other = other.items()
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes away with its value."""

    def __init__(self, other=(), **kw):
        me = ref(self)

        def remove(wr):
            d = me()
            if d is not None:
                current = d.data.get(wr.key)
                if current is wr:
                    del d.data[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        out = []
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            k, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return k, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes away with its key."""

    def __init__(self, dict=None):
        me = ref(self)

        def remove(wr):
            d = me()
            if d is not None:
                d.data.pop(wr, None)

        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy


class WeakSet:
    """A set whose elements are held weakly: an element goes away when it dies."""

    def __init__(self, data=None):
        me = ref(self)

        def remove(wr):
            s = me()
            if s is not None:
                s.data.discard(wr)

        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)

    __copy__ = copy

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def union(self, other):
        return WeakSet(list(self) + list(other))

    __or__ = union

    def intersection(self, other):
        return WeakSet(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        other = list(other)
        return WeakSet(item for item in self if item not in other)

    __sub__ = difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj
    dies or when the finalize object is called, whichever comes first."""

    _registry = {}
    _index = 0

    def __init__(self, obj, func, *args, **kwargs):
        finalize._index += 1
        self._key = finalize._index
        self._func = func
        self._args = args
        self._kwargs = kwargs or {}
        self.atexit = True
        me = self

        def _cb(wr):
            me()

        self._ref = ref(obj, _cb)
        finalize._registry[self._key] = self

    def __call__(self, _=None):
        if finalize._registry.pop(self._key, None) is not None:
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        if finalize._registry.pop(self._key, None) is not None:
            obj = self._ref()
            if obj is not None:
                return (obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        if self._key in finalize._registry:
            obj = self._ref()
            if obj is not None:
                return (obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None or not self.alive:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (
            id(self), type(obj).__name__, id(obj))
