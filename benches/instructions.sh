#!/bin/sh
# Counts the instructions a Gilt binary executes on benchmark programs (valgrind's callgrind):
# stable on a noisy machine, so it shows differences of a percent or two that timings cannot.
# About 50 times slower than a normal run. Usage: benches/instructions.sh BIN PROGRAM...
set -eu
[ $# -ge 2 ] || { echo "usage: $0 BIN PROGRAM..." >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for p in "$@"; do
    p=${p%.py}
    n=$(valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$here/$p.py" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : *//p')
    printf "%-16s %s\n" "$p" "$n"
done
