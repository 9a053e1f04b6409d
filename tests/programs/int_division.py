# Division, floor division, modulo and powers with negative operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 7)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5)]
for a, b in fpairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))

print(divmod(-7, 2))
print(divmod(7, -3))
print(-1 % 10, -11 % 10, 11 % -10)
print(-0.5 % 1.0)
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3, (-2) ** 3, (-2) ** -3)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(0 ** 0, 0.0 ** 0)
print(4 ** 0.5, 8 ** (1 / 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 1000007))
print(pow(-3, 3, 7), pow(7, 0, 13))
print(10 // 3 * 3 + 10 % 3)
print(-10 // 3 * 3 + -10 % 3)
print(True + True, True * 10, False - 1)
print(7 // 1.0, 7 / 1)
print(1 // 3, -1 // 3)
print(abs(-17), abs(17), abs(0))
print(100 % 7 == 100 - 7 * (100 // 7))
print((-100) % 7 == -100 - 7 * (-100 // 7))
print(3 * 1.0, 3 + 0.0, 3 - 0.5)
print(int(7 / 2), int(-7 / 2))
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63))
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print((2 ** 64) // 3, (2 ** 64) % 1000)
print(-(2 ** 70) // 7, -(2 ** 70) % 7)
