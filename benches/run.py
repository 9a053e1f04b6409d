#!/usr/bin/python3
"""Gilt benchmark runner.

Builds both Gilt binaries (GIL and free-threaded), runs every benchmark
program in benches/ under CPython, Gilt GIL and Gilt free-threaded, checks
that each Gilt prints exactly what CPython prints, and reports the best wall
time of N runs and the peak resident set size of every implementation.

Usage:
    /usr/bin/python3 benches/run.py [--quick] [--markdown] [--runs N]
                                    [--no-build] [--timeout S] [--python PATH]
                                    [--json FILE] [names...]

Environment:
    GILT_BENCH_GIL_BIN  use this Gilt GIL binary instead of building one
    GILT_BENCH_FT_BIN   use this Gilt free-threaded binary instead of building
    GILT_BENCH_PYTHON   CPython used as the baseline (default /usr/bin/python3)

Only the Python standard library is used.  See benches/README.md.
"""

import argparse
import json
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
RUNNER_NAME = os.path.basename(os.path.abspath(__file__))

# Implementation keys, in table order.
CPY, GIL, FT = "cpython", "gil", "ft"
IMPLS = (CPY, GIL, FT)
LABELS = {CPY: "CPython", GIL: "Gilt GIL", FT: "Gilt FT"}

OK, WRONG, FAIL, TIMEOUT = "ok", "WRONG", "FAIL", "TIMEOUT"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Building


def default_gil_bin():
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO_ROOT, "target")
    if not os.path.isabs(target):
        target = os.path.join(REPO_ROOT, target)
    return os.path.join(target, "release", "gilt")


def default_ft_bin():
    return os.path.join(REPO_ROOT, "target", "ft", "release", "gilt")


BUILD_COMMANDS = {
    GIL: ["cargo", "build", "--release"],
    FT: ["cargo", "build", "--release", "--features", "free-threading",
         "--target-dir", "target/ft"],
}


def cargo_build(impl):
    """Runs the cargo build for one Gilt flavour.  Returns an error string or None."""
    cmd = BUILD_COMMANDS[impl]
    log(f"[build] {LABELS[impl]}: {' '.join(cmd)}")
    if shutil.which(cmd[0]) is None:
        return "cargo not found on PATH"
    try:
        # Cargo's own output goes to stderr so that stdout only carries the tables.
        proc = subprocess.run(cmd, cwd=REPO_ROOT, stdout=sys.stderr, stderr=sys.stderr)
    except OSError as exc:
        return f"could not run cargo: {exc}"
    if proc.returncode != 0:
        return f"`{' '.join(cmd)}` exited with status {proc.returncode}"
    return None


def resolve_binaries(args):
    """Returns ({impl: path}, {impl: problem}) for the two Gilt flavours."""
    paths = {}
    problems = {}
    for impl, env_name, default in ((GIL, "GILT_BENCH_GIL_BIN", default_gil_bin),
                                    (FT, "GILT_BENCH_FT_BIN", default_ft_bin)):
        override = os.environ.get(env_name)
        if override:
            found = shutil.which(override) if os.sep not in override else override
            paths[impl] = os.path.abspath(found or override)
            log(f"[build] {LABELS[impl]}: using {env_name}={override} (not building)")
        else:
            paths[impl] = default()
            if not args.no_build:
                err = cargo_build(impl)
                if err:
                    problems[impl] = "build failed: " + err
                    continue
        if impl not in problems and not os.access(paths[impl], os.X_OK):
            problems[impl] = f"binary not found or not executable: {paths[impl]}"
    return paths, problems


# ---------------------------------------------------------------------------
# Running one process and measuring it


class RunResult:
    def __init__(self, status, seconds, rss_kb, stdout, stderr, detail=""):
        self.status = status      # OK / FAIL / TIMEOUT (WRONG is decided later)
        self.seconds = seconds
        self.rss_kb = rss_kb
        self.stdout = stdout
        self.stderr = stderr
        self.detail = detail


def enable_subreaper():
    """Makes this process the reaper of orphaned descendants (Linux only).

    ru_maxrss of a child also counts the memory of the process it was forked
    from (the kernel carries the pre-exec high-water mark over exec).  Forking
    benchmark processes straight from this Python process would therefore
    report at least this runner's own footprint (~10 MB) for every program.
    Instead, each program is started by a throw-away /bin/sh whose background
    subshell execs the program; the shell exits at once, the subshell is
    re-parented to us (thanks to PR_SET_CHILD_SUBREAPER), and we collect it
    with os.wait4.  The floor is then the shell's footprint (~1 MB).
    """
    if not sys.platform.startswith("linux") or not os.path.exists("/bin/sh"):
        return False
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_CHILD_SUBREAPER = 36
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except Exception:
        return False


