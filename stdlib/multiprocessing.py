"""Processes that run Gilt functions: Process, Pool (map, starmap, apply),
Queue, cpu_count and current_process -- enough for the classic comparison of
processes and threads.

Written in Gilt on top of the native `_multiprocessing`. A child is a new
`gilt` process (`sys.executable`) started the way CPython's "spawn" method
starts one: it runs the parent's main script under the name `__mp_main__`
(so the `if __name__ == "__main__":` block does not run again), then the
function it was given. Functions go by name, so they must be defined at the
top level of a module, as with CPython. Values go between processes in a text
form of their own: None, bool, int, float, str, bytes, tuple, list, dict, set,
frozenset, exceptions, module-level functions and classes, and Queues; other
objects raise TypeError. A Queue is a folder of messages under the temporary
folder, which any process holding it may put to and get from.

Not offered: Pipe, Lock and the other synchronisation objects, Manager,
shared memory (Value, Array), Pool's asynchronous and imap methods, and start
methods other than spawn.
"""

import os
import sys
import time
import _multiprocessing
import _thread
import queue as _queue

__all__ = ('Process', 'Pool', 'Queue', 'cpu_count', 'current_process',
           'active_children', 'TimeoutError')

TimeoutError = TimeoutError
_TMP = os.environ.get('TMPDIR', '/tmp')
_serial = [0]
_current = [None]
_children = []


def cpu_count():
    """How many CPUs the machine has."""
    return os.cpu_count()


def _fresh_path(kind):
    _serial[0] += 1
    return os.path.join(_TMP, 'gilt-mp-%d-%d-%s' % (os.getpid(), _serial[0], kind))


# ------------------------------------------------------------------ sending values

_BUILTIN_EXCEPTIONS = {c.__name__: c for c in (
    Exception, ValueError, TypeError, KeyError, IndexError, RuntimeError,
    ZeroDivisionError, AttributeError, NameError, ArithmeticError,
    AssertionError, LookupError, OSError, FileNotFoundError, OverflowError,
    RecursionError, StopIteration, NotImplementedError, MemoryError,
    UnicodeError, PermissionError, TimeoutError, KeyboardInterrupt,
    SystemExit, BaseException)}


def _dump(obj, out):
    t = type(obj)
    if obj is None:
        out.append('N')
    elif obj is True:
        out.append('T')
    elif obj is False:
        out.append('F')
    elif t is int:
        out.append('i%d;' % obj)
    elif t is float:
        out.append('f%r;' % obj)
    elif t is str:
        out.append('s%d:' % len(obj))
        out.append(obj)
    elif t is bytes:
        text = obj.hex()
        out.append('b%d:' % len(text))
        out.append(text)
    elif t is tuple or t is list or t is set or t is frozenset:
        tag = {tuple: 't', list: 'l', set: 'S', frozenset: 'z'}[t]
        out.append('%s%d;' % (tag, len(obj)))
        for x in obj:
            _dump(x, out)
    elif t is dict:
        out.append('d%d;' % len(obj))
        for k, v in obj.items():
            _dump(k, out)
            _dump(v, out)
    elif isinstance(obj, Queue):
        out.append('Q')
        _dump(obj._dir, out)
    elif isinstance(obj, BaseException):
        out.append('E')
        _dump(type(obj).__module__, out)
        _dump(type(obj).__qualname__, out)
        try:
            args = []
            _dump(obj.args, args)
        except TypeError:
            args = None
        if args is None:
            _dump(tuple(str(a) for a in obj.args), out)
        else:
            out.extend(args)
    elif callable(obj) and hasattr(obj, '__qualname__'):
        module = getattr(obj, '__module__', None)
        name = obj.__qualname__
        if module is None or '<' in name:
            raise TypeError("cannot send %r to another process: only functions and "
                            "classes defined at the top level of a module go by name"
                            % (obj,))
        out.append('R')
        _dump(module, out)
        _dump(name, out)
    else:
        raise TypeError("cannot pickle '%s' object" % t.__name__)


def _dumps(obj):
    out = []
    _dump(obj, out)
    return ''.join(out)


def _resolve(module, name):
    if module == '__main__':
        m = sys.modules.get('__mp_main__') or sys.modules['__main__']
    elif module == 'builtins':
        if name in _BUILTIN_EXCEPTIONS:
            return _BUILTIN_EXCEPTIONS[name]
        raise TypeError('cannot find builtins.%s in this process' % name)
    else:
        m = _multiprocessing.import_module(module)
    obj = m
    for part in name.split('.'):
        obj = getattr(obj, part)
    return obj


