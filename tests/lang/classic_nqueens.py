# N-queens with a class-based backtracking solver.
class Board:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.diag1 = set()
        self.diag2 = set()
        self.queens = []

    def safe(self, row, col):
        return col not in self.cols and (row - col) not in self.diag1 and (row + col) not in self.diag2

    def place(self, row, col):
        self.queens.append(col)
        self.cols.add(col)
        self.diag1.add(row - col)
        self.diag2.add(row + col)

    def remove(self, row, col):
        self.queens.pop()
        self.cols.discard(col)
        self.diag1.discard(row - col)
        self.diag2.discard(row + col)

    def render(self):
        return "\n".join("".join("Q" if c == q else "." for c in range(self.n)) for q in self.queens)


class Solver:
    def __init__(self, n):
        self.board = Board(n)
        self.n = n
        self.nodes = 0

    def solutions(self, row=0):
        if row == 0:
            self.board = Board(self.n)
        if row == self.n:
            yield tuple(self.board.queens)
            return
        for col in range(self.n):
            self.nodes += 1
            if self.board.safe(row, col):
                self.board.place(row, col)
                yield from self.solutions(row + 1)
                self.board.remove(row, col)

    def count(self):
        return sum(1 for _ in self.solutions())

    def first(self):
        for sol in self.solutions():
            return sol
        return None


for n in range(1, 9):
    s = Solver(n)
    print(f"n={n}: {s.count()} solutions, {s.nodes} nodes tried")

s6 = Solver(6)
first6 = s6.first()
print(first6, s6.first() == first6)
b = Board(6)
for r, c in enumerate(first6):
    b.place(r, c)
print(b.render())

all6 = list(Solver(6).solutions())
print(all6)


def mirror(sol):
    n = len(sol)
    return tuple(n - 1 - c for c in sol)


print(all(mirror(s) in all6 for s in all6))
first8 = Solver(8).first()
print(first8, len(set(first8)) == 8)
