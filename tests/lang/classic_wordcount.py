# Word counting with Counter: normalisation, top words, per-line statistics.
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way."""


class WordCounter:
    STOP = frozenset({"the", "of", "it", "was", "we", "to", "us", "all"})

    def __init__(self, text):
        self.lines = text.splitlines()
        self.counts = Counter()
        self.first_line = {}
        self.by_length = defaultdict(set)
        for lineno, line in enumerate(self.lines, 1):
            for word in self.words(line):
                self.counts[word] += 1
                self.first_line.setdefault(word, lineno)
                self.by_length[len(word)].add(word)

    @staticmethod
    def words(line):
        cleaned = line.lower().translate(str.maketrans("", "", string.punctuation))
        return cleaned.split()

    def top(self, n, skip_stop=False):
        items = self.counts.most_common()
        if skip_stop:
            items = [(w, c) for w, c in items if w not in self.STOP]
        return items[:n]

    def report(self):
        total = sum(self.counts.values())
        yield f"lines: {len(self.lines)}, words: {total}, distinct: {len(self.counts)}"
        for word, count in self.top(5):
            yield f"  {word:<8}{count:>3}  {'#' * count}"
        yield "content words: " + ", ".join(f"{w}={c}" for w, c in self.top(6, skip_stop=True))
        longest = max(self.by_length)
        yield f"longest words ({longest}): {sorted(self.by_length[longest])}"
        singles = sorted(w for w, c in self.counts.items() if c == 1)
        yield f"hapax legomena: {len(singles)}, first five: {singles[:5]}"


wc = WordCounter(TEXT)
for line in wc.report():
    print(line)
print(wc.first_line["season"], wc.first_line["heaven"], wc.counts["times"], wc.counts["nope"])
lengths = Counter(len(w) for w in wc.counts.elements())
print(sorted(lengths.items()))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(5))
pairs = Counter(zip(WordCounter.words(TEXT), WordCounter.words(TEXT)[1:]))
print(pairs.most_common(3))
