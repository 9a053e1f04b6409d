# A function's equal constants share one slot, but 1, 1.0 and True (and 0.0 and -0.0) are
# kept apart: first with a few constants, then past the point where the compiler indexes them.
def few():
    return (1, 1.0, True, 0, 0.0, False, -0.0, 2**70, 2**70, 'a', 'a', None, b'a', 'b')


def many():
    head = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
    return head + [1.0, True, 5, 5.0, 20, 20.0, -0.0, 0.0, False, 'x', 'x', 2**64, 2**64 + 0]


print(few())
print(many()[-13:])
print([type(v).__name__ for v in few()])

# many global names in one function: found again past the compiler's small-table limit
g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = 1
h0 = h1 = h2 = h3 = h4 = h5 = h6 = h7 = h8 = h9 = 2


def total():
    return (g0 + g1 + g2 + g3 + g4 + g5 + g6 + g7 + g8 + g9
            + h0 + h1 + h2 + h3 + h4 + h5 + h6 + h7 + h8 + h9 + g0 + h9 + len('abc'))


print(total())
