class B:
    def __dir__(self): return ("q", "h")
print(dir(B()))
class C:
    def __dir__(self): return iter(["z", "a"])
print(dir(C()))
class D:
    def __dir__(self): return 5
try: dir(D())
except TypeError as e: print(e)
