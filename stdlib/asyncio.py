"""Asynchronous I/O framework: an event loop, tasks, futures and synchronization
primitives (Gilt's asyncio).

Written in the Gilt subset of Python, so it also runs unchanged on CPython. It follows
CPython 3.11's scheduling step for step (the same callbacks are queued in the same order),
so a program prints the same lines in the same order as under CPython.

Provides:
* running: run (debug= only sets the flag), Runner, get_event_loop, get_running_loop,
  new_event_loop, set_event_loop, get_event_loop_policy, set_event_loop_policy,
  DefaultEventLoopPolicy, AbstractEventLoopPolicy;
* the loop (AbstractEventLoop, BaseEventLoop, SelectorEventLoop): run_until_complete,
  run_forever, stop, close, is_running, is_closed, call_soon, call_soon_threadsafe,
  call_later, call_at, time, create_future, create_task, set_task_factory,
  get_task_factory, set/get/call_exception_handler, default_exception_handler (writes to
  stderr), shutdown_asyncgens (async generators are tracked when the interpreter has
  sys.set_asyncgen_hooks), shutdown_default_executor, run_in_executor (default executor
  only: one thread per call), get_debug/set_debug; Handle, TimerHandle;
* Future (set_result, set_exception, result, exception, done, cancelled, cancel with a
  message, add/remove_done_callback, get_loop, await / yield from), Task (names,
  get_coro, cancel with a message, cancelling, uncancel), create_task, ensure_future,
  current_task, all_tasks, isfuture, iscoroutine, iscoroutinefunction, wrap_future (of
  asyncio futures only);
* sleep, gather, shield, wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED), wait_for,
  as_completed, to_thread, timeout, timeout_at, Timeout, TaskGroup;
* Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull; Lock, Event, Condition,
  Semaphore, BoundedSemaphore, Barrier (all with async with where CPython has it);
* CancelledError (a BaseException), InvalidStateError, TimeoutError (the built-in one),
  BrokenBarrierError.

As in CPython, every Task runs its steps in a contextvars Context (context=, or a copy
of the current context made when the Task is created), every callback runs in the context
given to call_soon/call_later/call_at/add_done_callback (or a copy of the one current when
it was scheduled), and to_thread runs the function in a copy of the current context.

Coroutines written as generators (yield from, types.coroutine) are accepted as tasks as
CPython 3.11 accepts them. Time is the real clock (time.monotonic): when nothing is ready
the loop sleeps with time.sleep until the next timer is due.

Not offered: sockets, streams, transports and protocols, subprocesses, signal handlers,
executors other than the default one (set_default_executor raises NotImplementedError),
run_coroutine_threadsafe (NotImplementedError), debug mode (set_debug records the flag
only), Task.get_stack (returns []), the asyncio submodules (asyncio.tasks, asyncio.events, ...), and the
"Task exception was never retrieved" / "Task was destroyed but it is pending!" reports.
With no callback ready and no timer pending, the loop waits for call_soon_threadsafe
(CPython would wait forever). The order in which asyncio.run cancels the tasks left at
its end is the order of a set of tasks, as in CPython, so it may differ from CPython's.
"""

import sys
import time as _time
import heapq as _heapq
import contextvars as _contextvars

__all__ = (
    "AbstractEventLoop", "AbstractEventLoopPolicy", "BaseEventLoop", "SelectorEventLoop",
    "DefaultEventLoopPolicy", "Handle", "TimerHandle", "Runner", "run",
    "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop",
    "get_event_loop_policy", "set_event_loop_policy",
    "Future", "Task", "create_task", "ensure_future", "current_task", "all_tasks",
    "isfuture", "iscoroutine", "iscoroutinefunction", "wrap_future",
    "sleep", "gather", "shield", "wait", "wait_for", "as_completed",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
    "timeout", "timeout_at", "Timeout", "TaskGroup",
    "Queue", "LifoQueue", "PriorityQueue", "QueueEmpty", "QueueFull",
    "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier",
    "BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError",
    "to_thread",
)

_monotonic = _time.monotonic
# contextvars' fast paths for copy_context() and ctx.run(fn, *args) when it has them.
_copy_context = getattr(_contextvars, "_copy", _contextvars.copy_context)
_run_in_context = getattr(_contextvars, "_run_args", None)
if _run_in_context is None:
    def _run_in_context(ctx, fn, args):
        return ctx.run(fn, *args)
_GenericAlias = type(list[int])
_this_file = (lambda: None).__code__.co_filename  # this module's functions' file


# ---------------------------------------------------------------------------
# Exceptions


class CancelledError(BaseException):
    """The Future or Task was cancelled."""

    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = "asyncio.exceptions"


class BrokenBarrierError(RuntimeError):
    """A Barrier was broken (reset or aborted) while tasks waited on it."""

    __module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""

    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """put_nowait() found the queue full."""

    __module__ = "asyncio.queues"


TimeoutError = TimeoutError

try:
    _BaseExceptionGroup = BaseExceptionGroup
except NameError:
    # Gilt has no exception groups yet: a small stand-in with CPython's str and repr.
    class _BaseExceptionGroup(BaseException):
        __module__ = "builtins"

        def __new__(cls, message, exceptions):
            if cls is _BaseExceptionGroup:
                for e in exceptions:
                    if not isinstance(e, Exception):
                        break
                else:
                    cls = _ExceptionGroup
            self = BaseException.__new__(cls, message, exceptions)
            return self

        def __init__(self, message, exceptions):
            BaseException.__init__(self, message, exceptions)
            self.message = message
            self.exceptions = tuple(exceptions)

        def __str__(self):
            n = len(self.exceptions)
            return "%s (%d sub-exception%s)" % (self.message, n, "" if n == 1 else "s")

        def __repr__(self):
            return "%s(%r, %r)" % (type(self).__name__, self.message, list(self.exceptions))

    _BaseExceptionGroup.__name__ = "BaseExceptionGroup"
    _BaseExceptionGroup.__qualname__ = "BaseExceptionGroup"

    class _ExceptionGroup(_BaseExceptionGroup, Exception):
        __module__ = "builtins"

    _ExceptionGroup.__name__ = "ExceptionGroup"
    _ExceptionGroup.__qualname__ = "ExceptionGroup"