# $1/$2: files for the program's stdout/stderr; the rest is the command.  The
# subshell blocks until the runner writes a line to the shell's stdin (kept as
# fd 3), so it cannot finish before the shell itself has exited and it has
# been re-parented to the runner.
LAUNCH_SCRIPT = (
    'o=$1; e=$2; shift 2; exec 3<&0 </dev/null; '
    '( read -r _ <&3 || exit 125; exec 3<&-; exec "$@" ) >"$o" 2>"$e" & '
    'echo $!'
)


class Runner:
    def __init__(self, timeout):
        self.timeout = timeout
        self.subreaper = enable_subreaper()
        self.tmpdir = tempfile.mkdtemp(prefix="gilt-bench-")
        self.out_path = os.path.join(self.tmpdir, "stdout")
        self.err_path = os.path.join(self.tmpdir, "stderr")

    def close(self):
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def run(self, cmd, cwd):
        if self.subreaper:
            pid, t0 = self._start_via_shell(cmd, cwd)
        else:
            pid, t0 = self._start_direct(cmd, cwd)
        if pid is None:
            return RunResult(FAIL, None, None, b"", b"", t0)  # t0 holds the reason

        timed_out = threading.Event()

        def on_timeout():
            timed_out.set()
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(self.timeout, on_timeout)
        timer.daemon = True
        timer.start()
        try:
            _, status, usage = os.wait4(pid, 0)
        except BaseException:
            # Ctrl-C (or anything else): do not leave the program running.
            try:
                os.kill(pid, signal.SIGKILL)
                os.wait4(pid, 0)
            except OSError:
                pass
            raise
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - t0

        rss_kb = usage.ru_maxrss
        if sys.platform == "darwin":  # bytes there, kB on Linux
            rss_kb //= 1024
        with open(self.out_path, "rb") as f:
            out = f.read()
        with open(self.err_path, "rb") as f:
            err = f.read()

        if timed_out.is_set():
            return RunResult(TIMEOUT, elapsed, rss_kb, out, err,
                             f"killed after {self.timeout:g} s")
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            try:
                name = signal.Signals(sig).name
            except ValueError:
                name = str(sig)
            return RunResult(FAIL, elapsed, rss_kb, out, err, f"killed by signal {name}")
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            return RunResult(FAIL, elapsed, rss_kb, out, err, f"exit status {code}")
        return RunResult(OK, elapsed, rss_kb, out, err)

    def _start_via_shell(self, cmd, cwd):
        try:
            shell = subprocess.Popen(
                ["/bin/sh", "-c", LAUNCH_SCRIPT, "gilt-bench",
                 self.out_path, self.err_path] + cmd,
                cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        except OSError as exc:
            return None, f"could not start /bin/sh: {exc}"
        line = shell.stdout.readline()
        shell.stdout.close()
        shell.wait()
        try:
            pid = int(line)
        except ValueError:
            shell.stdin.close()
            return None, "launcher shell did not report a pid"
        t0 = time.perf_counter()
        try:
            shell.stdin.write(b"go\n")
            shell.stdin.close()
        except BrokenPipeError:
            pass  # the subshell is gone; wait4 will tell us how it ended
        return pid, t0

    def _start_direct(self, cmd, cwd):
        # Fallback without a subreaper: peak RSS then includes this runner's
        # own footprint as a floor.
        t0 = time.perf_counter()
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            try:
                proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                                        stdout=out, stderr=err)
            except OSError as exc:
                return None, f"could not start: {exc}"
        # We reap the child ourselves with os.wait4; tell Popen not to try.
        proc.returncode = 0
        return proc.pid, t0


# ---------------------------------------------------------------------------
# Benchmark loop


def discover_programs(names):
    available = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                       if f.endswith(".py") and f != RUNNER_NAME)
    if not names:
        return available
    chosen = []
    for name in names:
        base = os.path.basename(name)
        if base.endswith(".py"):
            base = base[:-3]
        if base not in available:
            sys.exit(f"run.py: unknown benchmark {name!r}; available: {', '.join(available)}")
        if base not in chosen:
            chosen.append(base)
    return chosen


def first_difference(expected, got):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    got_lines = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<no line>"
        g = got_lines[i] if i < len(got_lines) else "<no line>"
        if e != g:
            return f"line {i + 1}: expected {e[:100]!r}, got {g[:100]!r}"
    return "outputs differ only in whitespace/line endings"


def tail(data, lines=4):
    text = data.decode("utf-8", "replace").rstrip()
    if not text:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def fmt_status(res):
    if res.status == OK:
        return f"{res.seconds:.3f}s {res.rss_kb / 1024:.1f}MB"
    return res.status


