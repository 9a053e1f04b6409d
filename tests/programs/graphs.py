# Graph algorithms on adjacency dicts: BFS, DFS, topological sort, Dijkstra.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}

def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = [n for n in graph if indeg[n] == 0]
    out = []
    while ready:
        ready.sort()
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return out

print(bfs("a"), dfs("a"), topo())

weighted = {
    "s": {"a": 7, "b": 2},
    "a": {"t": 1},
    "b": {"a": 3, "t": 9},
    "t": {},
}

def dijkstra(src):
    dist = {n: float("inf") for n in weighted}
    prev = {}
    dist[src] = 0
    todo = list(weighted)
    while todo:
        u = min(todo, key=lambda n: dist[n])
        todo.remove(u)
        for v, w in weighted[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev

dist, prev = dijkstra("s")
print(dist)
path, node = [], "t"
while node != "s":
    path.append(node)
    node = prev[node]
path.append("s")
print(" -> ".join(reversed(path)))
grid = ["..#....", ".##.##.", "....#..", "#.#...#", "......."]
def shortest(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    frontier = [(start, 0)]
    seen = {start}
    while frontier:
        (r, c), d = frontier.pop(0)
        if (r, c) == goal:
            return d
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                frontier.append(((nr, nc), d + 1))
    return -1
print(shortest(grid, (0, 0), (4, 6)), shortest(grid, (0, 0), (0, 3)))
