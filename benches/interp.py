# Gilt benchmark: an interpreter written in Python.
# A tokenizer and a recursive-descent parser for a tiny statement language
# (assignments, while, if/else, print, integer arithmetic, comparisons,
# and/or/not), which builds a tree of small node classes; a tree-walking
# evaluator then runs a few programs (a prime count, Collatz chain lengths,
# Euclid's gcd in a double loop, an iterative Fibonacci).  Measures string
# scanning, method dispatch on node classes (each node has its own `ev` or
# `run`), dict-based variable lookup and deep recursion through small methods.

SOURCES = {
    "primes": """
        n = 2; count = 0; last = 0;
        while n < LIMIT {
            d = 2; isp = 1;
            while d * d <= n and isp {
                if n % d == 0 { isp = 0; }
                d = d + 1;
            }
            if isp { count = count + 1; last = n; if n % 500 == 1 { print n; } }
            n = n + 1;
        }
        print count; print last;
    """,
    "collatz": """
        i = 1; best = 0; best_i = 0; total = 0;
        while i <= LIMIT {
            x = i; steps = 0;
            while x != 1 {
                if x % 2 == 0 { x = x / 2; } else { x = 3 * x + 1; }
                steps = steps + 1;
            }
            total = total + steps;
            if steps > best { best = steps; best_i = i; }
            i = i + 1;
        }
        print best_i; print best; print total;
    """,
    "gcd": """
        a = 1; s = 0; ones = 0;
        while a <= LIMIT {
            b = 1;
            while b <= LIMIT {
                x = a; y = b;
                while y > 0 { t = x % y; x = y; y = t; }
                s = s + x;
                if x == 1 { ones = ones + 1; }
                b = b + 3;
            }
            a = a + 1;
        }
        print s; print ones;
    """,
    "fib": """
        k = 0; acc = 0;
        while k < LIMIT {
            a = 0; b = 1; j = 0;
            while j < 60 { t = (a + b) % 1000000007; a = b; b = t; j = j + 1; }
            acc = (acc * 31 + a - -k) % 1000003;
            if not (k % 1000 != 0 or k == 0) { print acc; }
            k = k + 1;
        }
        print acc;
    """,
}

KEYWORDS = ("while", "if", "else", "print", "and", "or", "not")
TWO_CHAR = ("<=", ">=", "==", "!=")
ONE_CHAR = "+-*/%<>=(){};"


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == " " or c == "\n" or c == "\t":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            if word in KEYWORDS:
                tokens.append((word, word))
            else:
                tokens.append(("name", word))
            i = j
        elif text[i:i + 2] in TWO_CHAR:
            tokens.append((text[i:i + 2], None))
            i += 2
        elif c in ONE_CHAR:
            tokens.append((c, None))
            i += 1
        else:
            raise ParseError(f"bad character {c!r} at {i}")
    tokens.append(("eof", None))
    return tokens


# ---- AST nodes -------------------------------------------------------------

