# An exception raised inside a generator consumed by a for loop in a method.
def parse_numbers(lines):
    for lineno, line in enumerate(lines, 1):
        yield lineno, float(line)


class Summer:
    def __init__(self):
        self.total = 0.0

    def consume(self, lines):
        for lineno, value in parse_numbers(lines):
            self.total += value
            print(f"line {lineno}: running total {self.total}")
        return self.total


Summer().consume(["1.5", "2", "three", "4"])
