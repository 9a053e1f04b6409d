#!/usr/bin/python3
"""Differential fuzzer: runs random programs under CPython and Gilt and reduces differences.

Usage: /usr/bin/python3 tests/fuzz/difffuzz.py --seconds 600

Each program comes from genprog.py (one per seed).  It is run under the oracle
(/usr/bin/python3 with PYTHONHASHSEED=0) and under each Gilt binary (by default the GIL
build target/release/gilt and the free-threaded build target/ft/release/gilt of this
repository).  A failure is any of: different stdout, different exit status, a different
exception type on the last line of stderr, or Gilt crashing (Rust panic, abort, signal) or
timing out where CPython did not.

For every failure the program and a reduced reproducer are written to the output folder
(default: difffuzz-out/ in the system's temporary directory).  The reducer is a delta debugger over the program's syntax
tree: it removes statements and blocks, hoists the bodies of compound statements and
simplifies expressions for as long as the same kind of difference (the failure's
"signature") persists and the program still compiles; if rewriting the program through
ast.unparse loses the failure, it falls back to removing lines.

Other modes:
  difffuzz.py --count 500 --start 1000      seeds 1000..1499
  difffuzz.py --file prog.py [...]          compare (and reduce) existing scripts
  difffuzz.py --gilt ft=path/to/gilt        choose the binaries (repeatable, LABEL=PATH)
  difffuzz.py --skip rawset,bigdiv          pass feature switches on to the generator
  difffuzz.py --only flow,protocols         only these chunk kinds (genprog.py --list)

At the end a summary is printed (and written to OUT/summary.txt): programs run, programs
CPython rejected, failures per build, and the distinct signatures and reduced reproducers.
"""

import argparse
import ast
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True      # no __pycache__ in the source tree
import genprog  # noqa: E402

ORACLE = '/usr/bin/python3'
DEFAULT_GILTS = [('gil', REPO / 'target' / 'release' / 'gilt'),
                 ('ft', REPO / 'target' / 'ft' / 'release' / 'gilt')]
MAX_OUTPUT = 2_000_000        # programs printing more than this are skipped as useless
ADDRESS = re.compile(rb' at 0x[0-9a-fA-F]{4,}')


# ---------------------------------------------------------------------------------------
# Running one program
# ---------------------------------------------------------------------------------------

class Result:
    """Outcome of one interpreter run."""

    def __init__(self, stdout=b'', stderr=b'', rc=0, timeout=False):
        self.stdout = stdout
        self.stderr = stderr
        self.rc = rc
        self.timeout = timeout

    def exc_type(self):
        """Exception type named on the last non-empty line of stderr, or None."""
        lines = [ln for ln in self.stderr.decode('utf-8', 'replace').splitlines() if ln.strip()]
        if not lines:
            return None
        m = re.match(r'^([A-Za-z_][\w.]*)(:|$)', lines[-1])
        return m.group(1) if m else None


