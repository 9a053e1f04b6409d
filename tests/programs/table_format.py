# Formatting text tables with f-strings, format and %.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 1999.999),
    ("Doohickey", 250, 0.1),
]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>10}|{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>5d}|{price:>10.2f}|{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}|{'':>5}|{'':>10}|{grand:>12,.2f}")
print()
print("%-8s %6s %6s" % ("n", "n^2", "n^3"))
for n in range(1, 6):
    print("%-8d %6d %6d" % (n, n ** 2, n ** 3))
print()
for n in [0, 7, 255, 1024]:
    print("{0:>5} {0:>#8x} {0:>#12b} {0:>06o}".format(n))
print()
for pct in [0.0, 0.125, 0.5, 0.999, 1.0]:
    bar = "#" * int(pct * 20)
    print(f"{pct:6.1%} [{bar:<20}]")
print("|{:^10}|{:^10}|".format("left", "right"))
print("|{:^10}|{:^10}|".format(1.5, -2))
