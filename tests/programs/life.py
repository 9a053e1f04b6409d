# Conway's Game of Life on a small torus.
def step(board):
    rows, cols = len(board), len(board[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += board[(r + dr) % rows][(c + dc) % cols]
            row.append(1 if n == 3 or (n == 2 and board[r][c]) else 0)
        new.append(row)
    return new

def show(board):
    for row in board:
        print("".join(["#" if v else "." for v in row]))
    print()

board = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    board[r][c] = 1
for gen in range(4):
    show(board)
    board = step(board)
print(sum([sum(row) for row in board]))
blinker = [[0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0]]
print(step(step(blinker)) == blinker, step(blinker) == blinker)