def bench_program(name, runner, commands, unavailable, runs):
    """Runs one program; returns {impl: summary dict}."""
    path = os.path.join(BENCH_DIR, name + ".py")
    summary = {}
    for impl in IMPLS:
        if impl in unavailable:
            summary[impl] = {"status": FAIL, "times": [], "rss_kb": [],
                             "detail": unavailable[impl]}
        else:
            summary[impl] = {"status": OK, "times": [], "rss_kb": [], "detail": ""}
    reference = None  # CPython's stdout
    for i in range(runs):
        parts = []
        for impl in IMPLS:
            s = summary[impl]
            if s["status"] != OK:
                continue  # no point repeating a failed or wrong program
            res = runner.run(commands[impl] + [path], BENCH_DIR)
            if res.status == OK and impl == CPY and reference is None:
                reference = res.stdout
            if res.status == OK and impl != CPY and reference is not None \
                    and res.stdout != reference:
                res.status = WRONG
                res.detail = first_difference(reference, res.stdout)
                if res.seconds is not None:
                    res.detail += f" (run took {res.seconds:.3f} s)"
            if res.status == OK and impl == CPY and res.stdout != reference:
                res.status = WRONG
                res.detail = "CPython output differs between runs: " + \
                    first_difference(reference, res.stdout)
            parts.append(f"{LABELS[impl]} {fmt_status(res)}")
            if res.status == OK:
                s["times"].append(res.seconds)
                s["rss_kb"].append(res.rss_kb)
            else:
                s["status"] = res.status
                detail = res.detail
                err = tail(res.stderr)
                if res.status in (FAIL, TIMEOUT) and err:
                    detail += "; stderr ends with:\n" + err
                s["detail"] = detail
        log(f"[run {i + 1}/{runs}] {name}: " + " | ".join(parts))
    if reference is None:
        for impl in (GIL, FT):
            if summary[impl]["status"] == OK:
                summary[impl]["detail"] = "output not checked (CPython failed)"
    for impl in IMPLS:
        s = summary[impl]
        s["best"] = min(s["times"]) if s["status"] == OK and s["times"] else None
        s["peak_rss_kb"] = max(s["rss_kb"]) if s["status"] == OK and s["rss_kb"] else None
    return summary


# ---------------------------------------------------------------------------
# Reporting


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratio(a, b):
    if a is None or b is None or b <= 0:
        return None
    return a / b


def build_rows(programs, results, key, fmt):
    """Table rows (lists of strings) for one metric ('best' or 'peak_rss_kb')."""
    rows = []
    complete = []
    for name in programs:
        r = results[name]
        vals = {impl: r[impl][key] for impl in IMPLS}
        cells = [name]
        for impl, cmp in ((CPY, None), (GIL, CPY), (FT, CPY)):
            if r[impl]["status"] != OK or vals[impl] is None:
                cells.append(r[impl]["status"])
            else:
                cells.append(fmt(vals[impl]))
            if cmp is not None:
                cells.append(fmt_ratio(ratio(vals[impl], vals[cmp])))
        cells.append(fmt_ratio(ratio(vals[FT], vals[GIL])))
        rows.append(cells)
        if all(r[impl]["status"] == OK and vals[impl] for impl in IMPLS):
            complete.append(vals)
    label = f"geomean ({len(complete)}/{len(programs)})"
    if complete:
        g = {impl: geomean([v[impl] for v in complete]) for impl in IMPLS}
        rows.append([label, fmt(g[CPY]), fmt(g[GIL]), fmt_ratio(g[GIL] / g[CPY]),
                     fmt(g[FT]), fmt_ratio(g[FT] / g[CPY]), fmt_ratio(g[FT] / g[GIL])])
    else:
        rows.append([label] + ["-"] * 6)
    return rows


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}x"


