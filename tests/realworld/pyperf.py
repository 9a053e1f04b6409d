"""A stand-in for the ``pyperf`` module, so that benchmark programs written for it run
unchanged under Gilt and CPython alike.

It runs each benchmark function a fixed number of times (``GILT_PYPERF_LOOPS``, default 1)
instead of calibrating and spawning worker processes, prints one line per benchmark with
the time taken, and parses only the simple command-line options benchmarks declare.
"""

import os
import sys
import time

perf_counter = time.perf_counter

_LOOPS = int(os.environ.get("GILT_PYPERF_LOOPS", "1"))


class _Options:
    pass


class _ArgParser:
    """Remembers the options a benchmark declares; every option keeps its default."""

    def __init__(self):
        self._defaults = {}

    def add_argument(self, *names, **settings):
        dest = settings.get("dest")
        if dest is None:
            longest = max(names, key=len)
            dest = longest.lstrip("-").replace("-", "_")
        default = settings.get("default")
        if settings.get("action") == "store_true" and default is None:
            default = False
        self._defaults[dest] = default

    def parse_args(self, args=None):
        options = _Options()
        for key in self._defaults:
            setattr(options, key, self._defaults[key])
        return options


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = _ArgParser()
        self.args = None
        hook = kwargs.get("add_cmdline_args")
        self._hook = hook

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args(args)
        return self.args

    def _report(self, name, seconds):
        print("%s: %d loop(s), %.3f s" % (name, _LOOPS, seconds))

    def bench_func(self, name, func, *args, **kwargs):
        start = perf_counter()
        result = None
        for _ in range(_LOOPS):
            result = func(*args)
        self._report(name, perf_counter() - start)
        return result

    def bench_time_func(self, name, func, *args, **kwargs):
        seconds = func(_LOOPS, *args)
        self._report(name, seconds)
        return seconds

    def bench_command(self, name, command):
        raise NotImplementedError("bench_command needs subprocesses")

    def bench_async_func(self, name, func, *args, **kwargs):
        import asyncio
        start = perf_counter()
        for _ in range(_LOOPS):
            asyncio.run(func(*args))
        self._report(name, perf_counter() - start)


def python_implementation():
    return sys.implementation.name
