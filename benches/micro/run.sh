#!/bin/sh
# Instructions per iteration of one construct, Gilt against CPython: each program runs a
# million iterations of a loop around the construct; callgrind counts the whole run, and
# `loop.py` (the same loop, empty) is subtracted. Stable on a noisy machine; about a minute.
# Usage: benches/micro/run.sh [GILT_BIN] [PROGRAM...]   (default: target/release/gilt, all)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gilt=${1:-$here/../../target/release/gilt}
[ $# -gt 0 ] && shift
progs=${*:-"call method attr str_eq dict_get"}
count() { # BIN PROGRAM -> instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$here/$2.py" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : *//p'
}
g0=$(count "$gilt" loop); c0=$(count /usr/bin/python3 loop)
printf "%-10s %8s %8s\n" construct Gilt CPython
printf "%-10s %8d %8d\n" loop $((g0 / 1000000)) $((c0 / 1000000))
for p in $progs; do
    g=$(count "$gilt" "$p"); c=$(count /usr/bin/python3 "$p")
    printf "%-10s %8d %8d\n" "$p" $(((g - g0) / 1000000)) $(((c - c0) / 1000000))
done
