"""Thread objects and synchronisation primitives for Gilt.

This module is written in Gilt on top of the native `_thread` module, which
provides OS threads (`start_new_thread`), plain locks (`allocate_lock`),
thread identities and `TIMEOUT_MAX`.  Everything else -- Thread, RLock,
Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer and local --
is built here from those pieces, with the same behaviour as Python 3.11's
`threading` module.

Blocking waits never spin: every wait ends up in `lock.acquire(True, timeout)`
on a native lock, which releases the GIL while it waits.
"""

import sys
import time
import _thread

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = getattr(_thread, 'get_native_id', _thread.get_ident)
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_time = time.monotonic


def _clamp(timeout):
    # Native locks refuse timeouts above TIMEOUT_MAX; wait that long instead.
    if timeout > TIMEOUT_MAX:
        return TIMEOUT_MAX
    return timeout


def _addr(obj):
    # " at 0x..." for reprs when the interpreter offers id(); empty otherwise.
    try:
        return " at %s" % hex(id(obj))
    except Exception:
        return ""


# ---------------------------------------------------------------------------
# Error reporting

def _write_stderr_line(text):
    print(text, file=sys.stderr, flush=True)


def _print_exc(e):
    f = getattr(_thread, '_print_exception', None)
    if f is not None:
        f(e)
    else:
        import traceback
        traceback.print_exception(e)


# ---------------------------------------------------------------------------
# Tracing and profiling hooks.  Gilt has no tracing machinery, so these only
# remember what they were given (and pass it on when `sys` can use it).

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks

Lock = _allocate_lock


class _RLock:
    """A reentrant lock: the owning thread may acquire it again; it becomes
    free once every acquire() has been matched by a release()."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        if owner is None:
            owner = 0
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s %s.%s object owner=%r count=%d%s>" % (
            state, type(self).__module__, type(self).__name__,
            owner, self._count, _addr(self))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count - 1
        self._count = count
        if count == 0:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    # The protocol Condition uses to drop a lock completely while it waits
    # and to take it back afterwards with the same recursion depth.

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock

# The native reentrant lock is used when it offers the protocol Condition
# needs (_is_owned, _release_save, _acquire_restore); otherwise RLock is the
# class above.
_CRLock = getattr(_thread, 'RLock', None)
if _CRLock is not None and not (hasattr(_CRLock, '_release_save')
                                and hasattr(_CRLock, '_acquire_restore')
                                and hasattr(_CRLock, '_is_owned')):
    _CRLock = None


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition variables

class Condition:
    """A condition variable bound to a lock (a new RLock by default).

    Every waiter parks on a private lock of its own; notify() hands the
    wake-up to the oldest waiters by releasing their private locks."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
        # Locks that know their owner tell Condition directly; for a plain
        # Lock the generic versions below are used.
        f = getattr(lock, '_release_save', None)
        if f is not None:
            self._release_save = f
        f = getattr(lock, '_acquire_restore', None)
        if f is not None:
            self._acquire_restore = f
        f = getattr(lock, '_is_owned', None)
        if f is not None:
            self._is_owned = f

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return "<Condition(%r, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it is "owned" when held.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout
        expires, take the lock back.  False when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, _clamp(timeout))
            else:
                notified = waiter.acquire(False)
        finally:
            self._acquire_restore(saved)
            if not notified:
                # Timed out.  If a notifier took us off the list meanwhile,
                # that wake-up was ours after all.
                if not _remove_identical(self._waiters, waiter):
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; return the
        last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Its wait already ended (timed out); it does not count.
                continue
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


