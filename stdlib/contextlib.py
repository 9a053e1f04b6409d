"""Utilities for with-statement context managers (Gilt's contextlib).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides AbstractContextManager, ContextDecorator, contextmanager, closing,
nullcontext, suppress, redirect_stdout, redirect_stderr, ExitStack and chdir.

Differences from CPython:
* AbstractContextManager is a plain base class (Gilt has no abc module):
  isinstance() is true only for its subclasses, not for every class with
  __enter__/__exit__.
* The async variants (asynccontextmanager, AsyncExitStack, aclosing,
  AbstractAsyncContextManager) are missing: Gilt has no coroutines.
* ExitStack.__exit__ cannot see the exception being handled by the code around the
  with statement where sys.exc_info() is missing, so the __context__ of an exception
  raised by a callback may then differ from CPython's in that nested case.
"""

import sys
from collections import deque

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """Base class for context managers: __enter__ returns self, __exit__ does nothing
    (and so lets exceptions through). Subclasses override __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    def __class_getitem__(cls, item):
        return cls


class ContextDecorator:
    """Base class letting a context manager also be used as a function decorator:
    @cm runs each call of the function inside ``with cm:``."""

    def _recreate_cm(self):
        """The context manager to use for one call (self by default; one-shot managers
        return a fresh copy)."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(inner, attr, getattr(func, attr))
            except (AttributeError, TypeError):
                pass
        try:
            inner.__wrapped__ = func
        except (AttributeError, TypeError):
            pass
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager made by a @contextmanager function: runs the generator up to
    its yield on entry and resumes it (throwing in any exception) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a new generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed for _recreate_cm before the first use.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator swallowed the exception (True) unless the StopIteration is
            # the exception itself coming back (False).
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in comes back wrapped in RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

    The generator must yield exactly once: the yielded value is bound by ``as``; an
    exception in the with block is raised at the yield.
    """

    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(helper, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    try:
        helper.__wrapped__ = func
    except (AttributeError, TypeError):
        pass
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() at the end of the block:
    ``with closing(resource) as r: ...``."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does nothing; ``as`` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object inside the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object inside the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager ignoring the given exception types (and their subclasses) raised
    in the block; execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        return issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Change the working directory inside the block (needs the os module)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _bound_exit(cm, cm_exit):
    def exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)

    exit_wrapper.__self__ = cm
    return exit_wrapper


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound (last in, first out)
    when the with block ends or close() is called.

    enter_context(cm) enters cm and stacks its __exit__; push(exit) stacks an __exit__-
    like callable or a context manager's __exit__; callback(f, *args, **kwds) stacks a
    plain call; pop_all() moves the stack to a new ExitStack.
    """

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move all the callbacks to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Add a callback with the signature of __exit__; when given a context manager,
        its __exit__ method is added (it is not entered). Returns exit."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound_exit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enter cm, push its __exit__ and return what its __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit_method = getattr(cls, "__exit__", None)
        if enter is None or exit_method is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append(_bound_exit(cm, exit_method))
        return result

    def callback(self, callback, *args, **kwds):
        """Add callback(*args, **kwds) to be called on exit (it cannot suppress
        exceptions). Returns callback, so this works as a decorator."""

        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        outer_exc = None
        exc_info = getattr(sys, "exc_info", None)
        if exc_info is not None:
            outer_exc = exc_info()[1]

        def fix_context(new_exc, old_exc):
            # Make old_exc the context of the chain of new_exc, stopping at the
            # exception already being handled outside.
            while True:
                context = new_exc.__context__
                if context is None or context is old_exc:
                    return
                if context is outer_exc:
                    break
                new_exc = context
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                fix_context(new_exc, exc_details[1])
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            fixed_context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_context
                raise
        return received_exc and suppressed
