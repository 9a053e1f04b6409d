# Huge allocations raise MemoryError instead of crashing.
try:
    s = "a" * 10 ** 13
    print("allocated", len(s))
except MemoryError as e:
    print("MemoryError caught", type(e).__name__, e.args)
try:
    x = "ab" * 10 ** 13
except MemoryError:
    print("second MemoryError caught")
print("after", "a" * 3)
