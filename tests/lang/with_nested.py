# Several managers in one with, nested with blocks, enter/exit ordering.
events = []


class Tracked:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        if self.fail_enter:
            events.append(f"enter {self.name} FAILED")
            raise OSError(f"cannot open {self.name}")
        events.append(f"enter {self.name}")
        return self.name

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress


def show(label):
    print(label)
    for e in events:
        print("   ", e)
    events.clear()


with Tracked("A") as a, Tracked("B") as b, Tracked("C") as c:
    events.append(f"body {a}{b}{c}")
show("three managers:")

with Tracked("outer"):
    with Tracked("middle"):
        with Tracked("inner"):
            events.append("body")
show("nested:")

try:
    with Tracked("A"), Tracked("B", fail_enter=True), Tracked("C"):
        events.append("body never runs")
except OSError as e:
    events.append(f"caught {e}")
show("second enter fails:")

try:
    with Tracked("A"), Tracked("B"):
        raise ValueError("in body")
except ValueError:
    events.append("caught ValueError")
show("exception through two managers:")

with Tracked("A"), Tracked("B", suppress=True), Tracked("C"):
    raise KeyError("x")
show("middle manager suppresses:")

with Tracked("outer", suppress=True):
    with Tracked("inner"):
        raise IndexError("deep")
    events.append("not reached")
events.append("after outer")
show("outer suppresses inner's exception:")

# Parenthesized multi-manager form.
with (
    Tracked("P") as p,
    Tracked("Q") as q,
):
    events.append(f"body {p}{q}")
show("parenthesized:")


# A manager whose __exit__ raises while another exit is pending.
class Exploding:
    def __enter__(self):
        events.append("enter Exploding")

    def __exit__(self, et, ev, tb):
        events.append("exit Exploding raises")
        raise RuntimeError("from exit")


try:
    with Tracked("A"), Exploding():
        events.append("body")
except RuntimeError as e:
    events.append(f"caught {e}")
show("exit raises:")


# Reusable manager used twice in nesting.
class Indent:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *a):
        self.level -= 1

    def line(self, text):
        print("  " * self.level + text)


ind = Indent()
with ind:
    ind.line("level one")
    with ind:
        ind.line("level two")
        with ind:
            ind.line("level three")
    ind.line("back to one")
ind.line("level zero")


# with inside a loop inside a function with return from the innermost block.
def find(target):
    for i in range(5):
        with Tracked(f"loop{i}"):
            with Tracked(f"inner{i}"):
                if i == target:
                    return i
    return None


print(find(1))
show("return from nested with:")


# with inside a generator: exit runs when the generator is closed.
def reader():
    with Tracked("gen"):
        yield 1
        yield 2


g = reader()
print(next(g))
g.close()
show("generator closed inside with:")
