#!/usr/bin/env python3
"""Runs collections of Python programs that nobody on the project wrote under Gilt and
CPython, and counts how many Gilt runs as CPython does.

Usage (from the repository root, with CPython 3.11 as the oracle):

    /usr/bin/python3 tests/realworld/run.py [--gilt target/release/gilt]
        [--snippets DIR] [--pyperformance DIR] [--timeout 60] [--jobs 2] [--verbose]

--snippets DIR        a folder of small assert-based scripts, such as a copy of the
                      `extra_tests/snippets` folder of another Python implementation
                      written in Rust; each script runs from inside DIR. A script counts
                      only if CPython runs it with exit status 0; Gilt passes it when it
                      exits 0 too.
--pyperformance DIR   the `benchmarks` folder of an unpacked pyperformance sdist
                      (`pip download --no-deps --no-binary :all: pyperformance`); each
                      `bm_*/run_benchmark.py` runs in a copy of its folder together with
                      the stand-in `pyperf.py` beside this script, one loop. Gilt passes a
                      benchmark when it exits 0 and prints what CPython prints, timings
                      aside.

It prints the counts, and the first error of each failing program grouped by its last
stderr line (--verbose lists every program).
"""

import argparse
import collections
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CPYTHON = "/usr/bin/python3"


def run(cmd, cwd, timeout, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def last_line(text):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1].strip() if lines else "(no output)"


def without_times(text):
    return re.sub(r"\d+\.\d+ s\b", "T s", text)


def snippets(gilt, folder, timeout, jobs):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".py"))

    def one(name):
        code, _, _ = run([CPYTHON, name], folder, timeout)
        if code != 0:
            return name, None, ""
        code, out, err = run([gilt, name], folder, timeout)
        return name, code == 0, "" if code == 0 else last_line(err)

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(one, names))


def pyperformance(gilt, folder, timeout, jobs):
    names = sorted(n for n in os.listdir(folder)
                   if os.path.exists(os.path.join(folder, n, "run_benchmark.py")))

    def one(name):
        with tempfile.TemporaryDirectory() as tmp:
            work = os.path.join(tmp, name)
            shutil.copytree(os.path.join(folder, name), work)
            shutil.copy(os.path.join(HERE, "pyperf.py"), work)
            env = dict(os.environ, GILT_PYPERF_LOOPS="1")
            code, want, _ = run([CPYTHON, "run_benchmark.py"], work, timeout, env)
            if code != 0:
                return name, None, ""
            code, got, err = run([gilt, "run_benchmark.py"], work, timeout, env)
            if code != 0:
                return name, False, last_line(err)
            if without_times(got) != without_times(want):
                return name, False, "output differs from CPython's"
            return name, True, ""

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(one, names))


def report(title, results, verbose):
    counted = [r for r in results if r[1] is not None]
    passed = [r for r in counted if r[1]]
    share = 100.0 * len(passed) / len(counted) if counted else 0.0
    print("%s: %d of %d pass (%.0f%%); %d not counted (CPython fails them)"
          % (title, len(passed), len(counted), share, len(results) - len(counted)))
    errors = collections.Counter(r[2] for r in counted if not r[1])
    for err, n in errors.most_common():
        print("  %3d  %s" % (n, err[:110]))
    if verbose:
        for name, ok, err in results:
            state = "skip" if ok is None else ("pass" if ok else "FAIL")
            print("    %s %s %s" % (state, name, err[:90]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gilt", default=os.path.join("target", "release", "gilt"))
    ap.add_argument("--snippets")
    ap.add_argument("--pyperformance")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gilt = os.path.abspath(args.gilt)
    if not (args.snippets or args.pyperformance):
        ap.error("name at least one collection: --snippets DIR or --pyperformance DIR")
    if args.snippets:
        report("snippets", snippets(gilt, args.snippets, args.timeout, args.jobs), args.verbose)
    if args.pyperformance:
        report("pyperformance", pyperformance(gilt, args.pyperformance, args.timeout, args.jobs),
               args.verbose)


if __name__ == "__main__":
    sys.exit(main())