def render_text(header, rows, last_is_summary=True):
    """A plain-text table; the last row is set off as a summary unless told otherwise."""
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]

    def line(cells):
        out = [cells[0].ljust(widths[0])]
        out += [c.rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return "  ".join(out).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    for k, r in enumerate(rows):
        if last_is_summary and k == len(rows) - 1:
            out.append("  ".join("-" * w for w in widths))
        out.append(line(r))
    return "\n".join(out)


def render_markdown(header, rows, last_is_summary=True):
    """A Markdown table; the last row is bold unless told otherwise."""
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join([":---"] + ["---:"] * (len(header) - 1)) + "|"]
    for k, r in enumerate(rows):
        cells = list(r)
        if last_is_summary and k == len(rows) - 1:
            cells = [f"**{c}**" if c not in ("", "-") else c for c in cells]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def report(programs, results, args, paths, python, runner):
    time_header = ["program", "CPython s", "Gilt GIL s", "GIL/CPython",
                   "Gilt FT s", "FT/CPython", "FT/GIL"]
    rss_header = ["program", "CPython MB", "Gilt GIL MB", "GIL/CPython",
                  "Gilt FT MB", "FT/CPython", "FT/GIL"]
    time_rows = build_rows(programs, results, "best", lambda v: f"{v:.3f}")
    rss_rows = build_rows(programs, results, "peak_rss_kb", lambda v: f"{v / 1024:.1f}")

    runs_text = "1 run" if args.runs == 1 else f"best of {args.runs} runs"
    notes = []
    for name in programs:
        for impl in IMPLS:
            s = results[name][impl]
            if s["status"] != OK or s["detail"]:
                notes.append((name, impl, s["status"], s["detail"]))
    # binaries inside the repository are named relative to it: the report goes into README.md
    shown = {i: os.path.relpath(p, REPO_ROOT) if p.startswith(REPO_ROOT + os.sep) else p
             for i, p in paths.items()}
    env_line = (f"CPython: {python} | Gilt GIL: {shown[GIL]} | Gilt FT: {shown[FT]} | "
                f"{platform.machine()}, {os.cpu_count()} CPUs")
    rss_caveat = "" if runner.subreaper else \
        " (measured without a subreaper: values include the runner's own ~10 MB floor)"

    if args.markdown:
        print(f"**Wall time** (seconds, {runs_text}; ratios above 1.00x mean slower "
              f"than the baseline)\n")
        print(render_markdown(time_header, time_rows))
        print(f"\n**Peak RSS** (MB, largest over runs){rss_caveat}\n")
        print(render_markdown(rss_header, rss_rows))
        if notes:
            print("\nNotes:\n")
            for name, impl, status, detail in notes:
                detail = detail.replace("\n", " / ")
                print(f"- `{name}` on {LABELS[impl]}: {status} - {detail}")
        print(f"\n<sub>{env_line}</sub>")
    else:
        print(f"Wall time in seconds, {runs_text} (ratios above 1.00x mean slower "
              f"than the baseline)")
        print(render_text(time_header, time_rows))
        print()
        print(f"Peak RSS in MB, largest over runs{rss_caveat}")
        print(render_text(rss_header, rss_rows))
        if notes:
            print("\nNotes:")
            for name, impl, status, detail in notes:
                lines = detail.splitlines() or [""]
                print(f"  {name} on {LABELS[impl]}: {status} - {lines[0]}")
                for extra in lines[1:]:
                    print(f"      {extra}")
        print(f"\n{env_line}")


# ---------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(
        description="Run the Gilt benchmark suite against CPython.")
    ap.add_argument("names", nargs="*",
                    help="benchmarks to run (e.g. fib nbody.py); default: all")
    ap.add_argument("--runs", type=int, default=5,
                    help="runs per program and implementation; the best is reported (default 5)")
    ap.add_argument("--quick", action="store_true", help="a single run each (same as --runs 1)")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--no-build", action="store_true",
                    help="do not run cargo; use the existing (or overridden) binaries")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed and reported as TIMEOUT (default 300)")
    ap.add_argument("--python", default=None,
                    help="CPython to compare against (default: $GILT_BENCH_PYTHON or /usr/bin/python3)")
    ap.add_argument("--json", metavar="FILE", help="also write all measurements to FILE as JSON")
    args = ap.parse_args()
    if args.quick:
        args.runs = 1
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    programs = discover_programs(args.names)
    python = args.python or os.environ.get("GILT_BENCH_PYTHON") or \
        ("/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable)
    if os.sep not in python:
        python = shutil.which(python) or python

    paths, unavailable = resolve_binaries(args)
    for impl, problem in unavailable.items():
        log(f"[build] {LABELS[impl]} unavailable: {problem}")
    commands = {CPY: [python], GIL: [paths[GIL]], FT: [paths[FT]]}
    if not os.access(python, os.X_OK):
        unavailable[CPY] = f"CPython not found: {python}"

    runner = Runner(args.timeout)
    if not runner.subreaper:
        log("[note] no subreaper available; peak RSS will include the runner's footprint")
    results = {}
    try:
        for name in programs:
            results[name] = bench_program(name, runner, commands, unavailable, args.runs)
    except KeyboardInterrupt:
        log("interrupted")
        if not results:
            sys.exit(130)
        programs = [p for p in programs if p in results]
    finally:
        runner.close()

    report(programs, results, args, paths, python, runner)

    if args.json:
        data = {
            "runs": args.runs,
            "python": python,
            "binaries": {GIL: paths[GIL], FT: paths[FT]},
            "rss_floor_free": runner.subreaper,
            "programs": {name: results[name] for name in programs},
        }
        with open(args.json, "w") as f:
            json.dump(data, f, indent=2)
        log(f"[json] wrote {args.json}")

    bad = any(results[n][impl]["status"] != OK for n in programs for impl in IMPLS)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
