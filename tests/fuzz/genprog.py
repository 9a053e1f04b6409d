#!/usr/bin/python3
"""Random Python program generator for differential fuzzing of Gilt.

Usage: /usr/bin/python3 tests/fuzz/genprog.py SEED [--skip FEAT,...] [--only FEAT,...]

Prints one program, fully determined by SEED (and the feature options).  The program is
valid Python 3.11, terminates quickly (every loop and recursion is bounded) and prints its
intermediate results, so that any difference between two interpreters shows in its output.

Programs are built from "chunks": each chunk exercises one area of the language (numbers,
strings and formatting, control flow, functions and closures, classes and dunder methods,
exceptions, comprehensions, generators, `with`, unpacking, builtins, ...) and is filled with
random typed expressions and random nested statements.  The generator keeps track of the
variables in scope and their types, so that most expressions are well typed; expressions
that can still raise (division, indexing, conversions, ...) are wrapped in try/except that
prints the exception type's name.  At times the last statement lets an exception escape,
so that the exit status and the traceback's last line are compared too.

Things whose output legitimately differs between implementations are avoided: id(),
hash() of strings and objects, iteration order of sets of strings, default reprs with
addresses, timing and randomness.

FEAT names (for --skip/--only) are the chunk kinds listed in CHUNKS, plus the switches in
SWITCHES, which turn on constructs that hit known bugs (so a run can leave them out);
`genprog.py --list` prints both, and `--skip known` leaves out all the known-bug switches.
"""

import random
import re
import sys

# ---------------------------------------------------------------------------------------
# Literal pools
# ---------------------------------------------------------------------------------------

SMALL_INTS = ['0', '1', '2', '3', '4', '5', '7', '10', '-1', '-2', '-3', '-7', '12', '100']
MEDIUM_INTS = ['255', '1000', '-999', '4096', '65537', '123456', '-31337', '99999']
BIG_INTS = ['2**31 - 1', '2**32', '2**63', '-2**63', '2**64 + 1', '10**18', '10**20',
            '-10**20', '3**40', '123456789012345678901234567890', '-98765432109876543210',
            '2**100', '2**200 - 1', '7**77', '10**50 + 1', '-(2**127)', '2**53 + 1']
FLOATS = ['0.0', '-0.0', '0.5', '1.5', '-2.25', '0.1', '0.2', '0.3', '1e-07', '3.14159',
          '2.5', '1e16', '1e22', '1e300', '-1e-300', '123.456', '1.0', '-7.5', '2.675',
          '1e-05', '100.0', '6.02e23', "float('inf')", "float('-inf')", "float('nan')"]
STRS = ["''", "'a'", "'abc'", "'Hello, World'", "'x y  z'", "'a,b,,c'", "'  pad '",
        "'MiXeD'", "'123'", "'-42'", "'3.5'", "'\u00c4\u00d6\u00fc'", "'tab\\there'",
        "'line\\nbreak'", '"it\'s"', "'aaa'", "'0x1f'", "' 7 '", "'b'", "'zz'", "'a-b-c'"]
KEYS = ["'a'", "'b'", "'c'", "'k'", "'x'", "'key'", "'zz'"]
TYPES = ['int', 'float', 'str', 'bool', 'ilist', 'slist', 'tuple', 'dict', 'iset']
EXC_TYPES = ['ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError',
             'RuntimeError', 'AttributeError', 'LookupError', 'ArithmeticError']

# Chunk kinds and their weights.
CHUNKS = {
    'exprs': 5, 'numeric': 4, 'strings': 4, 'control': 5, 'function': 4, 'closure': 3,
    'recursion': 2, 'klass': 4, 'inherit': 3, 'exceptions': 5, 'comprehension': 4,
    'generator': 4, 'with': 3, 'unpack': 3, 'builtins': 4, 'slicing': 3, 'dictset': 3,
    'truthy': 3, 'scope': 2, 'evalorder': 3, 'protocols': 4, 'genbody': 3, 'calls': 3,
    'stdlib': 3, 'bytes': 2, 'misc': 5, 'objects': 3, 'excmore': 3, 'flow': 6, 'classbody': 2,
    'threads': 2,
}
# Switches: constructs that are known to trip Gilt; on by default, --skip turns them off.
SWITCHES = {
    'rawset': 'print sets of ints unsorted (exposes set iteration order)',
    'isliteral': "'is' comparisons against literals such as ()",
    'bigdiv': 'true division of big ints',
    'compfinally': 'comprehensions inside the blocks of generated try statements',
    'excmsg': 'print exception messages, not only their type',
    'escape': 'let an exception escape at the end of some programs',
    'boolchain': '__bool__-printing objects in chains of and/or',
    'rangeslice': 'print slices of range objects (their repr) rather than their items',
    'genfinal': 'leave generators suspended (finalized when collected or at exit)',
    'knownmissing': 'library features Gilt is known to lack (float.hex, int | None, ...)',
    'finallyjump': 'break/continue inside finally blocks',
    'withreturn': 'return from a loop nested in a with block',
}
# '--skip known' leaves out every switch that exposes a bug known at the time of writing.
KNOWN_BUG_SWITCHES = ['rawset', 'isliteral', 'bigdiv', 'compfinally', 'boolchain', 'rangeslice',
                      'genfinal', 'knownmissing', 'finallyjump', 'withreturn']
# Generated code matching this is left out when 'knownmissing' is skipped.
KNOWN_MISSING = re.compile(
    r'int \| |\.keys\(\) [&|^=-]|\.items\(\) [&|-]|\.hex\(\)|fromhex|strict=True|__qualname__'
    r"|__trunc__|__abs__|__neg__|isalpha|istitle|__slots__|\[\]\.append"
    r"|casefold|\u01c4|\u01c5|\u01c6|\u2167")


def fx(e):
    """An expression made safe to put between f-string braces ('{{' would be an escape)."""
    return ' ' + e if e.startswith('{') else e


class Scope:
    """Variables visible at a point of the program: name -> type."""

    def __init__(self, parent=None, kind='module'):
        self.parent = parent
        self.kind = kind          # 'module', 'function', 'class'
        self.vars = {}
        self.frozen = set()       # names that must not be mutated (being iterated)

    def visible(self):
        out = {}
        chain = []
        s = self
        while s is not None:
            chain.append(s)
            s = s.parent
        for s in reversed(chain):
            if s.kind == 'class' and s is not self:
                continue          # class bodies are not visible from nested functions
            out.update(s.vars)
        return out

    def frozen_all(self):
        out = set()
        s = self
        while s is not None:
            out |= s.frozen
            s = s.parent
        return out