# ---------------------------------------------------------------------------
# Coroutine detection and the library's own coroutines


class _CoroutineMarker:
    pass


_is_coroutine = _CoroutineMarker()

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _LibCoro:
    """The coroutine object made by calling one of this module's coroutine functions
    (written as generators): awaitable, and driven by send/throw/close like a coroutine."""

    __slots__ = ("_gen", "__qualname__")

    def __init__(self, gen, qualname):
        self._gen = gen
        self.__qualname__ = qualname

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __await__(self):
        return self._gen

    __iter__ = __await__

    def __next__(self):
        return self._gen.send(None)

    @property
    def __name__(self):
        return self.__qualname__.rpartition(".")[2]

    @property
    def cr_running(self):
        return self._gen.gi_running

    def __repr__(self):
        return "<coroutine object %s at %#x>" % (self.__qualname__, id(self))


def _libcoro(genfunc):
    """Make a coroutine function of the generator function genfunc."""
    qualname = getattr(genfunc, "__qualname__", genfunc.__name__)

    def coroutine_function(*args, **kwargs):
        return _LibCoro(genfunc(*args, **kwargs), qualname)

    coroutine_function.__name__ = genfunc.__name__
    coroutine_function.__qualname__ = qualname
    coroutine_function.__doc__ = genfunc.__doc__
    coroutine_function._is_coroutine = _is_coroutine
    return coroutine_function


_coro_types = set()
_not_coro_types = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object (or a generator, as CPython 3.11
    accepts generator-based coroutines)."""
    t = type(obj)
    if t in _coro_types:
        return True
    if t in _not_coro_types:
        return False
    name = t.__name__
    if t is _LibCoro or (t.__module__ == "builtins" and name in ("coroutine", "generator")):
        ok = True
    else:
        ok = True
        for attr in ("__await__", "send", "throw", "close"):
            if getattr(t, attr, None) is None:
                ok = False
                break
    if len(_coro_types) + len(_not_coro_types) < 100:
        if ok:
            _coro_types.add(t)
        else:
            _not_coro_types.add(t)
    return ok


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def, or marked as one)."""
    if getattr(func, "_is_coroutine", None) is _is_coroutine:
        return True
    f = func
    while True:
        inner = getattr(f, "__func__", None)
        if inner is not None:
            f = inner
            continue
        if type(f).__name__ == "partial" and hasattr(f, "func"):
            f = f.func
            continue
        break
    code = getattr(f, "__code__", None)
    if code is None:
        return False
    try:
        return bool(code.co_flags & _CO_COROUTINE)
    except (AttributeError, TypeError):
        return False


def _isawaitable(obj):
    if getattr(type(obj), "__await__", None) is not None:
        return True
    t = type(obj)
    if t.__name__ == "generator" and t.__module__ == "builtins":
        code = getattr(obj, "gi_code", None)
        if code is not None and code.co_flags & _CO_ITERABLE_COROUTINE:
            return True
    return False


def isfuture(obj):
    """Return True if obj is a Future (has the _asyncio_future_blocking protocol)."""
    return (hasattr(obj.__class__, "_asyncio_future_blocking")
            and obj._asyncio_future_blocking is not None)


# ---------------------------------------------------------------------------
# Formatting helpers for reprs


def _short_repr(value, limit=30):
    s = repr(value)
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + "..." + s[len(s) - j:]
    return s