class _Reader:
    def __init__(self, text):
        self.text = text
        self.at = 0

    def until(self, end):
        i = self.text.index(end, self.at)
        piece = self.text[self.at:i]
        self.at = i + 1
        return piece

    def read(self):
        tag = self.text[self.at]
        self.at += 1
        if tag == 'N':
            return None
        if tag == 'T':
            return True
        if tag == 'F':
            return False
        if tag == 'i':
            return int(self.until(';'))
        if tag == 'f':
            return float(self.until(';'))
        if tag == 's' or tag == 'b':
            n = int(self.until(':'))
            piece = self.text[self.at:self.at + n]
            self.at += n
            if tag == 's':
                return piece
            return bytes(int(piece[i:i + 2], 16) for i in range(0, n, 2))
        if tag in 'tlSz':
            n = int(self.until(';'))
            items = [self.read() for _ in range(n)]
            return {'t': tuple, 'l': list, 'S': set, 'z': frozenset}[tag](items)
        if tag == 'd':
            n = int(self.until(';'))
            d = {}
            for _ in range(n):
                k = self.read()
                d[k] = self.read()
            return d
        if tag == 'Q':
            q = Queue.__new__(Queue)
            q._dir = self.read()
            q._owner = False
            return q
        if tag == 'E':
            module = self.read()
            name = self.read()
            args = self.read()
            try:
                cls = _resolve(module, name)
            except Exception:
                return RuntimeError('%s: %s' % (name, ', '.join(str(a) for a in args)))
            return cls(*args)
        if tag == 'R':
            module = self.read()
            return _resolve(module, self.read())
        raise ValueError('unreadable message from another process')


def _loads(text):
    return _Reader(text).read()


def _write(path, text):
    tmp = path + '.part'
    with open(tmp, 'w') as f:
        f.write(text)
    os.rename(tmp, path)


def _read_and_remove(path):
    with open(path) as f:
        text = f.read()
    os.remove(path)
    return text


# ------------------------------------------------------------------ processes

def _main_path():
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if path and os.path.exists(path):
        return path
    return ''


def _start_child(task):
    path = _fresh_path('task')
    _write(path, _dumps(task))
    argv = [sys.executable, '-c', 'import multiprocessing; multiprocessing._child_main()']
    env = ['GILT_MP_TASK', path, 'GILT_MP_MAIN', _main_path()]
    try:
        return _multiprocessing.spawn(argv, env)
    except OSError:
        os.remove(path)
        raise


class Process:
    """A function run in a child process: Process(target=f, args=(...)).start(),
    then join(); `exitcode` is 0 when it returned, 1 when it raised."""

    _made = [0]

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None,
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        Process._made[0] += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self.name = name or 'Process-%d' % Process._made[0]
        self.daemon = bool(daemon)
        self._pid = None
        self._exitcode = None

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._pid is not None:
            raise AssertionError('cannot start a process twice')
        if type(self).run is not Process.run:
            raise TypeError('Gilt runs only a target function in a child process, '
                            'not an overridden run()')
        self._pid = _start_child(('process', self.name, self._target, self._args,
                                  self._kwargs))
        _children.append(self)

    def join(self, timeout=None):
        if self._pid is None:
            raise AssertionError('can only join a started process')
        if self._exitcode is None:
            self._exitcode = _multiprocessing.wait(self._pid, timeout)
            if self._exitcode is not None and self in _children:
                _children.remove(self)

    def is_alive(self):
        if self._pid is None or self._exitcode is not None:
            return False
        self.join(0)
        return self._exitcode is None

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        if self._pid is not None and self._exitcode is None:
            self.join(0)
        return self._exitcode

    def terminate(self):
        if self._pid is not None and self._exitcode is None:
            _multiprocessing.kill(self._pid)

    kill = terminate

    def __repr__(self):
        if self._pid is None:
            state = 'initial'
        elif self._exitcode is None:
            state = 'started'
        else:
            state = 'stopped exitcode=%d' % self._exitcode
        return '<%s name=%r parent=%d %s>' % (type(self).__name__, self.name, os.getpid(),
                                               state)


class _Current:
    def __init__(self, name):
        self.name = name
        self.daemon = False
        self.pid = os.getpid()
        self.ident = self.pid

    def __repr__(self):
        return '<_MainProcess name=%r parent=None started>' % self.name \
            if self.name == 'MainProcess' else '<Process name=%r started>' % self.name


def current_process():
    """The process running this code (`name` is 'MainProcess' in the parent)."""
    if _current[0] is None:
        _current[0] = _Current('MainProcess')
    return _current[0]


def active_children():
    """The started children that have not ended."""
    return [p for p in list(_children) if p.is_alive()]


