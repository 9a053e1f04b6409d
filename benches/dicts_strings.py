# Gilt benchmark: dicts and strings.
# Generates a pseudo-random text from syllables (with a linear congruential
# generator, so the text is identical everywhere), then tokenizes it with
# str.split/strip/lower/replace and counts words, bigrams and word lengths in
# dicts.  Exercises string creation and hashing, dict lookups/updates and
# dict iteration, plus set membership tests.

SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "or", "pi", "dan",
             "e", "qui", "zo", "ba", "ny", "th", "al", "ur", "ix", "mo"]
PUNCT = ["", "", "", "", "", ",", ".", ";", "!", "?"]
VOWELS = {"a", "e", "i", "o", "u", "y"}


def make_text(n_lines, words_per_line, seed):
    state = seed
    lines = []
    for _ in range(n_lines):
        words = []
        for _ in range(words_per_line):
            state = (state * 1103515245 + 12345) % 2147483648
            n_syl = 1 + state % 3
            parts = []
            for k in range(n_syl):
                state = (state * 1103515245 + 12345) % 2147483648
                # Skew the distribution so that some words are very common.
                idx = (state // 65536) % 20
                if idx > 9 and k > 0:
                    idx = idx // 2
                parts.append(SYLLABLES[idx])
            word = "".join(parts)
            state = (state * 1103515245 + 12345) % 2147483648
            if state % 7 == 0:
                word = "  " + word.replace("a", "A").replace("o", "O") + " "
            word = word + PUNCT[(state // 1024) % 10]
            words.append(word)
        lines.append(" ".join(words))
    return "\n".join(lines)


def tokenize(text):
    tokens = []
    for line in text.split("\n"):
        clean = line.replace(",", " ").replace(".", " ").replace(";", " ")
        clean = clean.replace("!", " ").replace("?", " ").lower()
        for raw in clean.split():
            w = raw.strip()
            if w:
                tokens.append(w)
    return tokens


def count_words(tokens):
    counts = {}
    for w in tokens:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(tokens):
    counts = {}
    prev = ""
    for w in tokens:
        key = prev + " " + w
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
        prev = w
    return counts


def length_histogram(counts):
    hist = {}
    for word, c in counts.items():
        n = len(word)
        hist[n] = hist.get(n, 0) + c
    return hist


def vowel_starts(tokens):
    # Set membership on the first character of every token.
    n = 0
    for w in tokens:
        if w[0] in VOWELS:
            n += 1
    return n


def first(items, k):
    return [items[i] for i in range(min(k, len(items)))]


def main():
    text = make_text(30000, 12, 20240601)
    tokens = tokenize(text)
    words = count_words(tokens)
    bigrams = count_bigrams(tokens)
    hist = length_histogram(words)
    top = first(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])), 5)
    top_bi = first(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0])), 3)
    print(f"chars={len(text)} tokens={len(tokens)} distinct={len(words)} bigrams={len(bigrams)}")
    print("top words: " + ", ".join([f"{w}={c}" for w, c in top]))
    print("top bigrams: " + ", ".join([f"[{w}]={c}" for w, c in top_bi]))
    print("lengths: " + " ".join([f"{n}:{hist[n]}" for n in sorted(hist.keys())]))
    print(f"total of counts = {sum(words.values())}, vowel-initial tokens = {vowel_starts(tokens)}")


main()
