# Globals stored to in loops, shadowing builtins, deleted and re-created: every read sees
# the latest store, whichever way the interpreter remembers where a global lives.
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter


print(bump(1000), bump(10), counter)

# a builtin, then a global of the same name made between two reads, then deleted again
def measure(items):
    return len(items)


first = measure("abc")
len = lambda x: -1  # noqa: E731
second = measure("abc")
del len
third = measure("abc")
print(first, second, third)

# globals created and deleted while a loop reads another one
total = 0
step = 2
for i in range(20):
    total += step
    if i == 5:
        extra = 1
    if i == 10:
        del extra
    if i == 15:
        step = 3
print(total, "extra" in globals(), step)

# a name deleted and re-bound: a stale entry must not be read
value = "one"


def read_value():
    return value


seen = [read_value()]
del value
try:
    read_value()
except NameError as e:
    seen.append(str(e))
value = "two"
seen.append(read_value())
globals()["value"] = "three"
seen.append(read_value())
print(seen)

# many globals added one after another (the dict grows and is rebuilt)
for k in range(40):
    globals()["g%d" % k] = k
acc = 0
for k in range(40):
    acc += globals()["g%d" % k]
print(acc, g0, g39)


# a global written from a function and read at top level
def set_mode(m):
    global mode
    mode = m


for m in ["a", "b", "c"]:
    set_mode(m)
    print(mode, end=" ")
print()
