# Word frequency counting with dictionaries.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""

counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    counts[word] = counts.get(word, 0) + 1

print(len(counts), "distinct words")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<12}{n:>3} {'#' * n}")
print(counts)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(top, [letters[c] for c in top])
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
lines = text.splitlines()
print([len(l.split()) for l in lines])