def _child_main():
    task_path = os.environ['GILT_MP_TASK']
    main_path = os.environ.get('GILT_MP_MAIN', '')
    text = _read_and_remove(task_path)
    if main_path:
        _multiprocessing.run_main(main_path)
    task = _loads(text)
    if task[0] == 'process':
        _, name, target, args, kwargs = task
        _current[0] = _Current(name)
        try:
            if target is not None:
                target(*args, **kwargs)
        except SystemExit:
            raise
        except BaseException as e:
            sys.stderr.write('Process %s:\n' % name)
            _thread._print_exception(e)
            sys.exit(1)
        return
    _, name, func, chunk, star, result_path = task
    _current[0] = _Current(name)
    try:
        if star:
            results = [func(*args) for args in chunk]
        else:
            results = [func(x) for x in chunk]
        reply = ('ok', results)
    except Exception as e:
        reply = ('error', e)
    _write(result_path, _dumps(reply))


# ------------------------------------------------------------------ pools

class Pool:
    """`processes` worker processes (default: cpu_count()). map(f, items) splits the
    items into one chunk per worker and returns f's results in order."""

    def __init__(self, processes=None):
        if processes is not None and processes < 1:
            raise ValueError('Number of processes must be at least 1')
        self._processes = processes or cpu_count()
        self._closed = False
        # worker names, numbered with the processes as CPython numbers its workers
        self._names = []
        for _ in range(self._processes):
            Process._made[0] += 1
            self._names.append('SpawnPoolWorker-%d' % Process._made[0])

    def _run(self, func, items, star):
        if self._closed:
            raise ValueError('Pool not running')
        items = list(items)
        if not items:
            return []
        n = min(self._processes, len(items))
        size, extra = divmod(len(items), n)
        jobs = []
        at = 0
        for i in range(n):
            end = at + size + (1 if i < extra else 0)
            result_path = _fresh_path('result')
            pid = _start_child(('pool', self._names[i], func,
                                items[at:end], star, result_path))
            jobs.append((pid, result_path))
            at = end
        results = []
        failure = None
        for pid, result_path in jobs:
            code = _multiprocessing.wait(pid)
            if os.path.exists(result_path):
                status, value = _loads(_read_and_remove(result_path))
            else:
                status, value = 'error', RuntimeError(
                    'a pool worker ended with exit code %d' % code)
            if status == 'ok':
                results.extend(value)
            elif failure is None:
                failure = value
        if failure is not None:
            raise failure
        return results

    def map(self, func, iterable, chunksize=None):
        return self._run(func, iterable, False)

    def starmap(self, func, iterable, chunksize=None):
        return self._run(func, iterable, True)

    def apply(self, func, args=(), kwds=None):
        if kwds:
            raise TypeError("Gilt's Pool.apply takes positional arguments only")
        return self._run(func, [tuple(args)], True)[0]

    def close(self):
        self._closed = True

    def terminate(self):
        self._closed = True

    def join(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.terminate()


# ------------------------------------------------------------------ queues

class Queue:
    """A first-in, first-out queue that processes share: put() and get() work in
    the process that made it and in every child it was passed to."""

    def __init__(self, maxsize=0):
        self._dir = _fresh_path('queue')
        os.makedirs(self._dir)
        self._owner = True

    def put(self, obj, block=True, timeout=None):
        _serial[0] += 1
        name = '%020d-%08d-%08d' % (time.time_ns(), os.getpid(), _serial[0])
        tmp = os.path.join(self._dir, '.part-' + name)
        with open(tmp, 'w') as f:
            f.write(_dumps(obj))
        os.rename(tmp, os.path.join(self._dir, name))

    def put_nowait(self, obj):
        self.put(obj, False)

    def _waiting(self):
        return sorted(n for n in os.listdir(self._dir) if not n.startswith('.'))

    def get(self, block=True, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            for name in self._waiting():
                mine = os.path.join(self._dir, '.taken-%d-%s' % (os.getpid(), name))
                try:
                    os.rename(os.path.join(self._dir, name), mine)
                except OSError:
                    continue  # another process took it first
                return _loads(_read_and_remove(mine))
            if not block or (deadline is not None and time.monotonic() >= deadline):
                raise _queue.Empty
            time.sleep(0.001)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._waiting()

    def qsize(self):
        return len(self._waiting())

    def close(self):
        pass

    def join_thread(self):
        pass

    def __del__(self):
        if getattr(self, '_owner', False):
            try:
                for name in os.listdir(self._dir):
                    os.remove(os.path.join(self._dir, name))
                os.rmdir(self._dir)
            except OSError:
                pass
