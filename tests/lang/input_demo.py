# input(): reading lines through sys.stdin redirected to a file, prompts, and EOFError.
import sys
import os  # only os.remove is used, to delete the temporary file

path = "/tmp/gilt_lang_input_demo.txt"
with open(path, "w") as f:
    f.write("Ada Lovelace\n")
    f.write("36\n")
    f.write("3 1 4 1 5\n")
    f.write("  spaced out  \n")
    f.write("last line without newline")

saved = sys.stdin
sys.stdin = open(path)
try:
    name = input("Name? ")
    print()
    age = int(input("Age? "))
    print()
    nums = list(map(int, input().split()))
    raw = input()
    last = input("> ")
    print()
    print(repr(name), age + 1, sorted(nums), sum(nums), repr(raw), repr(last))
    try:
        input("more? ")
    except EOFError as e:
        print()
        print("EOFError:", e)
finally:
    sys.stdin.close()
    sys.stdin = saved
    os.remove(path)

# A tiny interactive calculator fed from a script file.
script = "/tmp/gilt_lang_input_calc.txt"
with open(script, "w") as f:
    f.write("add 2 3\nmul 4 5\nneg 7\nbogus 1\nquit\nadd 100 100\n")
sys.stdin = open(script)
commands = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "neg": lambda a: -a}
while True:
    line = input()
    if line == "quit":
        print("bye")
        break
    op, *args = line.split()
    fn = commands.get(op)
    if fn is None:
        print(f"unknown command {op!r}")
        continue
    print(op, args, "=", fn(*map(int, args)))
rest = sys.stdin.read()
sys.stdin.close()
sys.stdin = saved
os.remove(script)
print("unread:", repr(rest))
