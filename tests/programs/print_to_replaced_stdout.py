# print() writes to sys.stdout when a program replaces it: one write() per piece, as CPython does;
# sys.stdout = None silences it, and sys.__stdout__ puts it back.
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
old = sys.stdout
sys.stdout = w
print("hello", 42, sep="-", end="!\n")
print()
print("x", flush=True)
sys.stdout = old
print(w.parts)
w2 = W()
print("a", "b", file=w2)
print(w2.parts)
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print("back")