def run(cmd, path, timeout):
    """Run cmd + [path] with a timeout; retry while the binary is being replaced."""
    env = dict(os.environ)
    env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
    for attempt in range(20):
        try:
            p = subprocess.Popen(cmd + [str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        except OSError:
            # the binary is missing or busy while another process rebuilds it
            time.sleep(3)
            continue
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = p.communicate()
            return Result(out, err, p.returncode, timeout=True)
        return Result(out, err, p.returncode)
    raise RuntimeError('cannot start %s' % cmd[0])


def compiles(src):
    """True when CPython (this interpreter, 3.11) accepts the source."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(src, '<prog>', 'exec')
            return True
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return False


def panic_signature(stderr):
    text = stderr.decode('utf-8', 'replace')
    if 'has overflowed its stack' in text:
        return 'stack-overflow'
    m = re.search(r"panicked at ([^\n:]+)(?::\d+:\d+)?:\s*\n?([^\n]*)", text)
    if m:
        msg = re.sub(r'\d+', 'N', m.group(2).strip())[:100]
        return 'panic:%s:%s' % (m.group(1), msg)
    return None


def last_line_shape(stderr):
    """The last stderr line's message with numbers and quoted names made generic."""
    lines = [ln for ln in stderr.decode('utf-8', 'replace').splitlines() if ln.strip()]
    if not lines:
        return ''
    msg = lines[-1].split(':', 1)[1] if ':' in lines[-1] else ''
    msg = re.sub(r'\d+', 'N', msg.strip())
    return msg[:80]


def signature(cpy, gilt):
    """Kind of difference between two results, or None when they agree."""
    if gilt.timeout:
        return 'timeout'
    p = panic_signature(gilt.stderr)
    if p:
        return p
    if gilt.rc < 0:
        try:
            return 'signal:' + signal.Signals(-gilt.rc).name
        except ValueError:
            return 'signal:%d' % -gilt.rc
    if gilt.rc not in (0, 1) and gilt.rc != cpy.rc:
        return 'exit:%d->%d' % (cpy.rc, gilt.rc)
    if gilt.rc == 1 and cpy.rc == 0:
        # Gilt raised where CPython did not: name the exception and its message's shape
        return 'gilt-raised:%s:%s' % (gilt.exc_type(), last_line_shape(gilt.stderr))
    if cpy.stdout != gilt.stdout:
        return 'stdout'
    if cpy.rc != gilt.rc:
        return 'exit:%d->%d' % (cpy.rc, gilt.rc)
    ce, ge = cpy.exc_type(), gilt.exc_type()
    if cpy.rc != 0 and ce != ge:
        return 'exc:%s->%s' % (ce, ge)
    return None


def fingerprint(fd):
    """Rough class of a stdout difference: the words that differ on the first differing line.

    Numbers become N and one-letter words become X, so that the same bug seen with other
    values usually gets the same fingerprint (used only to decide what to reduce)."""
    if fd is None:
        return ''

    def words(line):
        line = re.sub(r'0x[0-9a-f]+', 'ADDR', line)
        line = re.sub(r'\d+', 'N', line)
        return [('X' if len(w) == 1 and w.isalpha() else w) for w in re.findall(r"[\w']+|[^\w\s]", line)]
    a, b = words(fd[1]), words(fd[2])
    gone = sorted(set(a) - set(b))
    new = sorted(set(b) - set(a))
    return '-%s+%s' % (' '.join(gone)[:40], ' '.join(new)[:40])


def first_diff(a, b):
    """The first differing line of two outputs, for reports."""
    la = a.decode('utf-8', 'replace').splitlines()
    lb = b.decode('utf-8', 'replace').splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else '<end of output>'
        y = lb[i] if i < len(lb) else '<end of output>'
        if x != y:
            return i + 1, x[:200], y[:200]
    return None


class Checker:
    """Compares CPython and one Gilt binary on sources; caches results."""

    def __init__(self, gilt_path, workdir, timeout):
        self.gilt = str(gilt_path)
        self.workdir = workdir
        self.timeout = timeout
        self.cache = {}

    def results(self, src):
        if src in self.cache:
            return self.cache[src]
        fd, path = tempfile.mkstemp(suffix='.py', dir=self.workdir)
        with os.fdopen(fd, 'w', encoding='utf-8') as f:
            f.write(src)
        try:
            cpy = run([ORACLE], path, self.timeout)
            if cpy.timeout or len(cpy.stdout) > MAX_OUTPUT:
                res = (cpy, None)
            else:
                res = (cpy, run([self.gilt], path, self.timeout * 2))
        finally:
            os.unlink(path)
        self.cache[src] = res
        return res

    def sig(self, src):
        """Signature of src's difference; None if equal or unusable as a test."""
        if not compiles(src):
            return None
        cpy, gilt = self.results(src)
        if gilt is None or cpy.rc not in (0, 1):
            return None
        if ADDRESS.search(cpy.stdout):
            return None     # default reprs with addresses differ legitimately
        sig = signature(cpy, gilt)
        if sig is not None and not self.deterministic(src, cpy):
            return None     # e.g. hash() of an object: CPython's own output varies
        return sig

    def deterministic(self, src, first):
        """Run CPython a second time: does it print the same?"""
        fd, path = tempfile.mkstemp(suffix='.py', dir=self.workdir)
        with os.fdopen(fd, 'w', encoding='utf-8') as f:
            f.write(src)
        try:
            again = run([ORACLE], path, self.timeout)
        finally:
            os.unlink(path)
        return again.stdout == first.stdout and again.rc == first.rc


# ---------------------------------------------------------------------------------------
# Reduction
# ---------------------------------------------------------------------------------------

STMT_FIELDS = ('body', 'orelse', 'finalbody', 'handlers')


def stmt_lists(tree):
    """(node, field) for every non-empty list of statements or handlers, outermost first."""
    out = []
    todo = [tree]
    while todo:
        node = todo.pop(0)
        for field in STMT_FIELDS:
            v = getattr(node, field, None)
            if isinstance(v, list) and v and isinstance(v[0], (ast.stmt, ast.excepthandler)):
                out.append((node, field))
        todo.extend(ast.iter_child_nodes(node))
    return out


def sub_bodies(node):
    """Statement lists that could replace a compound statement."""
    out = []
    for field in ('body', 'orelse', 'finalbody'):
        v = getattr(node, field, None)
        if isinstance(v, list) and v and isinstance(v[0], ast.stmt):
            out.append(v)
    for h in getattr(node, 'handlers', None) or []:
        out.append(h.body)
    if isinstance(node, ast.Try) and node.finalbody:
        out.append(node.body + node.finalbody)
    return out


def expr_candidates(node):
    """Simpler expressions that could stand for node."""
    c = []
    if isinstance(node, ast.BinOp):
        c += [node.left, node.right]
    elif isinstance(node, ast.BoolOp):
        c += list(node.values)
        if len(node.values) > 2:
            for i in range(len(node.values)):
                c.append(ast.BoolOp(op=node.op, values=node.values[:i] + node.values[i + 1:]))
    elif isinstance(node, ast.UnaryOp):
        c.append(node.operand)
    elif isinstance(node, ast.IfExp):
        c += [node.body, node.orelse]
    elif isinstance(node, ast.Compare):
        c.append(node.left)
        if len(node.comparators) > 1:
            c.append(ast.Compare(left=node.left, ops=node.ops[:-1], comparators=node.comparators[:-1]))
            c.append(ast.Compare(left=node.comparators[0], ops=node.ops[1:], comparators=node.comparators[1:]))
    elif isinstance(node, ast.Call):
        c += [a for a in node.args if not isinstance(a, ast.Starred)]
        for i in range(len(node.args)):
            c.append(ast.Call(func=node.func, args=node.args[:i] + node.args[i + 1:], keywords=node.keywords))
        for i in range(len(node.keywords)):
            c.append(ast.Call(func=node.func, args=node.args, keywords=node.keywords[:i] + node.keywords[i + 1:]))
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for i in range(len(node.elts)):
            elts = node.elts[:i] + node.elts[i + 1:]
            if isinstance(node, ast.Set) and not elts:
                continue
            c.append(type(node)(elts=elts, ctx=getattr(node, 'ctx', ast.Load())))
    elif isinstance(node, ast.Dict):
        for i in range(len(node.keys)):
            c.append(ast.Dict(keys=node.keys[:i] + node.keys[i + 1:], values=node.values[:i] + node.values[i + 1:]))
    elif isinstance(node, ast.Subscript):
        c.append(node.value)
    elif isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        if node.value not in (0, 1):
            c.append(ast.Constant(value=1))
    elif isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 1:
        c.append(ast.Constant(value=node.value[:1]))
    return c


class Reducer:
    """Delta debugging of a program while test(src) stays true."""

    def __init__(self, test, max_tests=1500, max_seconds=240):
        self.test_fn = test
        self.tests = 0
        self.max_tests = max_tests
        self.deadline = time.time() + max_seconds

    def out_of_budget(self):
        return self.tests >= self.max_tests or time.time() > self.deadline

    def test(self, src):
        if self.out_of_budget():
            return False
        self.tests += 1
        return self.test_fn(src)

    def reduce(self, src):
        try:
            tree = ast.parse(src)
            text = ast.unparse(tree)
        except (SyntaxError, RecursionError, ValueError):
            return self.reduce_lines(src)
        if text != src and not self.test(text):
            return self.reduce_lines(src)
        best = text
        while not self.out_of_budget():
            before = best
            best = self.pass_remove(best)
            best = self.pass_hoist(best)
            if best == before:
                best = self.pass_exprs(best)
                if best == before:
                    break
        return self.reduce_lines(best)

    def try_tree(self, tree, current):
        try:
            src = ast.unparse(ast.fix_missing_locations(tree))
        except Exception:
            return None
        if src == current:
            return None
        return src if self.test(src) else None

    def pass_remove(self, src):
        """Remove runs of statements (halving the run length), outermost lists first."""
        tree = ast.parse(src)
        i_list = 0
        while not self.out_of_budget():
            lists = stmt_lists(tree)
            if i_list >= len(lists):
                break
            node, field = lists[i_list]
            lst = getattr(node, field)
            chunk = max(1, len(lst) // 2)
            while chunk >= 1 and not self.out_of_budget():
                i = 0
                while i < len(lst) and not self.out_of_budget():
                    cand = lst[:i] + lst[i + chunk:]
                    if not cand and field == 'body':
                        cand = [ast.Pass()]
                    if cand == lst:
                        i += chunk
                        continue
                    setattr(node, field, cand)
                    new = self.try_tree(tree, src)
                    if new is not None:
                        src, lst = new, cand
                    else:
                        setattr(node, field, lst)
                        i += chunk
                chunk //= 2
            i_list += 1
        return src

    def pass_hoist(self, src):
        """Replace a compound statement by one of its bodies."""
        tree = ast.parse(src)
        changed = True
        while changed and not self.out_of_budget():
            changed = False
            for node, field in stmt_lists(tree):
                lst = getattr(node, field)
                for i, st in enumerate(lst):
                    if not isinstance(st, ast.stmt):
                        continue
                    for body in sub_bodies(st):
                        cand = lst[:i] + body + lst[i + 1:]
                        setattr(node, field, cand)
                        new = self.try_tree(tree, src)
                        if new is not None:
                            src = new
                            changed = True
                            break
                        setattr(node, field, lst)
                    if changed:
                        break
                if changed:
                    break
        return src

    def pass_exprs(self, src):
        """Replace expressions by simpler ones."""
        tree = ast.parse(src)
        progress = True
        while progress and not self.out_of_budget():
            progress = False
            for parent in list(ast.walk(tree)):
                for field, value in list(ast.iter_fields(parent)):
                    slots = []
                    if isinstance(value, ast.expr):
                        slots.append((None, value))
                    elif isinstance(value, list):
                        slots += [(i, v) for i, v in enumerate(value) if isinstance(v, ast.expr)]
                    for idx, node in slots:
                        for cand in expr_candidates(node):
                            if idx is None:
                                setattr(parent, field, cand)
                            else:
                                value[idx] = cand
                            new = self.try_tree(tree, src)
                            if new is not None:
                                src = new
                                progress = True
                                break
                            if idx is None:
                                setattr(parent, field, node)
                            else:
                                value[idx] = node
                        if progress:
                            break
                    if progress:
                        break
                if progress:
                    break
        return src

    def reduce_lines(self, src):
        """Classic ddmin over lines (the fallback when the AST route fails)."""
        lines = src.splitlines(True)
        chunk = max(1, len(lines) // 2)
        while chunk >= 1 and not self.out_of_budget():
            i = 0
            while i < len(lines) and not self.out_of_budget():
                cand = lines[:i] + lines[i + chunk:]
                if cand and self.test(''.join(cand)):
                    lines = cand
                else:
                    i += chunk
            chunk //= 2
        return ''.join(lines)


# ---------------------------------------------------------------------------------------
# Fuzzing
# ---------------------------------------------------------------------------------------

def check_source(src, gilts, workdir, timeout):
    """Compare src under CPython and each Gilt binary.

    Returns (status, failures): status is 'ok', 'rejected' (CPython does not compile it),
    'oracle-timeout', 'oracle-crash', 'oracle-address' (the output shows an address),
    'oracle-varies' (two CPython runs differ), 'too-much-output' or 'flaky' (a difference
    that did not repeat); failures is a list of dicts, one per failing build.
    """
    if not compiles(src):
        return 'rejected', []
    fd, path = tempfile.mkstemp(suffix='.py', dir=workdir)
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        f.write(src)
    failures = []
    status = 'ok'
    try:
        cpy = run([ORACLE], path, timeout)
        if cpy.timeout:
            return 'oracle-timeout', []
        if len(cpy.stdout) > MAX_OUTPUT:
            return 'too-much-output', []
        if cpy.rc not in (0, 1):
            return 'oracle-crash', []
        if ADDRESS.search(cpy.stdout):
            return 'oracle-address', []     # a generator slip: output shows an address
        confirmed = False
        for label, gpath in gilts:
            gilt = run([gpath], path, timeout * 2)
            sig = signature(cpy, gilt)
            if sig is None:
                continue
            # confirm: CPython's output must not vary from run to run, and the binary
            # may have been replaced while it ran
            if not confirmed:
                again = run([ORACLE], path, timeout)
                if again.stdout != cpy.stdout or again.rc != cpy.rc:
                    return 'oracle-varies', []
                confirmed = True
            if signature(cpy, run([gpath], path, timeout * 2)) != sig:
                status = 'flaky'
                continue
            failures.append({
                'build': label, 'gilt': str(gpath), 'sig': sig,
                'first_diff': first_diff(cpy.stdout, gilt.stdout),
                'cpython_rc': cpy.rc, 'gilt_rc': gilt.rc,
                'cpython_stderr': cpy.stderr.decode('utf-8', 'replace')[-800:],
                'gilt_stderr': gilt.stderr.decode('utf-8', 'replace')[-800:],
            })
    finally:
        os.unlink(path)
    return status, failures


def fuzz_one(job):
    """Worker: generate and check one seed."""
    seed, gilts, workdir, timeout, skip, only = job
    t0 = time.time()
    try:
        src = genprog.generate(seed, skip, only)
    except Exception as e:  # a generator bug should not stop the run
        return seed, None, 'generator-error: %r' % e, [], time.time() - t0
    status, failures = check_source(src, gilts, workdir, timeout)
    return seed, src, status, failures, time.time() - t0


def reduce_one(job):
    """Worker: reduce one failure; returns the reduced source (or None)."""
    src, gilt_path, sig, workdir, timeout, max_tests, max_seconds = job
    ch = Checker(gilt_path, workdir, timeout)
    if ch.sig(src) != sig:
        return None, 0
    red = Reducer(lambda s: ch.sig(s) == sig, max_tests=max_tests, max_seconds=max_seconds)
    out = red.reduce(src)
    return out, red.tests


def describe(src, gilt_path, workdir, timeout):
    """Run src under both interpreters; return a text report."""
    ch = Checker(gilt_path, workdir, timeout)
    cpy, gilt = ch.results(src)
    parts = ['== CPython (rc=%s) stdout:' % cpy.rc, cpy.stdout.decode('utf-8', 'replace')[-3000:],
             '== CPython stderr:', cpy.stderr.decode('utf-8', 'replace')[-1500:]]
    if gilt is not None:
        parts += ['== Gilt %s (rc=%s%s) stdout:' % (gilt_path, gilt.rc, ', TIMEOUT' if gilt.timeout else ''),
                  gilt.stdout.decode('utf-8', 'replace')[-3000:],
                  '== Gilt stderr:', gilt.stderr.decode('utf-8', 'replace')[-1500:]]
    return '\n'.join(parts)


class Run:
    """State of one fuzzing session."""

    def __init__(self, args):
        self.args = args
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.workdir = self.out / 'work'
        self.workdir.mkdir(exist_ok=True)
        self.gilts = parse_gilts(args.gilt)
        self.stats = {'programs': 0, 'ok': 0, 'rejected': 0, 'oracle-timeout': 0, 'oracle-crash': 0,
                      'oracle-address': 0, 'oracle-varies': 0, 'too-much-output': 0, 'flaky': 0,
                      'generator-error': 0}
        self.fail_count = {label: 0 for label, _ in self.gilts}
        self.failing_programs = 0
        self.sig_seen = {}          # sig -> number of failures
        self.clusters = {}          # sig (+ fingerprint for stdout) -> failure dirs
        self.sig_reduced = {}       # cluster -> number of reductions done
        self.reduced = {}           # reduced source -> list of failure dirs
        self.failures = []
        self.log = open(self.out / 'failures.jsonl', 'a', encoding='utf-8')
        self.t0 = time.time()
        self.rejected_seeds = []

    def record(self, name, src, failures):
        """Save a failing program; return the reduction jobs wanted for it."""
        self.failing_programs += 1
        jobs = []
        scheduled = set()
        for f in failures:
            self.fail_count[f['build']] = self.fail_count.get(f['build'], 0) + 1
            sig = f['sig']
            self.sig_seen[sig] = self.sig_seen.get(sig, 0) + 1
            cluster = sig if sig != 'stdout' else 'stdout ' + fingerprint(f['first_diff'])
            self.clusters.setdefault(cluster, []).append('%s-%s' % (name, f['build']))
            d = self.out / ('%s-%s' % (name, f['build']))
            d.mkdir(exist_ok=True)
            (d / 'prog.py').write_text(src, encoding='utf-8')
            info = dict(f, name=name)
            (d / 'info.json').write_text(json.dumps(info, indent=1), encoding='utf-8')
            self.log.write(json.dumps(info) + '\n')
            self.log.flush()
            self.failures.append(info)
            # what to reduce: a few of each signature (stdout differences by fingerprint),
            # and a program only once when several builds fail it in the same way
            limit = self.args.max_reduce_per_sig
            if (not self.args.no_reduce and self.sig_reduced.get(cluster, 0) < limit
                    and sig not in scheduled):
                scheduled.add(sig)
                self.sig_reduced[cluster] = self.sig_reduced.get(cluster, 0) + 1
                jobs.append((d, (src, f['gilt'], sig, str(self.workdir), min(self.args.timeout, 3.0),
                                 self.args.max_tests, self.args.max_reduce_seconds)))
        return jobs

    def save_reduced(self, d, reduced, ntests):
        if reduced is None:
            (d / 'reduced.txt').write_text('not reproducible at reduction time\n')
            return
        (d / 'reduced.py').write_text(reduced, encoding='utf-8')
        info = json.loads((d / 'info.json').read_text())
        report = describe(reduced, info['gilt'], str(self.workdir), self.args.timeout)
        (d / 'reduced.txt').write_text('signature: %s\nreduction tests: %d\n\n%s\n' % (
            info['sig'], ntests, report), encoding='utf-8')
        key = reduced.strip()
        self.reduced.setdefault(key, []).append(d.name)
        print('  reduced %s (%s, %d tests): %d lines' % (d.name, info['sig'], ntests,
                                                         len(reduced.splitlines())), flush=True)

    def run_reductions(self, jobs, pool):
        if not jobs:
            return
        if pool is None:
            for d, job in jobs:
                r, n = reduce_one(job)
                self.save_reduced(d, r, n)
        else:
            for (d, _), (r, n) in zip(jobs, pool.map(reduce_one, [j for _, j in jobs])):
                self.save_reduced(d, r, n)

    def handle(self, name, src, status, failures):
        self.stats['programs'] += 1
        key = status.split(':')[0]
        self.stats[key] = self.stats.get(key, 0) + 1
        if status == 'rejected':
            self.rejected_seeds.append(name)
            if src is not None:
                (self.out / ('rejected-%s.py' % name)).write_text(src, encoding='utf-8')
        if status.startswith('generator-error'):
            print('  %s: %s' % (name, status), flush=True)
        if failures:
            print('  %s: %s' % (name, ', '.join('%s %s' % (f['build'], f['sig']) for f in failures)),
                  flush=True)
            return self.record(name, src, failures)
        return []

    def fuzz(self):
        a = self.args
        skip = [s for s in a.skip.split(',') if s]
        only = [s for s in a.only.split(',') if s] or None
        seed = a.start
        end = a.start + a.count if a.count else None
        deadline = self.t0 + a.seconds if a.seconds else None
        pool = ProcessPoolExecutor(a.jobs) if a.jobs > 1 else None
        batch = 10 * a.jobs
        try:
            while True:
                if deadline and time.time() > deadline:
                    break
                n = batch if end is None else min(batch, end - seed)
                if n <= 0:
                    break
                jobs = [(s, self.gilts, str(self.workdir), a.timeout, skip, only) for s in range(seed, seed + n)]
                seed += n
                results = pool.map(fuzz_one, jobs) if pool else map(fuzz_one, jobs)
                red_jobs = []
                for s, src, status, failures, _dt in results:
                    red_jobs += self.handle('seed%d' % s, src, status, failures)
                self.run_reductions(red_jobs, pool)
                if self.stats['programs'] % 200 < batch:
                    self.progress()
        finally:
            if pool:
                pool.shutdown()
        self.summary()

    def files(self):
        pool = None
        for fn in self.args.file:
            src = Path(fn).read_text(encoding='utf-8')
            status, failures = check_source(src, self.gilts, str(self.workdir), self.args.timeout)
            name = 'file-' + Path(fn).stem
            if any(self.out.glob(name + '-*')):
                name = 'file-%s-%s' % (Path(fn).resolve().parent.name, Path(fn).stem)
            print('%s: %s' % (fn, status if not failures else ', '.join(f['sig'] for f in failures)))
            self.run_reductions(self.handle(name, src, status, failures), pool)
        self.summary()

    def progress(self):
        el = time.time() - self.t0
        print('[%5.0fs] programs %d, failing %d (%s), rejected %d, signatures %d' % (
            el, self.stats['programs'], self.failing_programs,
            ', '.join('%s %d' % kv for kv in self.fail_count.items()),
            self.stats['rejected'], len(self.sig_seen)), flush=True)

    def summary(self):
        el = time.time() - self.t0
        lines = ['difffuzz summary', '',
                 'wall time: %.0f s' % el,
                 'programs run: %d (each under CPython and %d Gilt build(s): %s)' % (
                     self.stats['programs'], len(self.gilts), ', '.join(l for l, _ in self.gilts)),
                 'CPython rejected (syntax): %d; CPython timeouts: %d; CPython crashes: %d; '
                 'addresses in output: %d; output varies: %d; too much output: %d; flaky: %d' % (
                     self.stats['rejected'], self.stats['oracle-timeout'], self.stats['oracle-crash'],
                     self.stats['oracle-address'], self.stats['oracle-varies'],
                     self.stats['too-much-output'], self.stats['flaky']),
                 'failing programs: %d' % self.failing_programs,
                 'failures per build: %s' % ', '.join('%s %d' % kv for kv in self.fail_count.items()),
                 'distinct signatures: %d' % len(self.sig_seen),
                 'distinct reduced reproducers: %d' % len(self.reduced), '']
        for sig, n in sorted(self.sig_seen.items(), key=lambda kv: -kv[1]):
            lines.append('  %5d  %s' % (n, sig))
        lines += ['', 'clusters (signature, and for stdout the words that differ first):']
        for key, dirs in sorted(self.clusters.items(), key=lambda kv: -len(kv[1])):
            lines.append('  %5d  %s   e.g. %s' % (len(dirs), key[:110], ', '.join(dirs[:3])))
        lines.append('')
        for src, dirs in sorted(self.reduced.items(), key=lambda kv: -len(kv[1])):
            lines.append('-- reduced (%d): %s' % (len(dirs), ', '.join(dirs[:6])))
            lines += ['    ' + ln for ln in src.splitlines()[:15]]
        text = '\n'.join(lines) + '\n'
        (self.out / 'summary.txt').write_text(text, encoding='utf-8')
        print(text)


def parse_gilts(specs):
    if not specs:
        return [(label, str(p)) for label, p in DEFAULT_GILTS]
    out = []
    for i, s in enumerate(specs):
        if '=' in s:
            label, path = s.split('=', 1)
        else:
            label, path = 'gilt%d' % i, s
        out.append((label, str(Path(path).resolve())))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seconds', type=float, default=0, help='time budget (0: use --count)')
    ap.add_argument('--count', type=int, default=0, help='number of seeds to run')
    ap.add_argument('--start', type=int, default=0, help='first seed')
    ap.add_argument('--file', nargs='+', default=[], help='compare these scripts instead of fuzzing')
    ap.add_argument('--gilt', action='append', default=[], help='LABEL=PATH of a Gilt binary (repeatable)')
    ap.add_argument('--out', default=os.path.join(tempfile.gettempdir(), 'difffuzz-out'),
                    help='output folder (default: %(default)s)')
    ap.add_argument('--timeout', type=float, default=10.0, help='seconds per run (Gilt gets twice this)')
    ap.add_argument('--jobs', type=int, default=1, help='parallel workers')
    ap.add_argument('--skip', default='', help='generator features to leave out (genprog.py --list)')
    ap.add_argument('--only', default='', help='generator chunk kinds to use exclusively')
    ap.add_argument('--no-reduce', action='store_true', help='do not reduce failures')
    ap.add_argument('--max-reduce-per-sig', type=int, default=2,
                    help='reduce at most this many failures of each signature')
    ap.add_argument('--max-tests', type=int, default=1500, help='test runs per reduction')
    ap.add_argument('--max-reduce-seconds', type=float, default=240, help='time per reduction')
    args = ap.parse_args(argv)
    if not args.seconds and not args.count and not args.file:
        args.count = 100
    r = Run(args)
    if args.file:
        r.files()
    else:
        r.fuzz()


if __name__ == '__main__':
    main()