def _remove_identical(items, x):
    # Remove x (by identity) from list items; False when it was not there.
    i = 0
    n = len(items)
    while i < n:
        if items[i] is x:
            del items[i]
            return True
        i += 1
    return False


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """A counter of available permits: acquire() takes one, waiting while
    there are none; release(n) gives n back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s%s: value=%d>" % (type(self).__module__, type(self).__name__,
                                         _addr(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                        remaining = timeout
                    else:
                        remaining = deadline - _time()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
                else:
                    self._cond.wait()
            else:
                self._value -= 1
                got = True
        return got

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s%s: value=%d/%d>" % (type(self).__module__, type(self).__name__,
                                            _addr(self), self._value,
                                            self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events

class Event:
    """A flag that threads can wait for: set() wakes every waiter."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s%s: %s>" % (type(self).__module__, type(self).__name__,
                                  _addr(self), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; return the
        flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Lets a fixed number of threads wait for each other.

    The barrier fills until `parties` threads are waiting, then drains: all
    of them leave wait(), each with a distinct index, and the barrier may be
    used again.  reset() and abort() break the current round and every
    waiter gets BrokenBarrierError."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s%s: broken>" % (type(self).__module__, type(self).__name__,
                                          _addr(self))
        return "<%s.%s%s: waiters=%d/%d>" % (type(self).__module__, type(self).__name__,
                                             _addr(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait until every party has arrived; return this thread's arrival
        index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Threads of the previous round are still leaving: wait for them.
        while self._state == _DRAINING or self._state == _RESETTING:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        # The last thread has arrived: run the action and open the barrier.
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _exit(self):
        # The last thread out closes the barrier for the next round.
        if self._count == 0:
            if self._state == _RESETTING or self._state == _DRAINING:
                self._state = _FILLING
                self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting now get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def _get_parties(self):
        return self._parties

    def _get_n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    def _get_broken(self):
        return self._state == _BROKEN

    parties = property(_get_parties)
    n_waiting = property(_get_n_waiting)
    broken = property(_get_broken)


# ---------------------------------------------------------------------------
# Thread registry
#
# _active maps the ident of every running Thread to its object; _limbo holds
# threads whose start() is in progress.  Both are guarded by
# _active_limbo_lock, which also guards the name counter.

_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = []
_counter = [0]
_threading_atexits = []
_SHUTTING_DOWN = [False]


def _newname(template):
    with _active_limbo_lock:
        _counter[0] += 1
        n = _counter[0]
    return template % n


# ---------------------------------------------------------------------------
# Exception hook

class ExceptHookArgs:
    """What excepthook() receives: exc_type, exc_value, exc_traceback and
    the thread (or None)."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    # It also behaves as the 4-tuple (exc_type, exc_value, exc_traceback, thread).

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[index]

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


# Held while a report is written, so that reports from threads failing at
# the same time do not interleave.
_excepthook_lock = _allocate_lock()


def excepthook(args):
    """Report an exception that escaped Thread.run(): 'Exception in thread
    NAME:' and the traceback, on stderr.  SystemExit is silently ignored."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    with _excepthook_lock:
        _write_stderr_line("Exception in thread %s:" % name)
        _print_exc(args.exc_value)


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    try:
        hook(ExceptHookArgs(type(exc), exc, getattr(exc, '__traceback__', None), thread))
    except SystemExit:
        pass
    except BaseException as e:
        with _excepthook_lock:
            _write_stderr_line("Exception in threading.excepthook:")
            _print_exc(e)


# ---------------------------------------------------------------------------
# Threads

class Thread:
    """A thread of control.

    Pass a callable as `target` (called with `args` and `kwargs`), or
    subclass Thread and override run().  start() launches the thread,
    join() waits for it to finish."""

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += " (%s)" % (target_name,)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done_lock = None
        self._local_impls = []
        self._initialized = True

    def __repr__(self):
        if not getattr(self, '_initialized', False):
            return "<%s(<uninitialized>)>" % type(self).__name__
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per Thread object."""
        if not getattr(self, '_initialized', False):
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._done_lock is not None:
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        with _active_limbo_lock:
            if self._done_lock is not None:
                raise RuntimeError("threads can only be started once")
            self._done_lock = done
            _limbo.append(self)
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_limbo_lock:
                _remove_identical(_limbo, self)
                self._done_lock = None
            raise
        self._started.wait()

    def run(self):
        """What the thread does: call the target.  Subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so that arguments do not outlive the run.
            self._target = None
            self._args = ()
            self._kwargs = {}

    def _bootstrap(self):
        try:
            try:
                self._ident = get_ident()
                self._native_id = get_native_id()
                _thread._set_name(self._name)
                with _active_limbo_lock:
                    _active[self._ident] = self
                    _remove_identical(_limbo, self)
                if _trace_hook is not None:
                    f = getattr(sys, 'settrace', None)
                    if f is not None:
                        f(_trace_hook)
                if _profile_hook is not None:
                    f = getattr(sys, 'setprofile', None)
                    if f is not None:
                        f(_profile_hook)
            finally:
                self._started.set()
            try:
                self.run()
            except BaseException as e:
                _invoke_excepthook(self, e)
        finally:
            self._finish()

    def _finish(self):
        # Runs in the thread itself, last: forget its thread-local data,
        # leave the registry, then let join() return.
        ident = self._ident
        impls = self._local_impls
        self._local_impls = []
        for impl in impls:
            impl.dicts.pop(ident, None)
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
            self._is_stopped = True
        done = self._done_lock
        if done is not None:
            done.release()

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds passed.
        Returns None either way; ask is_alive() which one happened."""
        if not getattr(self, '_initialized', False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        lock = self._done_lock
        if lock is None:
            return
        if timeout is None:
            lock.acquire()
            lock.release()
        else:
            if timeout > 0:
                got = lock.acquire(True, _clamp(timeout))
            else:
                got = lock.acquire(False)
            if got:
                lock.release()

    def is_alive(self):
        """True from the end of start() until run() has finished."""
        return self._started.is_set() and not self._is_stopped

    def _get_name(self):
        return self._name

    def _set_name(self, name):
        self._name = str(name)

    name = property(_get_name, _set_name)

    def _get_ident(self):
        return self._ident

    ident = property(_get_ident)

    def _get_native_id(self):
        return self._native_id

    native_id = property(_get_native_id)

    def _get_daemon(self):
        return self._daemonic

    def _set_daemon(self, daemonic):
        if not getattr(self, '_initialized', False):
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    daemon = property(_get_daemon, _set_daemon)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    # The thread that imported this module (the program's main thread).

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread that was not started through this module (for
    # instance by _thread.start_new_thread) when it asks current_thread().

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")

    def _set_daemon(self, daemonic):
        raise RuntimeError("cannot set daemon status of active thread")


def current_thread():
    """The Thread object of the calling thread."""
    t = _active.get(get_ident())
    if t is None:
        t = _DummyThread()
    return t


def currentThread():
    return current_thread()


def main_thread():
    """The main thread's Thread object."""
    return _main_thread


def active_count():
    """How many Thread objects are alive (the main thread included)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo)


def enumerate():
    """A list of every Thread object that is alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo)


def stack_size(size=0):
    """The stack size of new threads (0: the platform default)."""
    f = getattr(_thread, 'stack_size', None)
    if f is not None:
        return f(size)
    return 0


def _register_atexit(func, *args, **kwargs):
    # Calls func(*args, **kwargs) when the program ends, before the
    # non-daemon threads are joined.
    if _SHUTTING_DOWN[0]:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the runtime when the main thread's program is done: wait
    for every non-daemon thread (including ones started meanwhile)."""
    if _main_thread._is_stopped or _SHUTTING_DOWN[0]:
        return
    _SHUTTING_DOWN[0] = True
    # The main thread counts as finished from now on (it stays listed by
    # enumerate(), as it is still running this function).
    with _active_limbo_lock:
        _main_thread._is_stopped = True
    done = _main_thread._done_lock
    if done is not None and done.locked():
        done.release()
    i = len(_threading_atexits)
    while i > 0:
        i -= 1
        func, args, kwargs = _threading_atexits[i]
        func(*args, **kwargs)
    me = get_ident()
    while True:
        with _active_limbo_lock:
            pending = [t for t in list(_active.values()) + list(_limbo)
                       if not t._daemonic and t._ident != me
                       and t is not _main_thread
                       and not isinstance(t, _DummyThread)]
        if not pending:
            break
        for t in pending:
            # A thread still in start(): wait until it runs (or its start
            # failed, which clears _done_lock).
            while not t._started.wait(0.05):
                if t._done_lock is None:
                    break
            if t._started.is_set() and not t._is_stopped:
                t.join()


# ---------------------------------------------------------------------------
# Timer

class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval`
    seconds, unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Thread-local data

class _LocalImpl:
    # The storage behind one `local` object: an attribute dict per thread.

    def __init__(self):
        self.dicts = {}


_local_lock = _allocate_lock()


def _local_register(impl, ident):
    # Make the thread forget its dict in impl when it ends, so that a later
    # thread that happens to get the same ident starts afresh.
    t = _active.get(ident)
    if t is not None and t is not _main_thread and not isinstance(t, _DummyThread):
        t._local_impls.append(impl)


def _local_dict(self):
    # The calling thread's attribute dict of local object self.  The first
    # access from a thread other than the creating one runs __init__.
    try:
        impl = self._local__impl
    except AttributeError:
        impl = None
    ident = get_ident()
    if impl is None:
        with _local_lock:
            try:
                impl = self._local__impl
            except AttributeError:
                impl = None
            if impl is None:
                impl = _LocalImpl()
                impl.dicts[ident] = {}
                _local_register(impl, ident)
                object.__setattr__(self, '_local__impl', impl)
                return impl.dicts[ident]
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        _local_register(impl, ident)
        init = getattr(type(self), '__init__', None)
        if init is not None and init is not local.__init__:
            init(self)
    return d


def _local_type_name(self):
    if type(self) is local:
        return '_thread._local'
    return type(self).__name__


class local:
    """Thread-local data: every thread sees its own set of attributes.

    A subclass may define __init__; it runs in each thread on that thread's
    first use of the object (with no arguments)."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")

    def __getattr__(self, name):
        if name.startswith('_local__'):
            raise AttributeError(name)
        d = _local_dict(self)
        try:
            return d[name]
        except KeyError:
            pass
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_local_type_name(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        d = _local_dict(self)
        d[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name in d:
            del d[name]
            return
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_local_type_name(self), name))


# ---------------------------------------------------------------------------

_main_thread = _MainThread()
