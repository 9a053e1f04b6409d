# Every pair of binary operators from `|` to `*` (plus `**` and the unary ones), in both
# orders, evaluated left to right as CPython groups them.
ops = ["|", "^", "&", "<<", ">>", "+", "-", "*", "//", "%"]
vals = [(13, 5, 3), (-7, 4, 2), (100, 3, 1)]
for a, b, c in vals:
    print(
        a | b ^ c, a ^ b | c, a & b | c, a | b & c, a << b >> c, a >> c << b,
        a + b << c, a << b + c, a - b * c, a * b - c, a // b * c, a * b // c,
        a % b + c, a + b % c, a - b - c, a // b // c, a & b ^ c & a, a ^ b & c ^ a,
        a | b + c * a - b // c % a ^ b & c << 1 >> 1,
        -a ** 2, (-a) ** 2, 2 ** -c, ~a & b, -a * -b, +a - -b, ~a ** 2,
        a * (b + c), (a | b) & c, a - (b - c), 2 ** c ** 2,
    )
print(2 * 3 + 4 * 5 - 6 // 2 % 4 << 1 | 3 ^ 7 & 12)
print([0] * 2 + [1] * 3, "x" * 3 + "-" * 2)
print(1.5 * 2 - 0.25 / 0.5 + 7 % 2.5)
s = {1, 2, 3} | {4} & {4, 5} ^ {1}
print(sorted(s))
