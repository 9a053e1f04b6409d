# Gilt benchmark: allocation and recursive traversal.
# The binary-trees benchmark: build complete binary trees bottom-up, walk
# them to count their nodes, and throw them away.  One "stretch" tree and one
# long-lived tree stay alive while many short-lived trees of increasing depth
# are allocated and freed, so the allocator and the reclamation of dead
# objects are exercised as much as the recursive calls.  The trees are made
# of small class instances (two attributes each); a second pass builds the
# same shapes out of nested tuples.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def check_tuple_tree(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check_tuple_tree(left) + check_tuple_tree(right)


def run(max_depth, make, check, label):
    min_depth = 4
    stretch = max_depth + 1
    print(f"{label} stretch tree of depth {stretch}\t check: {check(make(stretch))}")
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make(depth))
        print(f"{label} {iterations}\t trees of depth {depth}\t check: {total}")
    print(f"{label} long lived tree of depth {max_depth}\t check: {check(long_lived)}")


def main():
    run(14, make_tree, Node.check, "node")
    run(11, make_tuple_tree, check_tuple_tree, "tuple")


main()
