# Binary trees: allocate full trees, check them, keep one long-lived tree.
class Node:
    __count = 0

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        Node.__count += 1

    @classmethod
    def created(cls):
        return cls.__count

    @staticmethod
    def make(depth):
        if depth == 0:
            return Node()
        return Node(Node.make(depth - 1), Node.make(depth - 1))

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()

    def depth(self):
        if self.left is None:
            return 0
        return 1 + max(self.left.depth(), self.right.depth())

    def __iter__(self):
        yield self
        if self.left is not None:
            yield from self.left
            yield from self.right


class Benchmark:
    def __init__(self, max_depth, min_depth=4):
        self.min_depth = min_depth
        self.max_depth = max(min_depth + 2, max_depth)
        self.lines = []

    def run(self):
        stretch = self.max_depth + 1
        self.lines.append(f"stretch tree of depth {stretch}\t check: {Node.make(stretch).check()}")
        long_lived = Node.make(self.max_depth)
        for d in range(self.min_depth, self.max_depth + 1, 2):
            iterations = 2 ** (self.max_depth - d + self.min_depth)
            total = 0
            for _ in range(iterations):
                total += Node.make(d).check()
            self.lines.append(f"{iterations}\t trees of depth {d}\t check: {total}")
        self.lines.append(f"long lived tree of depth {self.max_depth}\t check: {long_lived.check()}")
        return self


for line in Benchmark(8).run().lines:
    print(line)
t = Node.make(5)
print(t.check(), t.depth(), sum(1 for _ in t), sum(1 for n in t if n.left is None))
print(Node.created() > 0, hasattr(Node, "__count"), hasattr(Node, "_Node__count"))
