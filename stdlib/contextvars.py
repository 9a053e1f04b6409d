"""Context variables, as in CPython 3.11's contextvars module.

Offers ContextVar (name, default, get, set, reset, __class_getitem__), Token
(var, old_value, MISSING, __class_getitem__), Context (a read-only mapping of
variables to values: [], get, in, len, iteration, keys/values/items, copy, run,
==) and copy_context(), with CPython's reprs and error messages.  None of the
three classes can be subclassed, and none can be pickled.

The current context belongs to the calling thread: a thread starts with an empty
context of its own.  (The thread that imports this module keeps its current
context in a module global; other threads keep theirs in a threading.local.)

A Context holds a plain dict that copies share until one of them is changed
(copy() and copy_context() cost O(1); the first set() after a copy copies the
dict).  Iteration and == look at the values as they were when they started, as
CPython's immutable mappings do.  Iteration order is the order variables were
first set in the context, where CPython's order is that of its hash trie.

Differences from CPython: messages that Gilt itself words for these types
(hash() of a Context, ordering comparisons) name them 'Context'/'ContextVar'
rather than '_contextvars.Context'/'_contextvars.ContextVar'.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_GenericAlias = type(list[int])
_get_ident = _thread.get_ident


def _main_ident():
    # The thread this module treats as the main one (its context lives in a
    # module global): the real main thread when threading knows it.
    import sys
    th = sys.modules.get('threading')
    if th is not None:
        try:
            ident = th.main_thread().ident
            if ident is not None:
                return ident
        except Exception:
            pass
    return _get_ident()


_MAIN = _main_ident()
_main_ctx = None
_local = None


def _addr(obj):
    return "0x%x" % id(obj)


# ---------------------------------------------------------------------------
# Token.MISSING

class _Missing:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'Token.MISSING' instances")

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce__(self):
        raise TypeError("cannot pickle 'Token.MISSING' object")


_Missing.__name__ = 'MISSING'
_Missing.__qualname__ = 'MISSING'
_Missing.__module__ = 'Token'
_MISSING = object.__new__(_Missing)

_NOARG = object()      # "no argument given"


# ---------------------------------------------------------------------------
# The current context of each thread

def _current():
    # The calling thread's current Context (made empty on first use).
    global _main_ctx
    if _get_ident() == _MAIN:
        c = _main_ctx
        if c is None:
            c = _new_context({}, True)
            _main_ctx = c
        return c
    tl = _thread_local()
    try:
        return tl.ctx
    except AttributeError:
        pass
    c = _new_context({}, True)
    tl.ctx = c
    return c


def _thread_local():
    global _local
    tl = _local
    if tl is None:
        import threading
        tl = threading.local()
        _local = tl
    return tl


def _new_context(data, owned):
    c = _object_new(Context)
    c._data = data
    c._owned = owned
    c._entered = False
    return c


def _writable(ctx):
    # ctx's dict, copied first if another context (or a running iteration or
    # comparison) shares it.
    if ctx._owned:
        return ctx._data
    data = dict(ctx._data)
    ctx._data = data
    ctx._owned = True
    return data


def _unpicklable(cls):
    """Makes `cls` refuse pickling and copying, as the C types behind it do."""
    msg = "cannot pickle '_contextvars.%s' object" % cls.__name__

    def refuse(self, *args):
        raise TypeError(msg)
    for name in ('__reduce__', '__reduce_ex__', '__copy__', '__deepcopy__'):
        setattr(cls, name, refuse)
    return cls


def _final(name):
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.%s' is not an acceptable base type" % name)
    return classmethod(__init_subclass__)


def _no_attr(name, attr):
    return AttributeError("'_contextvars.%s' object has no attribute '%s'" % (name, attr))


def _check_var(key):
    if type(key) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


_object_new = object.__new__
_object_setattr = object.__setattr__


# ---------------------------------------------------------------------------
# ContextVar

@_unpicklable
class ContextVar:
    __slots__ = ('name', '_default')
    __module__ = '_contextvars'

    def __new__(cls, *args, **kwargs):
        nargs = len(args)
        total = nargs + len(kwargs)
        if total > 2:
            raise TypeError("ContextVar() takes at most 2 %sarguments (%d given)"
                            % ("keyword " if nargs == 0 else "", total))
        if nargs > 1:
            raise TypeError("ContextVar() takes at most 1 positional argument (%d given)"
                            % nargs)
        if nargs == 0:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        default = _NOARG
        for k in kwargs:
            if k != 'default':
                raise TypeError("'%s' is an invalid keyword argument for ContextVar()" % k)
            default = kwargs[k]
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = _object_new(cls)
        _object_setattr(self, 'name', name)
        _object_setattr(self, '_default', default)
        return self

    __init_subclass__ = _final('ContextVar')
    __class_getitem__ = classmethod(_GenericAlias)

    def get(self, default=_NOARG, /, *rest, **kwargs):
        if rest or kwargs:
            if kwargs:
                raise TypeError("ContextVar.get() takes no keyword arguments")
            raise TypeError("get expected at most 1 argument, got %d" % (1 + len(rest)))
        if _get_ident() == _MAIN:
            ctx = _main_ctx
            if ctx is None:
                ctx = _current()
        else:
            ctx = _current()
        value = ctx._data.get(self, _NOARG)
        if value is not _NOARG:
            return value
        if default is not _NOARG:
            return default
        default = self._default
        if default is not _NOARG:
            return default
        raise LookupError(self)

    def set(self, value=_NOARG, /, *rest, **kwargs):
        if value is _NOARG or rest or kwargs:
            if kwargs:
                raise TypeError("ContextVar.set() takes no keyword arguments")
            raise TypeError("ContextVar.set() takes exactly one argument (%d given)"
                            % (len(rest) + (value is not _NOARG)))
        if _get_ident() == _MAIN:
            ctx = _main_ctx
            if ctx is None:
                ctx = _current()
        else:
            ctx = _current()
        data = ctx._data
        old = data.get(self, _MISSING)
        if not ctx._owned:
            data = _writable(ctx)
        data[self] = value
        tok = _object_new(Token)
        tok._var = self
        tok._old = old
        tok._ctx = ctx
        tok._used = False
        return tok

    def reset(self, token=_NOARG, /, *rest, **kwargs):
        if token is _NOARG or rest or kwargs:
            if kwargs:
                raise TypeError("ContextVar.reset() takes no keyword arguments")
            raise TypeError("ContextVar.reset() takes exactly one argument (%d given)"
                            % (len(rest) + (token is not _NOARG)))
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        old = token._old
        data = _writable(ctx)
        if old is _MISSING:
            if self in data:
                del data[self]
            else:
                raise LookupError(self)
        else:
            data[self] = old

    def __repr__(self):
        if self._default is _NOARG:
            return "<ContextVar name=%r at %s>" % (self.name, _addr(self))
        return "<ContextVar name=%r default=%r at %s>" % (self.name, self._default,
                                                         _addr(self))

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError("readonly attribute")
        raise _no_attr('ContextVar', name)

    def __delattr__(self, name):
        if name == 'name':
            raise AttributeError("readonly attribute")
        raise _no_attr('ContextVar', name)

    def __getattr__(self, name):
        raise _no_attr('ContextVar', name)


# ---------------------------------------------------------------------------
# Token

def _readonly(attr, slot):
    def fget(self):
        return getattr(self, slot)

    def fset(self, value):
        raise AttributeError("attribute '%s' of '_contextvars.Token' objects is not "
                             "writable" % attr)

    def fdel(self):
        fset(self, None)
    return property(fget, fset, fdel)


@_unpicklable
class Token:
    __slots__ = ('_var', '_old', '_ctx', '_used')
    __module__ = '_contextvars'

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    __init_subclass__ = _final('Token')
    __class_getitem__ = classmethod(_GenericAlias)

    var = _readonly('var', '_var')
    old_value = _readonly('old_value', '_old')

    def __repr__(self):
        return "<Token%s var=%r at %s>" % (" used" if self._used else "", self._var,
                                           _addr(self))

    def __getattr__(self, name):
        raise _no_attr('Token', name)


# ---------------------------------------------------------------------------
# Context and its iterators

class _Iter:
    __slots__ = ('_it', '_n')

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __len__(self):
        return self._n


def _make_iter(cls, it, n):
    obj = _object_new(cls)
    obj._it = it
    obj._n = n
    return obj


class _Keys(_Iter):
    __slots__ = ()


class _Values(_Iter):
    __slots__ = ()


class _Items(_Iter):
    __slots__ = ()


for _cls, _name in ((_Keys, 'keys'), (_Values, 'values'), (_Items, 'items')):
    _cls.__name__ = _name
    _cls.__qualname__ = _name
    _cls.__module__ = 'builtins'
del _cls, _name


def _snapshot(ctx):
    # The dict as it is now; later changes to ctx copy it first.
    ctx._owned = False
    return ctx._data


def _no_args(name, args, kwargs):
    if kwargs:
        raise TypeError("Context.%s() takes no keyword arguments" % name)
    raise TypeError("Context.%s() takes no arguments (%d given)" % (name, len(args)))


@_unpicklable
class Context:
    __slots__ = ('_data', '_owned', '_entered', '__weakref__')
    __module__ = '_contextvars'

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        return _new_context({}, True)

    __init_subclass__ = _final('Context')
    __hash__ = None

    def run(self, callable=_NOARG, /, *args, **kwargs):
        if type(self) is not Context:
            raise TypeError("descriptor 'run' for '_contextvars.Context' objects doesn't "
                            "apply to a '%s' object" % type(self).__name__)
        if callable is _NOARG:
            raise TypeError("run() missing 1 required positional argument")
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        global _main_ctx
        if _get_ident() == _MAIN:
            prev = _main_ctx
            self._entered = True
            _main_ctx = self
            try:
                return callable(*args, **kwargs)
            finally:
                _main_ctx = prev
                self._entered = False
        prev = _current()
        self._entered = True
        tl = _thread_local()
        tl.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            tl.ctx = prev
            self._entered = False

    def copy(self, *args, **kwargs):
        if args or kwargs:
            _no_args('copy', args, kwargs)
        self._owned = False
        c = _object_new(Context)
        c._data = self._data
        c._owned = False
        c._entered = False
        return c

    def __getitem__(self, var):
        if type(var) is not ContextVar:
            _check_var(var)
        return self._data[var]

    def get(self, var=_NOARG, default=None, /, *rest, **kwargs):
        if var is _NOARG or rest or kwargs:
            if kwargs:
                raise TypeError("Context.get() takes no keyword arguments")
            if var is _NOARG:
                raise TypeError("get expected at least 1 argument, got 0")
            raise TypeError("get expected at most 2 arguments, got %d" % (2 + len(rest)))
        if type(var) is not ContextVar:
            _check_var(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        if type(var) is not ContextVar:
            _check_var(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        data = _snapshot(self)
        return _make_iter(_Keys, iter(data), len(data))

    def keys(self, *args, **kwargs):
        if args or kwargs:
            _no_args('keys', args, kwargs)
        data = _snapshot(self)
        return _make_iter(_Keys, iter(data), len(data))

    def values(self, *args, **kwargs):
        if args or kwargs:
            _no_args('values', args, kwargs)
        data = _snapshot(self)
        return _make_iter(_Values, iter(data.values()), len(data))

    def items(self, *args, **kwargs):
        if args or kwargs:
            _no_args('items', args, kwargs)
        data = _snapshot(self)
        return _make_iter(_Items, iter(data.items()), len(data))

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        if self is other:
            return True
        return _snapshot(self) == _snapshot(other)

    def __ne__(self, other):
        if type(other) is not Context:
            return NotImplemented
        if self is other:
            return False
        return not (_snapshot(self) == _snapshot(other))

    def __getattr__(self, name):
        raise _no_attr('Context', name)


def copy_context(*args, **kwargs):
    # A copy of the calling thread's current context.
    if args or kwargs:
        if kwargs:
            raise TypeError("_contextvars.copy_context() takes no keyword arguments")
        raise TypeError("_contextvars.copy_context() takes no arguments (%d given)"
                        % len(args))
    return _copy()


def _copy():
    # copy_context() without the argument checks (also used by asyncio).
    if _get_ident() == _MAIN:
        cur = _main_ctx
        if cur is None:
            cur = _current()
    else:
        cur = _current()
    cur._owned = False
    c = _object_new(Context)
    c._data = cur._data
    c._owned = False
    c._entered = False
    return c


def _run_args(ctx, fn, args):
    # ctx.run(fn, *args) without the keyword arguments (used by asyncio).
    if ctx._entered:
        raise RuntimeError("cannot enter context: %r is already entered" % (ctx,))
    if _get_ident() != _MAIN:
        return ctx.run(fn, *args)
    global _main_ctx
    prev = _main_ctx
    ctx._entered = True
    _main_ctx = ctx
    try:
        return fn(*args)
    finally:
        _main_ctx = prev
        ctx._entered = False