def _limited_repr(obj, level=6):
    # A small reprlib.repr: containers show 6 items (4 for dicts), strings 30 chars.
    t = type(obj)
    if t is str:
        s = repr(obj[:30])
        if len(s) > 30:
            i = max(0, (30 - 3) // 2)
            j = max(0, 30 - 3 - i)
            s = repr(obj[:i] + obj[len(obj) - j:])
            s = s[:i] + "..." + s[len(s) - j:]
        return s
    if t is int:
        s = repr(obj)
        if len(s) > 40:
            i = max(0, (40 - 3) // 2)
            j = max(0, 40 - 3 - i)
            s = s[:i] + "..." + s[len(s) - j:]
        return s
    if t is list or t is tuple or t is set or t is frozenset:
        n = len(obj)
        if t is list:
            left, right = "[", "]"
        elif t is tuple:
            left, right = "(", ")"
        elif t is set:
            if not n:
                return "set()"
            left, right = "{", "}"
        else:
            if not n:
                return "frozenset()"
            left, right = "frozenset({", "})"
        if not n:
            return left + right
        if level <= 0:
            return left + "..." + right
        items = obj
        if t is set or t is frozenset:
            try:
                items = sorted(obj)
            except Exception:
                items = list(obj)
        parts = []
        count = 0
        for item in items:
            if count >= 6:
                break
            parts.append(_limited_repr(item, level - 1))
            count += 1
        if n > 6:
            parts.append("...")
        s = ", ".join(parts)
        if t is tuple and n == 1:
            s += ","
        return left + s + right
    if t is dict:
        n = len(obj)
        if not n:
            return "{}"
        if level <= 0:
            return "{...}"
        parts = []
        count = 0
        try:
            keys = sorted(obj)
        except Exception:
            keys = list(obj)
        for k in keys:
            if count >= 4:
                break
            parts.append(_limited_repr(k, level - 1) + ": " + _limited_repr(obj[k], level - 1))
            count += 1
        if n > 4:
            parts.append("...")
        return "{" + ", ".join(parts) + "}"
    try:
        s = repr(obj)
    except Exception:
        return "<%s instance at %#x>" % (t.__name__, id(obj))
    if len(s) > 30:
        i = max(0, (30 - 3) // 2)
        j = max(0, 30 - 3 - i)
        s = s[:i] + "..." + s[len(s) - j:]
    return s


def _format_args(args, kwargs=None):
    items = []
    if args:
        for a in args:
            items.append(_limited_repr(a))
    if kwargs:
        for k in kwargs:
            items.append("%s=%s" % (k, _limited_repr(kwargs[k])))
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs=None, suffix=""):
    if type(func).__name__ == "partial" and hasattr(func, "func") and hasattr(func, "keywords"):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if isinstance(func, _ReleaseWaiter):
        suffix = _format_args((func.waiter,)) + suffix
        func = _release_waiter
    if getattr(func, "__func__", None) is _task_wakeup_function:
        return "Task.task_wakeup" + _format_args(args) + suffix
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    if not name:
        name = repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    f = func
    while type(f).__name__ == "partial" and hasattr(f, "func"):
        f = f.func
    f = getattr(f, "__func__", f)
    if f is _task_wakeup_function:
        return text
    code = getattr(f, "__code__", None)
    if code is not None and code.co_filename != _this_file:
        # (this module's Future and Task methods are C functions in CPython)
        try:
            text += " at %s:%s" % (code.co_filename, code.co_firstlineno)
        except AttributeError:
            pass
    return text


def _format_coroutine(coro, code=None, done=None):
    # code: the coroutine's code object if known (Gilt drops cr_code when a coroutine
    # finishes); done: whether it finished, for interpreters with no cr_frame.
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    if not name:
        name = "<%s without __name__>" % type(coro).__name__
    name += "()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None) or code
    if not code:
        running = getattr(coro, "cr_running", None)
        if running is None:
            running = getattr(coro, "gi_running", False)
        return name + " running" if running else name
    filename = code.co_filename or "<empty co_filename>"
    if hasattr(coro, "cr_frame") or hasattr(coro, "gi_frame") or done is None:
        frame = getattr(coro, "gi_frame", None) or getattr(coro, "cr_frame", None)
        if frame is not None:
            return "%s running at %s:%s" % (name, filename, frame.f_lineno)
    elif not done:
        # No frame to tell the line it is suspended at.
        return "%s running" % (name,)
    return "%s done, defined at %s:%s" % (name, filename, code.co_firstlineno)


# ---------------------------------------------------------------------------
# Handles


class Handle:
    """A callback scheduled with call_soon (cancel() drops it)."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr", "__weakref__",
                 "_context")
    __module__ = "asyncio.events"

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._repr = None
        if context is None:
            context = _copy_context()
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<" + " ".join(self._repr_info()) + ">"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            _run_in_context(self._context, self._callback, self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._report_callback_error(self, exc)


class TimerHandle(Handle):
    """A callback scheduled for a loop time with call_later/call_at."""

    __slots__ = ("_scheduled", "_when")
    __module__ = "asyncio.events"

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = Handle._repr_info(self)
        info.insert(2 if self._cancelled else 1, "when=%s" % (self._when,))
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._callback == other._callback and self._args == other._args
                    and self._cancelled == other._cancelled and self._when == other._when)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


# ---------------------------------------------------------------------------
# Futures

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def _future_repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append("exception=%r" % (fut._exception,))
        else:
            info.append("result=" + _limited_repr(fut._result))
    cbs = fut._callbacks
    if cbs:
        n = len(cbs)
        first = _format_callback_source(cbs[0][0], ())
        if n == 1:
            text = first
        elif n == 2:
            text = first + ", " + _format_callback_source(cbs[1][0], ())
        else:
            text = "%s, <%d more>, %s" % (first, n - 2,
                                          _format_callback_source(cbs[-1][0], ()))
        info.append("cb=[" + text + "]")
    return info


class Future:
    """A value that will be set later: await it to get the result (or the exception)."""

    __module__ = "_asyncio"
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = _get_event_loop()
        self._loop = loop
        self._callbacks = []

    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        if getattr(self, "_in_repr", False):
            return "..."
        self._in_repr = True
        try:
            return "<%s %s>" % (self.__class__.__name__, " ".join(_future_repr_info(self)))
        finally:
            self._in_repr = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        if loop.__class__ is _UnixSelectorEventLoop:
            if loop._closed:
                raise RuntimeError("Event loop is closed")
            ready = loop._ready
            for cb, ctx in callbacks:
                ready.append(Handle(cb, (self,), loop, ctx))
        else:
            for cb, ctx in callbacks:
                loop.call_soon(cb, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            if self._exception is not None:
                raise self._exception
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError("Result is not set.")

    def exception(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = _copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        old = self._callbacks
        kept = [f for f in old if f[0] != fn]
        removed = len(old) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if fut._state == _PENDING:
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Return future itself when it is an asyncio Future (concurrent.futures is not
    offered)."""
    if isfuture(future):
        return future
    raise NotImplementedError("asyncio.wrap_future() of a concurrent.futures.Future "
                              "is not supported by Gilt")


# ---------------------------------------------------------------------------
# Tasks

_task_counter = [0]
# Pending tasks by id (dicts of instances are slow in Gilt; ids are unique while the
# tasks are held here).
_all_tasks = {}


class Task(Future):
    """A coroutine scheduled to run on an event loop, itself a Future of its result."""

    __module__ = "_asyncio"
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if loop is None:
            loop = _get_event_loop()
        self._loop = loop
        self._callbacks = []
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        if name is None:
            _task_counter[0] += 1
            self._name = "Task-%d" % _task_counter[0]
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._send = coro.send
        self._code = getattr(coro, "cr_code", None)
        if context is None:
            context = _copy_context()
        self._context = context
        step = self._step
        handle = Handle(step, (), loop, context)
        self._step_handle = handle
        if loop.__class__ is _UnixSelectorEventLoop:
            if loop._closed:
                raise RuntimeError("Event loop is closed")
            loop._ready.append(handle)
        else:
            loop.call_soon(step, context=context)
        _all_tasks[id(self)] = self

    def __repr__(self):
        if getattr(self, "_in_repr", False):
            return "..."
        self._in_repr = True
        try:
            info = _future_repr_info(self)
            if self._num_cancels_requested and self._state == _PENDING:
                info[0] = "cancelling"
            info.insert(1, "name=%r" % (self._name,))
            info.insert(2, "coro=<%s>" % (_format_coroutine(self._coro, self._code,
                                                            self._state != _PENDING),))
            if self._fut_waiter is not None:
                info.insert(3, "wait_for=%r" % (self._fut_waiter,))
            return "<%s %s>" % (self.__class__.__name__, " ".join(info))
        finally:
            self._in_repr = False

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        if file is None:
            file = sys.stderr
        print("No stack for %r" % (self,), file=file)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None:
            if waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish_cancel(self, msg):
        Future.cancel(self, msg=msg)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        current = loop._current_task
        if current is not None:
            raise RuntimeError("Cannot enter into task %r while another task %r is being "
                               "executed." % (self, current))
        loop._current_task = self
        try:
            if exc is None:
                result = self._send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                self._result = stop.value
                self._state = _FINISHED
                if self._callbacks:
                    self._schedule_callbacks()
            _all_tasks.pop(id(self), None)
        except CancelledError as cexc:
            self._cancelled_exc = cexc
            Future.cancel(self)
            _all_tasks.pop(id(self), None)
        except (KeyboardInterrupt, SystemExit) as kexc:
            Future.set_exception(self, kexc)
            _all_tasks.pop(id(self), None)
            loop._current_task = None
            raise
        except BaseException as bexc:
            Future.set_exception(self, bexc)
            _all_tasks.pop(id(self), None)
        else:
            if result is None:
                # A bare yield: run again on the next loop iteration.
                if loop.__class__ is _UnixSelectorEventLoop:
                    loop._ready.append(self._step_handle)
                else:
                    loop.call_soon(self._step, context=self._context)
            else:
                blocking = getattr(result, "_asyncio_future_blocking", None)
                if blocking is not None:
                    if _get_loop(result) is not loop:
                        new_exc = RuntimeError("Task %r got Future %r attached to a "
                                               "different loop" % (self, result))
                        loop.call_soon(self._step, new_exc, context=self._context)
                    elif blocking:
                        if result is self:
                            new_exc = RuntimeError("Task cannot await on itself: %r" % (self,))
                            loop.call_soon(self._step, new_exc, context=self._context)
                        else:
                            result._asyncio_future_blocking = False
                            result.add_done_callback(self._wakeup, context=self._context)
                            self._fut_waiter = result
                            if self._must_cancel:
                                if result.cancel(msg=self._cancel_message):
                                    self._must_cancel = False
                    else:
                        new_exc = RuntimeError("yield was used instead of yield from in "
                                               "task %r with %r" % (self, result))
                        loop.call_soon(self._step, new_exc, context=self._context)
                elif type(result).__name__ == "generator":
                    new_exc = RuntimeError("yield was used instead of yield from for "
                                           "generator in task %r with %r" % (self, result))
                    loop.call_soon(self._step, new_exc, context=self._context)
                else:
                    new_exc = RuntimeError("Task got bad yield: %r" % (result,))
                    loop.call_soon(self._step, new_exc, context=self._context)
        loop._current_task = None

    def _wakeup(self, future):
        # (_step is called outside the except clause, as CPython's C Task does: the
        # coroutine must not see this frame's handled exception)
        try:
            future.result()
        except BaseException as exc:
            error = exc
        else:
            self._step()
            return
        self._step(error)


_task_wakeup_function = Task._wakeup


def current_task(loop=None):
    """The Task running on loop (default: the running loop), or None."""
    if loop is None:
        loop = get_running_loop()
    return getattr(loop, "_current_task", None)


def all_tasks(loop=None):
    """The set of not-yet-done Tasks of loop (default: the running loop)."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks.values()) if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop as a Task and return the Task."""
    loop = get_running_loop()
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def _wrap_awaitable_gen(awaitable):
    return (yield from awaitable.__await__())


def _wrap_awaitable(awaitable):
    return _LibCoro(_wrap_awaitable_gen(awaitable), "_wrap_awaitable")


def ensure_future(coro_or_future, *, loop=None):
    """Return the Future itself, or a Task running the coroutine or awaitable."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


# ---------------------------------------------------------------------------
# The event loop

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600

_running_loop = [None]


class AbstractEventLoop:
    """The interface of event loops."""

    __module__ = "asyncio.events"
    _current_task = None


class BaseEventLoop(AbstractEventLoop):
    """An event loop with no I/O: a queue of ready callbacks and a heap of timers."""

    __module__ = "asyncio.base_events"

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._clock_resolution = 1e-09
        self._threads = []
        self._threadsafe_used = False

    def __repr__(self):
        return "<%s running=%s closed=%s debug=%s>" % (
            self.__class__.__name__, self.is_running(), self.is_closed(), self.get_debug())

    def __del__(self):
        pass

    # -- state

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop[0] is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return _monotonic()

    # -- futures and tasks

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        elif context is None:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        else:
            task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- scheduling

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._threadsafe_used = True
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(_monotonic() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        # The heap holds (when, handle) pairs: compared as CPython compares the handles
        # (by when only; equal whens then compare the handles, which says False), but
        # without a Python-level __lt__ call in the common case.
        _heapq.heappush(self._scheduled, (timer._when, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- running

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop[0] = self
        hooks = None
        set_hooks = getattr(sys, "set_asyncgen_hooks", None)
        if set_hooks is not None:
            hooks = sys.get_asyncgen_hooks()
            set_hooks(firstiter=self._asyncgen_firstiter_hook,
                      finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop[0] = None
            if hooks is not None:
                set_hooks(*hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []

    def _run_once(self):
        scheduled = self._scheduled
        n = len(scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count / n
                > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for entry in scheduled:
                h = entry[1]
                if h._cancelled:
                    h._scheduled = False
                else:
                    kept.append(entry)
            _heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][1]._cancelled:
                self._timer_cancelled_count -= 1
                h = _heapq.heappop(scheduled)[1]
                h._scheduled = False
        if not self._ready and not self._stopping:
            if scheduled:
                delay = scheduled[0][0] - _monotonic()
                if delay > 0:
                    if self._threadsafe_used:
                        # Other threads may add callbacks: wake up now and then.
                        deadline = scheduled[0][0]
                        while delay > 0 and not self._ready:
                            _time.sleep(min(delay, 0.005))
                            delay = deadline - _monotonic()
                    else:
                        _time.sleep(min(delay, _MAXIMUM_SELECT_TIMEOUT))
            else:
                # Nothing can ever happen (CPython waits forever here): wait for
                # call_soon_threadsafe from another thread.
                while not self._ready and not self._scheduled and not self._stopping:
                    _time.sleep(0.005)
                scheduled = self._scheduled
        if scheduled:
            end_time = _monotonic() + self._clock_resolution
            ready = self._ready
            while scheduled:
                if scheduled[0][0] >= end_time:
                    break
                h = _heapq.heappop(scheduled)[1]
                h._scheduled = False
                ready.append(h)
        ready = self._ready
        n = len(ready)
        if not n:
            return
        self._ready = []
        i = 0
        try:
            while i < n:
                h = ready[i]
                i += 1
                if h._cancelled:
                    continue
                try:
                    _run_in_context(h._context, h._callback, h._args)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    self._report_callback_error(h, exc)
        except BaseException:
            # Keep the handles not run yet for a later run of the loop.
            if i < n:
                self._ready = ready[i:] + self._ready
            raise

    def _report_callback_error(self, handle, exc):
        cb = handle._callback
        if cb is None:
            text = repr(handle)
        else:
            text = _format_callback_source(cb, handle._args)
        self.call_exception_handler({
            "message": "Exception in callback " + text,
            "exception": exc,
            "handle": handle,
        })

    # -- async generators

    def _asyncgen_firstiter_hook(self, agen):
        gens = self._asyncgens
        if gens is None:
            try:
                import weakref
                gens = weakref.WeakSet()
            except Exception:
                gens = set()
            self._asyncgens = gens
        try:
            gens.add(agen)
        except TypeError:
            # Not weakly referenceable: keep it until shutdown_asyncgens.
            gens = set(gens)
            gens.add(agen)
            self._asyncgens = gens

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    def _shutdown_asyncgens_gen(self):
        self._asyncgens_shutdown_called = True
        gens = self._asyncgens
        if not gens:
            return
        closing = list(gens)
        gens.clear()
        results = yield from gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": "an error occurred during closing of asynchronous "
                               "generator %r" % (agen,),
                    "exception": result,
                    "asyncgen": agen,
                })

    def shutdown_asyncgens(self):
        return _LibCoro(self._shutdown_asyncgens_gen(), "BaseEventLoop.shutdown_asyncgens")

    def _shutdown_default_executor_gen(self):
        self._executor_shutdown_called = True
        threads = self._threads
        self._threads = []
        for thread in threads:
            thread.join()
        return None
        yield

    def shutdown_default_executor(self):
        return _LibCoro(self._shutdown_default_executor_gen(),
                        "BaseEventLoop.shutdown_default_executor")

    # -- exception handling

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        exception = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append("%s: %r" % (key, context[key]))
        text = "\n".join(lines)
        err = sys.stderr
        err.write(text + "\n")
        if exception is not None:
            try:
                import traceback
                err.write("".join(traceback.format_exception(
                    type(exception), exception, exception.__traceback__)))
            except Exception:
                err.write("%s: %s\n" % (type(exception).__name__, exception))

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    # -- threads

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in a new thread (the default executor); return a Future of
        its result. Explicit executors are not supported (no concurrent.futures)."""
        self._check_closed()
        if executor is not None:
            raise NotImplementedError("Gilt's asyncio runs executor work only in its "
                                      "default executor (executor=None)")
        if self._executor_shutdown_called:
            raise RuntimeError("Executor shutdown has been called")
        import threading
        fut = Future(loop=self)
        loop = self

        def work():
            try:
                result = func(*args)
            except BaseException as exc:
                loop.call_soon_threadsafe(_set_state_from_thread, fut, None, exc)
            else:
                loop.call_soon_threadsafe(_set_state_from_thread, fut, result, None)

        thread = threading.Thread(target=work, name="asyncio_%d" % len(self._threads),
                                  daemon=True)
        self._threads.append(thread)
        self._threadsafe_used = True
        thread.start()
        return fut

    def set_default_executor(self, executor):
        raise NotImplementedError("Gilt's asyncio has no executors other than its default "
                                  "one")


class SelectorEventLoop(BaseEventLoop):
    """The default event loop class."""

    __module__ = "asyncio.selector_events"


class _UnixSelectorEventLoop(SelectorEventLoop):
    __module__ = "asyncio.unix_events"


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    _get_loop(fut).stop()


# ---------------------------------------------------------------------------
# Policies and the current loop


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""

    __module__ = "asyncio.events"


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Keeps one current event loop (made on first use in the main thread)."""

    __module__ = "asyncio.unix_events"

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            try:
                import threading
                name = threading.current_thread().name
            except Exception:
                name = "MainThread"
            raise RuntimeError("There is no current event loop in thread %r." % (name,))
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, "
                            "not '%s'" % (type(loop).__name__,))
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()

    def get_child_watcher(self):
        raise NotImplementedError("subprocesses are not supported by Gilt's asyncio")

    def set_child_watcher(self, watcher):
        raise NotImplementedError("subprocesses are not supported by Gilt's asyncio")


_policy = [None]


def get_event_loop_policy():
    if _policy[0] is None:
        _policy[0] = DefaultEventLoopPolicy()
    return _policy[0]


def set_event_loop_policy(policy):
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, "
                        "not '%s'" % (type(policy).__name__,))
    _policy[0] = policy


def get_running_loop():
    """Return the running event loop; RuntimeError when none is running."""
    loop = _running_loop[0]
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def _get_running_loop():
    return _running_loop[0]


def _set_running_loop(loop):
    _running_loop[0] = loop


def get_event_loop():
    """The running loop, else the policy's current loop (made if needed)."""
    loop = _running_loop[0]
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# ---------------------------------------------------------------------------
# Runner and run


class Runner:
    """Runs coroutines on one event loop, closed (with its remaining tasks cancelled) by
    close() or at the end of a with block."""

    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running_loop[0] is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = "initialized"


def run(main, *, debug=None):
    """Run the coroutine main on a new event loop and return its result; then cancel the
    tasks still pending, close async generators and close the loop."""
    if _running_loop[0] is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


# ---------------------------------------------------------------------------
# Coroutine tools


class _Sleep0:
    """Awaiting it yields to the loop once (a bare yield)."""

    __slots__ = ()

    def __await__(self):
        yield

    __iter__ = __await__


def _sleep_gen(delay, result):
    if delay <= 0:
        yield
        return result
    loop = get_running_loop()
    future = Future(loop=loop)
    h = loop.call_at(_monotonic() + delay, _set_result_unless_cancelled, future, result)
    try:
        return (yield from future)
    finally:
        h.cancel()


def sleep(delay, result=None):
    """Coroutine: suspend for delay seconds (sleep(0) yields to the loop once) and return
    result."""
    return _LibCoro(_sleep_gen(delay, result), "sleep")


sleep._is_coroutine = _is_coroutine


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _ReleaseWaiter:
    # functools.partial(_release_waiter, waiter) without importing functools.
    __slots__ = ("waiter",)

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        waiter = self.waiter
        if not waiter.done():
            waiter.set_result(None)


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


@_libcoro
def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Coroutine: wait for the futures/tasks fs; return the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % (type(fs).__name__,))
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return (yield from _wait(fs, timeout, return_when, loop))


def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        yield from waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _ReleaseWaiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        yield from waiter
    finally:
        fut.remove_done_callback(cb)


@_libcoro
def wait_for(fut, timeout):
    """Coroutine: await fut, cancelling it and raising TimeoutError after timeout
    seconds (None: no limit)."""
    loop = get_running_loop()
    if timeout is None:
        return (yield from _await(fut))
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        yield from _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _ReleaseWaiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            yield from waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            yield from _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        yield from _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def _await(obj):
    # 'await obj' for a generator-based coroutine body.
    aw = getattr(type(obj), "__await__", None)
    if aw is None:
        if type(obj).__name__ == "generator":
            return (yield from obj)
        raise TypeError("object %s can't be used in 'await' expression" % (type(obj).__name__,))
    return (yield from aw(obj))


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines giving the results of fs in the order they complete
    (TimeoutError after timeout seconds)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % (type(fs).__name__,))
    done = Queue()
    loop = _get_event_loop()
    todo = set()
    for f in set(fs):
        todo.add(ensure_future(f, loop=loop))
    timeout_handle = [None]

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    def _wait_for_one_gen():
        f = yield from done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _LibCoro(_wait_for_one_gen(), "as_completed.<locals>._wait_for_one")


