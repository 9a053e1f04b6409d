# An exception propagates out of a with block whose manager does not suppress it.
class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"rollback {self.name}: {exc_type.__name__}" if exc_type else f"commit {self.name}")
        return False


with Transaction("t1"):
    print("working")

with Transaction("t2") as t:
    items = {"a": 1}
    print(items["b"])
