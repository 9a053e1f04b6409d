#!/bin/sh
# Regenerates the expected outputs of the Gilt test corpus from CPython 3.11.
# Run from the crate root: sh tests/regen.sh
# Programs in tests/programs must exit 0; argv.py is run with the arguments "a b c".
# Error programs in tests/errors get NAME.err (stderr, with the absolute crate path
# removed so tracebacks read tests/errors/NAME.py), NAME.code (exit status) and,
# when they print anything, NAME.out. A program with a NAME.lastline file keeps it
# (only its last stderr line is compared) and gets no NAME.err.
set -u
PY=${PY:-/usr/bin/python3}
ROOT=$(pwd)
status=0
for f in tests/programs/*.py; do
    n=${f%.py}
    args=""
    [ "$(basename "$n")" = argv ] && args="a b c"
    # shellcheck disable=SC2086
    if ! "$PY" "$f" $args > "$n.out"; then
        echo "FAILED (nonzero exit): $f" >&2
        status=1
    fi
done
for f in tests/errors/*.py; do
    n=${f%.py}
    "$PY" "$f" > "$n.stdout.tmp" 2> "$n.stderr.tmp"
    echo $? > "$n.code"
    if [ -f "$n.lastline" ]; then
        tail -n 1 "$n.stderr.tmp" > "$n.lastline"
    else
        sed "s#File \"$ROOT/#File \"#" "$n.stderr.tmp" > "$n.err"
    fi
    if [ -s "$n.stdout.tmp" ]; then
        mv "$n.stdout.tmp" "$n.out"
    else
        rm -f "$n.stdout.tmp" "$n.out"
    fi
    rm -f "$n.stderr.tmp"
done
exit $status