class _GatheringFuture(Future):
    """The Future returned by gather(): cancelling it cancels the children."""

    __module__ = "asyncio.tasks"

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the returned future's result is the list of their
    results in argument order (exceptions included if return_exceptions)."""
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = [0, 0, None]  # finished count, future count, outer
    children = []

    def _done_callback(fut):
        state[0] += 1
        outer = state[2]
        if outer is None or outer._state != _PENDING:
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == state[1]:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError("" if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child._result
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    loop = None
    for arg in coros_or_futures:
        key = id(arg)  # (the arguments stay alive in coros_or_futures)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            state[1] += 1
            arg_to_fut[key] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state[2] = outer
    return outer


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned future does not
    cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _set_state_from_thread(fut, result, exc):
    if fut._state != _PENDING:
        return
    if exc is None:
        fut.set_result(result)
    else:
        fut.set_exception(exc)


def _to_thread_gen(func, args, kwargs):
    loop = get_running_loop()
    ctx = _copy_context()
    if kwargs:
        return (yield from loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs)))
    return (yield from loop.run_in_executor(None, ctx.run, func, *args))


def to_thread(func, *args, **kwargs):
    """Coroutine: run func(*args, **kwargs) in a separate thread and return its result."""
    return _LibCoro(_to_thread_gen(func, args, kwargs), "to_thread")


to_thread._is_coroutine = _is_coroutine


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError("asyncio.run_coroutine_threadsafe() is not supported by "
                              "Gilt's asyncio")


# ---------------------------------------------------------------------------
# Timeouts


class _State:
    """A state of a Timeout or a Barrier (compared by identity; value is its name)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


