#!/bin/sh
# Runs every check Gilt has, in both builds: formatting, clippy, unit tests, the program corpus,
# the error corpus and the differential comparison with CPython (when /usr/bin/python3 exists).
# Usage: tests/run_all.sh        (from anywhere inside the repository)
set -eu
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check

for features in "" "--features free-threading"; do
    label=${features:-"(GIL build)"}
    echo "== clippy $label"
    # shellcheck disable=SC2086
    cargo clippy --all-targets $features -- -D warnings
    echo "== tests $label"
    # shellcheck disable=SC2086
    cargo test $features
done
echo "== all checks passed in both builds"