class Num:
    def __init__(self, value):
        self.value = value

    def ev(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def ev(self, env):
        return env[self.name]


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def ev(self, env):
        a = self.left.ev(env)
        b = self.right.ev(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a // b
        if op == "%":
            return a % b
        if op == "<":
            return 1 if a < b else 0
        if op == "<=":
            return 1 if a <= b else 0
        if op == ">":
            return 1 if a > b else 0
        if op == ">=":
            return 1 if a >= b else 0
        if op == "==":
            return 1 if a == b else 0
        if op == "!=":
            return 1 if a != b else 0
        raise ValueError("unknown operator " + op)


class And:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def ev(self, env):
        if self.left.ev(env):
            return 1 if self.right.ev(env) else 0
        return 0


class Or:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def ev(self, env):
        if self.left.ev(env):
            return 1
        return 1 if self.right.ev(env) else 0


class Not:
    def __init__(self, operand):
        self.operand = operand

    def ev(self, env):
        return 0 if self.operand.ev(env) else 1


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def ev(self, env):
        return -self.operand.ev(env)


class Assign:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def run(self, env, out):
        env[self.name] = self.expr.ev(env)


class Print:
    def __init__(self, expr):
        self.expr = expr

    def run(self, env, out):
        out.append(self.expr.ev(env))


class Block:
    def __init__(self, body):
        self.body = body

    def run(self, env, out):
        for stmt in self.body:
            stmt.run(env, out)


class While:
    def __init__(self, cond, body):
        self.cond = cond
        self.body = body

    def run(self, env, out):
        cond = self.cond
        body = self.body
        while cond.ev(env):
            body.run(env, out)


class If:
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def run(self, env, out):
        if self.cond.ev(env):
            self.then.run(env, out)
        elif self.other is not None:
            self.other.run(env, out)


# ---- parser ----------------------------------------------------------------

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos][0]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind):
        tok = self.advance()
        if tok[0] != kind:
            raise ParseError(f"expected {kind} but found {tok[0]} at token {self.pos - 1}")
        return tok

    def program(self):
        body = []
        while self.peek() != "eof":
            body.append(self.statement())
        return Block(body)

    def block(self):
        self.expect("{")
        body = []
        while self.peek() != "}":
            body.append(self.statement())
        self.expect("}")
        return Block(body)

    def statement(self):
        kind = self.peek()
        if kind == "while":
            self.advance()
            cond = self.expr()
            return While(cond, self.block())
        if kind == "if":
            self.advance()
            cond = self.expr()
            then = self.block()
            other = None
            if self.peek() == "else":
                self.advance()
                other = self.block()
            return If(cond, then, other)
        if kind == "print":
            self.advance()
            e = self.expr()
            self.expect(";")
            return Print(e)
        name = self.expect("name")[1]
        self.expect("=")
        e = self.expr()
        self.expect(";")
        return Assign(name, e)

    def expr(self):
        left = self.and_expr()
        while self.peek() == "or":
            self.advance()
            left = Or(left, self.and_expr())
        return left

    def and_expr(self):
        left = self.not_expr()
        while self.peek() == "and":
            self.advance()
            left = And(left, self.not_expr())
        return left

    def not_expr(self):
        if self.peek() == "not":
            self.advance()
            return Not(self.not_expr())
        return self.comparison()

    def comparison(self):
        left = self.additive()
        if self.peek() in ("<", "<=", ">", ">=", "==", "!="):
            op = self.advance()[0]
            left = BinOp(op, left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while self.peek() in ("+", "-"):
            op = self.advance()[0]
            left = BinOp(op, left, self.term())
        return left

    def term(self):
        left = self.unary()
        while self.peek() in ("*", "/", "%"):
            op = self.advance()[0]
            left = BinOp(op, left, self.unary())
        return left

    def unary(self):
        if self.peek() == "-":
            self.advance()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        tok = self.advance()
        if tok[0] == "num":
            return Num(tok[1])
        if tok[0] == "name":
            return Var(tok[1])
        if tok[0] == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise ParseError(f"unexpected {tok[0]} at token {self.pos - 1}")


def count_nodes(node):
    # Generic walk over the attributes of the node classes above.
    total = 1
    if isinstance(node, Block):
        for stmt in node.body:
            total += count_nodes(stmt)
        return total
    for child in (getattr(node, "left", None), getattr(node, "right", None),
                  getattr(node, "operand", None), getattr(node, "expr", None),
                  getattr(node, "cond", None), getattr(node, "body", None),
                  getattr(node, "then", None), getattr(node, "other", None)):
        if child is not None:
            total += count_nodes(child)
    return total


def compile_source(name, limit):
    text = SOURCES[name].replace("LIMIT", str(limit))
    return Parser(tokenize(text)).program()


def run_program(name, limit):
    tree = compile_source(name, limit)
    env = {}
    out = []
    tree.run(env, out)
    return out, count_nodes(tree), len(env)


def main():
    # Front end alone: tokenize and parse every program many times.
    tokens = 0
    nodes = 0
    for rep in range(60):
        for name in sorted(SOURCES):
            text = SOURCES[name].replace("LIMIT", str(rep))
            toks = tokenize(text)
            tokens += len(toks)
            nodes += count_nodes(Parser(toks).program())
    print(f"front end: {tokens} tokens, {nodes} nodes")

    errors = []
    for bad in ("x = ;", "while 1 { y = 2; ", "z = 3 $ 4;", "if (1 { }"):
        try:
            Parser(tokenize(bad)).program()
            errors.append("ok")
        except ParseError as e:
            errors.append(str(e))
    for msg in errors:
        print(f"parse error: {msg}")

    for name, limit in (("primes", 14000), ("collatz", 2300), ("gcd", 150), ("fib", 4000)):
        out, n_nodes, n_vars = run_program(name, limit)
        shown = out if len(out) <= 6 else out[:3] + ["..."] + out[-3:]
        print(f"{name}({limit}): {len(out)} outputs, {n_nodes} nodes, {n_vars} vars: {shown}")


main()
