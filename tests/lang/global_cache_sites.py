# A LoadGlobal remembers its value per site while no module namespace changes; every kind of
# change must show on the next read.

x = 1


def read():
    return x


def set_x(v):
    global x
    x = v


out = [read()]
set_x(2)
out.append(read())
globals()["x"] = 3
out.append(read())
del x
try:
    read()
except NameError as e:
    out.append(str(e))
x = 4
out.append(read())
print(out)


def use_len():
    return len("abc")


print(use_len())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

