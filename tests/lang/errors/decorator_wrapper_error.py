# A traceback passing through a decorator's wrapper function (functools.wraps keeps the inner name).
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"calling {fn.__name__}{args[1:]}")
        return fn(*args)
    return wrapper


class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    @logged
    def take(self, name, count):
        self.items[name] -= count
        return self.items[name]

    @property
    def empty(self):
        return all(v == 0 for v in self.items.values())


inv = Inventory()
print(inv.take("apple", 3), inv.empty)
inv.take("pear", 1)
