# A bare raise re-raises the active exception.
def load(items, i):
    try:
        return items[i]
    except IndexError:
        print("index", i, "is bad")
        raise

print(load([1, 2], 1))
load([1, 2], 7)
