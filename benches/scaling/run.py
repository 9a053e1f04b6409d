#!/usr/bin/python3
"""Gilt thread-scaling benchmark.

For every workload in benches/scaling/workloads.py and every configuration
(the GIL build, the free-threaded build, and the free-threaded build with
GILT_GIL=1), runs the workload in 1 thread (t1) and as N copies in N threads
(tN), and reports the speedup N * t1 / tN: about N when the threads really
run in parallel, about 1.0 when a global lock serialises them.

Usage:
    /usr/bin/python3 benches/scaling/run.py [--threads N] [--runs K]
        [--no-build] [--markdown] [--check] [--timeout S] [--json FILE]
        [--configs gil,ft,ft-gil] [--list] [workloads...]

Environment:
    GILT_SCALE_GIL_BIN  use this binary as the GIL build (it is not built)
    GILT_SCALE_FT_BIN   use this binary as the free-threaded build (not built)

Only the Python standard library is used.  See benches/scaling/README.md.
"""

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys

SCALING_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(SCALING_DIR))
WORKLOADS_PY = os.path.join(SCALING_DIR, "workloads.py")

OK, FAIL, TIMEOUT = "ok", "FAIL", "TIMEOUT"

def load_suite_runner():
    """benches/run.py, whose building and table helpers this runner shares."""
    path = os.path.join(os.path.dirname(SCALING_DIR), "run.py")
    spec = importlib.util.spec_from_file_location("gilt_bench_run", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


suite = load_suite_runner()
log, geomean, cargo_build = suite.log, suite.geomean, suite.cargo_build
render_text, render_markdown = suite.render_text, suite.render_markdown

# Builds (binaries) and configurations (a build plus environment).
GIL, FT = suite.GIL, suite.FT
BUILD_LABELS = {GIL: "Gilt GIL build", FT: "Gilt free-threaded build"}
DEFAULT_BIN = {GIL: suite.default_gil_bin, FT: suite.default_ft_bin}
BIN_ENV = {GIL: "GILT_SCALE_GIL_BIN", FT: "GILT_SCALE_FT_BIN"}


class Config:
    def __init__(self, key, label, build, gil_env, target):
        self.key = key          # command-line name
        self.label = label      # column header
        self.build = build      # GIL or FT
        self.gil_env = gil_env  # value for GILT_GIL, or None to unset it
        self.target = target    # "parallel" or "serial"


CONFIGS = [
    Config("gil", "GIL build", GIL, None, "serial"),
    Config("ft", "free-threaded", FT, None, "parallel"),
    Config("ft-gil", "FT + GILT_GIL=1", FT, "1", "serial"),
]

# Targets: a free-threaded run should scale almost linearly; with a GIL the
# N threads should take N times as long as one (no parallelism, but no
# collapse either).
PARALLEL_EFFICIENCY = 0.95
SERIAL_RANGE = (0.95, 1.05)


# ---------------------------------------------------------------------------
# Binaries


def resolve_binaries(builds, no_build):
    """Returns ({build: path}, {build: problem})."""
    paths, problems = {}, {}
    for build in builds:
        override = os.environ.get(BIN_ENV[build])
        if override:
            found = shutil.which(override) if os.sep not in override else override
            paths[build] = os.path.abspath(found or override)
            log(f"[build] {BUILD_LABELS[build]}: using {BIN_ENV[build]}={override} "
                f"(not building)")
        else:
            paths[build] = DEFAULT_BIN[build]()
            if not no_build:
                err = cargo_build(build)
                if err:
                    problems[build] = "build failed: " + err
                    continue
        if not os.access(paths[build], os.X_OK):
            problems[build] = f"binary not found or not executable: {paths[build]}"
    return paths, problems


# ---------------------------------------------------------------------------
# Running


def list_workloads():
    proc = subprocess.run([sys.executable, WORKLOADS_PY, "--list"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"run.py: cannot list workloads: {proc.stderr.strip()}")
    return proc.stdout.split()


def last_lines(text, n=3):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " / ".join(lines[-n:])


def run_once(binary, config, workload, nthreads, timeout):
    """Runs one measurement.  Returns (status, seconds or None, detail)."""
    env = dict(os.environ)
    env.pop("GILT_GIL", None)
    if config.gil_env is not None:
        env["GILT_GIL"] = config.gil_env
    cmd = [binary, WORKLOADS_PY, workload, str(nthreads)]
    try:
        proc = subprocess.run(cmd, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, errors="replace",
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return TIMEOUT, None, f"killed after {timeout:g} s"
    except OSError as exc:
        return FAIL, None, f"could not start {binary}: {exc}"
    if proc.returncode != 0:
        why = f"exit status {proc.returncode}"
        if proc.returncode < 0:
            why = f"killed by signal {-proc.returncode}"
        err = last_lines(proc.stderr)
        return FAIL, None, why + (f"; stderr: {err}" if err else "")
    out = proc.stdout.strip().splitlines()
    try:
        seconds = float(out[-1])
    except (IndexError, ValueError):
        return FAIL, None, f"expected elapsed seconds on stdout, got {proc.stdout[:200]!r}"
    if seconds <= 0:
        return FAIL, None, f"non-positive time {seconds}"
    return OK, seconds, ""


class Cell:
    """Measurements of one workload in one configuration."""

    def __init__(self):
        self.status = OK
        self.detail = ""
        self.t1 = []
        self.tn = []

    def record(self, which, status, seconds, detail):
        if status == OK:
            which.append(seconds)
        elif self.status == OK:
            self.status, self.detail = status, detail

    def speedup(self, nthreads):
        if self.status != OK or not self.t1 or not self.tn:
            return None
        return nthreads * min(self.t1) / min(self.tn)


def measure(workloads, configs, paths, problems, args):
    results = {w: {c.key: Cell() for c in configs} for w in workloads}
    for w in workloads:
        for c in configs:
            if c.build in problems:
                cell = results[w][c.key]
                cell.status, cell.detail = FAIL, problems[c.build]
    for w in workloads:
        for k in range(args.runs):
            parts = []
            for c in configs:
                cell = results[w][c.key]
                if cell.status != OK:
                    continue  # no point repeating a failed configuration
                binary = paths[c.build]
                s1, t1, d1 = run_once(binary, c, w, 1, args.timeout)
                cell.record(cell.t1, s1, t1, d1)
                if cell.status == OK:
                    sn, tn, dn = run_once(binary, c, w, args.threads, args.timeout)
                    cell.record(cell.tn, sn, tn, dn)
                if cell.status == OK:
                    parts.append(f"{c.key} t1={t1:.3f}s t{args.threads}={tn:.3f}s")
                else:
                    parts.append(f"{c.key} {cell.status}")
            log(f"[run {k + 1}/{args.runs}] {w}: " + " | ".join(parts))
    return results


# ---------------------------------------------------------------------------
# Reporting


def target_range(config, nthreads):
    """(low, high) bounds of the target speedup; high may be None."""
    if config.target == "parallel":
        return PARALLEL_EFFICIENCY * nthreads, None
    return SERIAL_RANGE


def meets_target(config, speedup, nthreads):
    low, high = target_range(config, nthreads)
    return speedup >= low and (high is None or speedup <= high)


def target_text(nthreads):
    low = PARALLEL_EFFICIENCY * nthreads
    return f"FT >={low:.2f}x; GIL {SERIAL_RANGE[0]:.2f}-{SERIAL_RANGE[1]:.2f}x"


def build_tables(workloads, configs, results, nthreads):
    """Rows of the speedup table and the times table, and the miss count."""
    speed_rows, time_rows = [], []
    misses = 0
    per_config = {c.key: [] for c in configs}
    for w in workloads:
        srow, trow = [w], [w]
        for c in configs:
            cell = results[w][c.key]
            s = cell.speedup(nthreads)
            if s is None:
                srow.append(cell.status)
                trow.append(cell.status)
                continue
            per_config[c.key].append(s)
            mark = ""
            if not meets_target(c, s, nthreads):
                mark = "!"
                misses += 1
            srow.append(f"{s:.2f}x{mark}")
            trow.append(f"{min(cell.t1):.3f} / {min(cell.tn):.3f}")
        srow.append(target_text(nthreads))
        speed_rows.append(srow)
        time_rows.append(trow)
    geo = ["geomean"]
    for c in configs:
        vals = per_config[c.key]
        geo.append(f"{geomean(vals):.2f}x ({len(vals)}/{len(workloads)})" if vals else "-")
    geo.append("")
    speed_rows.append(geo)
    return speed_rows, time_rows, misses


def report(workloads, configs, results, paths, args):
    n = args.threads
    speed_rows, time_rows, misses = build_tables(workloads, configs, results, n)
    speed_header = ["workload"] + [c.label for c in configs] + ["target"]
    time_header = ["workload"] + [f"{c.label} t1 / t{n}" for c in configs]
    runs_text = "1 run" if args.runs == 1 else f"best of {args.runs} runs"
    notes = []
    for w in workloads:
        for c in configs:
            cell = results[w][c.key]
            if cell.status != OK:
                notes.append(f"{w} on {c.label}: {cell.status} - {cell.detail}")
    bins = " | ".join(f"{BUILD_LABELS[b]}: {paths[b]}" for b in (GIL, FT) if b in paths)
    env_line = f"{bins} | {platform.machine()}, {os.cpu_count()} CPUs"
    if n > (os.cpu_count() or 1):
        notes.append(f"{n} threads on {os.cpu_count()} CPUs: the free-threaded target "
                     f"cannot be reached on this machine")
    legend = (f"speedup = {n} * t1 / t{n} ({runs_text} each); `!` marks a speedup "
              f"outside its target; {misses} miss(es)")

    if args.markdown:
        print(f"**Thread scaling** with {n} threads: {legend}\n")
        print(render_markdown(speed_header, speed_rows, True))
        print(f"\n**Times** (seconds): one thread / {n} threads\n")
        print(render_markdown(time_header, time_rows, False))
        if notes:
            print("\nNotes:\n")
            for note in notes:
                print(f"- {note}")
        print(f"\n<sub>{env_line}</sub>")
    else:
        print(f"Thread scaling with {n} threads: {legend}")
        print(render_text(speed_header, speed_rows, True))
        print()
        print(f"Times in seconds: one thread / {n} threads")
        print(render_text(time_header, time_rows, False))
        if notes:
            print("\nNotes:")
            for note in notes:
                print(f"  {note}")
        print(f"\n{env_line}")
    return misses


def write_json(path, workloads, configs, results, paths, args):
    data = {
        "threads": args.threads,
        "runs": args.runs,
        "binaries": paths,
        "cpus": os.cpu_count(),
        "workloads": {
            w: {
                c.key: {
                    "status": results[w][c.key].status,
                    "detail": results[w][c.key].detail,
                    "t1": results[w][c.key].t1,
                    "tn": results[w][c.key].tn,
                    "speedup": results[w][c.key].speedup(args.threads),
                    "target": list(target_range(c, args.threads)),
                } for c in configs
            } for w in workloads
        },
    }
    with open(path, "w") as f:
        json.dump(data, f, indent=2)
    log(f"[json] wrote {path}")


# ---------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(
        description="Measure how Gilt's builds scale with threads (speedup = N * t1 / tN).")
    ap.add_argument("workloads", nargs="*", help="workloads to run (default: all)")
    ap.add_argument("--threads", type=int, default=2, metavar="N",
                    help="threads in the parallel run (default 2)")
    ap.add_argument("--runs", type=int, default=3, metavar="K",
                    help="runs of each measurement; the best is kept (default 3)")
    ap.add_argument("--no-build", action="store_true",
                    help="do not run cargo; use the existing (or overridden) binaries")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--configs", default="gil,ft,ft-gil",
                    help="comma-separated configurations among gil, ft, ft-gil "
                         "(default: all three)")
    ap.add_argument("--timeout", type=float, default=120.0, metavar="S",
                    help="kill a single run after S seconds (default 120)")
    ap.add_argument("--check", action="store_true",
                    help="exit with status 1 when a speedup misses its target")
    ap.add_argument("--json", metavar="FILE", help="also write every measurement as JSON")
    ap.add_argument("--list", action="store_true", help="list the workloads and exit")
    args = ap.parse_args()
    if args.threads < 1:
        ap.error("--threads must be at least 1")
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    available = list_workloads()
    if args.list:
        print("\n".join(available))
        return 0
    workloads = []
    for name in args.workloads:
        if name not in available:
            ap.error(f"unknown workload {name!r}; available: {', '.join(available)}")
        if name not in workloads:
            workloads.append(name)
    workloads = workloads or available

    by_key = {c.key: c for c in CONFIGS}
    configs = []
    for key in args.configs.split(","):
        key = key.strip()
        if key not in by_key:
            ap.error(f"unknown configuration {key!r}; choose from {', '.join(by_key)}")
        if by_key[key] not in configs:
            configs.append(by_key[key])
    builds = [b for b in (GIL, FT) if any(c.build == b for c in configs)]

    paths, problems = resolve_binaries(builds, args.no_build)
    for build, problem in problems.items():
        log(f"[build] {BUILD_LABELS[build]} unavailable: {problem}")

    try:
        results = measure(workloads, configs, paths, problems, args)
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    misses = report(workloads, configs, results, paths, args)
    if args.json:
        write_json(args.json, workloads, configs, results, paths, args)

    failed = any(results[w][c.key].status != OK for w in workloads for c in configs)
    if failed or (args.check and misses):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