_T_CREATED = _State("created")
_T_ENTERED = _State("active")
_T_EXPIRING = _State("expiring")
_T_EXPIRED = _State("expired")
_T_EXITED = _State("finished")


class Timeout:
    """Async context manager cancelling the task when its deadline passes; the
    cancellation then leaves the block as TimeoutError."""

    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = _T_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _T_ENTERED:
            raise RuntimeError("Cannot change state of %s Timeout" % (self._state.value,))
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state is _T_EXPIRING or self._state is _T_EXPIRED

    def __repr__(self):
        info = [""]
        if self._state is _T_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append("when=%s" % (when,))
        return "<Timeout [%s]%s>" % (self._state.value, " ".join(info))

    def _aenter_gen(self):
        self._state = _T_ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self
        yield

    def __aenter__(self):
        return _LibCoro(self._aenter_gen(), "Timeout.__aenter__")

    def _aexit_gen(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _T_EXPIRING:
            self._state = _T_EXPIRED
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError
        elif self._state is _T_ENTERED:
            self._state = _T_EXITED
        return None
        yield

    def __aexit__(self, exc_type, exc_val, exc_tb):
        return _LibCoro(self._aexit_gen(exc_type, exc_val, exc_tb), "Timeout.__aexit__")

    def _on_timeout(self):
        self._task.cancel()
        self._state = _T_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """Async context manager: cancel the block after delay seconds (None: never),
    raising TimeoutError."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Like timeout() with an absolute loop time."""
    return Timeout(when)


# ---------------------------------------------------------------------------
# TaskGroup


class TaskGroup:
    """Async context manager owning tasks: leaving the block waits for them; the first
    failure cancels the rest and the errors are raised as an ExceptionGroup."""

    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append("tasks=%d" % len(self._tasks))
        if self._errors:
            info.append("errors=%d" % len(self._errors))
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return "<TaskGroup%s>" % (" ".join(info),)

    def _aenter_gen(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has been already entered" % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        return self
        yield

    def __aenter__(self):
        return _LibCoro(self._aenter_gen(), "TaskGroup.__aenter__")

    def _aexit_gen(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                yield from self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise _BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def __aexit__(self, et, exc, tb):
        return _LibCoro(self._aexit_gen(et, exc, tb), "TaskGroup.__aexit__")

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": "Task %r has errored out but its parent task %s is already "
                           "completed" % (task, self._parent_task),
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------------------
# Synchronization primitives


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError("%r is bound to a different event loop" % (self,))
        return loop

    def _base_repr(self):
        return "%s.%s object at %#x" % (type(self).__module__, type(self).__qualname__,
                                        id(self))

    def _waiters_repr(self, extra):
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<%s [%s]>" % (self._base_repr(), extra)


class _ContextManagerMixin:
    def _aenter_gen(self):
        yield from self.acquire()
        return None

    def __aenter__(self):
        return _LibCoro(self._aenter_gen(), "_ContextManagerMixin.__aenter__")

    def _aexit_gen(self):
        self.release()
        return None
        yield

    def __aexit__(self, exc_type, exc, tb):
        return _LibCoro(self._aexit_gen(), "_ContextManagerMixin.__aexit__")


def _remove_item(lst, item):
    # list.remove by identity (futures compare by identity anyway).
    i = 0
    for x in lst:
        if x is item:
            del lst[i]
            return
        i += 1
    raise ValueError("deque.remove(x): x not in deque")


class Lock(_ContextManagerMixin, _LoopBound):
    """A mutex for tasks: acquire() waits (first come, first served) while it is held."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return self._waiters_repr("locked" if self._locked else "unlocked")

    def locked(self):
        return self._locked

    def _acquire_gen(self):
        if not self._locked:
            waiters = self._waiters
            free = True
            if waiters:
                for w in waiters:
                    if not w.cancelled():
                        free = False
                        break
            if free:
                self._locked = True
                return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                yield from fut
            finally:
                _remove_item(self._waiters, fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def acquire(self):
        return _LibCoro(self._acquire_gen(), "Lock.acquire")

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait for: set() wakes every waiter."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return self._waiters_repr("set" if self._value else "unset")

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    def _wait_gen(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            yield from fut
            return True
        finally:
            _remove_item(self._waiters, fut)

    def wait(self):
        return _LibCoro(self._wait_gen(), "Event.wait")


class Condition(_ContextManagerMixin, _LoopBound):
    """A condition variable: wait() releases the lock until notify()."""

    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        return self._waiters_repr("locked" if self.locked() else "unlocked")

    def _wait_gen(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                yield from fut
                return True
            finally:
                _remove_item(self._waiters, fut)
        finally:
            cancelled = False
            while True:
                try:
                    yield from self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    def wait(self):
        return _LibCoro(self._wait_gen(), "Condition.wait")

    def _wait_for_gen(self, predicate):
        result = predicate()
        while not result:
            yield from self._wait_gen()
            result = predicate()
        return result

    def wait_for(self, predicate):
        return _LibCoro(self._wait_for_gen(predicate), "Condition.wait_for")

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter of free slots: acquire() waits while it is 0."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked, value:%s" % (self._value,)
        return self._waiters_repr(extra)

    def locked(self):
        if self._value == 0:
            return True
        for w in (self._waiters or ()):
            if not w.cancelled():
                return True
        return False

    def _acquire_gen(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                yield from fut
            finally:
                _remove_item(self._waiters, fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def acquire(self):
        return _LibCoro(self._acquire_gen(), "Semaphore.acquire")

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError above the initial value."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


_B_FILLING = _State("filling")
_B_DRAINING = _State("draining")
_B_RESETTING = _State("resetting")
_B_BROKEN = _State("broken")


class Barrier(_LoopBound):
    """Lets parties tasks wait until all of them have called wait()."""

    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _B_FILLING
        self._count = 0

    def __repr__(self):
        extra = "[%s" % (self._state.value,)
        if not self.broken:
            extra += ", waiters:%d/%d" % (self.n_waiting, self.parties)
        return "<%s %s]>" % (self._base_repr(), extra)

    def _aenter_gen(self):
        return (yield from self._wait_gen())

    def __aenter__(self):
        return _LibCoro(self._aenter_gen(), "Barrier.__aenter__")

    def _aexit_gen(self):
        return None
        yield

    def __aexit__(self, *args):
        return _LibCoro(self._aexit_gen(), "Barrier.__aexit__")

    def _wait_gen(self):
        cond = self._cond
        yield from cond.acquire()
        try:
            yield from self._block()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    yield from self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()
        finally:
            cond.release()

    def wait(self):
        return _LibCoro(self._wait_gen(), "Barrier.wait")

    def _block(self):
        yield from self._cond.wait_for(
            lambda: self._state is not _B_DRAINING and self._state is not _B_RESETTING)
        if self._state is _B_BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    def _release(self):
        self._state = _B_DRAINING
        self._cond.notify_all()

    def _wait(self):
        yield from self._cond.wait_for(lambda: self._state is not _B_FILLING)
        if self._state is _B_BROKEN or self._state is _B_RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state is _B_RESETTING or self._state is _B_DRAINING:
                self._state = _B_FILLING
            self._cond.notify_all()

    def _change_state_gen(self, abort):
        cond = self._cond
        yield from cond.acquire()
        try:
            if abort:
                self._state = _B_BROKEN
            elif self._count > 0:
                self._state = _B_RESETTING
            else:
                self._state = _B_FILLING
            cond.notify_all()
        finally:
            cond.release()

    def reset(self):
        return _LibCoro(self._change_state_gen(False), "Barrier.reset")

    def abort(self):
        return _LibCoro(self._change_state_gen(True), "Barrier.abort")

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _B_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _B_BROKEN


# ---------------------------------------------------------------------------
# Queues


class Queue(_LoopBound):
    """A FIFO queue for tasks (maxsize <= 0: unbounded)."""

    __module__ = "asyncio.queues"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    __class_getitem__ = classmethod(_GenericAlias)

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        q = self._queue
        h = self._head
        item = q[h]
        q[h] = None
        h += 1
        if h > 32 and h * 2 > len(q):
            del q[:h]
            h = 0
        self._head = h
        return item

    def _put(self, item):
        self._queue.append(item)

    def _items(self):
        return self._queue[self._head:]

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return "<%s at %#x %s>" % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    def _format(self):
        result = "maxsize=%r" % (self._maxsize,)
        if self.qsize():
            result += " _queue=%r" % (self._items(),)
        if self._getters:
            result += " _getters[%d]" % len(self._getters)
        if self._putters:
            result += " _putters[%d]" % len(self._putters)
        if self._unfinished_tasks:
            result += " tasks=%d" % self._unfinished_tasks
        return result

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self.qsize()

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    def _put_or_get_gen(self, putting, item):
        # Queue.put (putting) or Queue.get: wait while the queue is full (empty).
        if putting:
            blocked = self.full
            waiters = self._putters
        else:
            blocked = self.empty
            waiters = self._getters
        while blocked():
            waiter = self._get_loop().create_future()
            waiters.append(waiter)
            try:
                yield from waiter
            except BaseException:
                waiter.cancel()
                try:
                    _remove_item(waiters, waiter)
                except ValueError:
                    pass
                if not blocked() and not waiter.cancelled():
                    self._wakeup_next(waiters)
                raise
        if putting:
            return self.put_nowait(item)
        return self.get_nowait()

    def put(self, item):
        return _LibCoro(self._put_or_get_gen(True, item), "Queue.put")

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    def get(self):
        return _LibCoro(self._put_or_get_gen(False, None), "Queue.get")

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    def _join_gen(self):
        if self._unfinished_tasks > 0:
            yield from self._finished.wait()

    def join(self):
        return _LibCoro(self._join_gen(), "Queue.join")


class PriorityQueue(Queue):
    """A Queue giving the smallest item first (a heap)."""

    __module__ = "asyncio.queues"

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue giving the most recently added item first."""

    __module__ = "asyncio.queues"

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


for _f in (wait, wait_for):
    _f.__module__ = "asyncio.tasks"
for _f in (Lock.acquire, Semaphore.acquire, Event.wait, Condition.wait, Condition.wait_for,
           Queue.put, Queue.get, Queue.join, Barrier.wait, Barrier.reset, Barrier.abort,
           _ContextManagerMixin.__aenter__, _ContextManagerMixin.__aexit__,
           Barrier.__aenter__, Barrier.__aexit__, TaskGroup.__aenter__, TaskGroup.__aexit__,
           Timeout.__aenter__, Timeout.__aexit__, BaseEventLoop.shutdown_asyncgens,
           BaseEventLoop.shutdown_default_executor):
    _f._is_coroutine = _is_coroutine
del _f
