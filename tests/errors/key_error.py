# Uncaught KeyError from a dict lookup.
prices = {"apple": 3, "pear": 5}
print(prices["apple"])
print(prices["banana"])
