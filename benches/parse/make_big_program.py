#!/usr/bin/python3
"""Writes a 100,000-line Gilt program for timing the parser and compiler.

Usage:
    /usr/bin/python3 benches/parse/make_big_program.py OUT.py
    time target/release/gilt OUT.py      # parse, compile and run; prints "ok"

The program is 25,000 small function definitions (each four lines: a default
argument, arithmetic, an `if` and a list with a string and a dict display),
then one print. Running it only executes the `def` statements, so nearly all
of the time is lexing, parsing and compiling.
"""

import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    parts = []
    for i in range(25000):
        parts.append(
            f"def f{i}(a, b=2):\n"
            f"    x = a * b + {i}\n"
            f"    if x > 10:\n"
            f"        return [x, 'str{i}', {{'k': x}}]\n"
        )
    parts.append("print('ok')\n")
    with open(sys.argv[1], "w") as out:
        out.write("".join(parts))


main()
