# Tower of Hanoi, recursive and counted.
moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")
print(len(moves))

def simulate(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    def move(k, s, d, v):
        if k == 0:
            return
        move(k - 1, s, v, d)
        disk = pegs[s].pop()
        assert not pegs[d] or pegs[d][-1] > disk
        pegs[d].append(disk)
        move(k - 1, v, d, s)
    move(n, "A", "C", "B")
    return pegs

print(simulate(6))
def count(n):
    return 0 if n == 0 else 2 * count(n - 1) + 1
print(count(64))
