#!/usr/bin/env bash
# Seeds fuzz/corpus/{lex_parse,compile,run} from the repository's Python programs
# (tests/**/*.py, benches/*.py, examples/**/*.py). Files are named by content hash, so
# running it again adds nothing twice. Programs longer than the fuzzers' -max_len are kept:
# libFuzzer reads their first max_len bytes. MAX_LEN=N skips files over N bytes.
# GENPROG=N also adds N random programs from tests/fuzz/genprog.py (seeds 1..N).
#   usage: fuzz/seed.sh            (from anywhere)
#          GENPROG=200 fuzz/seed.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
max_len="${MAX_LEN:-0}"
cd "$root"
targets=(lex_parse compile run)
for t in "${targets[@]}"; do mkdir -p "fuzz/corpus/$t"; done
n=0 skipped=0
while IFS= read -r -d '' f; do
    if [ "$max_len" -gt 0 ] && [ "$(wc -c <"$f")" -gt "$max_len" ]; then skipped=$((skipped + 1)); continue; fi
    h="$(sha1sum "$f" | cut -c1-40)"
    for t in "${targets[@]}"; do cp "$f" "fuzz/corpus/$t/$h"; done
    n=$((n + 1))
done < <(find tests benches examples -name '*.py' -type f -print0 2>/dev/null)
gen="${GENPROG:-0}"
for ((i = 1; i <= gen; i++)); do
    f="$(mktemp)"
    /usr/bin/env python3 tests/fuzz/genprog.py "$i" >"$f"
    h="$(sha1sum "$f" | cut -c1-40)"
    for t in "${targets[@]}"; do cp "$f" "fuzz/corpus/$t/$h"; done
    rm -f "$f"
done
[ "$gen" -gt 0 ] && echo "added $gen generated programs (tests/fuzz/genprog.py)"
echo "seeded $n programs into fuzz/corpus/{lex_parse,compile,run} ($skipped skipped as over MAX_LEN)"