class Gen:
    """Builds one program as a list of lines."""

    def __init__(self, seed, skip=(), only=None):
        self.r = random.Random(seed)
        self.skip = set(skip)
        if 'known' in self.skip:
            self.skip |= set(KNOWN_BUG_SWITCHES)
        self.only = set(only) if only else None
        self.lines = []
        self.ind = 0
        self.scope = Scope()
        self.counter = 0
        self.risk = False
        self.loop_depth = 0        # loops inside the current function (for break/continue)
        self.func_depth = 0        # nesting of function definitions
        self.in_generator = False
        self.protected = 0         # > 0 when an exception cannot escape to the top level
        self.stmt_depth = 0
        self.uses_truthy = False
        self.uses_math = False
        self.budget = 0            # statements left for the current chunk

    # -- small helpers --------------------------------------------------------------
    def on(self, feat):
        if feat in self.skip:
            return False
        if self.only is not None and feat in CHUNKS and feat not in self.only:
            return False
        return True

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def wpick(self, pairs):
        """Pick from [(weight, value), ...]."""
        total = sum(w for w, _ in pairs)
        x = self.r.random() * total
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    def fresh(self, prefix='v'):
        self.counter += 1
        return '%s%d' % (prefix, self.counter)

    def emit(self, line):
        self.lines.append('    ' * self.ind + line)

    def block(self, fn, *args):
        """Run fn (which emits lines) one indentation level deeper; ensure non-empty."""
        self.ind += 1
        n = len(self.lines)
        fn(*args)
        if len(self.lines) == n:
            self.emit('pass')
        self.ind -= 1

    def lines_block(self, lines):
        self.ind += 1
        for ln in lines:
            self.emit(ln)
        self.ind -= 1

    def vars_of(self, t):
        return [n for n, ty in self.scope.visible().items() if ty == t]

    def own_vars_of(self, t):
        """Variables of type t that may be rebound here (declared in this scope)."""
        return [n for n, ty in self.scope.vars.items() if ty == t]

    def mutable_vars_of(self, t):
        frozen = self.scope.frozen_all()
        if self.func_depth > 0:
            names = self.own_vars_of(t)
        else:
            names = self.vars_of(t)
        return [n for n in names if n not in frozen]

    def handler_line(self):
        if self.on('excmsg') and self.chance(0.08):
            return "print('!', type(e).__name__, e)"
        return "print('!', type(e).__name__)"

    def guarded(self, lines, fallback=None):
        """Emit lines; wrap them in try/except if they may raise at an unprotected place."""
        if self.protected > 0 and fallback is None and not self.chance(0.2):
            for ln in lines:
                self.emit(ln)
            return
        self.emit('try:')
        self.lines_block(lines)
        self.emit('except Exception as e:')
        self.lines_block([self.handler_line()] + (fallback or []))

    # -- expressions ------------------------------------------------------------------
    def expr(self, t, d=2):
        fn = getattr(self, 'e_' + t)
        return fn(d)

    def any_type(self):
        return self.wpick([(5, 'int'), (2, 'float'), (4, 'str'), (2, 'bool'), (3, 'ilist'),
                           (1, 'slist'), (2, 'tuple'), (2, 'dict'), (2, 'iset')])

    def e_any(self, d=2):
        if d > 0 and self.chance(0.1):
            parts = []
            for _ in range(2):
                t = self.any_type()
                e = self.expr(t, d - 1)
                parts.append(self.show_set(e) if t == 'iset' else e)
            return self.pick(['[%s, %s, None]', '(%s, %s)', '{1: %s, "k": %s}']) % tuple(parts)
        t = self.any_type()
        if t == 'iset':
            return self.show_set(self.e_iset(d))
        return self.expr(t, d)

    def show_set(self, e):
        if self.on('rawset') and self.chance(0.15):
            return e
        return 'sorted(%s)' % e

    def small(self, d=1):
        """An int expression that is small and non-negative or a small literal."""
        if d <= 0 or self.chance(0.6):
            return self.pick(['0', '1', '2', '3', '4', '5', '-1', '-2', '6'])
        return '(%s %% %d)' % (self.e_int(d - 1), self.r.randint(2, 9))

    def leaf_int(self):
        vs = self.vars_of('int')
        if vs and self.chance(0.5):
            return self.pick(vs)
        x = self.r.random()
        if x < 0.65:
            return self.pick(SMALL_INTS)
        if x < 0.8:
            return self.pick(MEDIUM_INTS)
        return '(%s)' % self.pick(BIG_INTS)

    def e_int(self, d=2):
        if d <= 0 or self.chance(0.25):
            return self.leaf_int()
        k = self.wpick([(6, 'bin'), (2, 'flat'), (2, 'pow'), (1, 'shift'), (2, 'unary'),
                        (5, 'call'), (1, 'cond'), (2, 'index'), (1, 'bool')])
        if k == 'bin':
            op = self.pick(['+', '-', '*', '//', '%', '&', '|', '^', '+', '-', '*'])
            a = self.e_int(d - 1)
            if op in ('//', '%'):
                if self.chance(0.5):
                    b = self.pick(['2', '3', '7', '-3', '10', '(2**64)', '-1'])
                else:
                    b = self.e_int(d - 1)
                    self.risk = True
            else:
                b = self.e_int(d - 1)
            return '(%s %s %s)' % (a, op, b)
        if k == 'flat':
            n = self.r.randint(2, 4)
            parts = [self.leaf_int()]
            for _ in range(n):
                parts.append(self.pick(['+', '-', '*', '&', '|', '^', '+', '-']))
                parts.append(self.leaf_int())
            return '(' + ' '.join(parts) + ')'
        if k == 'pow':
            if self.chance(0.5):
                base = self.pick(['2', '3', '-2', '10', '7', '-1', '0'])
                exp = self.pick([str(self.r.randint(0, 130)), self.small(d - 1)])
            else:
                base = self.leaf_int()
                exp = self.pick(['0', '1', '2', '3', self.small(d - 1)])
            if exp.startswith('('):
                self.risk = True   # (x % 7) is fine, but (x % -3) may be negative
            return '(%s ** %s)' % (base, exp)
        if k == 'shift':
            op = self.pick(['<<', '>>'])
            return '(%s %s (%s %% %d))' % (self.e_int(d - 1), op, self.e_int(d - 1),
                                           self.pick([8, 33, 70]))
        if k == 'unary':
            op = self.pick(['-', '~', '+', 'abs'])
            if op == 'abs':
                return 'abs(%s)' % self.e_int(d - 1)
            return '(%s%s)' % (op, self.e_int(d - 1))
        if k == 'cond':
            return '(%s if %s else %s)' % (self.e_int(d - 1), self.e_bool(d - 1),
                                           self.e_int(d - 1))
        if k == 'index':
            c = self.pick(['ilist', 'tuple', 'dict'])
            self.risk = True
            if c == 'dict':
                if self.chance(0.5):
                    self.risk = True
                    return '%s[%s]' % (self.e_dict(d - 1), self.pick(KEYS))
                return '%s.get(%s, %s)' % (self.e_dict(d - 1), self.pick(KEYS), self.leaf_int())
            return '%s[%s]' % (self.expr(c, d - 1), self.small(d - 1))
        if k == 'bool':
            return '(%s + %s)' % (self.e_bool(d - 1), self.leaf_int())
        # builtin calls
        c = self.r.randint(0, 19)
        if c == 0:
            return 'len(%s)' % self.expr(self.pick(['str', 'ilist', 'tuple', 'dict', 'slist']), d - 1)
        if c == 1:
            return 'min(%s, %s)' % (self.e_int(d - 1), self.e_int(d - 1))
        if c == 2:
            return 'max(%s, %s, %s)' % (self.e_int(d - 1), self.e_int(d - 1), self.e_int(d - 1))
        if c == 3:
            return 'sum(%s)' % self.e_ilist(d - 1)
        if c == 4:
            self.risk = True
            return 'round(%s)' % self.e_float(d - 1)
        if c == 5:
            self.risk = True
            return 'int(%s)' % self.pick([self.e_float(d - 1), self.e_str(d - 1)])
        if c == 6:
            self.risk = True
            return 'divmod(%s, %s)[%d]' % (self.e_int(d - 1), self.e_int(d - 1),
                                           self.r.randint(0, 1))
        if c == 7:
            return 'hash(%s)' % self.e_int(d - 1)
        if c == 8:
            self.risk = True
            return 'ord(%s[0])' % self.e_str(d - 1)
        if c == 9:
            return '%s.find(%s)' % (self.e_str(d - 1), self.e_str(d - 1))
        if c == 10:
            return '%s.count(%s)' % (self.e_str(d - 1), self.e_str(d - 1))
        if c == 11:
            return '%s.count(%s)' % (self.e_ilist(d - 1), self.leaf_int())
        if c == 12:
            return 'len(range(%s, %s, %s))' % (self.pick(SMALL_INTS), self.pick(SMALL_INTS),
                                               self.pick(['1', '2', '-1', '3', '-2']))
        if c == 13:
            self.risk = True
            return 'pow(%s, %s, %s)' % (self.e_int(d - 1), self.small(d - 1), self.e_int(d - 1))
        if c == 14:
            return '(%s).bit_length()' % self.e_int(d - 1)
        if c == 15:
            self.risk = True
            return 'int(%s, %s)' % (self.pick(["'ff'", "'101'", "'-7f'", "'z'", "'0x10'", "'  12 '"]),
                                    self.pick(['16', '2', '0', '36', '8']))
        if c == 16:
            self.risk = True
            return '%s.index(%s)' % (self.e_ilist(d - 1), self.leaf_int())
        if c == 17:
            return 'abs(%s)' % self.e_int(d - 1)
        if c == 18:
            self.uses_math = True
            self.risk = True
            return 'math.%s(%s)' % (self.pick(['floor', 'ceil', 'trunc']), self.e_float(d - 1))
        return 'int(%s)' % self.e_bool(d - 1)

    def leaf_float(self):
        vs = self.vars_of('float')
        if vs and self.chance(0.5):
            return self.pick(vs)
        return self.pick(FLOATS)

    def e_float(self, d=2):
        if d <= 0 or self.chance(0.25):
            return self.leaf_float()
        k = self.wpick([(5, 'bin'), (3, 'truediv'), (2, 'mixed'), (3, 'call'), (1, 'cond'),
                        (1, 'unary'), (1, 'pow')])
        if k == 'bin':
            op = self.pick(['+', '-', '*', '/', '//', '%', '+', '*'])
            if op in ('/', '//', '%'):
                self.risk = True
            return '(%s %s %s)' % (self.e_float(d - 1), op, self.e_float(d - 1))
        if k == 'truediv':
            self.risk = True
            a, b = self.e_int(d - 1), self.e_int(d - 1)
            if not self.on('bigdiv'):
                a, b = '(%s %% 1000)' % a, '(%s %% 1000)' % b
            return '(%s / %s)' % (a, b)
        if k == 'mixed':
            self.risk = True
            op = self.pick(['+', '-', '*', '/'])
            if self.chance(0.5):
                return '(%s %s %s)' % (self.e_float(d - 1), op, self.e_int(d - 1))
            return '(%s %s %s)' % (self.e_int(d - 1), op, self.e_float(d - 1))
        if k == 'cond':
            return '(%s if %s else %s)' % (self.e_float(d - 1), self.e_bool(d - 1),
                                           self.e_float(d - 1))
        if k == 'unary':
            return '(-%s)' % self.e_float(d - 1)
        if k == 'pow':
            self.risk = True
            return '(%s ** %s)' % (self.e_float(d - 1),
                                   self.pick(['2', '3', '-1', '-2', '10', '0']))
        c = self.r.randint(0, 8)
        if c == 0:
            self.risk = True
            return 'float(%s)' % self.pick([self.e_int(d - 1), self.e_str(d - 1),
                                            "'1e5'", "' -2.5 '", "'inf'", "'nan'"])
        if c == 1:
            return 'abs(%s)' % self.e_float(d - 1)
        if c == 2:
            return 'round(%s, %s)' % (self.e_float(d - 1), self.pick(['0', '1', '2', '3', '-1']))
        if c == 3:
            return 'min(%s, %s)' % (self.e_float(d - 1), self.e_float(d - 1))
        if c == 4:
            return 'max(%s, %s)' % (self.e_float(d - 1), self.e_float(d - 1))
        if c == 5:
            self.uses_math = True
            self.risk = True
            return 'math.sqrt(abs(%s))' % self.e_float(d - 1)
        if c == 6:
            return 'sum([%s, %s, %s])' % (self.leaf_float(), self.leaf_float(), self.leaf_float())
        if c == 7:
            self.risk = True
            return 'divmod(%s, %s)[%d]' % (self.e_float(d - 1), self.e_float(d - 1),
                                           self.r.randint(0, 1))
        self.uses_math = True
        if self.chance(0.5):
            return 'math.fabs(%s)' % self.e_float(d - 1)
        return 'math.copysign(%s, %s)' % (self.e_float(d - 1), self.pick(['-1.0', '2.0', '-0.0']))

    def leaf_str(self):
        vs = self.vars_of('str')
        if vs and self.chance(0.5):
            return self.pick(vs)
        return self.pick(STRS)

    def e_str(self, d=2):
        if d <= 0 or self.chance(0.25):
            return self.leaf_str()
        c = self.r.randint(0, 25)
        if c in (0, 1):
            return '(%s + %s)' % (self.e_str(d - 1), self.e_str(d - 1))
        if c == 2:
            return '(%s * %s)' % (self.e_str(d - 1), self.small(d - 1))
        if c in (3, 4):
            return '%s[%s:%s%s]' % (self.e_str(d - 1), self.slice_part(d), self.slice_part(d),
                                    self.pick(['', '', ':-1', ':2', ':' + self.small(0)]))
        if c == 5:
            self.risk = True
            return '%s[%s]' % (self.e_str(d - 1), self.pick(['0', '-1', '1', self.small(d - 1)]))
        if c == 6:
            return '%s.%s()' % (self.e_str(d - 1), self.pick(
                ['upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase', 'lstrip',
                 'rstrip', 'casefold']))
        if c == 7:
            return '%s.replace(%s, %s)' % (self.e_str(d - 1), self.leaf_str(), self.leaf_str())
        if c == 8:
            return '%s.join(%s)' % (self.pick(["', '", "''", "'-'", "' '"]), self.e_slist(d - 1))
        if c == 9:
            return 'str(%s)' % self.e_any(d - 1)
        if c == 10:
            return 'repr(%s)' % self.e_any(d - 1)
        if c in (11, 12):
            return self.fstring(d - 1)
        if c == 13:
            return self.percent_fmt(d - 1)
        if c == 14:
            return self.dot_format(d - 1)
        if c == 15:
            return 'chr(65 + %s %% 26)' % self.e_int(d - 1)
        if c == 16:
            return '%s.%s(%s%s)' % (self.e_str(d - 1), self.pick(['center', 'ljust', 'rjust']),
                                    self.pick(['0', '3', '8', '12']),
                                    self.pick(['', ", '*'", ", '-'"]))
        if c == 17:
            return '%s.zfill(%s)' % (self.e_str(d - 1), self.pick(['0', '5', '9']))
        if c == 18:
            return '%s(%s)' % (self.pick(['hex', 'bin', 'oct']), self.e_int(d - 1))
        if c == 19:
            return '(%s if %s else %s)' % (self.e_str(d - 1), self.e_bool(d - 1), self.e_str(d - 1))
        if c == 20:
            self.risk = True
            return '%s.split(%s)[%s]' % (self.e_str(d - 1), self.pick(["','", "' '", "'-'", '']),
                                          self.pick(['0', '1', '-1']))
        if c == 21:
            return 'format(%s, %s)' % self.format_value_spec(d - 1)
        if c == 22:
            return '%s.%s(%s)' % (self.e_str(d - 1), self.pick(['removeprefix', 'removesuffix',
                                                                'rstrip', 'lstrip', 'strip']),
                                  self.leaf_str())
        if c == 23:
            return "''.join(sorted(%s))" % self.e_str(d - 1)
        if c == 24:
            return 'ascii(%s)' % self.e_str(d - 1)
        return "%s.partition(%s)[%d]" % (self.e_str(d - 1), self.pick(["','", "'-'", "' '"]),
                                         self.r.randint(0, 2))

    def slice_part(self, d):
        return self.pick(['', '', '1', '-1', '2', '-3', 'None', self.e_int(0)])

    def format_value_spec(self, d):
        """Return (value_expr, spec_literal) for format() or f-strings."""
        t = self.pick(['int', 'int', 'float', 'float', 'str'])
        v = self.expr(t, d)
        fill = self.pick(['', '', '*', '0', '-', ' '])
        align = self.pick(['', '<', '>', '^', '='] if t != 'str' else ['', '<', '>', '^'])
        if fill and not align:
            fill = ''
        sign = self.pick(['', '', '+', '-', ' ']) if t != 'str' else ''
        alt = '#' if t == 'int' and self.chance(0.15) else ''
        zero = '0' if t != 'str' and not fill and self.chance(0.15) else ''
        width = self.pick(['', '', '5', '10', '1', '12'])
        group = self.pick(['', '', '', ',', '_']) if t != 'str' else ''
        prec = ''
        if t == 'float':
            prec = self.pick(['', '.0', '.1', '.2', '.3', '.10'])
            typ = self.pick(['', 'f', 'e', 'g', '%', 'E', 'G', 'F'])
        elif t == 'int':
            typ = self.pick(['', 'd', 'x', 'X', 'o', 'b', 'n', 'e', '%'])
            if typ in ('x', 'X', 'o', 'b') and group == ',':
                group = '_'
            if typ == 'n':
                group = ''
            if typ in ('e', '%'):
                prec = self.pick(['', '.2'])
        else:
            prec = self.pick(['', '', '.2', '.0'])
            typ = self.pick(['', 's'])
        spec = fill + align + sign + alt + zero + width + group + prec + typ
        self.risk = True
        return v, repr(spec)

    def fstring(self, d):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            k = self.r.randint(0, 5)
            if k == 0:
                parts.append(self.pick(['a', ' ', '-', 'x=', '[', ']', ': ', '{{', '}}']))
            elif k == 1:
                v, spec = self.format_value_spec(d)
                parts.append('{%s:%s}' % (fx(v), spec[1:-1]))
            elif k == 2:
                parts.append('{%s!r}' % fx(self.e_any(d)))
            elif k == 3:
                parts.append('{%s}' % fx(self.e_any(d)))
            elif k == 4:
                parts.append('{%s:>{%s}}' % (self.leaf_int(), self.pick(['3', '6', '1'])))
            else:
                parts.append('{%s=}' % self.leaf_int())
        body = ''.join(parts)
        # the expressions inside use single quotes, so the f-string uses double ones
        if '"' in body or '\\' in body:
            return 'str(%s)' % self.leaf_int()
        return 'f"%s"' % body

    def percent_fmt(self, d):
        self.risk = True
        specs = []
        vals = []
        for _ in range(self.r.randint(1, 3)):
            t = self.pick(['int', 'float', 'str'])
            if t == 'int':
                specs.append('%' + self.pick(['d', '5d', '-4d', 'x', '#x', 'o', '+d', '05d', 'i', 'r']))
            elif t == 'float':
                specs.append('%' + self.pick(['f', '.2f', '8.3f', 'e', '.3g', 'g', '-9.1f', 'r', 's']))
            else:
                specs.append('%' + self.pick(['s', 'r', '-6s', '6s', '.2s']))
            vals.append(self.expr(t, d))
        fmt = ' '.join(specs) + self.pick(['', ' %%', '!'])
        if len(vals) == 1 and self.chance(0.5):
            return "(%r %% %s)" % (fmt, vals[0])
        return "(%r %% (%s,))" % (fmt, ', '.join(vals))

    def dot_format(self, d):
        n = self.r.randint(1, 3)
        vals = [self.e_any(d) for _ in range(n)]
        k = self.r.randint(0, 2)
        if k == 0:
            fmt = ' '.join('{}' for _ in vals)
        elif k == 1:
            idx = [self.r.randint(0, n - 1) for _ in range(n + 1)]
            fmt = '|'.join('{%d}' % i for i in idx)
        else:
            fmt = ' '.join('{%d!r:>%d}' % (i, self.r.randint(1, 9)) for i in range(n))
        return '%r.format(%s)' % (fmt, ', '.join(vals))

    def e_bool(self, d=2):
        if d <= 0 or self.chance(0.2):
            vs = self.vars_of('bool')
            if vs and self.chance(0.5):
                return self.pick(vs)
            if self.chance(0.5):
                return self.pick(['True', 'False'])
            return '(%s %s %s)' % (self.leaf_int(), self.pick(['<', '>', '==', '!=', '<=', '>=']),
                                   self.leaf_int())
        k = self.r.randint(0, 14)
        if k in (0, 1, 2):
            t = self.pick(['int', 'int', 'float', 'str', 'ilist', 'tuple', 'mixed'])
            if t == 'mixed':
                a, b = self.e_int(d - 1), self.e_float(d - 1)
                self.risk = True
            else:
                a, b = self.expr(t, d - 1), self.expr(t, d - 1)
            return '(%s %s %s)' % (a, self.pick(['<', '>', '==', '!=', '<=', '>=']), b)
        if k == 3:
            n = self.r.randint(2, 3)
            t = self.pick(['int', 'float', 'str'])
            parts = [self.expr(t, d - 1)]
            for _ in range(n):
                parts.append(self.pick(['<', '>', '==', '!=', '<=', '>=', '<']))
                parts.append(self.expr(t, d - 1))
            return '(' + ' '.join(parts) + ')'
        if k == 4:
            c = self.r.randint(0, 4)
            neg = self.pick(['in', 'in', 'not in'])
            if c == 0:
                return '(%s %s %s)' % (self.leaf_int(), neg, self.e_ilist(d - 1))
            if c == 1:
                return '(%s %s %s)' % (self.leaf_str(), neg, self.e_str(d - 1))
            if c == 2:
                return '(%s %s %s)' % (self.pick(KEYS), neg, self.e_dict(d - 1))
            if c == 3:
                return '(%s %s %s)' % (self.leaf_int(), neg, self.e_iset(d - 1))
            return '(%s %s %s)' % (self.leaf_int(), neg, self.e_tuple(d - 1))
        if k == 5:
            return '(not %s)' % self.e_bool(d - 1)
        if k == 6:
            return '(%s %s %s)' % (self.e_bool(d - 1), self.pick(['and', 'or']), self.e_bool(d - 1))
        if k == 7:
            return 'isinstance(%s, %s)' % (self.e_any(d - 1), self.pick(
                ['int', 'str', 'float', 'list', '(int, float)', 'tuple', 'dict', 'bool',
                 '(list, tuple)', 'object', 'set']))
        if k == 8:
            return 'bool(%s)' % self.e_any(d - 1)
        if k == 9:
            return '%s(%s)' % (self.pick(['any', 'all']), self.pick(
                [self.e_ilist(d - 1), self.e_slist(d - 1),
                 '(%s > %s for _ in range(3))' % (self.leaf_int(), self.leaf_int())]))
        if k == 10:
            return '%s.%s()' % (self.e_str(d - 1), self.pick(
                ['isdigit', 'isalpha', 'isupper', 'islower', 'isspace', 'isalnum', 'isidentifier']))
        if k == 11:
            return '%s.%s(%s)' % (self.e_str(d - 1), self.pick(['startswith', 'endswith']),
                                  self.leaf_str())
        if k == 12:
            if self.on('isliteral') and self.chance(0.3):
                return self.pick(['(() is ())', '(None is None)', '(() is not ())'])
            return '(%s is %s)' % (self.e_any(d - 1), self.pick(['None', 'True', 'False']))
        if k == 13:
            return 'hasattr(%s, %s)' % (self.e_any(d - 1), self.pick(
                ["'append'", "'upper'", "'real'", "'keys'", "'zzz'", "'__len__'"]))
        return 'callable(%s)' % self.pick(['len', 'print', '0', "'s'", 'int', 'None'])

    def e_ilist(self, d=2):
        vs = self.vars_of('ilist')
        if d <= 0 or self.chance(0.2):
            if vs and self.chance(0.6):
                return self.pick(vs)
            return '[%s]' % ', '.join(self.leaf_int() for _ in range(self.r.randint(0, 4)))
        c = self.r.randint(0, 15)
        if c == 0:
            return '[%s]' % ', '.join(self.e_int(d - 1) for _ in range(self.r.randint(0, 4)))
        if c == 1:
            return 'list(range(%s, %s, %s))' % (self.pick(SMALL_INTS), self.pick(SMALL_INTS),
                                                self.pick(['1', '2', '3', '-1', '-2']))
        if c == 2:
            v = self.fresh('i')
            self.scope.vars[v] = 'int'
            body = self.e_int(d - 1)
            cond = (' if ' + self.e_bool(d - 1)) if self.chance(0.4) else ''
            del self.scope.vars[v]
            return '[%s for %s in %s%s]' % (body, v, self.iterable_int(d - 1), cond)
        if c == 3:
            return 'sorted(%s%s)' % (self.e_ilist(d - 1), self.pick(
                ['', ', reverse=True', ', key=lambda q: -q', ', key=lambda q: (q % 3, q)',
                 ', key=abs']))
        if c == 4:
            return '(%s + %s)' % (self.e_ilist(d - 1), self.e_ilist(d - 1))
        if c == 5:
            return '%s[%s:%s%s]' % (self.e_ilist(d - 1), self.slice_part(d), self.slice_part(d),
                                    self.pick(['', ':2', ':-1', ':-2']))
        if c == 6:
            return 'list(map(%s, %s))' % (self.pick(['abs', 'lambda q: q * 2', 'lambda q: q % 5',
                                                     'lambda q: -q']), self.e_ilist(d - 1))
        if c == 7:
            return 'list(filter(%s, %s))' % (self.pick(['None', 'lambda q: q % 2', 'lambda q: q > 0']),
                                             self.e_ilist(d - 1))
        if c == 8:
            return 'list(reversed(%s))' % self.e_ilist(d - 1)
        if c == 9:
            return '[*%s, %s]' % (self.e_ilist(d - 1), self.e_int(d - 1))
        if c == 10:
            return '(%s * %s)' % (self.e_ilist(d - 1), self.small(d - 1))
        if c == 11:
            return 'sorted(%s)' % self.e_iset(d - 1)
        if c == 12:
            return 'list(%s.values())' % self.e_dict(d - 1)
        if c == 13:
            return '[len(q) for q in %s]' % self.e_slist(d - 1)
        if c == 14:
            return 'list(%s)' % self.e_tuple(d - 1)
        return '[%s %% 7 for _ in range(%s)]' % (self.leaf_int(), self.pick(['0', '1', '3']))

    def iterable_int(self, d):
        c = self.r.randint(0, 3)
        if c == 0:
            return 'range(%s)' % self.pick(['3', '4', '5', '0', '1', '2', '6'])
        if c == 1:
            return 'range(%s, %s, %s)' % (self.pick(SMALL_INTS), self.pick(SMALL_INTS),
                                          self.pick(['1', '2', '-1', '3']))
        if c == 2:
            return self.e_ilist(d)
        return self.e_tuple(d)

    def e_slist(self, d=2):
        vs = self.vars_of('slist')
        if d <= 0 or self.chance(0.2):
            if vs and self.chance(0.6):
                return self.pick(vs)
            return '[%s]' % ', '.join(self.leaf_str() for _ in range(self.r.randint(0, 3)))
        c = self.r.randint(0, 7)
        if c == 0:
            return '%s.split(%s)' % (self.e_str(d - 1), self.pick(['', "','", "' '", "'-'"]))
        if c == 1:
            return 'list(%s)' % self.e_str(d - 1)
        if c == 2:
            return 'sorted(%s)' % self.e_slist(d - 1)
        if c == 3:
            return 'list(%s)' % self.e_dict(d - 1)
        if c == 4:
            return '[str(q) for q in %s]' % self.e_ilist(d - 1)
        if c == 5:
            return '(%s + %s)' % (self.e_slist(d - 1), self.e_slist(d - 1))
        if c == 6:
            return '%s[::%s]' % (self.e_slist(d - 1), self.pick(['1', '-1', '2']))
        return '[q.upper() for q in %s if q]' % self.e_slist(d - 1)

    def e_tuple(self, d=2):
        vs = self.vars_of('tuple')
        if d <= 0 or self.chance(0.2):
            if vs and self.chance(0.6):
                return self.pick(vs)
            n = self.r.randint(0, 3)
            if n == 1:
                return '(%s,)' % self.leaf_int()
            return '(%s)' % ', '.join(self.leaf_int() for _ in range(n))
        c = self.r.randint(0, 6)
        if c == 0:
            return 'tuple(%s)' % self.e_ilist(d - 1)
        if c == 1:
            return '(%s + %s)' % (self.e_tuple(d - 1), self.e_tuple(d - 1))
        if c == 2:
            return '%s[%s:%s]' % (self.e_tuple(d - 1), self.slice_part(d), self.slice_part(d))
        if c == 3:
            self.risk = True
            return 'divmod(%s, %s)' % (self.e_int(d - 1), self.e_int(d - 1))
        if c == 4:
            return '(%s * %s)' % (self.e_tuple(d - 1), self.small(d - 1))
        if c == 5:
            return 'tuple(sorted(%s))' % self.e_iset(d - 1)
        return '(%s, %s)' % (self.e_int(d - 1), self.e_int(d - 1))

    def e_dict(self, d=2):
        vs = self.vars_of('dict')
        if d <= 0 or self.chance(0.2):
            if vs and self.chance(0.6):
                return self.pick(vs)
            ks = self.r.sample(KEYS, self.r.randint(0, 3))
            return '{%s}' % ', '.join('%s: %s' % (k, self.leaf_int()) for k in ks)
        c = self.r.randint(0, 6)
        if c == 0:
            return 'dict(zip(%s, %s))' % (self.e_slist(d - 1), self.e_ilist(d - 1))
        if c == 1:
            return '{q: len(q) for q in %s}' % self.e_slist(d - 1)
        if c == 2:
            return '{**%s, %s: %s}' % (self.e_dict(d - 1), self.pick(KEYS), self.e_int(d - 1))
        if c == 3:
            return '(%s | %s)' % (self.e_dict(d - 1), self.e_dict(d - 1))
        if c == 4:
            return 'dict(%s=%s, %s=%s)' % (self.pick(['a', 'b']), self.e_int(d - 1),
                                          self.pick(['k', 'zz']), self.e_int(d - 1))
        if c == 5:
            return 'dict.fromkeys(%s, %s)' % (self.e_slist(d - 1), self.leaf_int())
        ks = self.r.sample(KEYS, self.r.randint(1, 4))
        return '{%s}' % ', '.join('%s: %s' % (k, self.e_int(d - 1)) for k in ks)

    def e_iset(self, d=2):
        vs = self.vars_of('iset')
        if d <= 0 or self.chance(0.2):
            if vs and self.chance(0.6):
                return self.pick(vs)
            n = self.r.randint(0, 4)
            if n == 0:
                return 'set()'
            return '{%s}' % ', '.join(self.leaf_int() for _ in range(n))
        c = self.r.randint(0, 5)
        if c == 0:
            return 'set(%s)' % self.e_ilist(d - 1)
        if c == 1:
            return '(%s %s %s)' % (self.e_iset(d - 1), self.pick(['|', '&', '-', '^']),
                                   self.e_iset(d - 1))
        if c == 2:
            return '{q %% %d for q in %s}' % (self.r.randint(2, 9), self.e_ilist(d - 1))
        if c == 3:
            return 'set(range(%s))' % self.pick(['0', '3', '9', '17'])
        if c == 4:
            return '%s.%s(%s)' % (self.e_iset(d - 1), self.pick(
                ['union', 'intersection', 'difference', 'symmetric_difference']), self.e_ilist(d - 1))
        return '{%s}' % ', '.join(self.e_int(d - 1) for _ in range(self.r.randint(1, 4)))

    # -- statements -------------------------------------------------------------------
    def show_expr(self, name, t):
        if t == 'iset':
            return self.show_set(name)
        return name

    def print_stmt(self):
        self.risk = False
        n = self.r.randint(1, 3)
        args = [self.e_any(self.r.randint(1, 3)) for _ in range(n)]
        extra = self.pick(['', '', '', ", sep='|'", ", end=' ;\\n'", ", sep=''"])
        line = 'print(%s%s)' % (', '.join(args), extra)
        if self.risk:
            self.guarded([line])
        else:
            self.emit(line)

    def assign_stmt(self, new=None):
        own = [(n, t) for n, t in self.scope.vars.items() if t in TYPES]
        frozen = self.scope.frozen_all()
        own = [(n, t) for n, t in own if n not in frozen]
        if new is None:
            new = not own or self.chance(0.5)
        if new:
            t = self.pick(TYPES)
            name = self.fresh()
        else:
            name, t = self.pick(own)
        self.risk = False
        e = self.expr(t, self.r.randint(1, 3))
        if t in ('ilist', 'slist', 'dict', 'iset') and e in self.scope.visible():
            e = '%s(%s)' % ({'ilist': 'list', 'slist': 'list', 'dict': 'dict', 'iset': 'set'}[t], e)
        if self.loop_depth > 0 or self.func_depth > 0:
            e = self.bound_value(e, t)
        lines = ['%s = %s' % (name, e)]
        if self.chance(0.5):
            lines.append('print(%r, %s)' % (name, self.show_expr(name, t)))
        if self.risk and (new or self.protected == 0):
            fb = ['%s = %s' % (name, self.default_of(t))]
            self.guarded(lines, fallback=fb if new else None)
        else:
            for ln in lines:
                self.emit(ln)
        self.scope.vars[name] = t

    def bound_value(self, e, t):
        """Keep values from growing without bound when assigned repeatedly."""
        if t == 'int':
            return '(%s) %% %s' % (e, self.pick(['1000003', '97', '(2**64)', '10**9 + 7']))
        if t in ('str', 'ilist', 'slist', 'tuple'):
            return '(%s)[:%d]' % (e, self.r.randint(3, 12))
        return e

    def default_of(self, t):
        return {'int': '0', 'float': '0.0', 'str': "'?'", 'bool': 'False', 'ilist': '[]',
                'slist': "['?']", 'tuple': '()', 'dict': '{}', 'iset': 'set()'}[t]

    def aug_stmt(self):
        cands = [(n, t) for n, t in self.scope.vars.items()
                 if t in ('int', 'float', 'str', 'ilist', 'iset', 'dict', 'tuple')
                 and n not in self.scope.frozen_all()]
        if not cands:
            return self.assign_stmt(new=True)
        name, t = self.pick(cands)
        self.risk = False
        if t == 'int':
            op = self.pick(['+=', '-=', '*=', '//=', '%=', '|=', '&=', '^=', '<<=', '>>='])
            if op in ('<<=', '>>='):
                rhs = self.small(1)
            elif op in ('//=', '%='):
                rhs = self.e_int(1)
                self.risk = True
            elif op == '*=':
                rhs = self.leaf_int()
            else:
                rhs = self.e_int(2)
            lines = ['%s %s %s' % (name, op, rhs)]
            if self.loop_depth > 0 or self.func_depth > 0:
                lines.append('%s %%= %s' % (name, self.pick(['1000003', '(2**64)', '9973'])))
        elif t == 'float':
            op = self.pick(['+=', '-=', '*=', '/=', '**=', '//=', '%='])
            if op in ('/=', '//=', '%=', '**='):
                self.risk = True
            # (a fractional power of a negative float is complex: the float would change type)
            rhs = self.e_float(1) if op != '**=' else self.pick(['2', '-1', '3'])
            lines = ['%s %s %s' % (name, op, rhs)]
        elif t == 'str':
            op = self.pick(['+=', '*=', '+='])
            rhs = self.e_str(1) if op == '+=' else self.pick(['2', '0', '1', '-1'])
            lines = ['%s %s %s' % (name, op, rhs)]
            if self.loop_depth > 0 or self.func_depth > 0 or op == '*=':
                lines.append('%s = %s[:20]' % (name, name))
        elif t == 'ilist':
            op = self.pick(['+=', '*=', '+='])
            rhs = '[%s]' % ', '.join(self.leaf_int() for _ in range(self.r.randint(0, 3))) \
                if op == '+=' else self.pick(['2', '0', '1'])
            lines = ['%s %s %s' % (name, op, rhs)]
            if self.loop_depth > 0 or self.func_depth > 0 or op == '*=':
                lines.append('del %s[12:]' % name)
        elif t == 'tuple':
            rhs = '(%s,)' % self.leaf_int()
            lines = ['%s += %s' % (name, rhs)]
            if self.loop_depth > 0 or self.func_depth > 0:
                lines.append('%s = %s[-8:]' % (name, name))
        elif t == 'iset':
            op = self.pick(['|=', '&=', '-=', '^='])
            lines = ['%s %s %s' % (name, op, self.e_iset(1))]
        else:
            lines = ['%s |= %s' % (name, self.e_dict(1))]
        lines.append('print(%r, %s)' % (name, self.show_expr(name, t)))
        if self.risk:
            self.guarded(lines)
        else:
            for ln in lines:
                self.emit(ln)

    def mutate_stmt(self):
        t = self.pick(['ilist', 'ilist', 'dict', 'iset', 'slist'])
        cands = self.mutable_vars_of(t)
        if not cands:
            return self.assign_stmt(new=True)
        name = self.pick(cands)
        self.risk = False
        if t in ('ilist', 'slist'):
            el = self.leaf_int() if t == 'ilist' else self.leaf_str()
            c = self.r.randint(0, 12)
            if c == 0:
                ln = '%s.append(%s)' % (name, el)
            elif c == 1:
                ln = '%s.insert(%s, %s)' % (name, self.pick(['0', '-1', '2', '100', '-100']), el)
            elif c == 2:
                self.risk = True
                ln = 'print(%s.pop(%s))' % (name, self.pick(['', '0', '-1', '1']))
            elif c == 3:
                self.risk = True
                ln = '%s.remove(%s)' % (name, el)
            elif c == 4:
                ln = '%s.sort(%s)' % (name, self.pick(['', 'reverse=True', 'key=len' if t == 'slist' else 'key=abs']))
            elif c == 5:
                ln = '%s.reverse()' % name
            elif c == 6:
                self.risk = True
                ln = '%s[%s] = %s' % (name, self.pick(['0', '-1', '1', '5']), el)
            elif c == 7:
                ln = '%s[%s:%s] = [%s]' % (name, self.slice_part(1), self.slice_part(1), el)
            elif c == 8:
                self.risk = True
                ln = 'del %s[%s]' % (name, self.pick(['0', '-1', '1:3', '::2', '5']))
            elif c == 9:
                ln = '%s.extend(%s)' % (name, '[%s]' % el if self.chance(0.5) else '(%s, %s)' % (el, el))
            elif c == 10:
                ln = '%s.clear()' % name
            elif c == 11:
                self.risk = True
                ln = '%s[::2] = %s[::2]' % (name, name)
            else:
                ln = 'print(%s.count(%s), %s.copy())' % (name, el, name)
            lines = [ln]
            if self.loop_depth > 0 or self.func_depth > 0:
                lines.append('del %s[12:]' % name)
        elif t == 'dict':
            k = self.pick(KEYS)
            c = self.r.randint(0, 8)
            if c == 0:
                ln = '%s[%s] = %s' % (name, k, self.e_int(1))
            elif c == 1:
                ln = 'print(%s.pop(%s, None))' % (name, k)
            elif c == 2:
                ln = 'print(%s.setdefault(%s, %s))' % (name, k, self.leaf_int())
            elif c == 3:
                self.risk = True
                ln = 'del %s[%s]' % (name, k)
            elif c == 4:
                ln = '%s.update(%s)' % (name, self.e_dict(1))
            elif c == 5:
                self.risk = True
                ln = 'print(%s.popitem())' % name
            elif c == 6:
                self.risk = True
                ln = '%s[%s] += %s' % (name, k, self.leaf_int())
            elif c == 7:
                ln = 'print(list(%s.items()), list(%s.keys()))' % (name, name)
            else:
                ln = '%s.update(%s=%s)' % (name, self.pick(['a', 'q', 'zz']), self.leaf_int())
            lines = [ln]
        elif t == 'iset':
            c = self.r.randint(0, 5)
            el = self.leaf_int()
            if c == 0:
                ln = '%s.add(%s)' % (name, el)
            elif c == 1:
                ln = '%s.discard(%s)' % (name, el)
            elif c == 2:
                self.risk = True
                ln = '%s.remove(%s)' % (name, el)
            elif c == 3:
                self.risk = True
                ln = 'print(%s.pop())' % name if self.on('rawset') else '%s.clear()' % name
            elif c == 4:
                ln = '%s.update(%s)' % (name, self.e_ilist(1))
            else:
                ln = 'print(%s <= %s, %s.isdisjoint(%s))' % (name, self.e_iset(1), name, self.e_iset(1))
            lines = [ln]
        lines.append('print(%r, %s)' % (name, self.show_expr(name, t)))
        if self.risk:
            self.guarded(lines)
        else:
            for ln in lines:
                self.emit(ln)

    def simple_stmt(self):
        k = self.wpick([(5, 'print'), (4, 'assign'), (2, 'aug'), (3, 'mutate')])
        if k == 'print':
            self.print_stmt()
        elif k == 'assign':
            self.assign_stmt()
        elif k == 'aug':
            self.aug_stmt()
        else:
            self.mutate_stmt()

    def stmts(self, n):
        for _ in range(n):
            self.stmt()

    def stmt(self):
        """One random statement, maybe compound."""
        depth = self.stmt_depth
        self.budget -= 1
        choices = [(10, 'simple')]
        if depth < 3 and self.budget > 2:
            choices += [(2, 'if'), (1.5, 'for'), (1, 'while'), (1, 'try')]
        if self.loop_depth > 0:
            choices += [(0.7, 'break'), (0.7, 'continue')]
        if self.func_depth > 0 and not self.in_generator:
            choices += [(0.4, 'return')]
        if self.in_generator:
            choices += [(1.5, 'yield')]
        if self.uses_truthy and depth < 3 and self.budget > 2:
            choices += [(0.6, 'truthy_if')]
        k = self.wpick(choices)
        if k == 'simple':
            self.simple_stmt()
        elif k == 'if':
            self.if_stmt()
        elif k == 'for':
            self.for_stmt()
        elif k == 'while':
            self.while_stmt()
        elif k == 'try':
            self.try_stmt()
        elif k == 'break':
            self.emit('if %s:' % self.e_bool(1))
            self.lines_block(["print('break')", 'break'])
        elif k == 'continue':
            self.emit('if %s:' % self.e_bool(1))
            self.lines_block(["print('continue')", 'continue'])
        elif k == 'return':
            self.risk = False
            e = self.e_any(1)
            self.emit('if %s:' % self.e_bool(1))
            self.lines_block(['return %s' % e])
        elif k == 'yield':
            self.yield_stmt()
        elif k == 'truthy_if':
            self.emit('if %s:' % self.truthy_chain())
            self.block(self.nested, 1)
            if self.chance(0.5):
                self.emit('else:')
                self.block(self.nested, 1)

    def nested(self, n=None):
        """A nested block of statements. Variables made inside don't leak out."""
        saved = dict(self.scope.vars)
        self.stmt_depth += 1
        if n is None:
            n = self.r.randint(1, 3) if self.budget > 0 else 1
        self.stmts(n)
        self.stmt_depth -= 1
        self.scope.vars = saved

    def if_stmt(self):
        self.risk = False
        cond = self.e_bool(2)
        if self.risk and self.protected == 0:
            cond = self.e_bool(0)
        self.emit('if %s:' % cond)
        self.block(self.nested)
        for _ in range(self.r.randint(0, 2)):
            self.risk = False
            c = self.e_bool(1)
            if self.risk and self.protected == 0:
                c = self.e_bool(0)
            self.emit('elif %s:' % c)
            self.block(self.nested)
        if self.chance(0.5):
            self.emit('else:')
            self.block(self.nested)

    def loop_body(self):
        self.loop_depth += 1
        self.nested()
        self.loop_depth -= 1

    def for_stmt(self):
        v = self.fresh('i')
        c = self.r.randint(0, 5)
        frozen = None
        if c == 0:
            it, t = 'range(%s)' % self.pick(['3', '4', '2', '5', '0']), 'int'
        elif c == 1:
            lists = self.vars_of('ilist')
            if lists:
                it, t = '%s[:%d]' % (self.pick(lists), self.r.randint(2, 5)), 'int'
            else:
                it, t = '[%s, %s, %s]' % (self.leaf_int(), self.leaf_int(), self.leaf_int()), 'int'
        elif c == 2:
            it, t = self.pick(["'abc'", "'xy'", "['p', 'q']", "'hi!'"]), 'str'
        elif c == 3:
            it, t = 'reversed(range(%s))' % self.pick(['3', '4']), 'int'
        elif c == 4:
            it = 'enumerate(%s)' % self.pick(["'ab'", "'xyz'", "['u', 'v']"])
            i2 = self.fresh('i')
            self.emit('for %s, %s in %s:' % (v, i2, it))
            self.scope.vars[v] = 'int'
            self.scope.vars[i2] = 'str'
            self.block(self.loop_body)
            del self.scope.vars[v], self.scope.vars[i2]
            self.for_else()
            return
        else:
            d = self.vars_of('dict')
            if d:
                frozen = self.pick(d)
                it, t = frozen, 'str'
            else:
                it, t = "{'a': 1, 'b': 2}", 'str'
        self.emit('for %s in %s:' % (v, it))
        if frozen:
            self.scope.frozen.add(frozen)
        self.scope.vars[v] = t
        self.block(self.loop_body)
        del self.scope.vars[v]     # unbound after the loop when it ran zero times
        if frozen:
            self.scope.frozen.discard(frozen)
        self.for_else()

    def for_else(self):
        if self.chance(0.3):
            self.emit('else:')
            self.lines_block(["print('for-else')"])

    def while_stmt(self):
        w = self.fresh('w')
        self.emit('%s = 0' % w)
        self.risk = False
        cond = '%s < %d' % (w, self.r.randint(1, 5))
        if self.chance(0.4):
            c = self.e_bool(1)
            if not self.risk:
                cond += ' %s %s' % (self.pick(['and', 'and', 'or']), c)
                if 'or' in cond:
                    cond = '%s < 6 and (%s)' % (w, cond)
        self.emit('while %s:' % cond)

        def body():
            self.emit('%s += 1' % w)
            self.loop_body()
        self.block(body)
        if self.chance(0.3):
            self.emit('else:')
            self.lines_block(["print('while-else', %s)" % w])

    def try_stmt(self):
        self.emit('try:')
        self.protected += 1

        def body():
            self.nested()
            if self.chance(0.4):
                self.emit('if %s:' % self.e_bool(1))
                self.lines_block(['raise %s(%s)' % (self.pick(EXC_TYPES), self.pick(SMALL_INTS))])
        self.block(body)
        self.protected -= 1
        handlers = self.r.randint(0, 2)
        types = self.r.sample(EXC_TYPES, handlers)
        for t in types:
            self.emit('except %s as e:' % t)
            self.lines_block(["print('caught', type(e).__name__)"])
        self.emit('except Exception as e:')
        self.lines_block([self.handler_line()])
        if self.chance(0.3):
            self.emit('else:')
            self.block(self.nested)
        if self.chance(0.4):
            self.emit('finally:')
            self.block(self.finally_body)

    def finally_body(self):
        self.emit("print('finally')")
        if self.on('compfinally') and self.chance(0.15):
            self.emit('print([%s for q in range(2)])' % self.pick(['q', 'q * 2', '(q, q)']))
        self.nested(1)

    def yield_stmt(self):
        self.risk = False
        e = self.e_int(1)
        if self.risk:
            e = self.leaf_int()
        v = self.fresh('y')
        self.emit('%s = yield %s' % (v, e))
        self.emit('print(%r, %s)' % (v, v))

    # -- truthiness ---------------------------------------------------------------
    def truthy(self):
        self.uses_truthy = True
        return 'Tr(%r, %s)' % (self.pick('abcdefgh'), self.pick(['True', 'False', '0', '1', '[]', "'x'"]))

    def truthy_chain(self):
        if not self.on('boolchain'):
            return self.pick(['', 'not ']) + self.truthy()
        n = self.r.randint(1, 3)
        parts = [self.truthy()]
        for _ in range(n):
            parts.append(self.pick(['and', 'or']))
            parts.append(self.pick([self.truthy(), self.truthy(), 'not ' + self.truthy(),
                                    self.leaf_int()]))
        return ' '.join(parts)

    # -- chunks -------------------------------------------------------------------------
    def chunk_exprs(self):
        self.emit('# expressions')
        for _ in range(self.r.randint(3, 7)):
            self.simple_stmt()

    def chunk_control(self):
        self.emit('# control flow')
        self.budget = self.r.randint(6, 16)
        for _ in range(self.r.randint(2, 4)):
            self.stmt()
        k = self.r.randint(0, 2)
        if k == 0:
            self.for_stmt()
        elif k == 1:
            self.while_stmt()
        else:
            self.if_stmt()

    def chunk_numeric(self):
        self.emit('# numbers')
        for _ in range(self.r.randint(3, 7)):
            c = self.r.randint(0, 9)
            self.risk = True
            if c == 0:
                a, b = self.e_int(2), self.e_int(2)
                line = 'print(%s // %s, %s %% %s)' % (a, b, a, b)
            elif c == 1:
                a = self.pick(BIG_INTS + MEDIUM_INTS + SMALL_INTS)
                b = self.pick(BIG_INTS + MEDIUM_INTS + SMALL_INTS)
                if not self.on('bigdiv'):
                    a, b = self.pick(MEDIUM_INTS + SMALL_INTS), self.pick(SMALL_INTS)
                line = 'print((%s) / (%s))' % (a, b)
            elif c == 2:
                line = 'print(%s)' % self.e_float(3)
            elif c == 3:
                a = self.pick(BIG_INTS + SMALL_INTS)
                line = 'print(%s == float(%s), %s < %s, %s > %s)' % (
                    a, a, a, self.pick(FLOATS), self.pick(FLOATS), a)
            elif c == 4:
                line = 'print(round(%s, %s), round(%s))' % (self.e_float(1), self.pick(['0', '1', '2', '-1']),
                                                            self.pick(['0.5', '1.5', '2.5', '-0.5', '3.675']))
            elif c == 5:
                line = 'print(divmod(%s, %s), divmod(%s, %s))' % (
                    self.e_int(1), self.pick(['3', '-3', '7']), self.e_float(1), self.pick(['0.5', '-2.0', '3']))
            elif c == 6:
                line = 'print(%s ** %s, pow(%s, %s, %s))' % (
                    self.pick(['2', '-3', '10', '7']), self.pick(['-1', '-2', '0', '64', '99']),
                    self.pick(['3', '-5', '2**70']), self.pick(['-1', '5', '100']), self.pick(['7', '13', '-11', '2**31']))
            elif c == 7:
                line = 'print(int(%s), float(%s))' % (
                    self.pick(["'  -17 '", "'1_000'", "'+5'", "'0'", "'9' * 30"]),
                    self.pick(["'1e500'", "'-0'", "' 2.5 '", "'1_0.5'", "'.5'", "'5.'"]))
            elif c == 8:
                line = 'print(hash(%s), hash(%s), hash(%s))' % (
                    self.pick(['-1', '-2', '0', '2**61 - 1', '2**61', '-(2**64)', '10**30']),
                    self.pick(['1.5', '-0.5', '0.0', '1e100', "float('inf')"]),
                    self.pick(['True', '(1, 2)', '()', '(1, (2, 3))']))
            else:
                line = 'print(%s, repr(%s), str(%s))' % (self.e_float(2), self.e_float(2), self.e_float(1))
            self.guarded([line])

    def chunk_strings(self):
        self.emit('# strings and formatting')
        for _ in range(self.r.randint(3, 6)):
            self.risk = False
            c = self.r.randint(0, 4)
            if c == 0:
                e = self.fstring(2)
            elif c == 1:
                e = self.percent_fmt(2)
            elif c == 2:
                e = self.dot_format(2)
            elif c == 3:
                e = 'format(%s, %s)' % self.format_value_spec(2)
            else:
                e = self.e_str(3)
            line = 'print(%s)' % e
            if self.risk:
                self.guarded([line])
            else:
                self.emit(line)

    def chunk_function(self):
        self.emit('# function with a random signature')
        name = self.fresh('f')
        posonly = [self.fresh('p') for _ in range(self.r.randint(0, 2))] if self.chance(0.3) else []
        normal = [self.fresh('p') for _ in range(self.r.randint(0, 3))]
        ndef = self.r.randint(0, len(posonly) + len(normal))
        star = self.chance(0.4)
        kwonly = [self.fresh('k') for _ in range(self.r.randint(0, 2))]
        dstar = self.chance(0.35)
        ptypes = {}
        for p in posonly + normal + kwonly:
            ptypes[p] = self.pick(['int', 'int', 'str', 'ilist'])
        params = []
        positional = posonly + normal
        defaults = {}
        for i, p in enumerate(positional):
            if i >= len(positional) - ndef:
                defaults[p] = self.default_literal(ptypes[p])
            params.append(p + ('=' + defaults[p] if p in defaults else ''))
            if posonly and p == posonly[-1]:
                params.append('/')
        args_name = kw_name = None
        if star:
            args_name = self.fresh('args')
            params.append('*' + args_name)
        elif kwonly:
            params.append('*')
        for p in kwonly:
            if self.chance(0.5):
                defaults[p] = self.default_literal(ptypes[p])
                params.append('%s=%s' % (p, defaults[p]))
            else:
                params.append(p)
        if dstar:
            kw_name = self.fresh('kw')
            params.append('**' + kw_name)
        self.emit('def %s(%s):' % (name, ', '.join(params)))
        fscope = Scope(self.scope, 'function')
        fscope.vars.update(ptypes)
        if args_name:
            fscope.vars[args_name] = 'tuple'
        if kw_name:
            fscope.vars[kw_name] = 'dict'
        fscope.frozen |= set(p for p, t in ptypes.items() if t == 'ilist')
        self.in_function(fscope, lambda: self.func_body(ptypes, args_name, kw_name))
        # calls
        for _ in range(self.r.randint(2, 5)):
            call = self.make_call(name, posonly, normal, kwonly, ptypes, defaults, args_name, kw_name)
            self.guarded(['print(%s)' % call])

    def default_literal(self, t):
        if t == 'int':
            return self.pick(SMALL_INTS)
        if t == 'str':
            return self.pick(STRS)
        return self.pick(['[]', '[1, 2]', '[0]'])

    def in_function(self, fscope, body_fn, generator=False):
        saved = (self.scope, self.loop_depth, self.in_generator, self.protected, self.stmt_depth)
        self.scope = fscope
        self.loop_depth = 0
        self.func_depth += 1
        self.in_generator = generator
        self.protected += 1
        self.stmt_depth = 0
        self.block(body_fn)
        self.func_depth -= 1
        self.scope, self.loop_depth, self.in_generator, self.protected, self.stmt_depth = saved

    def func_body(self, ptypes, args_name, kw_name):
        if self.chance(0.5):
            shown = list(ptypes)
            if args_name:
                shown.append(args_name)
            if kw_name:
                shown.append(kw_name)
            if shown:
                self.emit('print(%s)' % ', '.join(shown))
        self.budget = self.r.randint(3, 12)
        self.stmts(self.r.randint(1, 4))
        self.emit('return %s' % self.e_any(2))

    def make_call(self, name, posonly, normal, kwonly, ptypes, defaults, args_name, kw_name):
        args = []
        bad = self.chance(0.12)
        positional = posonly + normal
        # posonly parameters without a default must be passed by position
        lo = len([p for p in posonly if p not in defaults])
        npos = self.r.randint(lo, len(positional))
        for p in positional[:npos]:
            args.append(self.arg_value(ptypes[p]))
        if args_name and npos == len(positional):
            for _ in range(self.r.randint(0, 2)):
                args.append(self.arg_value('int'))
            if self.chance(0.2):
                args.append('*%s' % self.pick(['[1, 2]', '()', "'ab'", 'range(2)']))
        for p in positional[npos:]:
            if p in posonly:
                continue
            if p not in defaults or self.chance(0.5):
                args.append('%s=%s' % (p, self.arg_value(ptypes[p])))
        for p in kwonly:
            if p not in defaults or self.chance(0.5):
                args.append('%s=%s' % (p, self.arg_value(ptypes[p])))
        if kw_name:
            for _ in range(self.r.randint(0, 2)):
                args.append('%s=%s' % (self.pick(['x', 'zz', 'extra', 'q']), self.leaf_int()))
            if self.chance(0.2):
                args.append('**{%r: 5}' % self.pick(['w', 'b2']))
        # duplicate keyword names are a syntax error; keep the first
        seen = set()
        out = []
        for a in args:
            if '=' in a and not a.startswith('*') and a.split('=')[0].isidentifier():
                k = a.split('=')[0]
                if k in seen:
                    continue
                seen.add(k)
            out.append(a)
        args = out
        if bad:
            k = self.r.randint(0, 2)
            if k == 0 and args:
                args.pop(self.r.randrange(len(args)))
            elif k == 1:
                args.append('bogus=1') if 'bogus=1' not in args else None
            else:
                args.insert(0, '0') if not any('=' in a or a.startswith('*') for a in args) else args.append('**{"bogus2": 1}')
        # positional args must come before keyword args
        pos = [a for a in args if '=' not in a and not a.startswith('**')]
        kws = [a for a in args if '=' in a or a.startswith('**')]
        return '%s(%s)' % (name, ', '.join(pos + kws))

    def arg_value(self, t):
        if t == 'ilist':
            return self.pick(['[1, 2, 3]', '[]', '[-5]', 'list(range(4))'])
        if t == 'str':
            return self.leaf_str() if self.func_depth == 0 else self.pick(STRS)
        return self.leaf_int() if self.func_depth == 0 else self.pick(SMALL_INTS)

    def chunk_closure(self):
        k = self.r.randint(0, 8)
        if k == 0:
            self.emit('# closure counter with nonlocal')
            mk, total, step = self.fresh('make'), self.fresh('total'), self.fresh('step')
            self.emit('def %s(start):' % mk)
            self.lines_block([
                '%s = start' % total,
                'def %s(inc=%s):' % (step, self.pick(['1', '2', '-1'])),
                '    nonlocal %s' % total,
                '    %s %s inc' % (total, self.pick(['+=', '-=', '*=', '+='])),
                '    %s %%= 10**6' % total,
                '    return %s' % total,
                'print(%s(), %s)' % (step, total) if self.chance(0.3) else 'pass',
                'return %s' % step,
            ])
            a, b = self.fresh('c'), self.fresh('c')
            self.emit('%s = %s(%s)' % (a, mk, self.pick(SMALL_INTS)))
            self.emit('%s = %s(%s)' % (b, mk, self.pick(SMALL_INTS)))
            self.emit('print(%s(), %s(%s), %s(), %s(inc=%s))' % (a, a, self.pick(SMALL_INTS), b, a,
                                                                 self.pick(SMALL_INTS)))
        elif k == 1:
            self.emit('# late binding vs default capture')
            fs, gs = self.fresh('fs'), self.fresh('gs')
            n = self.pick(['3', '4', '0', '1'])
            m = self.pick(SMALL_INTS)
            self.emit('%s = [lambda: q * %s for q in range(%s)]' % (fs, m, n))
            self.emit('%s = [lambda q=q: q * %s for q in range(%s)]' % (gs, m, n))
            self.emit('print([f() for f in %s], [g() for g in %s])' % (fs, gs))
            h = self.fresh('hs')
            self.emit('%s = []' % h)
            i = self.fresh('i')
            self.emit('for %s in range(%s):' % (i, self.pick(['2', '3'])))
            self.lines_block(['%s.append(lambda: %s)' % (h, i)])
            self.emit('%s = %s' % (i, self.pick(['10', "'late'"])))
            self.emit('print([f() for f in %s])' % h)
        elif k == 2:
            self.emit('# three nested scopes')
            o, m_, inn, x = self.fresh('outer'), self.fresh('mid'), self.fresh('inner'), self.fresh('x')
            decl = self.pick(['nonlocal', 'nonlocal', None])
            self.emit('def %s():' % o)
            body = ['%s = %s' % (x, self.pick(SMALL_INTS)),
                    'def %s():' % m_,
                    '    def %s():' % inn]
            if decl:
                body += ['        nonlocal %s' % x,
                         '        %s = %s + 1' % (x, x)]
            body += ['        return %s * 2' % x,
                     '    r = %s()' % inn,
                     '    print("mid", r, %s)' % x,
                     '    return r',
                     'v = %s()' % m_,
                     'print("outer", v, %s)' % x,
                     '%s = %s' % (x, self.pick(["'s'", '100'])),
                     'return %s(), %s' % (m_, x)]
            self.lines_block(body)
            self.guarded(['print(%s())' % o])
        elif k == 3:
            self.emit('# global statement')
            g = self.fresh('G')
            fn = self.fresh('setg')
            self.emit('%s = %s' % (g, self.pick(SMALL_INTS)))
            self.emit('def %s(v):' % fn)
            self.lines_block(['global %s' % g, 'old = %s' % g, '%s = v' % g, 'return old'])
            self.emit('print(%s(%s), %s, %s(%s), %s)' % (fn, self.pick(SMALL_INTS), g, fn,
                                                         self.pick(STRS), g))
        elif k == 4:
            self.emit('# reading a name before its local assignment')
            g = self.fresh('U')
            fn = self.fresh('uf')
            self.emit('%s = %s' % (g, self.pick(SMALL_INTS)))
            self.emit('def %s(flag):' % fn)
            self.lines_block(['if flag:', '    print(%s)' % g, '%s = 5' % g, 'return %s' % g])
            self.guarded(['print(%s(False))' % fn])
            self.guarded(['print(%s(True))' % fn])
        elif k == 5:
            self.emit('# decorators')
            dec, fn = self.fresh('deco'), self.fresh('df')
            tag = self.pick(["'a'", "'b'", "'log'"])
            self.emit('def %s(tag):' % dec)
            self.lines_block([
                'def wrap(fn):',
                '    def inner(*a, **k):',
                '        print("enter", tag, a, k)',
                '        r = fn(*a, **k)',
                '        print("leave", tag, r)',
                '        return r',
                '    return inner',
                'return wrap'])
            self.emit('@%s(%s)' % (dec, tag))
            if self.chance(0.5):
                self.emit('@%s(%s)' % (dec, self.pick(["'outer'", "'z'"])))
            self.emit('def %s(a, b=%s):' % (fn, self.pick(SMALL_INTS)))
            self.lines_block(['return a %s b' % self.pick(['+', '*', '-'])])
            self.guarded(['print(%s(%s), %s(%s, b=%s))' % (fn, self.pick(SMALL_INTS), fn,
                                                           self.pick(STRS), self.pick(STRS))])
        elif k == 6:
            self.emit('# lambdas')
            order = ['1', "'x'", '*[5, 6]', 'q=3', '**{"z": 0}']
            picked = sorted(set(self.pick(order) for _ in range(self.r.randint(1, 3))), key=order.index)
            self.guarded(['print((lambda a, b=%s, *c, **d: (a, b, c, d))(%s))' % (
                self.pick(SMALL_INTS), ', '.join(picked))])
            f = self.fresh('lf')
            self.emit('%s = lambda n: (lambda m: n * m + %s)' % (f, self.pick(SMALL_INTS)))
            self.emit('print(%s(%s)(%s), [%s(q)(q) for q in range(3)])' % (
                f, self.pick(SMALL_INTS), self.pick(SMALL_INTS), f))
            self.emit('print(sorted(%s, key=lambda s: (len(s), s)))' % self.pick(
                ["['bb', 'a', 'ccc', 'ab']", "['x', 'yy', 'x']", "[]"]))
        elif k == 7:
            self.emit('# class defined inside a function')
            fn, cls = self.fresh('factory'), self.fresh('Inner')
            self.emit('def %s(base):' % fn)
            self.lines_block([
                'class %s:' % cls,
                '    scale = base * 2',
                '    def get(self, k):',
                '        return base + k + self.scale',
                '    def __repr__(self):',
                "        return '%s(%%r)' %% (base,)" % cls,
                'return %s()' % cls])
            o = self.fresh('o')
            self.emit('%s = %s(%s)' % (o, fn, self.pick(SMALL_INTS)))
            self.emit('print(%s, %s.get(%s), %s.scale, type(%s).__name__)' % (o, o, self.pick(SMALL_INTS), o, o))
        else:
            self.emit('# closure cells changed after creation')
            fn = self.fresh('cell')
            self.emit('def %s():' % fn)
            self.lines_block([
                'fs = []',
                'v = %s' % self.pick(SMALL_INTS),
                'fs.append(lambda: v)',
                'v = %s' % self.pick(STRS),
                'fs.append(lambda: v * 2)',
                'def bump():',
                '    nonlocal v',
                '    v = v + v',
                'bump()',
                'return [f() for f in fs]'])
            self.guarded(['print(%s())' % fn])

    def chunk_recursion(self):
        k = self.r.randint(0, 7)
        fn = self.fresh('rec')
        if k == 0:
            self.emit('def %s(n, memo={}):' % fn)
            self.lines_block(['if n < 2:', '    return n', 'if n not in memo:',
                              '    memo[n] = %s(n - 1) + %s(n - 2)' % (fn, fn), 'return memo[n]'])
            self.emit('print([%s(q) for q in range(%s)], %s(%s))' % (fn, self.pick(['5', '10']), fn,
                                                                     self.pick(['90', '150', '30'])))
        elif k == 1:
            self.emit('def %s(n):' % fn)
            self.lines_block(['return 1 if n <= 1 else n * %s(n - 1)' % fn])
            self.emit('print(%s(%s), %s(%s) %% 1000007)' % (fn, self.pick(['0', '5', '20', '30']), fn,
                                                            self.pick(['40', '60'])))
        elif k == 2:
            self.emit('def %s(xs):' % fn)
            self.lines_block(['if not xs:', '    return [[]]', 'rest = %s(xs[1:])' % fn,
                              'return rest + [[xs[0]] + r for r in rest]'])
            self.emit('print(%s(%s))' % (fn, self.pick(['[1, 2, 3]', "'ab'", '[]', '(5, 6)'])))
        elif k == 3:
            self.emit('def %s(x):' % fn)
            self.lines_block(['if isinstance(x, list):',
                              '    return [y for e in x for y in %s(e)]' % fn,
                              'return [x]'])
            self.emit('print(%s(%s))' % (fn, self.pick(['[1, [2, [3, [4]]], 5]', '[[], [[]], 6]', '7'])))
        elif k == 4:
            ev, od = self.fresh('even'), self.fresh('odd')
            self.emit('def %s(n):' % ev)
            self.lines_block(['return True if n == 0 else %s(n - 1)' % od])
            self.emit('def %s(n):' % od)
            self.lines_block(['return False if n == 0 else %s(n - 1)' % ev])
            self.emit('print(%s(%s), %s(%s))' % (ev, self.r.randint(0, 30), od, self.r.randint(0, 30)))
        elif k == 5:
            self.emit('def %s(m, n):' % fn)
            self.lines_block(['if m == 0:', '    return n + 1',
                              'if n == 0:', '    return %s(m - 1, 1)' % fn,
                              'return %s(m - 1, %s(m, n - 1))' % (fn, fn)])
            self.emit('print(%s(%s, %s))' % (fn, self.pick(['1', '2']), self.pick(['0', '2', '3'])))
        elif k == 6:
            self.emit('def %s(n):' % fn)
            self.lines_block(['return %s(n + 1) + 1' % fn])
            self.emit('try:')
            self.lines_block(['print(%s(0))' % fn])
            self.emit('except RecursionError as e:')
            self.lines_block(["print('recursion', type(e).__name__)"])
            self.emit('print(%s.__name__)' % fn)
        else:
            self.emit('def %s(n, src, dst, via, out):' % fn)
            self.lines_block(['if n == 0:', '    return',
                              '%s(n - 1, src, via, dst, out)' % fn,
                              'out.append((src, dst))',
                              '%s(n - 1, via, dst, src, out)' % fn])
            o = self.fresh('moves')
            self.emit('%s = []' % o)
            self.emit("%s(%s, 'a', 'c', 'b', %s)" % (fn, self.pick(['1', '3', '4']), o))
            self.emit('print(len(%s), %s[:3])' % (o, o))

    # -- classes ----------------------------------------------------------------------
    def chunk_klass(self):
        cls = self.fresh('C')
        dunders = [d for d in ['eq', 'hash', 'lt', 'len', 'bool', 'iter', 'getitem', 'call',
                               'getattr', 'contains', 'add', 'radd', 'iadd', 'neg', 'str',
                               'setitem', 'index', 'int', 'format', 'setattr', 'le', 'gt']
                   if self.chance(0.3)]
        self.emit('class %s:' % cls)
        body = ['kind = %s' % self.pick(STRS),
                'count = 0',
                'def __init__(self, x, y=%s):' % self.pick(STRS),
                '    self.x = x',
                '    self.y = y',
                '    %s.count += 1' % cls,
                'def __repr__(self):',
                "    return '%s(%%r, %%r)' %% (self.x, self.y)" % cls]
        if 'eq' in dunders:
            body += ['def __eq__(self, other):',
                     "    print('eq', self.x, getattr(other, 'x', other))",
                     '    if not isinstance(other, %s):' % cls,
                     '        return NotImplemented',
                     '    return self.x == other.x']
        if 'hash' in dunders:
            body += ['def __hash__(self):', '    return hash(self.x)']
        if 'lt' in dunders:
            body += ['def __lt__(self, other):', '    return self.x < other.x']
        if 'le' in dunders:
            body += ['def __le__(self, other):', "    print('le')", '    return self.x <= other.x']
        if 'gt' in dunders:
            body += ['def __gt__(self, other):', '    return NotImplemented']
        if 'len' in dunders:
            body += ['def __len__(self):', '    return abs(self.x) %% %d' % self.r.randint(2, 5)]
        if 'bool' in dunders:
            body += ['def __bool__(self):', "    print('bool', self.x)", '    return self.x > 0']
        if 'iter' in dunders:
            if self.chance(0.5):
                body += ['def __iter__(self):', '    return iter(range(abs(self.x) % 4))']
            else:
                body += ['def __iter__(self):', '    yield self.x', '    yield from self.y[:3]']
        if 'getitem' in dunders:
            body += ['def __getitem__(self, i):',
                     '    if isinstance(i, int) and i >= 3:',
                     '        raise IndexError(i)',
                     '    return (self.x, i)']
        if 'call' in dunders:
            body += ['def __call__(self, *a, **k):', '    return (self.x, a, sorted(k))']
        if 'getattr' in dunders:
            body += ['def __getattr__(self, name):',
                     "    if name.startswith('_'):",
                     '        raise AttributeError(name)',
                     "    return name.upper()"]
        if 'contains' in dunders:
            body += ['def __contains__(self, v):', "    print('contains', v)", '    return v == self.x']
        if 'add' in dunders:
            body += ['def __add__(self, other):',
                     '    if isinstance(other, int):',
                     '        return %s(self.x + other, self.y)' % cls,
                     '    return NotImplemented']
        if 'radd' in dunders:
            body += ['def __radd__(self, other):', "    return ('radd', other, self.x)"]
        if 'iadd' in dunders:
            body += ['def __iadd__(self, other):', '    self.x += 100', '    return self']
        if 'neg' in dunders:
            body += ['def __neg__(self):', '    return %s(-self.x)' % cls]
        if 'str' in dunders:
            body += ['def __str__(self):', "    return 'str:' + str(self.x)"]
        if 'setitem' in dunders:
            body += ['def __setitem__(self, k, v):', "    print('set', k, v)"]
        if 'index' in dunders:
            body += ['def __index__(self):', '    return self.x % 5']
        if 'int' in dunders:
            body += ['def __int__(self):', '    return 42']
        if 'format' in dunders:
            body += ['def __format__(self, spec):', "    return 'fmt[' + spec + ']'"]
        if 'setattr' in dunders:
            body += ['def __setattr__(self, name, value):',
                     "    print('setattr', name)",
                     '    object.__setattr__(self, name, value)']
        body += ['@property',
                 'def double(self):',
                 '    return self.x * 2',
                 '@double.setter',
                 'def double(self, v):',
                 '    self.x = v // 2',
                 '@staticmethod',
                 'def smeth(a, b=1):',
                 '    return a - b',
                 '@classmethod',
                 'def make(cls, v):',
                 '    return cls(v, cls.kind)',
                 'def meth(self, k=1):',
                 '    return self.x * k + len(self.y)']
        self.lines_block(body)
        a, b, c = self.fresh('o'), self.fresh('o'), self.fresh('o')
        ys = [self.pick(STRS) for _ in range(3)]
        self.emit('%s = %s(%s, %s)' % (a, cls, self.pick(SMALL_INTS), ys[0]))
        self.emit('%s = %s(%s)' % (b, cls, self.pick(SMALL_INTS)))
        self.emit('%s = %s.make(%s)' % (c, cls, self.pick(SMALL_INTS)))
        objs = [a, b, c]
        ops = []
        for _ in range(self.r.randint(5, 10)):
            o, o2 = self.pick(objs), self.pick(objs)
            k = self.r.randint(0, 27)
            ops.append([
                'print(%s, str(%s), repr(%s))' % (o, o, o),
                'print(%s == %s, %s != %s, %s == 1)' % (o, o2, o, o2, o),
                'print(hash(%s))' % o if ('hash' in dunders or 'eq' in dunders) else 'print(%s.x)' % o,
                'print(sorted([%s, %s, %s]))' % (a, b, c),
                'print(len(%s))' % o,
                'print(bool(%s), not %s)' % (o, o),
                'print(list(%s))' % o,
                'print(%s[%s])' % (o, self.pick(['0', '2', '5', "'k'"])),
                'print(%s(%s))' % (o, self.pick(['', '1', '1, 2', 'z=3', '*[4], q=1'])),
                'print(%s.%s)' % (o, self.pick(['missing', 'x', 'y', 'kind', '_hidden', 'double'])),
                'print(getattr(%s, %s, %s), hasattr(%s, %s))' % (o, self.pick(["'x'", "'nope'", "'_p'"]), self.pick(STRS), o, self.pick(["'x'", "'zz'"])),
                'print(%s in %s, %s in %s)' % (self.pick(SMALL_INTS), o, o2, '[%s]' % o),
                'print(%s + %s)' % (o, self.pick(SMALL_INTS)),
                'print(%s + %s)' % (self.pick(SMALL_INTS), o),
                '%s += %s\nprint(%s)' % (o, self.pick(SMALL_INTS), o),
                'print(-%s)' % o,
                "%s[%s] = %s" % (o, self.pick(['0', "'k'"]), self.pick(SMALL_INTS)),
                'print([10, 20, 30, 40, 50][%s], range(10)[%s])' % (o, o),
                'print(int(%s))' % o,
                "print(f'{%s}', f'{%s!r}', f'{%s:>6}', format(%s, 'x'))" % (o, o, o, o),
                '%s.double = %s\nprint(%s.x, %s.double)' % (o, self.pick(SMALL_INTS), o, o),
                'print(%s.smeth(%s), %s.smeth(%s, b=%s), %s.count)' % (cls, self.pick(SMALL_INTS), o, self.pick(SMALL_INTS), self.pick(SMALL_INTS), cls),
                'print(%s.meth(), %s.meth(k=%s))' % (o, o, self.pick(SMALL_INTS)),
                '%s.kind = %s\nprint(%s.kind, %s.kind, %s.kind)' % (o, self.pick(STRS), o, o2, cls),
                'print(len({%s, %s, %s}))' % (a, b, c),
                'print(%s < %s, %s <= %s, %s > %s)' % (o, o2, o, o2, o, o2),
                'print(max([%s, %s]), min([%s, %s]))' % (o, o2, o, o2),
                'print(isinstance(%s, %s), type(%s).__name__, %s.__name__)' % (o, cls, o, cls),
            ][k])
        for op in ops:
            self.guarded(op.split('\n'))

    def chunk_inherit(self):
        base, mid, sub = self.fresh('Base'), self.fresh('Mid'), self.fresh('Sub')
        diamond = self.chance(0.4)
        self.emit('class %s:' % base)
        self.lines_block([
            'tag = %s' % self.pick(STRS),
            'def __init__(self, v):',
            "    print('%s.__init__', v)" % base,
            '    self.v = v',
            'def who(self):',
            "    return ['%s']" % base,
            'def calc(self, n):',
            '    return self.v + n',
            'def __repr__(self):',
            "    return type(self).__name__ + '(' + repr(self.v) + ')'",
            'def __eq__(self, other):',
            "    return type(self) is type(other) and self.v == other.v",
            '__hash__ = None' if self.chance(0.3) else 'def __hash__(self):\n        return self.v % 7'])
        self.emit('class %s(%s):' % (mid, base))
        self.lines_block([
            'def __init__(self, v, w=%s):' % self.pick(SMALL_INTS),
            '    super().__init__(v * 2)' if self.chance(0.7) else '    %s.__init__(self, v)' % base,
            '    self.w = w',
            'def who(self):',
            "    return ['%s'] + super().who()" % mid,
            'def calc(self, n):',
            '    return super().calc(n) * %s' % self.pick(['2', '3', '-1']),
        ])
        if diamond:
            other = self.fresh('Side')
            self.emit('class %s(%s):' % (other, base))
            self.lines_block([
                'tag = %s' % self.pick(STRS),
                'def who(self):',
                "    return ['%s'] + super().who()" % other,
            ])
            self.emit('class %s(%s, %s):' % (sub, mid, other))
        else:
            self.emit('class %s(%s):' % (sub, mid))
        self.lines_block([
            'def who(self):',
            "    return ['%s'] + super().who()" % sub,
            '@classmethod',
            'def build(cls, v):',
            '    return cls(v)',
            '@staticmethod',
            'def twice(x):',
            '    return x * 2',
        ])
        objs = [self.fresh('b'), self.fresh('m'), self.fresh('s')]
        self.emit('%s = %s(%s)' % (objs[0], base, self.pick(SMALL_INTS)))
        self.emit('%s = %s(%s)' % (objs[1], mid, self.pick(SMALL_INTS)))
        self.emit('%s = %s.build(%s)' % (objs[2], sub, self.pick(SMALL_INTS)))
        classes = [base, mid, sub]
        for _ in range(self.r.randint(4, 8)):
            o, o2 = self.pick(objs), self.pick(objs)
            k = self.r.randint(0, 12)
            line = [
                'print(%s, %s.who(), %s.calc(%s))' % (o, o, o, self.pick(SMALL_INTS)),
                'print(isinstance(%s, %s), issubclass(%s, %s))' % (o, self.pick(classes), self.pick(classes), self.pick(classes)),
                'print([c.__name__ for c in %s.__mro__])' % sub,
                'print(%s.tag, %s.tag, %s.tag)' % (o, sub, mid),
                'print(%s == %s, %s != %s)' % (o, o2, o, o2),
                'print(hash(%s))' % o,
                'print(%s.twice(%s), %s.twice(%s))' % (sub, self.pick(STRS), objs[2], self.pick(SMALL_INTS)),
                'print(getattr(%s, "w", "no-w"), hasattr(%s, "v"))' % (o, o),
                'print(%s.__dict__)' % o,
                'print(type(%s).__name__, type(%s) is %s)' % (o, o, self.pick(classes)),
                '%s.tag = %s\nprint(%s.tag, %s.tag)' % (self.pick(classes), self.pick(STRS), o, sub),
                'print(%s.%s(%s, %s))' % (self.pick(classes), self.pick(['calc', 'who']), o, self.pick(SMALL_INTS)) ,
                'print(%s in [%s], {%s: 1}.get(%s))' % (o, o2, o, o2),
            ][k]
            self.guarded(line.split('\n'))

    # -- exceptions -------------------------------------------------------------------
    def chunk_exceptions(self):
        e1, e2 = self.fresh('Err'), self.fresh('Err')
        self.emit('class %s(Exception):' % e1)
        if self.chance(0.5):
            self.lines_block(['def __init__(self, code, *rest):',
                              '    super().__init__(code, *rest)',
                              '    self.code = code'])
        else:
            self.lines_block(['def __str__(self):', "    return 'E1<' + str(self.args) + '>'"])
        self.emit('class %s(%s):' % (e2, e1))
        self.lines_block(['pass'])
        fn = self.fresh('tf')
        excs = [e1, e2] + EXC_TYPES[:5]
        self.exc_names = excs
        self.emit('def %s(k):' % fn)
        fscope = Scope(self.scope, 'function')
        fscope.vars['k'] = 'int'
        self.in_function(fscope, lambda: self.try_tree(3, allow_loop_ctl=False))
        n = self.r.randint(3, 6)
        i = self.fresh('i')
        self.emit('for %s in range(%d):' % (i, n))
        self.lines_block(['try:',
                          "    print('result', %s, %s(%s))" % (i, fn, i),
                          'except Exception as e:',
                          "    print('escaped', type(e).__name__, e.args)",
                          "    print('  context', type(e.__context__).__name__, 'cause', type(e.__cause__).__name__, e.__suppress_context__)"])
        if self.chance(0.5):
            # the same tree inside a loop, with break/continue
            fn2 = self.fresh('tl')
            self.emit('def %s(n):' % fn2)
            fscope = Scope(self.scope, 'function')
            fscope.vars['n'] = 'int'

            def body():
                self.emit('out = []')
                self.emit('for k in range(n):')
                self.loop_depth += 1
                self.scope.vars['k'] = 'int'
                self.block(lambda: (self.emit('out.append(k)'), self.try_tree(2, allow_loop_ctl=True)))
                self.loop_depth -= 1
                self.emit('return out')
            self.in_function(fscope, body)
            self.guarded(['print(%s(%d))' % (fn2, self.r.randint(2, 5))])

    def raise_stmt(self):
        c = self.r.randint(0, 6)
        exc = self.pick(self.exc_names)
        arg = self.pick(SMALL_INTS + ["'msg'", 'k'])
        if c == 0:
            return 'raise %s(%s) from None' % (exc, arg)
        if c == 1:
            return 'raise %s(%s) from %s(%s)' % (exc, arg, self.pick(self.exc_names), self.pick(SMALL_INTS))
        if c == 2:
            return 'raise %s' % exc if exc in EXC_TYPES else 'raise %s(%s)' % (exc, arg)
        if c == 3:
            return self.pick(['1 // (k - k)', "{}['k%s' % k]", '[][k]', "int('x' + str(k))", 'None.attr'])
        return 'raise %s(%s)' % (exc, arg)

    def try_tree(self, depth, allow_loop_ctl, start=None):
        """A random try statement whose blocks print, raise, return, break or continue."""
        tag = self.fresh('t')
        if start is None:
            start = len(self.lines)
        if len(self.lines) - start > 30:
            depth = 0

        def small_block(where, can_reraise=False, n=None):
            for _ in range(n if n is not None else self.r.randint(1, 3)):
                c = self.wpick([(4, 'print'), (2, 'raise'), (1, 'return'), (1.5 if depth > 0 else 0, 'nest'),
                                (1 if allow_loop_ctl and self.loop_depth > 0 else 0, 'loopctl'),
                                (1 if can_reraise else 0, 'reraise'), (0.6, 'comp')])
                if c == 'print':
                    self.emit("print('%s-%s', k)" % (tag, where))
                elif c == 'raise':
                    cond = self.pick(['k == %d' % self.r.randint(0, 4), 'k %% 2 == %d' % self.r.randint(0, 1),
                                      'k > %d' % self.r.randint(0, 3), 'True'])
                    self.emit('if %s:' % cond)
                    self.lines_block([self.raise_stmt()])
                elif c == 'return':
                    self.emit('if k == %d:' % self.r.randint(0, 4))
                    self.lines_block(["return '%s-%s-ret'" % (tag, where)])
                elif c == 'nest':
                    self.try_tree(depth - 1, allow_loop_ctl, start)
                elif c == 'loopctl':
                    if where == 'f' and not self.on('finallyjump'):
                        continue
                    self.emit('if k %% 3 == %d:' % self.r.randint(0, 2))
                    self.lines_block(["print('%s-%s-loopctl')" % (tag, where),
                                      self.pick(['break', 'continue'])])
                elif c == 'reraise':
                    self.emit('if k %% 2 == %d:' % self.r.randint(0, 1))
                    self.lines_block([self.pick(['raise', 'raise %s(k) from e' % self.pick(self.exc_names),
                                                 'raise %s(k)' % self.pick(self.exc_names)])])
                elif c == 'comp':
                    if not self.on('compfinally'):
                        self.emit("print('%s-%s', k)" % (tag, where))
                        continue
                    self.emit('print(%s)' % self.pick([
                        '[q * k for q in range(3)]', '{q: k for q in "ab"}', 'sum(q for q in range(k))',
                        '{k % 3 for q in range(4)}']))

        self.emit('try:')
        self.block(small_block, 'b')
        handlers = self.r.sample(self.exc_names, self.r.randint(0, 3))
        if handlers and self.chance(0.3):
            handlers[0] = '(%s)' % ', '.join(self.r.sample(self.exc_names, 2))
        for h in handlers:
            self.emit('except %s as e:' % h)
            self.ind += 1
            self.emit("print('%s-h', type(e).__name__)" % tag)
            self.ind -= 1
            self.block(small_block, 'h', True, self.r.randint(0, 2))
        has_final = not handlers or self.chance(0.5)
        if handlers and self.chance(0.3):
            self.emit('else:')
            self.block(small_block, 'e')
        if has_final:
            self.emit('finally:')
            self.block(small_block, 'f')
        if self.chance(0.5):
            self.emit("print('%s-after', k)" % tag)

    # -- comprehensions -----------------------------------------------------------------
    def chunk_comprehension(self):
        self.emit('# comprehensions')
        for _ in range(self.r.randint(2, 5)):
            c = self.r.randint(0, 10)
            self.risk = False
            if c == 0:
                q1, q2 = self.fresh('q'), self.fresh('q')
                line = 'print([(%s, %s) for %s in range(%s) for %s in range(%s) if %s %s %s])' % (
                    q1, q2, q1, self.pick(['3', '4']), q2, q1, q1, self.pick(['!=', '<', '>=']), q2)
            elif c == 1:
                q = self.fresh('q')
                line = 'print({%s: %s * %s for %s in %s})' % (q, q, q, q, self.pick(['range(4)', "'abc'", '[3, 1, 3]']))
            elif c == 2:
                q = self.fresh('q')
                line = 'print(sorted({%s %% %d for %s in range(%d)}))' % (q, self.r.randint(2, 5), q, self.r.randint(0, 10))
            elif c == 3:
                q = self.fresh('q')
                line = 'print(sum(%s * %s for %s in range(%d)), max((%s for %s in "hello"), default=None))' % (q, q, q, self.r.randint(0, 9), q, q)
            elif c == 4:
                q, r = self.fresh('q'), self.fresh('q')
                line = 'print([[%s * %s for %s in range(3)] for %s in range(%s)])' % (q, r, r, q, self.pick(['2', '3']))
            elif c == 5:
                q = self.fresh('q')
                self.emit('%s = %s' % (q, self.pick(["'outer'", '99'])))
                self.emit('print([%s for %s in range(3)], %s)' % (q, q, q))
                continue
            elif c == 6:
                n = self.fresh('nn')
                q = self.fresh('q')
                self.emit('%s = 0' % n)
                line = 'print([(%s := %s + %s) for %s in range(4)], %s)' % (n, n, q, q, n)
            elif c == 7:
                cls = self.fresh('K')
                q = self.fresh('q')
                self.emit('class %s:' % cls)
                self.lines_block(['base = %s' % self.pick(SMALL_INTS),
                                  'vals = [%s for %s in range(base %% 4 + 1)]' % (q, q),
                                  'try:',
                                  '    bad = [base + %s for %s in range(2)]' % (q, q),
                                  'except NameError as e:',
                                  "    bad = 'NameError'",
                                  'sq = {%s: %s * 2 for %s in vals}' % (q, q, q)])
                line = 'print(%s.vals, %s.bad, %s.sq)' % (cls, cls, cls)
            elif c == 8:
                lst, g = self.fresh('L'), self.fresh('gen')
                self.emit('%s = [1, 2, 3]' % lst)
                self.emit('%s = (x * 10 for x in %s)' % (g, lst))
                self.emit('%s = [7, 8]' % lst)
                line = 'print(list(%s), %s)' % (g, lst)
            elif c == 9:
                self.emit('try:')
                self.lines_block(['print(1 // %s)' % self.pick(['0', '1'])])
                self.emit('except ZeroDivisionError:')
                self.lines_block(['print([q * 2 for q in range(3)], {q for q in "aa"})'])
                if self.on('compfinally'):
                    self.emit('finally:')
                    self.lines_block(['print({q: q for q in range(2)})'])
                continue
            else:
                self.risk = False
                q = self.fresh('q')
                self.scope.vars[q] = 'int'
                body = self.e_int(1)
                cond = self.e_bool(1)
                del self.scope.vars[q]
                line = 'print([%s for %s in %s if %s])' % (body, q, self.iterable_int(1), cond)
            if self.risk:
                self.guarded([line])
            else:
                self.emit(line)

    # -- generators ---------------------------------------------------------------------
    def chunk_generator(self):
        g = self.fresh('gen')
        k = self.r.randint(0, 3)
        if k == 0:
            self.emit('def %s(n):' % g)
            fscope = Scope(self.scope, 'function')
            fscope.vars['n'] = 'int'

            def body():
                self.emit("print('start', n)")
                self.emit('try:')
                self.ind += 1
                self.emit('for i in range(n):')
                self.ind += 1
                self.emit('got = yield i * %s' % self.pick(['1', '2', '10']))
                self.emit("print('got', got)")
                self.emit('if got == %s:' % self.pick(['5', 'None', '7']))
                self.lines_block([self.pick(["return 'early'", 'break', 'continue', "raise ValueError('in gen')"])])
                self.ind -= 2
                if self.chance(0.5):
                    self.emit('except GeneratorExit:')
                    self.lines_block(["print('closing')", 'raise' if self.chance(0.7) else 'yield -1'])
                if self.chance(0.4):
                    self.emit('except ValueError as e:')
                    self.lines_block(["print('gen caught', e)", 'yield -2'])
                self.emit('finally:')
                self.lines_block(["print('gen finally')"])
                self.emit("return 'done'")
            self.in_function(fscope, body, generator=True)
            it = self.fresh('it')
            self.emit('%s = %s(%d)' % (it, g, self.r.randint(0, 4)))
            for _ in range(self.r.randint(2, 6)):
                op = self.pick(['print(next(%s))' % it, 'print(%s.send(%s))' % (it, self.pick(['5', '7', 'None', '1'])),
                                'print(next(%s, "dflt"))' % it, '%s.close()' % it,
                                "print(%s.throw(ValueError('x')))" % it, 'print(list(%s))' % it])
                self.emit('try:')
                self.lines_block([op])
                self.emit('except StopIteration as e:')
                self.lines_block(["print('stop', e.value)"])
                self.emit('except Exception as e:')
                self.lines_block([self.handler_line()])
            if not self.on('genfinal'):
                self.emit('%s.close()' % it)
        elif k == 1:
            sub = self.fresh('sub')
            self.emit('def %s(a):' % sub)
            self.lines_block(['for q in range(a):',
                              '    x = yield q',
                              "    print('sub got', x)",
                              "return 'sub-ret-%d' % a"])
            self.emit('def %s():' % g)
            self.lines_block(['r = yield from %s(%s)' % (sub, self.pick(['0', '2', '3'])),
                              "print('r', r)",
                              'r2 = yield from %s' % self.pick(["'ab'", '[10, 20]', '%s(1)' % sub, '()']),
                              "print('r2', r2)",
                              'return r'])
            it = self.fresh('it')
            self.emit('%s = %s()' % (it, g))
            self.emit('try:')
            self.lines_block(['print(next(%s))' % it] +
                             ['print(%s.send(%s))' % (it, self.pick(SMALL_INTS)) for _ in range(self.r.randint(0, 5))])
            self.emit('except StopIteration as e:')
            self.lines_block(["print('stop', e.value)"])
            if not self.on('genfinal'):
                self.emit('%s.close()' % it)
            self.emit('print(list(%s()))' % g)
        elif k == 2:
            self.emit('# generator expressions and iteration tools')
            q = self.fresh('q')
            ge = self.fresh('ge')
            self.emit('%s = (%s * %s for %s in range(%d) if %s %% %d)' % (ge, q, q, q, self.r.randint(2, 9), q, self.r.randint(2, 3)))
            self.emit('print(next(%s), next(%s, None))' % (ge, ge))
            self.emit('for %s in %s:' % (q, ge))
            self.lines_block(['print(%s)' % q, 'if %s > %d:' % (q, self.r.randint(0, 30)), '    break'])
            self.emit('print(list(%s), list(%s))' % (ge, ge))
            self.emit('print(list(zip(range(%d), (c for c in "abcdef"))), dict(enumerate("xy")))' % self.r.randint(0, 4))
            self.emit('print(list(map(lambda a, b: a * b, range(4), [3, 2, 1])), sum(x for x in range(5) if x % 2))')
        else:
            cls = self.fresh('Count')
            self.emit('class %s:' % cls)
            self.lines_block(['def __init__(self, n):', '    self.n = n', '    self.i = 0',
                              'def __iter__(self):', '    return self',
                              'def __next__(self):',
                              '    if self.i >= self.n:',
                              "        raise StopIteration",
                              '    self.i += 1',
                              '    return self.i * %s' % self.pick(['1', '2', '-1'])])
            c = self.fresh('cnt')
            self.emit('%s = %s(%d)' % (c, cls, self.r.randint(0, 5)))
            self.emit('print(list(%s), list(%s), sum(%s(3)), sorted(%s(4), reverse=True))' % (c, c, cls, cls))
            self.emit('print([x for x in %s(%d)], max(%s(3), default=0), dict(zip("abc", %s(3))))' % (cls, self.r.randint(0, 4), cls, cls))

    # -- with ---------------------------------------------------------------------------
    def chunk_with(self):
        cm = self.fresh('CM')
        suppress = self.pick(['True', 'False', 'et is ValueError', 'et is not None and issubclass(et, LookupError)'])
        self.emit('class %s:' % cm)
        self.lines_block(['def __init__(self, name):', '    self.name = name',
                          'def __enter__(self):', "    print('enter', self.name)",
                          '    return %s' % self.pick(['self', 'self.name', '42']),
                          'def __exit__(self, et, ev, tb):',
                          "    print('exit', self.name, et.__name__ if et else None, ev)",
                          '    return %s' % suppress,
                          'def __repr__(self):', "    return 'CM(' + self.name + ')'"])
        fn = self.fresh('wf')
        self.emit('def %s(k):' % fn)
        fscope = Scope(self.scope, 'function')
        fscope.vars['k'] = 'int'
        self.exc_names = EXC_TYPES[:5]

        def body():
            self.emit('out = []')
            self.emit('for i in range(3):')
            self.ind += 1
            items = ['%s(%r)' % (cm, 'a')]
            if self.chance(0.4):
                items.append('%s(%r) as b' % (cm, 'b'))
            self.emit('with %s as a%s:' % (items[0], ', ' + items[1] if len(items) > 1 else ''))
            self.ind += 1
            self.emit("print('body', i, a)")
            for _ in range(self.r.randint(1, 3)):
                c = self.r.randint(0, 5)
                if c == 0:
                    self.emit('if i == k:')
                    self.lines_block([self.raise_stmt()])
                elif c == 1:
                    self.emit('if i == %d:' % self.r.randint(0, 2))
                    self.lines_block([self.pick(['break', 'continue', "return 'ret'", "return out"])])
                elif c == 2:
                    self.emit('with %s(%r):' % (cm, 'inner'))
                    self.lines_block(['out.append(i)', 'if k == i + 1:', '    ' + self.raise_stmt()])
                elif c == 3:
                    self.emit('out.append(i * 10)')
                elif c == 4:
                    self.emit('try:')
                    self.lines_block(['with %s(%r):' % (cm, 't'), '    ' + self.raise_stmt()])
                    self.emit('except Exception as e:')
                    self.lines_block(["print('caught', type(e).__name__)"])
                else:
                    self.emit('print([i * q for q in range(2)])')
            self.ind -= 2
            self.emit('return out')
        self.in_function(fscope, body)
        for _ in range(self.r.randint(2, 4)):
            self.guarded(['print(%s(%d))' % (fn, self.r.randint(-1, 3))])

    # -- unpacking ------------------------------------------------------------------------
    def chunk_unpack(self):
        self.emit('# unpacking')
        for _ in range(self.r.randint(2, 5)):
            c = self.r.randint(0, 7)
            names = [self.fresh('u') for _ in range(4)]
            if c == 0:
                n = self.r.randint(0, 6)
                src = self.pick(['range(%d)' % n, "'%s'" % 'abcdef'[:n], str(list(range(n)))])
                tgt = self.pick(['%s, *%s, %s', '*%s, %s, %s', '%s, %s, *%s', '[%s, *%s], %s'])
                t = tgt % tuple(names[:3])
                if tgt.startswith('['):
                    src = '(%s, 9)' % src
                self.guarded(['%s = %s' % (t, src), 'print(%s)' % ', '.join(names[:3])])
            elif c == 1:
                self.guarded(['(%s, (%s, %s)), %s = %s' % (names[0], names[1], names[2], names[3], self.pick(
                    ["(1, 'ab'), 3", "[1, [2, 3]], 'z'", "(1, (2,)), 3", "'ab', 'cd'"])),
                    'print(%s, %s, %s, %s)' % tuple(names)])
            elif c == 2:
                self.emit('for %s, %s in %s:' % (names[0], names[1], self.pick(
                    ["[(1, 'a'), (2, 'b')]", "{'x': 1, 'y': 2}.items()", "zip('ab', 'cd')", "enumerate([5, 6])"])))
                self.lines_block(['print(%s, %s)' % (names[0], names[1])])
            elif c == 3:
                self.emit('%s, %s = %s, %s' % (names[0], names[1], self.pick(SMALL_INTS), self.pick(STRS)))
                self.emit('%s, %s = %s, %s' % (names[0], names[1], names[1], names[0]))
                self.emit('print(%s, %s)' % (names[0], names[1]))
            elif c == 4:
                self.emit('print([*%s, *%s], (*%s,), {*%s}, {**%s, **%s})' % (
                    self.pick(["'ab'", '[1, 2]', '()', 'range(2)']), self.pick(['(3,)', '[]', "'z'"]),
                    self.pick(["'xy'", '[0]']), self.pick(['[1, 1, 2]', '(0,)']),
                    self.pick(["{'a': 1}", '{}', "dict(b=2)"]), self.pick(["{'a': 9}", "{'c': 3}"])))
            elif c == 5:
                self.emit('*%s, = %s' % (names[0], self.pick(["'xyz'", 'range(3)', '[]'])))
                self.emit('print(%s)' % names[0])
            elif c == 6:
                self.emit('%s = %s = %s' % (names[0], names[1], self.pick(['[1, 2]', "'s'", '(7, 8)'])))
                self.emit('print(%s is %s, %s == %s)' % (names[0], names[1], names[0], names[1]))
            else:
                self.guarded(['%s, %s = %s' % (names[0], names[1], self.pick(
                    ['[1, 2, 3]', "'a'", '{"k": 1, "j": 2}', '5', 'range(2)', '(x for x in "pq")'])),
                    'print(%s, %s)' % (names[0], names[1])])

    # -- builtins -----------------------------------------------------------------------
    def chunk_builtins(self):
        self.emit('# builtins')
        for _ in range(self.r.randint(3, 7)):
            self.risk = False
            c = self.r.randint(0, 17)
            if c == 0:
                e = 'sorted(%s, key=%s, reverse=%s)' % (self.e_slist(2), self.pick(['len', 'str.lower', 'lambda s: s[::-1]']), self.pick(['True', 'False']))
            elif c == 1:
                e = 'min(%s, default=%s), max(%s, key=%s, default=None)' % (
                    self.e_ilist(2), self.leaf_int(), self.e_ilist(2), self.pick(['abs', 'lambda q: -q', 'lambda q: q % 3']))
            elif c == 2:
                e = 'sum(%s, %s)' % (self.e_ilist(2), self.pick(['0', '10', '0.5', '-1']))
            elif c == 3:
                e = 'list(zip(%s, %s%s))' % (self.e_ilist(1), self.e_str(1), self.pick(['', ', (1, 2)']))
            elif c == 4:
                e = 'list(enumerate(%s, %s))' % (self.e_slist(1), self.pick(['0', '1', '-5']))
            elif c == 5:
                e = 'list(map(%s, %s))' % (self.pick(['str', 'len', 'repr', 'str.upper']), self.e_slist(1))
            elif c == 6:
                e = 'list(filter(%s, %s))' % (self.pick(['None', 'str.isdigit', 'len']), self.e_slist(1))
            elif c == 7:
                e = 'list(reversed(%s)), list(reversed(range(%s)))' % (self.e_ilist(1), self.pick(SMALL_INTS))
            elif c == 8:
                e = ('range(%s, %s, %s)[%s], list(range(%s)[::%s])' if self.on('rangeslice') else
                     'list(range(%s, %s, %s))[%s], list(range(%s)[::%s])') % (
                    self.pick(SMALL_INTS), self.pick(SMALL_INTS), self.pick(['1', '2', '-3']), self.pick(['0', '-1', '1:3', '::-1']),
                    self.pick(['5', '0', '7']), self.pick(['2', '-1', '-2']))
                self.risk = True
            elif c == 9:
                e = 'isinstance(%s, %s), getattr(%s, %s, %s)' % (
                    self.e_any(1), self.pick(['int', 'bool', '(str, list)', 'object', 'float']), self.e_str(1),
                    self.pick(["'upper'", "'nothing'", "'__len__'"]), self.pick(['None', '0']))
                e = e.replace('getattr', 'callable(getattr', 1) + ')' if 'upper' in e or '__len__' in e else e
            elif c == 10:
                e = 'repr(%s), str(%s)' % (self.e_any(2), self.e_any(2))
            elif c == 11:
                self.risk = True
                e = 'int(%s), float(%s)' % (self.pick([self.e_str(1), self.e_float(1), self.e_bool(1)]),
                                            self.pick([self.e_str(1), self.e_int(1)]))
            elif c == 12:
                self.risk = True
                e = 'round(%s, %s), round(%s)' % (self.e_float(1), self.pick(['None', '0', '2', '-1']), self.e_int(1))
            elif c == 13:
                self.risk = True
                e = 'divmod(%s, %s), abs(%s)' % (self.e_int(1), self.e_int(1), self.e_float(1))
            elif c == 14:
                e = 'hash(%s), hash(%s)' % (self.e_int(2), self.pick(['True', '-1', '0.0', '(1, 2)', '2.5']))
            elif c == 15:
                e = 'list(zip(*%s))' % self.pick(['[(1, 2), (3, 4)]', "['ab', 'cd', 'ef']", '[]'])
            elif c == 16:
                e = 'any(%s), all(%s), len(%s)' % (self.e_ilist(1), self.e_slist(1), self.e_dict(1))
            else:
                e = 'chr(%s), ord(%s), bin(%s), hex(%s), oct(%s)' % (
                    self.pick(['65', '97', '8364', '0x1F600']), self.pick(["'a'", "'\u00e9'", "'Z'"]),
                    self.e_int(1), self.e_int(1), self.e_int(1))
            line = 'print(%s)' % e
            if self.risk:
                self.guarded([line])
            else:
                self.emit(line)

    def chunk_slicing(self):
        self.emit('# slicing')
        lst = self.fresh('sl')
        self.emit('%s = list(range(%d))' % (lst, self.r.randint(0, 12)))
        for _ in range(self.r.randint(3, 7)):
            c = self.r.randint(0, 7)
            a, b = self.slice_part(1), self.slice_part(1)
            st = self.pick(['', ':2', ':-1', ':-2', ':3', ':None'])
            if c == 0:
                self.emit('print(%s[%s:%s%s])' % (lst, a, b, st))
            elif c == 1:
                self.guarded(['%s[%s:%s%s] = %s' % (lst, a, b, st, self.pick(["'xy'", '[]', '[0] * 3', 'range(2)', '(9,)'])),
                              'print(%s)' % lst])
            elif c == 2:
                self.guarded(['del %s[%s:%s%s]' % (lst, a, b, st), 'print(%s)' % lst])
            elif c == 3:
                rng = ['range(10)', 'range(-5, 5)'] if self.on('rangeslice') else ['list(range(10))']
                self.emit('print(%s[%s:%s%s], %s[%s:%s%s])' % (
                    self.pick(["'abcdefgh'", "(1, 2, 3, 4)", "b'bytes'"] + rng), a, b, st,
                    self.pick(["'xyz'"] + rng), self.slice_part(1), self.slice_part(1), st))
            elif c == 4:
                self.guarded(['print(%s[slice(%s, %s, %s)])' % (lst, self.pick(['None', '1', '-2']), self.pick(['None', '5', '-1']), self.pick(['None', '2', '-1', '0']))])
            elif c == 5:
                self.guarded(['print(%s[%s], %s[%s])' % (lst, self.pick(['0', '-1', '3', '-20']), lst, self.pick(['1', '2']))])
            elif c == 6:
                self.emit('%s[%s:%s] = %s[::-1]' % (lst, a, b, lst))
                self.emit('del %s[16:]' % lst)
                self.emit('print(%s)' % lst)
            else:
                self.emit('%s = %s[:12]' % (lst, lst))
                self.guarded(['%s[::2] = [q * 10 for q in %s[::2]]' % (lst, lst), 'print(%s)' % lst])

    def chunk_dictset(self):
        self.emit('# dicts and sets')
        d = self.fresh('dd')
        s = self.fresh('ss')
        self.emit('%s = {%s}' % (d, ', '.join('%s: %s' % (k, self.leaf_int()) for k in self.r.sample(KEYS, 3))))
        self.emit('%s = {%s}' % (s, ', '.join(self.pick(['0', '1', '2', '3', '5', '8', '13', '-1', '100']) for _ in range(4))))
        self.scope.vars[d] = 'dict'
        self.scope.vars[s] = 'iset'
        for _ in range(self.r.randint(3, 7)):
            c = self.r.randint(0, 9)
            if c < 3:
                self.mutate_stmt()
            elif c == 3:
                self.emit('print(list(%s.items()), %s in %s, len(%s))' % (d, self.pick(KEYS), d, d))
            elif c == 4:
                self.emit('print({k: v for k, v in %s.items() if v %% 2}, sorted(%s, key=%s.get))' % (d, d, d))
            elif c == 5:
                self.emit('print(%s == dict(reversed(list(%s.items()))), dict(sorted(%s.items())))' % (d, d, d))
            elif c == 6:
                self.emit('print(%s, %s, %s)' % (self.show_set('%s | {4, 6}' % s), self.show_set('%s & {1, 2, 3}' % s),
                                                 self.show_set('%s ^ set(range(4))' % s)))
            elif c == 7:
                self.emit('print(%s, frozenset(%s) == %s, %s < %s)' % (self.show_set(s), s, s, s, self.e_iset(1)))
            elif c == 8:
                self.guarded(['for k in %s:' % d, "    %s[k + 'x'] = 1" % d, 'print(%s)' % d])
            else:
                self.emit('print(%s)' % self.pick(['{1: "a", True: "b", 1.0: "c"}', '{(1, 2): 3}[(1, 2)]',
                                                   "dict([('a', 1), ('b', 2)], c=3)",
                                                   '{0: 0, -0.0: 1}', 'sorted({3: 1, 1: 2}.items())']))

    def chunk_truthy(self):
        self.emit('# __bool__ that prints')
        self.uses_truthy = True
        for _ in range(self.r.randint(2, 5)):
            c = self.r.randint(0, 6)
            if c == 0:
                self.emit('print(%s)' % self.truthy_chain())
            elif c == 1:
                self.emit('if %s:' % self.truthy_chain())
                self.lines_block(["print('then')"])
                self.emit('else:')
                self.lines_block(["print('else')"])
            elif c == 2:
                self.emit('print(not %s, bool(%s))' % (self.truthy(), self.truthy()))
            elif c == 3:
                self.emit("print('yes' if %s else 'no')" % self.truthy())
            elif c == 4:
                self.emit('print([q for q in range(3) if Tr(str(q), q %% 2 == %d)])' % self.r.randint(0, 1))
            elif c == 5:
                w = self.fresh('w')
                self.emit('%s = 0' % w)
                self.emit('while Tr(str(%s), %s < 2):' % (w, w))
                self.lines_block(['%s += 1' % w])
                self.emit('print(%s)' % w)
            else:
                self.emit('print(any([%s, %s]), all([%s, %s]))' % (self.truthy(), self.truthy(), self.truthy(), self.truthy()))

    def chunk_scope(self):
        self.emit('# scopes')
        c = self.r.randint(0, 3)
        if c == 0:
            g = self.fresh('gv')
            self.emit('%s = %s' % (g, self.pick(SMALL_INTS)))
            fn = self.fresh('sf')
            self.emit('def %s():' % fn)
            self.lines_block(['global %s' % g, '%s = [%s for _ in range(2)]' % (g, g), 'return %s' % g])
            self.emit('print(%s(), %s)' % (fn, g))
        elif c == 1:
            cls = self.fresh('CS')
            v = self.fresh('cv')
            self.emit('%s = %s' % (v, self.pick(["'module'", '1'])))
            self.emit('class %s:' % cls)
            self.lines_block(['%s = %s' % (v, self.pick(["'class'", '2'])),
                              'def m(self):', '    return %s' % v,
                              'seen = %s' % v])
            self.emit('print(%s().m(), %s.seen, %s.%s)' % (cls, cls, cls, v))
        elif c == 2:
            fn = self.fresh('sh')
            self.emit('def %s(x):' % fn)
            self.lines_block(['def inner(y):', '    return x + y',
                              'x = x * 2', 'return inner(x)'])
            self.emit('print(%s(%s))' % (fn, self.pick(SMALL_INTS + ['"s"'])))
        else:
            i = self.fresh('lv')
            self.emit('for %s in range(%s):' % (i, self.pick(['0', '3'])))
            self.lines_block(['pass'])
            self.guarded(['print(%s)' % i])

    def chunk_evalorder(self):
        """Expressions whose operands print when evaluated: checks evaluation order."""
        self.emit('# evaluation order')
        t = self.fresh('t')
        self.emit('def %s(x):' % t)
        self.lines_block(["print('eval', repr(x))", 'return x'])
        n = self.r.randint(3, 7)
        for _ in range(n):
            c = self.r.randint(0, 15)
            a, b, d = self.r.sample(['1', '2', '3', '0', '-1', "'s'", '5'], 3)
            ln = [
                'print(%s(%s) + %s(%s) * %s(%s))' % (t, a, t, b, t, d),
                'print(%s(1) < %s(%s) < %s(%s))' % (t, t, b, t, d),
                'print(%s(%s) if %s(%s) else %s(%s))' % (t, a, t, self.pick(['0', '1', "''"]), t, d),
                'print([%s(1), %s(2)][%s(%s)])' % (t, t, t, self.pick(['0', '1', '-1', '2'])),
                '%s = {}\n%s[%s(%r)] = %s(%s)\nprint(%s)' % ('od', 'od', t, 'k', t, a, 'od'),
                'print({%s(%r): %s(1), %s(%r): %s(2)})' % (t, 'a', t, t, self.pick(["'b'", "'a'"]), t),
                '%s = [0, 0, 0]\n%s[%s(1)] += %s(5)\nprint(%s)' % ('ol', 'ol', t, t, 'ol'),
                '%s = [0, 0]\n%s[%s(0)], %s[%s(1)] = %s(7), %s(8)\nprint(%s)' % ('ol', 'ol', t, 'ol', t, t, t, 'ol'),
                'print(%s(%s) and %s(%s) or %s(%s))' % (t, a, t, b, t, d),
                'print(%s(%s)(%s(3)))' % (t, self.pick(['abs', 'str', 'repr', 'bool']), t),
                'print(sorted([%s(3), %s(1)], key=%s(abs)))' % (t, t, t),
                "print('%%s-%%s' %% (%s(%s), %s(%s)))" % (t, a, t, b),
                'print(f"{%s(%s)}{%s(%s)!r}")' % (t, a, t, b),
                'print(max(%s(%s), %s(%s)), (%s(1), *[%s(2)], %s(3)))' % (t, a, t, b, t, t, t),
                'print(%s(%s) == %s(%s) != %s(%s))' % (t, a, t, b, t, d),
                'print(%s([1, 2, 3])[%s(0):%s(2)], %s(%s) in %s([1, 5]))' % (t, t, t, t, a, t),
            ][c]
            self.guarded(ln.split('\n'))

    def chunk_protocols(self):
        """Less common protocols: descriptors, __eq__ results, bad return types, __init_subclass__."""
        k = self.r.randint(0, 7)
        if k == 0:
            self.emit('# descriptor')
            d, cls = self.fresh('Desc'), self.fresh('Host')
            self.emit('class %s:' % d)
            self.lines_block(['def __set_name__(self, owner, name):', '    self.name = name',
                              "    print('set_name', owner.__name__, name)",
                              'def __get__(self, obj, objtype=None):',
                              '    if obj is None:', '        return self',
                              "    return obj.__dict__.get(self.name, 0) * 10",
                              'def __set__(self, obj, value):',
                              "    print('set', self.name, value)",
                              '    obj.__dict__[self.name] = value'])
            self.emit('class %s:' % cls)
            self.lines_block(['a = %s()' % d, 'b = %s()' % d])
            o = self.fresh('h')
            self.emit('%s = %s()' % (o, cls))
            self.emit('%s.a = %s' % (o, self.pick(SMALL_INTS)))
            self.guarded(['print(%s.a, %s.b, type(%s.__dict__[%r]).__name__)' % (o, o, cls, 'a')])
        elif k == 1:
            self.emit('# bad return types from dunders')
            cls = self.fresh('Bad')
            which = self.pick(['__len__', '__bool__', '__repr__', '__str__', '__hash__', '__index__', '__iter__', '__int__'])
            ret = self.pick(["'s'", '-1', '2**70', 'None', '1.5', '[1]', 'True'])
            self.emit('class %s:' % cls)
            body = ['def %s(self):' % which, '    return %s' % ret]
            if which != '__repr__':
                body += ['def __repr__(self):', "    return 'Bad()'"]
            self.lines_block(body)
            o = self.fresh('bo')
            self.emit('%s = %s()' % (o, cls))
            ops = ['len(%s)', 'bool(%s)', 'repr(%s)', 'str(%s)', '[1, 2][%s]',
                   'list(%s)', 'int(%s)', "'%%s' %% %s", 'not %s', 'f"{%s}"']
            if which == '__hash__':
                ops.append('hash(%s)')      # the default hash() of an object varies
            for op in self.r.sample(ops, 3):
                self.guarded(['print(%s)' % (op % o)])
        elif k == 2:
            self.emit('# __eq__ returning non-bool, __ne__ derived, reflected comparisons')
            cls = self.fresh('Cmp')
            self.emit('class %s:' % cls)
            self.lines_block(['def __init__(self, v):', '    self.v = v',
                              'def __eq__(self, other):',
                              "    print('eq', self.v)",
                              '    return %s' % self.pick(["'yes'", '0', '[]', 'NotImplemented', 'self.v']),
                              'def __lt__(self, other):',
                              "    print('lt', self.v)",
                              '    return %s' % self.pick(['NotImplemented', 'self.v < getattr(other, "v", other)', '1']),
                              'def __repr__(self):', "    return 'Cmp(%r)' % (self.v,)"])
            x, y = self.fresh('cx'), self.fresh('cy')
            self.emit('%s, %s = %s(%s), %s(%s)' % (x, y, cls, self.pick(SMALL_INTS), cls, self.pick(SMALL_INTS)))
            for op in self.r.sample(['%s == %s', '%s != %s', '%s < %s', '%s > %s', '%s <= %s', '%s in [%s]',
                                     '[%s] == [%s]', '(%s,) < (%s,)', 'sorted([%s, %s])', '%s == 1 and %s'], 4):
                self.guarded(['print(%s)' % (op % (x, y))])
        elif k == 3:
            self.emit('# __init_subclass__ and class attributes')
            b, s = self.fresh('Reg'), self.fresh('Plugin')
            self.emit('class %s:' % b)
            self.lines_block(['registry = []',
                              'def __init_subclass__(cls, **kw):',
                              '    super().__init_subclass__()',
                              "    print('subclass', cls.__name__, kw)",
                              '    %s.registry.append(cls.__name__)' % b])
            self.emit('class %s(%s%s):' % (s, b, self.pick(['', ', tag=1'])))
            self.lines_block(['pass'])
            self.emit('class %s2(%s):' % (s, s))
            self.lines_block(['x = 1'])
            self.emit('print(%s.registry, %s2.x, %s2.__bases__, %s2.__name__)' % (b, s, s, s))
        elif k == 4:
            self.emit('# iterator protocol via __getitem__ and __len__')
            cls = self.fresh('Seq')
            self.emit('class %s:' % cls)
            self.lines_block(['def __init__(self, n):', '    self.n = n',
                              'def __len__(self):', '    return self.n',
                              'def __getitem__(self, i):',
                              '    if isinstance(i, slice):',
                              "        return ('slice', i.start, i.stop, i.step)",
                              '    if i < 0:', '        i += self.n',
                              '    if not 0 <= i < self.n:', '        raise IndexError(i)',
                              '    return i * i'])
            o = self.fresh('sq')
            self.emit('%s = %s(%d)' % (o, cls, self.r.randint(0, 5)))
            for op in self.r.sample(['list(%s)', '%s[-1]', '%s[1:3]', '%s[::2]', '3 in %s', 'list(reversed(%s))',
                                     'sorted(%s, reverse=True)', 'sum(%s)', 'bool(%s)', 'tuple(%s)', 'next(enumerate(%s))',
                                     'max(%s, default=None)', '[x for x in %s if x]', '%s[10]'], 4):
                self.guarded(['print(%s)' % (op % o)])
        elif k == 5:
            self.emit('# operator fallbacks')
            cls = self.fresh('Num')
            ops = self.r.sample([('__add__', '+'), ('__sub__', '-'), ('__mul__', '*'), ('__truediv__', '/'),
                                 ('__floordiv__', '//'), ('__mod__', '%'), ('__pow__', '**'), ('__and__', '&'),
                                 ('__or__', '|'), ('__lshift__', '<<'), ('__matmul__', '@')], 3)
            self.emit('class %s:' % cls)
            body = ['def __init__(self, v):', '    self.v = v',
                    'def __repr__(self):', "    return 'Num(%r)' % (self.v,)"]
            for name, sym in ops:
                body += ['def %s(self, other):' % name,
                         "    print('%s', self.v, other)" % name,
                         '    if isinstance(other, %s):' % cls,
                         '        return %s(self.v %s other.v)' % (cls, sym if sym != '@' else '*'),
                         '    return NotImplemented' if self.chance(0.5) else '    return %s(self.v)' % cls]
                if self.chance(0.5):
                    rname = '__r' + name[2:]
                    body += ['def %s(self, other):' % rname, "    print('%s', self.v, other)" % rname,
                             "    return ('r', other)"]
            self.lines_block(body)
            x = self.fresh('n')
            self.emit('%s = %s(%s)' % (x, cls, self.pick(['2', '3', '-4', '7'])))
            for _ in range(4):
                name, sym = self.pick(ops)
                other = self.pick(['2', x, "'s'", '%s(5)' % cls])
                self.guarded(['print(%s)' % self.pick(['%s %s %s' % (x, sym, other), '%s %s %s' % (other, sym, x)])])
            self.guarded(['%s %s= %s(1)' % (x, self.pick(ops)[1], cls), 'print(%s)' % x])
        elif k == 6:
            self.emit('# del statements')
            a, lst, o = self.fresh('dv'), self.fresh('dl'), self.fresh('do')
            self.emit('%s = %s' % (a, self.pick(SMALL_INTS)))
            self.emit('%s = list(range(6))' % lst)
            self.emit('class %s_cls:' % o)
            self.lines_block(['attr = 1'])
            self.emit('%s = %s_cls()' % (o, o))
            self.emit('%s.x = 5' % o)
            for op in self.r.sample(['del %s\nprint(%s)' % (a, a), 'del %s[1], %s[-1]\nprint(%s)' % (lst, lst, lst),
                                     'del %s.x\nprint(%s.x)' % (o, o), 'del %s.attr' % o, 'del %s_cls.attr\nprint(%s.attr)' % (o, o),
                                     'del %s[::2]\nprint(%s)' % (lst, lst), 'del (%s[0], %s[0])\nprint(%s)' % (lst, lst, lst)], 3):
                self.guarded(op.split('\n'))
        else:
            self.emit('# assert and conditional expressions')
            for _ in range(self.r.randint(2, 4)):
                self.risk = False
                cond = self.e_bool(2)
                self.guarded(['assert %s, %s' % (cond, self.pick(["'failed'", '42', '(1, 2)', self.e_str(1)])),
                              "print('assert passed')"])

    def chunk_genbody(self):
        """A generator function with a random body (yields in loops, ifs and trys)."""
        g = self.fresh('gb')
        self.emit('def %s(a, b=%s):' % (g, self.pick(SMALL_INTS)))
        fscope = Scope(self.scope, 'function')
        fscope.vars['a'] = 'int'
        fscope.vars['b'] = 'int'

        def body():
            self.budget = self.r.randint(4, 12)
            self.yield_stmt()
            self.stmts(self.r.randint(2, 4))
            if self.chance(0.5):
                self.emit('return %s' % self.e_any(1))
        self.in_function(fscope, body, generator=True)
        for _ in range(self.r.randint(1, 3)):
            self.guarded([self.pick(['print(list(%s(%s)))', 'print(sum(1 for _ in %s(%s)))',
                                     'print([x for x in %s(%s)][:5])'])
                          % (g, ', '.join(self.pick(SMALL_INTS) for _ in range(self.r.randint(1, 2))))])
        it = self.fresh('it')
        self.emit('%s = %s(%s)' % (it, g, self.pick(SMALL_INTS)))
        self.emit('try:')
        self.lines_block(['print(next(%s))' % it] + ['print(%s.send(%s))' % (it, self.pick(SMALL_INTS))
                                                     for _ in range(self.r.randint(1, 4))])
        self.emit('except StopIteration as e:')
        self.lines_block(["print('stop', repr(e.value))"])
        self.emit('except Exception as e:')
        self.lines_block([self.handler_line()])
        self.emit('%s.close()' % it)

    def chunk_calls(self):
        """Small functions calling each other (a DAG), called with computed arguments."""
        names = []
        for i in range(self.r.randint(2, 4)):
            f = self.fresh('h')
            self.emit('def %s(x, y=%s):' % (f, self.pick(SMALL_INTS)))
            body = []
            callees = self.r.sample(names, min(len(names), self.r.randint(0, 2)))
            expr_parts = ['x', 'y'] + ['%s(%s)' % (c, self.pick(['x', 'y', 'x + 1', 'y, x', 'x, y=x'])) for c in callees]
            body.append('r = %s' % (' %s ' % self.pick(['+', '-', '*', '+'])).join(expr_parts))
            if self.chance(0.4):
                body += ['if r %% %d == 0:' % self.r.randint(2, 4), "    print('%s', x, y)" % f]
            if self.chance(0.3):
                body += ['if r > %s:' % self.pick(['100', '1000', '10**6']),
                         '    raise ValueError(r)']
            body.append('return r %% %s' % self.pick(['1000003', '97', '(2**61 - 1)']))
            self.lines_block(body)
            names.append(f)
        for _ in range(self.r.randint(2, 4)):
            f = self.pick(names)
            self.guarded(['print(%s(%s))' % (f, self.pick(['1', '2, 3', 'y=4, x=5', '-7', '*[2, 3]', '**{"x": 3}']))])
        self.guarded(['print(list(map(%s, range(%d))))' % (self.pick(names), self.r.randint(0, 5))])

    def chunk_stdlib(self):
        """itertools, functools, collections and operator with random arguments."""
        self.emit('import itertools, functools, collections, operator')
        for _ in range(self.r.randint(3, 6)):
            L = self.pick(['[3, 1, 2]', '[]', '[1, 1, 2, 3, 3, 3]', "'abcab'", 'range(5)', '[-2, 5, 0, 5]', "['b', 'a', 'b']"])
            n = self.pick(['0', '1', '2', '3'])
            e = self.pick([
                'list(itertools.accumulate(%s))' % self.pick(['[3, 1, 2]', 'range(5)', '[]', '[1, -1, 4]']),
                'list(itertools.accumulate(%s, operator.mul, initial=%s))' % (self.pick(['[3, 1, 2]', 'range(1, 5)', '[]']), self.pick(['None', '1', '10'])),
                'list(itertools.product(%s, repeat=%s))' % (self.pick(["'ab'", '[0, 1]', '[]']), self.pick(['1', '2'])),
                'list(itertools.product(%s, %s))' % (self.pick(["'ab'", '[1]']), self.pick(['range(2)', "'xyz'", '()'])),
                'list(itertools.permutations(%s, %s))' % (self.pick(["'abc'", '[1, 2]', 'range(3)']), n),
                'list(itertools.combinations(%s, %s))' % (self.pick(["'abcd'", '[1, 2, 3]', '[]']), n),
                'list(itertools.combinations_with_replacement(%s, %s))' % (self.pick(["'ab'", '[1, 2, 3]']), n),
                'list(itertools.chain(%s, %s))' % (L, self.pick(["'xy'", '[9]', '()'])),
                'list(itertools.chain.from_iterable(%s))' % self.pick(["['ab', 'cd']", '[[1], [], [2, 3]]', '[]']),
                '[(k, list(g)) for k, g in itertools.groupby(%s)]' % L,
                '[(k, list(g)) for k, g in itertools.groupby(sorted(%s), key=%s)]' % (self.pick(['[3, 1, 2, 4, 6]', 'range(7)']), self.pick(['lambda v: v % 2', 'lambda v: v > 2'])),
                'list(itertools.zip_longest(%s, %s, fillvalue=%s))' % (self.pick(["'abc'", '[1]']), self.pick(['range(2)', "'xyzw'", '[]']), self.pick(['None', "'-'", '0'])),
                'list(itertools.islice(%s, %s))' % (self.pick(['itertools.count(%s)' % self.pick(['0', '5', '-2']), 'itertools.cycle("ab")', 'range(10)']), self.pick(['3', '0', '1, 6, 2', '2, 4'])),
                'list(itertools.takewhile(lambda v: v < 3, %s)), list(itertools.dropwhile(lambda v: v < 3, %s))' % (self.pick(['[1, 2, 5, 1]', 'range(6)']), self.pick(['[1, 2, 5, 1]', 'range(6)'])),
                'list(itertools.starmap(pow, %s))' % self.pick(['[(2, 3), (3, 2)]', '[]', '[(10, 0)]']),
                'list(itertools.repeat(%s, %s))' % (self.pick(["'x'", '0', 'None']), n),
                'list(itertools.compress(%s, %s))' % (L, self.pick(['[1, 0, 1]', '[0] * 9', 'itertools.cycle([1, 0])'])),
                'list(itertools.filterfalse(None, %s))' % self.pick(['[0, 1, 2, 0]', "['', 'a']", '[]']),
                'list(itertools.pairwise(%s))' % self.pick(["'abcd'", '[1]', 'range(4)']),
                '[list(t) for t in itertools.tee(%s, 2)]' % self.pick(["'ab'", 'range(3)']),
                'functools.reduce(%s, %s%s)' % (self.pick(['operator.add', 'lambda a, b: a * 10 + b', 'max']), self.pick(['[1, 2, 3]', '[]', 'range(1, 6)']), self.pick(['', ', 0', ', 100'])),
                'functools.partial(%s, %s)(%s)' % (self.pick(['pow', 'int', 'max']), self.pick(['2', "'11'", '1']), self.pick(['5', '2', 'base=3' ])),
                'sorted(%s, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)))' % self.pick(['[3, 1, 2]', "['b', 'a']", '[]']),
                'collections.Counter(%s).most_common(%s)' % (L, self.pick(['', '1', '2'])),
                'collections.Counter(%s)' % L,
                'sorted(collections.Counter(%s).elements())' % self.pick(["'aab'", '[1, 2, 1]']),
                'collections.Counter(%s) + collections.Counter(%s)' % (self.pick(["'aab'", "'b'"]), self.pick(["'abc'", "''"])),
                'collections.Counter(%s) - collections.Counter(%s)' % (self.pick(["'aab'", "'b'"]), self.pick(["'abc'", "''"])),
                'collections.deque(%s, maxlen=%s)' % (L, self.pick(['None', '2', '0'])),
                'collections.OrderedDict(zip(%s, range(9)))' % self.pick(["'abc'", '[]', "'ba'"]),
                'collections.namedtuple("P", %s)(%s)' % (self.pick(['"x y"', '["x", "y"]', '"x, y"']), self.pick(['1, 2', 'x=1, y=2', '1'])),
                'operator.itemgetter(%s)(%s)' % (self.pick(['0', '1', '0, 2', '-1']), self.pick(["'abc'", '[5, 6, 7]', '(1,)'])),
                'operator.attrgetter(%s)(%s)' % (self.pick(["'real'", "'imag'", "'denominator'"]), self.pick(['5', 'True', '2**70'])),
                '[operator.%s(%s, %s) for _ in [0]]' % (self.pick(['add', 'sub', 'mul', 'floordiv', 'mod', 'lt', 'eq', 'contains', 'getitem', 'pow', 'neg'][:10]),
                                                     self.pick(['7', "'ab'", '[1, 2]']), self.pick(['2', "'a'", '0', '1'])),
            ])
            self.guarded(['print(%s)' % e])
        if self.chance(0.5):
            d = self.fresh('dd')
            self.emit('%s = collections.defaultdict(%s)' % (d, self.pick(['list', 'int', 'set', 'str'])))
            self.guarded(['for q in %s:' % self.pick(["'abca'", '[1, 2, 1]', '[]']),
                          '    %s[q] %s' % (d, self.pick(['+= 1', '.append(q)', '.add(q)', '+= "y"'])),
                          'print(%s, dict(%s), %s[%r])' % (d, d, d, 'zz')])
        if self.chance(0.5):
            q = self.fresh('dq')
            self.emit('%s = collections.deque(%s)' % (q, self.pick(['[1, 2, 3]', "'ab'", '[]'])))
            self.guarded(['%s.%s' % (q, self.pick(['appendleft(0)', 'rotate(1)', 'rotate(-2)', 'extendleft("xy")', 'pop()', 'popleft()', 'append(9)'])),
                          '%s.%s' % (q, self.pick(['appendleft(0)', 'rotate(1)', 'reverse()', 'clear()', 'pop()', 'popleft()'])),
                          'print(%s, len(%s), list(%s)[::-1])' % (q, q, q)])
        if self.chance(0.4):
            f = self.fresh('cached')
            self.emit('@functools.lru_cache(maxsize=None)')
            self.emit('def %s(n):' % f)
            self.lines_block(["print('miss', n)", 'return n if n < 2 else %s(n - 1) + %s(n - 2)' % (f, f)])
            self.emit('print(%s(%d), %s(%d))' % (f, self.r.randint(0, 8), f, self.r.randint(0, 8)))

    def chunk_bytes(self):
        self.emit('# bytes and bytearray')
        b = self.fresh('by')
        self.emit('%s = %s' % (b, self.pick(["b'hello'", "bytes(range(250, 256))", "'h\u00e9!'.encode()", "b''", "bytes(3)", "b'a\\x00b'"])))
        ba = self.fresh('ba')
        self.emit('%s = bytearray(%s)' % (ba, b))
        for _ in range(self.r.randint(3, 6)):
            e = self.pick([
                '%s[0], %s[-1:], %s[::2]' % (b, b, b),
                '%s + %s, %s * 2' % (b, self.pick(["b'!'", "bytes([65])", "b''"]), b),
                '%s.hex(), bytes.fromhex(%s)' % (b, self.pick(["'4142'", "'ff 00'", "''"])),
                '%s.decode(%s)' % (b, self.pick(["'utf-8'", "'latin-1'", "'ascii'", ''])),
                '%s.upper(), %s.split(%s), %s.find(%s)' % (b, b, self.pick(["b'l'", '']), b, self.pick(["b'l'", "b'z'"])),
                'list(%s), len(%s), %s in %s' % (b, b, self.pick(['108', "b'll'", '0']), b),
                'repr(%s), str(%s)' % (b, b),
                "b'%%d-%%s' %% (%s, %s)" % (self.pick(['5', '-1']), self.pick(["b'x'", "b''"])),
                '%s == %s, %s < %s' % (b, ba, b, self.pick(["b'z'", "b''"])),
                'bytes(%s), bytearray(%s)' % (self.pick(['[1, 2]', "'ab'", '2', "'ab', 'ascii'"]), self.pick(['2', "b'q'"])),
                'int.from_bytes(%s, %r), (%s).to_bytes(%s, %r)' % (self.pick(["b'\\x01\\x00'", "b''", "b'\\xff'"]), self.pick(['big', 'little']), self.pick(['1', '255', '256', '-1']), self.pick(['1', '2', '4']), self.pick(['big', 'little'])),
                '%s.startswith(%s), %s.strip(%s), %s.replace(%s, %s)' % (b, self.pick(["b'h'", "b''"]), b, self.pick(["b'ho'", '']), b, self.pick(["b'l'", "b'o'"]), self.pick(["b'L'", "b''"])),
            ])
            self.guarded(['print(%s)' % e])
        for _ in range(self.r.randint(1, 3)):
            op = self.pick(['%s.append(%s)' % (ba, self.pick(['0', '255', '256', '-1', '65'])),
                            '%s.extend(%s)' % (ba, self.pick(["b'xy'", '[1, 2]', "'s'"])),
                            '%s[0] = %s' % (ba, self.pick(['0', '97', '300'])),
                            '%s.pop()' % ba, 'del %s[:1]' % ba, '%s.reverse()' % ba,
                            '%s += %s' % (ba, self.pick(["b'!'", 'bytearray(1)']))])
            self.guarded([op, 'print(%s)' % ba])

    def chunk_misc(self):
        """A grab-bag of one-line edge cases."""
        self.emit('# edge cases')
        for _ in range(self.r.randint(3, 7)):
            self.risk = False
            e = self.pick([
                "%r.%s()" % (self.pick(['stra\u00dfe', '\u00c9t\u00e9', "it's a dog's", 'hello world', '\u0130i', 'ABC def', '\u01c5x']),
                               self.pick(['upper', 'lower', 'title', 'casefold', 'capitalize', 'swapcase', 'isupper', 'istitle'])),
                "%r.%s(%s)" % (self.pick(['a,b,,c', ' a  b ', 'x\ny\r\nz', 'aXbXc', '', 'tab\tsep']),
                                 self.pick(['split', 'rsplit']), self.pick(['', "','", "None, 1", "'X', 1", "maxsplit=1", "' '"])),
                "%r.splitlines(%s)" % (self.pick(['a\nb\r\nc\rd', '', 'x\n', '\n\n', 'a\x0bb\x1cc\u2028d']), self.pick(['', 'True'])),
                "'%s'.%s(%s)" % (self.pick(['abcabc', 'aaaa', '']), self.pick(['find', 'rfind', 'count', 'index', 'rindex']),
                                 self.pick(["'b'", "'a', 1", "'a', 1, 3", "''", "'c', -2", "'z'"])),
                "%r.expandtabs(%s)" % (self.pick(['a\tbc\td', '\t', 'ab\ncd\tq']), self.pick(['', '4', '1', '0'])),
                "'%s'.translate(str.maketrans(%s))" % (self.pick(['hello', 'abc']), self.pick(["'lo', 'x!'", "{'a': 'AA', 'b': None}", "'', '', 'l'"])),
                "[c.%s() for c in %r]" % (self.pick(['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isspace', 'isprintable']),
                                           self.pick(['1\u00b2\u00bd\u0663', 'a\u00e9 \t', '\u2167x'])),
                "int(%r), float(%r)" % (self.pick(['\u0661\u0662', ' 42 ', '0', '-0', '1_2']), self.pick(['\u0661.5', '1e3', 'Infinity', '-nan', '1_000.5'])),
                'nan_ == nan_, [nan_] == [nan_], nan_ in [nan_], (nan_,) == (nan_,), {nan_: 1}.get(nan_)',
                "%s.keys() %s %s, %s.items() %s {('a', 1)}" % ("{'a': 1, 'b': 2}", self.pick(['&', '|', '-', '^']), self.pick(["{'a', 'c'}", "['b']"]),
                                                              "{'a': 1}", self.pick(['&', '|', '-'])),
                "list(reversed(%s)), list(reversed(%s.items()))" % ("{'x': 1, 'y': 2}", "{'x': 1, 'y': 2}"),
                "%s == %s, %s.keys() == %s" % ("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}", "{'a': 1}", self.pick(["{'a'}", "['a']"])),
                'list(zip(%s, %s, strict=True))' % (self.pick(['[1, 2]', "'ab'"]), self.pick(['[3, 4]', "'xyz'", '[]'])),
                'isinstance(%s, int | str), int | None' % self.pick(['1', '1.5', "'s'", 'None']),
                'round(%s, %s)' % (self.pick(['2.5', '-2.5', '0.125', '12345', '-0.5', '1e300', '2.675', '5', '0.5']), self.pick(['None', '0', '1', '2', '-2', '-300'])),
                'math.%s' % self.pick(['isqrt(10**20 + 1)', 'comb(10, 3)', 'perm(5, 2)', 'factorial(25)', 'gcd(0, 0)', 'lcm(4, 6)',
                                       'prod([1.5, 2, 3])', 'fsum([0.1] * 10)', 'isclose(0.1 + 0.2, 0.3)', 'log(8, 2)', 'log10(1000)',
                                       'exp(1)', 'pi', 'tau', 'e', 'hypot(3, 4)', 'atan2(1, 1)', 'sin(0.5)', 'degrees(math.pi)', 'trunc(-2.5)',
                                       'modf(2.5)', 'frexp(8.0)', 'ldexp(0.5, 4)', 'isfinite(1e308 * 10)', 'copysign(0.0, -1)', 'fmod(-7, 3)',
                                       'remainder(7, 2)', 'dist((0, 0), (3, 4))', 'floor(-0.5)', 'ceil(-0.5)', 'sqrt(-1)', 'log(0)']),
                '(%s).%s()' % (self.pick(['1.5', '-0.25', '10.0', '1e300', '0.1']), self.pick(['as_integer_ratio', 'is_integer', 'hex', '__trunc__', 'conjugate'])),
                '(%s).%s()' % (self.pick(['255', '-7', '0', '2**70', 'True']), self.pick(['bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', '__abs__', '__neg__'])),
                "float.fromhex(%s), (%s).hex()" % (self.pick(["'0x1.8p1'", "'-0x1p-2'", "'inf'"]), self.pick(['3.0', '0.1', '-0.0'])),
                "%s.__name__, %s.__qualname__" % (self.pick(['len', 'int', 'str.upper', 'list.append', 'dict.fromkeys']), self.pick(['len', 'int', 'str.upper', 'list.append'])),
                'type(%s).__name__' % self.pick(['iter([])', 'iter("")', '{}.keys()', '{}.items()', 'range(1)', 'reversed([])', 'zip()', 'map(str, [])', 'None', 'NotImplemented', '...', '(x for x in [])', 'print', '[].append', 'len', 'slice(1)', 'frozenset()', 'b""', 'bytearray()', 'memoryview(b"")', 'type', 'object()', '1.0', 'super', 'property()', 'staticmethod(len)']),
                "sorted([3, 1.5, True, -2, 0.0, False])",
                "min([(1, 'b'), (1, 'a')]), max('abc', 'abd', key=len), min([], default='empty')",
                "sorted(['b', 'A', 'a', 'B', '_', '1', '\u00e9'])",
                "sorted([(2, 'x'), (1, 'y'), (2, 'a')], key=lambda p: p[0])",
                "'%s' %% %s" % (self.pick(['%*d', '%-*s|', '%.*f']), self.pick(['(5, 3)', "(4, 'ab')", '(2, 3.14159)'])),
                "'{0[1]} {0[0]}'.format(%s), '{.real}'.format(%s), '{:{}}'.format(%s, %s)" % (
                    self.pick(["'ab'", '[1, 2]']), self.pick(['3', '2.5']), self.pick(["'x'", '5']), self.pick(['3', "'>4'", "'^5'"])),
                "'{a}-{b}'.format(**{'a': 1, 'b': 2}), '{}{{}}'.format(7), format(%s, '')" % self.pick(['1.0', '1e16', '-0.0', '123']),
                'divmod(%s, %s), %s // %s, %s %% %s' % ((self.pick(['-7.5', '7', '-7', '1e300', '0.0']), self.pick(['2', '-2', '0.5', '-0.0', 'float("inf")'])) * 3),
                "abs(-0.0), -0.0 == 0.0, max(-0.0, 0.0), min(0.0, -0.0), str(-0.0), -0.0 + 0.0, 0.0 * -1",
                'True + True, True / 2, True ** 2, -True, ~True, divmod(True, 2), True << 3',
                "[1, 2] * -1, 'ab' * 0, (1,) * 3, [[]] * 2",
                "1 if [] else 2, 1 if [[]] else 2, 1 if '0' else 2, 1 if 0.0 else 2, 1 if {0: 0} else 2",
                "str(1e16), str(1e-5), str(123456789.0), str(1.0e-4), repr(0.1 + 0.2), str(2 ** 0.5), 1e23, 9007199254740993.0",
                "int(1e20), int(-0.9), int(2**53 + 1.0), float(2**63), float(10**22)",
                "10**20 == 1e20, 10**23 == 1e23, 2**64 < 1.8446744073709552e19, (2**53 + 1) < 9007199254740992.0",
                'hash(%s) == hash(%s)' % (self.pick(['1', '1.0', 'True', '2**64', '-1']), self.pick(['1', '1.0', 'True', 'float(2**64)', '-2'])),
                "'a' < 'b' < 'ab', 'Z' < 'a', '\u00e9' > 'z', [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b')",
                "list(range(%s, %s, %s)), range(%s).index(%s), range(0, 10, 3)[-1], 5 in range(0, 10, 5), range(3) == range(0, 3, 1)" % (
                    self.pick(['10', '-3', '0']), self.pick(['0', '7', '-10']), self.pick(['-3', '2', '-1']), self.pick(['5', '10']), self.pick(['3', '0'])),
                "slice(%s).indices(%s)" % (self.pick(['None', '2', '-1', '1, 10, 3', 'None, None, -1']), self.pick(['5', '0', '20'])),
                "chr(%s), ord(%s)" % (self.pick(['0x10FFFF', '0x110000', '-1', '127', '0xe9']), self.pick(["'\\x00'", "'ab'", "''", "'\u20ac'"])),
            ])
            if 'nan_' in e:
                self.emit("nan_ = float('nan')")
            if 'math.' in e:
                self.uses_math = True
            self.guarded(['print(%s)' % e])

    def chunk_objects(self):
        """Attribute protocols on classes: __new__, super() forms, __qualname__, __doc__, __slots__."""
        k = self.r.randint(0, 6)
        if k == 0:
            cls = self.fresh('Single')
            self.emit('class %s:' % cls)
            self.lines_block(['_inst = None',
                              'def __new__(cls, *args):',
                              "    print('new', cls.__name__, args)",
                              '    if cls._inst is None:',
                              '        cls._inst = super().__new__(cls)',
                              '    return cls._inst',
                              'def __init__(self, v):',
                              "    print('init', v)",
                              '    self.v = v'])
            a, b = self.fresh('sa'), self.fresh('sb')
            self.emit('%s = %s(1)' % (a, cls))
            self.emit('%s = %s(2)' % (b, cls))
            self.emit('print(%s is %s, %s.v)' % (a, b, a))
        elif k == 1:
            outer = self.fresh('qual')
            self.emit('def %s():' % outer)
            self.lines_block(['"""Doc of the outer function."""',
                              'def inner():', '    pass',
                              'class Local:', '    """Local doc."""',
                              '    def m(self):', '        return 1',
                              'return inner, Local'])
            self.emit('%s_i, %s_c = %s()' % (outer, outer, outer))
            self.guarded(['print(%s.__qualname__, %s_i.__qualname__, %s_c.__qualname__, %s_c.m.__qualname__)' % (outer, outer, outer, outer)])
            self.guarded(['print(%s.__doc__, %s_c.__doc__, %s_i.__doc__, %s.__module__, %s_c.__name__)' % (outer, outer, outer, outer, outer)])
        elif k == 2:
            a, b = self.fresh('SA'), self.fresh('SB')
            self.emit('class %s:' % a)
            self.lines_block(['def hello(self):', "    return 'A.hello'",
                              '@classmethod', 'def make(cls):', "    return cls.__name__",
                              '@property', 'def prop(self):', "    return 'A.prop'"])
            self.emit('class %s(%s):' % (b, a))
            self.lines_block(['def hello(self):', "    return 'B+' + super(%s, self).hello()" % b,
                              '@classmethod', 'def make(cls):', "    return 'B:' + super().make()",
                              '@property', 'def prop(self):', "    return 'B+' + super().prop",
                              'def nested(self):', '    def f():', '        return 1', '    return f()'])
            o = self.fresh('so')
            self.emit('%s = %s()' % (o, b))
            self.guarded(['print(%s.hello(), %s.make(), %s.make(), %s.prop, %s.nested())' % (o, b, o, o, o)])
            self.guarded(['print(super(%s, %s).hello(), %s.hello(%s))' % (b, o, a, o)])
        elif k == 3:
            cls = self.fresh('Slotted')
            self.emit('class %s:' % cls)
            self.lines_block(["__slots__ = ('a', 'b')", 'def __init__(self):', '    self.a = 1'])
            o = self.fresh('sl')
            self.emit('%s = %s()' % (o, cls))
            self.guarded(['print(%s.a)' % o])
            self.guarded(['print(%s.b)' % o])
            self.guarded(['%s.c = 3' % o, "print('set c')"])
            self.guarded(['print(hasattr(%s, "__dict__"))' % o])
        elif k == 4:
            cls = self.fresh('Shared')
            self.emit('class %s:' % cls)
            self.lines_block(['items = []', 'count = 0',
                              'def add(self, v):', '    self.items.append(v)', '    self.count += 1', '    return self'])
            a, b = self.fresh('x'), self.fresh('y')
            self.emit('%s, %s = %s(), %s()' % (a, b, cls, cls))
            self.emit('%s.add(1).add(2)' % a)
            self.emit('%s.add(3)' % b)
            self.emit('print(%s.items, %s.count, %s.count, %s.count, %s is %s.items)' % (b, a, b, cls, '%s.items' % a, b))
        elif k == 5:
            cls = self.fresh('Dyn')
            self.emit("%s = type('%s', (%s,), {'x': %s, 'get': lambda self: self.x * 2})" % (
                cls, cls, self.pick(['object', 'int', 'list']), self.pick(SMALL_INTS)))
            o = self.fresh('dy')
            self.guarded(['%s = %s()' % (o, cls), 'print(%s.get(), type(%s).__name__, %s.__bases__, isinstance(%s, %s))' % (o, o, cls, o, cls)])
        else:
            cls = self.fresh('GA')
            self.emit('class %s:' % cls)
            self.lines_block(['def __init__(self):', '    self.real = 1',
                              'def __getattribute__(self, name):',
                              "    if name == 'magic':",
                              "        return 'magic!'",
                              '    return object.__getattribute__(self, name)',
                              'def __getattr__(self, name):',
                              "    return 'fallback ' + name"])
            o = self.fresh('ga')
            self.emit('%s = %s()' % (o, cls))
            self.guarded(['print(%s.real, %s.magic, %s.other, getattr(%s, "zz", 0))' % (o, o, o, o)])

    def chunk_excmore(self):
        """Less common exception behaviour."""
        for _ in range(self.r.randint(1, 3)):
            k = self.r.randint(0, 8)
            if k == 0:
                self.guarded(['raise'])
            elif k == 1:
                g = self.fresh('sg')
                self.emit('def %s():' % g)
                self.lines_block(['yield 1', 'raise StopIteration(%s)' % self.pick(['5', "'x'", ''])])
                self.guarded(['print(list(%s()))' % g])
            elif k == 2:
                self.emit('try:')
                self.lines_block(['try:', '    1 / 0', 'except ZeroDivisionError as e:',
                                  '    raise %s' % self.pick(['ValueError("inner")', 'ValueError("inner") from e', 'ValueError from None', 'KeyError(1) from TypeError(2)'])])
                self.emit('except ValueError as e:')
                self.lines_block(['print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)'])
                self.emit('except KeyError as e:')
                self.lines_block(['print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)'])
            elif k == 3:
                exc = self.pick(["KeyError('k')", "KeyError(1, 2)", "KeyError()", "ValueError()", "ValueError('a', 'b')",
                                 "OSError(2, 'no such')", "StopIteration(3)", "Exception(None)", "IndexError([1])",
                                 "UnicodeError('u')", "AssertionError()", "ZeroDivisionError('d')", "ArithmeticError(1)"])
                self.guarded(['e_ = %s' % exc, 'print(str(e_), repr(e_), e_.args, type(e_).__mro__[1].__name__)'])
            elif k == 4:
                self.emit('try:')
                self.lines_block(['raise %s' % self.pick(['ValueError', 'KeyError("x")', 'IndexError', 'NotImplementedError', 'TypeError("t")'])])
                self.emit('except (%s) as e:' % ', '.join(self.r.sample(['LookupError', 'ArithmeticError', 'ValueError', 'RuntimeError', 'Exception'], 2)))
                self.lines_block(["print('caught', type(e).__name__, isinstance(e, LookupError))"])
                self.emit('except BaseException as e:')
                self.lines_block(["print('base', type(e).__name__)"])
            elif k == 5:
                f = self.fresh('fin')
                self.emit('def %s(x):' % f)
                self.lines_block(['for i in range(3):', '    try:', '        if i == x:', "            return 'ret %d' % i",
                                  '        if i > x:', '            raise ValueError(i)',
                                  '    except ValueError:', "        print('handler', i)", '        %s' % self.pick(['continue', 'break', 'return "h"', 'raise']),
                                  '    finally:', "        print('finally', i)",
                                  "        %s" % self.pick(['pass', 'continue', 'break', "return 'f%d' % i", "print('f-end')"]
                                                         if self.on('finallyjump') else ['pass', "return 'f%d' % i"]),
                                  "return 'end'"])
                for x in self.r.sample(['-1', '0', '1', '5'], 2):
                    self.guarded(['print(%s(%s))' % (f, x)])
            elif k == 6:
                e = self.fresh('EG')
                self.emit('class %s(Exception):' % e)
                self.lines_block(['def __init__(self, a, b=2):', '    super().__init__(a)', '    self.b = b',
                                  'def __str__(self):', "    return 'EG[%s, %s]' % (self.args, self.b)"])
                self.guarded(['raise %s(%s)' % (e, self.pick(['1', "'m'", '1, b=5']))])
                self.guarded(['print(repr(%s(1)), str(%s(2, 3)))' % (e, e)])
            elif k == 7:
                self.emit('try:')
                self.lines_block(['x_ = [1, 2][5]'])
                self.emit('except IndexError as e:')
                self.lines_block(['err_ = e'])
                self.guarded(['print(e)'])
                self.emit('print(type(err_).__name__, err_.args)')
            else:
                f = self.fresh('nested')
                self.emit('def %s():' % f)
                self.lines_block(['try:', '    try:', "        raise KeyError('a')", '    finally:', "        print('inner finally')",
                                  'except LookupError as e:', "    print('outer', repr(e))", '    return 1', 'finally:', "    print('outer finally')"])
                self.guarded(['print(%s())' % f])

    def chunk_flow(self):
        """Random nests of for/while/try/with with break, continue, return, raise and yield."""
        cm = getattr(self, 'flow_cm', None)
        if cm is None:
            cm = self.fresh('FlowCM')
            self.emit('class %s:' % cm)
            self.lines_block(['def __init__(self, tag, swallow=False):', '    self.tag = tag', '    self.swallow = swallow',
                              'def __enter__(self):', "    print('enter', self.tag)", '    return self.tag',
                              'def __exit__(self, et, ev, tb):',
                              "    print('exit', self.tag, et.__name__ if et else None)",
                              '    return self.swallow'])
        gen = self.chance(0.3)
        fn = self.fresh('flow')
        self.emit('def %s(k):' % fn)
        self.flow_cm = cm
        self.flow_gen = gen
        self.flow_loops = []
        self.flow_stack = []       # kinds of the enclosing blocks, outermost first
        self.flow_lines = len(self.lines)

        def body():
            self.emit('fs = []')
            for _ in range(self.r.randint(2, 4)):
                self.flow_stmt(3, False, top=True)
            if gen:
                self.emit('yield [f() for f in fs]')
            else:
                self.emit('return [f() for f in fs]')
        fscope = Scope(self.scope, 'function')
        fscope.vars['k'] = 'int'
        self.in_function(fscope, body, generator=gen)
        n = self.r.randint(3, 6)
        i = self.fresh('i')
        self.emit('for %s in range(%d):' % (i, n))
        call = 'list(%s(%s))' % (fn, i) if gen else '%s(%s)' % (fn, i)
        self.lines_block(['try:', "    print('flow', %s, %s)" % (i, call),
                          'except Exception as e:', "    print('flow', %s, 'raised', type(e).__name__)" % i])
        if gen and self.chance(0.6):
            # suspend the generator somewhere inside its blocks, then close or throw into it
            it = self.fresh('fit')
            self.emit('for %s in range(%d):' % (i, n))
            lines = ['%s = %s(%s)' % (it, fn, i),
                     'try:',
                     "    print('first', next(%s, 'exhausted'))" % it,
                     "    print('second', %s)" % self.pick(["next(%s, 'exhausted')" % it, "%s.send('s')" % it,
                                                          "%s.throw(ValueError('thrown'))" % it]),
                     '    %s.close()' % it,
                     "    print('closed')",
                     'except Exception as e:',
                     "    print('drive', %s, type(e).__name__)" % i]
            if not self.on('genfinal'):
                # close in any case: a generator left suspended is finalized at exit
                lines += ['try:', '    %s.close()' % it, 'except Exception as e:',
                          "    print('close', type(e).__name__)"]
            self.lines_block(lines)

    def chunk_classbody(self):
        """A class whose body runs random statements; its attributes are printed."""
        cls = self.fresh('CB')
        self.emit('class %s:' % cls)
        cscope = Scope(self.scope, 'class')
        saved = (self.scope, self.stmt_depth, self.budget, self.protected)
        self.scope = cscope
        self.stmt_depth = 1
        self.budget = self.r.randint(3, 8)
        self.protected = 0

        def body():
            for _ in range(self.r.randint(2, 4)):
                self.stmt()
            if self.chance(0.5):
                self.emit('def method(self):')
                self.lines_block(['return %r' % cls])
        self.block(body)
        names = [(n, t) for n, t in cscope.vars.items() if t in TYPES]
        self.scope, self.stmt_depth, self.budget, self.protected = saved
        for n, t in names[:6]:
            self.emit('print(%r, %s)' % (n, self.show_expr('%s.%s' % (cls, n), t)))
        self.guarded(['print(%s().method())' % cls])

    def chunk_threads(self):
        """Threads whose results are only printed after join(), so the output is deterministic."""
        self.emit('import threading, queue')
        k = self.r.randint(0, 4)
        n = self.r.randint(1, 4)
        if k == 0:
            res, w = self.fresh('res'), self.fresh('work')
            self.emit('%s = [None] * %d' % (res, n))
            self.emit('def %s(i, m):' % w)
            self.lines_block(['acc = 0', 'for q in range(m):', '    acc += q * i',
                              '%s[i] = (i, acc, %s)' % (res, self.pick(['sum(range(i))', 'str(i) * 2', '[i] * 2']))])
            ts = self.fresh('ts')
            self.emit('%s = [threading.Thread(target=%s, args=(i, %s)) for i in range(%d)]' % (ts, w, self.pick(['100', '1000', '7']), n))
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.start()'])
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.join()'])
            self.emit('print(%s, [t.is_alive() for t in %s])' % (res, ts))
        elif k == 1:
            lock, cnt, w = self.fresh('lock'), self.fresh('counter'), self.fresh('bump')
            self.emit('%s = threading.%s()' % (lock, self.pick(['Lock', 'RLock'])))
            self.emit('%s = [0]' % cnt)
            self.emit('def %s(m):' % w)
            self.lines_block(['for _ in range(m):', '    with %s:' % lock, '        %s[0] += 1' % cnt])
            ts = self.fresh('ts')
            self.emit('%s = [threading.Thread(target=%s, args=(%s,)) for _ in range(%d)]' % (ts, w, self.pick(['10', '500', '2000']), n))
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.start()'])
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.join()'])
            self.emit('print(%s[0])' % cnt)
        elif k == 2:
            q, out, w = self.fresh('q'), self.fresh('got'), self.fresh('consumer')
            self.emit('%s = queue.Queue(%s)' % (q, self.pick(['', '2', '0'])))
            self.emit('%s = []' % out)
            self.emit('def %s():' % w)
            self.lines_block(['while True:', '    item = %s.get()' % q, '    if item is None:', '        break',
                              '    %s.append(item * 2)' % out, '    %s.task_done()' % q])
            t = self.fresh('t')
            self.emit('%s = threading.Thread(target=%s)' % (t, w))
            self.emit('%s.start()' % t)
            self.emit('for i in range(%d):' % self.r.randint(0, 6))
            self.lines_block(['%s.put(i)' % q])
            self.emit('%s.put(None)' % q)
            self.emit('%s.join()' % t)
            self.emit('print(%s, %s.empty(), %s.qsize())' % (out, q, q))
        elif k == 3:
            ev, out, w = self.fresh('ev'), self.fresh('log'), self.fresh('waiter')
            self.emit('%s = threading.Event()' % ev)
            self.emit('%s = []' % out)
            self.emit('def %s(i):' % w)
            self.lines_block(['%s.wait()' % ev, '%s.append(i)' % out])
            ts = self.fresh('ts')
            self.emit('%s = [threading.Thread(target=%s, args=(i,), name="w%%d" %% i) for i in range(%d)]' % (ts, w, n))
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.start()'])
            self.emit('print(%s.is_set(), [t.name for t in %s])' % (ev, ts))
            self.emit('%s.set()' % ev)
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.join()'])
            self.emit('print(sorted(%s), %s.wait(0))' % (out, ev))
        else:
            loc, out, w = self.fresh('local'), self.fresh('seen'), self.fresh('tl')
            self.emit('%s = threading.local()' % loc)
            self.emit('%s = {}' % out)
            self.emit('def %s(i):' % w)
            self.lines_block(['%s.v = i * 10' % loc, '%s[i] = (%s.v, hasattr(%s, "other"))' % (out, loc, loc)])
            self.emit('%s.other = 1' % loc)
            ts = self.fresh('ts')
            self.emit('%s = [threading.Thread(target=%s, args=(i,)) for i in range(%d)]' % (ts, w, n))
            self.emit('for t in %s:' % ts)
            self.lines_block(['t.start()', 't.join()'])
            self.emit('print(sorted(%s.items()), %s.other, hasattr(%s, "v"), threading.current_thread().name)' % (out, loc, loc))

    def flow_block(self, depth, in_finally):
        for _ in range(self.r.randint(1, 3)):
            self.flow_stmt(depth, in_finally)

    def flow_stmt(self, depth, in_finally, top=False):
        tag = self.fresh('m')
        big = len(self.lines) - self.flow_lines > 45
        choices = [(3, 'print'), (1.5, 'jump'), (1, 'raise')]
        if depth > 0 and not big:
            w = 3 if top else 1
            choices += [(1.2 * w, 'for'), (0.6 * w, 'while'), (1.2 * w, 'try'), (1 * w, 'with')]
        if self.flow_loops:
            choices.append((0.8, 'capture'))
        if self.flow_gen:
            choices.append((1.5, 'yield'))
        c = self.wpick(choices)
        if c == 'print':
            self.emit("print('%s', k%s)" % (tag, ''.join(', ' + v for v in self.flow_loops)))
        elif c == 'jump':
            opts = ["return '%s'" % tag] if not self.flow_gen else ['return']
            st = ''.join('w' if k == 'with' else 'l' if k == 'loop' else '' for k in self.flow_stack)
            if not self.on('withreturn') and 'w' in st and 'l' in st[st.index('w'):]:
                opts = []
            if self.flow_loops and (self.on('finallyjump') or not in_finally):
                opts += ['break', 'continue', 'break', 'continue']
            if not opts:
                opts = ['pass']
            self.emit('if %s:' % self.flow_cond())
            self.lines_block(["print('%s-jump')" % tag, self.pick(opts)])
        elif c == 'raise':
            self.emit('if %s:' % self.flow_cond())
            self.lines_block(['raise %s(%r)' % (self.pick(['ValueError', 'KeyError', 'TypeError']), tag)])
        elif c == 'yield':
            self.emit("got = yield '%s'" % tag)
        elif c == 'capture':
            v = self.pick(self.flow_loops)
            self.emit(self.pick(["fs.append(lambda: ('%s', %s))" % (tag, v),
                                 "fs.append(lambda %s=%s: ('%s', %s))" % (v, v, tag, v)]))
        elif c == 'for':
            v = self.fresh('j')
            self.emit('for %s in range(%d):' % (v, self.r.randint(1, 3)))
            self.flow_loops.append(v)
            self.flow_stack.append('loop')
            self.block(self.flow_block, depth - 1, False)
            self.flow_stack.pop()
            self.flow_loops.pop()
            if self.chance(0.3):
                self.emit('else:')
                self.lines_block(["print('%s-else')" % tag])
        elif c == 'while':
            v = self.fresh('w')
            self.emit('%s = 0' % v)
            self.emit('while %s < %d:' % (v, self.r.randint(1, 3)))
            self.flow_loops.append(v)
            self.flow_stack.append('loop')

            def wbody():
                self.emit('%s += 1' % v)
                self.flow_block(depth - 1, False)
            self.block(wbody)
            self.flow_stack.pop()
            self.flow_loops.pop()
            if self.chance(0.3):
                self.emit('else:')
                self.lines_block(["print('%s-else')" % tag])
        elif c == 'with':
            self.emit('with %s(%r, %s) as %s:' % (self.flow_cm, tag, self.pick(['False', 'True', 'k % 2 == 1']),
                                                   self.fresh('cmv')))
            self.flow_stack.append('with')
            self.block(self.flow_block, depth - 1, in_finally)
            self.flow_stack.pop()
        else:
            self.emit('try:')
            self.block(self.flow_block, depth - 1, in_finally)
            hs = self.r.sample(['ValueError', 'KeyError', 'TypeError', 'Exception', '(ValueError, KeyError)'],
                               self.r.randint(0, 2))
            for h in hs:
                self.emit('except %s as e:' % h)
                self.ind += 1
                self.emit("print('%s-caught', type(e).__name__)" % tag)
                self.ind -= 1
                if self.chance(0.5):
                    self.block(self.flow_block, depth - 1, in_finally)
            if hs and self.chance(0.3):
                self.emit('else:')
                self.block(self.flow_block, depth - 1, in_finally)
            if not hs or self.chance(0.5):
                self.emit('finally:')
                self.ind += 1
                self.emit("print('%s-finally')" % tag)
                self.ind -= 1
                if self.chance(0.5):
                    self.block(self.flow_block, depth - 1, True)

    def flow_cond(self):
        parts = ['k == %d' % self.r.randint(0, 4), 'k %% 2 == %d' % self.r.randint(0, 1), 'k > %d' % self.r.randint(0, 3)]
        for v in self.flow_loops:
            parts.append('%s == %d' % (v, self.r.randint(0, 2)))
        c = self.pick(parts)
        if self.chance(0.3):
            c += ' and ' + self.pick(parts)
        return c

    # -- program ------------------------------------------------------------------------
    def program(self):
        kinds = [k for k in CHUNKS if self.on(k)]
        if not kinds:
            kinds = ['exprs']
        n = self.r.randint(2, 5)
        # a few variables to start with
        for t in self.r.sample(TYPES, 3):
            self.risk = False
            name = self.fresh()
            e = self.expr(t, 1)
            if self.risk:
                e = self.default_of(t) if t != 'int' else self.pick(SMALL_INTS)
            self.emit('%s = %s' % (name, e))
            self.scope.vars[name] = t
        for _ in range(n):
            k = self.wpick([(CHUNKS[k], k) for k in kinds])
            mark, saved = len(self.lines), dict(self.scope.vars)
            getattr(self, 'chunk_' + k)()
            if not self.on('knownmissing') and any(KNOWN_MISSING.search(ln) for ln in self.lines[mark:]):
                del self.lines[mark:]          # drop the whole chunk
                self.scope.vars = saved
            if len(self.lines) > 80:
                break
        if self.on('escape') and self.chance(0.12):
            self.emit(self.pick(['print(%s)' % self.e_any(2),
                                 'raise %s(%s)' % (self.pick(EXC_TYPES), self.pick(SMALL_INTS + ["'end'"])),
                                 '%s = 1 // 0' % self.fresh(),
                                 "print({}['missing'])",
                                 'assert %s, %s' % (self.e_bool(1), self.pick(["'msg'", '42']))]))
        else:
            vs = self.scope.vars
            shown = [self.show_expr(n, t) for n, t in vs.items() if t in TYPES][:6]
            if shown:
                self.emit('print(%s)' % ', '.join(shown))
        head = []
        if self.uses_math:
            head.append('import math')
        if self.uses_truthy:
            head += ['class Tr:',
                     '    def __init__(self, name, v):',
                     '        self.name = name',
                     '        self.v = v',
                     '    def __bool__(self):',
                     "        print('bool', self.name)",
                     '        return bool(self.v)',
                     '    def __repr__(self):',
                     "        return 'Tr(' + self.name + ')'"]
        return '\n'.join(head + self.lines) + '\n'


def generate(seed, skip=(), only=None):
    """Return the source of the program for this seed."""
    return Gen(seed, skip, only).program()


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description='Print a random Python program.')
    ap.add_argument('seed', type=int, nargs='?', default=0)
    ap.add_argument('--list', action='store_true', help='list the chunk kinds and switches')
    ap.add_argument('--skip', default='', help='comma-separated features to leave out')
    ap.add_argument('--only', default='', help='comma-separated chunk kinds to use')
    a = ap.parse_args(argv)
    if a.list:
        print('chunk kinds (weight):', ', '.join('%s (%s)' % kv for kv in CHUNKS.items()))
        for k, v in SWITCHES.items():
            print('switch %-13s %s' % (k, v))
        return
    skip = [s for s in a.skip.split(',') if s]
    only = [s for s in a.only.split(',') if s] or None
    sys.stdout.write(generate(a.seed, skip, only))


if __name__ == '__main__':
    main(sys.argv[1:])
