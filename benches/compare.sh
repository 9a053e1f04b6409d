#!/bin/sh
# Compares two Gilt binaries on benchmark programs, runs interleaved (A, B, A, B, ...) so that
# a slow spell of the machine hits both alike; prints the best user time of each and B/A.
# Usage: benches/compare.sh BIN_A BIN_B PROGRAM... [RUNS=5 in the environment]
#   e.g. benches/compare.sh /tmp/gilt-before target/release/gilt fib richards
set -eu
[ $# -ge 3 ] || { echo "usage: $0 BIN_A BIN_B PROGRAM..." >&2; exit 2; }
a=$1; b=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
runs=${RUNS:-5}
user_time() { # BIN PROGRAM -> user seconds of one run
    /usr/bin/time -f "%U" "$1" "$here/$2.py" 2>&1 >/dev/null | tail -n 1
}
printf "%-16s %8s %8s %7s\n" program A B B/A
for p in "$@"; do
    p=${p%.py}
    best_a=; best_b=
    i=0
    while [ "$i" -lt "$runs" ]; do
        ta=$(user_time "$a" "$p"); tb=$(user_time "$b" "$p")
        best_a=$(printf "%s\n%s\n" "${best_a:-$ta}" "$ta" | sort -g | head -n 1)
        best_b=$(printf "%s\n%s\n" "${best_b:-$tb}" "$tb" | sort -g | head -n 1)
        i=$((i + 1))
    done
    printf "%-16s %8s %8s %7s\n" "$p" "$best_a" "$best_b" \
        "$(awk -v a="$best_a" -v b="$best_b" 'BEGIN { printf "%.3f", b / a }')"
done
