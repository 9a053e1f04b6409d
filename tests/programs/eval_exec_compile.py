# eval, exec and compile: globals and locals dicts, code objects, modes, errors.
rate = 3
print(eval("rate * 7"))
print(eval("\t  rate + 1"))            # eval skips leading spaces and tabs
exec("bonus = rate * 100")
print(bonus)


def scaled(k):
    factor = 2
    print("eval sees locals:", eval("k * factor + rate"))
    box = {}
    exec("total = k * factor", {"k": k, "factor": factor}, box)
    return box


print(scaled(5))

# a globals dict of one's own: names defined there stay there
env = {"base": 10}
exec("def add(v):\n    return v + base\nresult = add(5)\n", env)
print(env["result"], env["add"](1), "__builtins__" in env)
print(sorted(k for k in env if not k.startswith("__")))

# separate locals: top-level assignments go to locals, functions see the globals
outer, inner = {"g": 1}, {}
exec("x = g + 1\ny = x * 2\ndef peek():\n    return g\n", outer, inner)
print(sorted(inner), inner["x"], inner["y"], inner["peek"]())
try:
    exec("def see():\n    return x\nseen = see()\n", outer, inner)
except NameError as e:
    print("NameError:", e)

# compile() in its three modes
expr = compile("p * q + 1", "<calc>", "eval")
print(type(expr).__name__, expr.co_filename, expr.co_name)
print(eval(expr, {"p": 4, "q": 5}), eval(expr, {"p": 0, "q": 9}))
block = compile("for i in range(3):\n    out.append(i * i)\n", "squares.py", "exec")
out = []
exec(block)
exec(block)
print(out)
print(eval(block))                      # exec-mode code evaluates to None
exec(compile("6 * 7", "<shown>", "single"))
exec(compile("None", "<shown>", "single"))
print(compile(b"'from bytes'", "b.py", "eval").co_filename, eval(b"'bytes too'"))

# eval in a loop and eval of lambdas
squares = [eval("n * n", {"n": n}) for n in range(5)]
print(squares)
make = eval("lambda a, b=2: a ** b")
print(make(3), make(2, 5))

# class bodies: exec writes into the class namespace
class Config:
    size = 4
    exec("double = size * 2")
print(Config.double)

# errors, with CPython's messages
for bad in ["1 +", "x = = 2", "\0", 42, None]:
    try:
        eval(bad)
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad_mode in ["run", "exec"]:
    try:
        print(type(compile("1", "<m>", bad_mode)).__name__)
    except ValueError as e:
        print("ValueError", e)
try:
    exec("a = 1", [])
except TypeError as e:
    print("TypeError", e)
try:
    exec("a = 1", {}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    eval("missing_name * 2")
except NameError as e:
    print("NameError", e)
try:
    exec("raise KeyError('inside')")
except KeyError as e:
    print("KeyError", e)

# the builtins module and __builtins__
import builtins
print(builtins.len is len, __builtins__ is builtins, builtins)
print(eval("len('four')", {"__builtins__": builtins}))
"""Module docstrings are the module's __doc__ only when first; this one is not."""
print(__doc__, __name__, __package__, __spec__)
count: int = 3
label: str
print(__annotations__)
