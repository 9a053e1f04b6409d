# global declarations and module-level scope.
total = 0
names = []

def add(n):
    global total
    total += n
    names.append(n)

for i in range(5):
    add(i)
print(total, names)

def create():
    global created
    created = "yes"

create()
print(created)

x = "module"
def read_only():
    return x

def local_shadow():
    x = "local"
    return x

print(read_only(), local_shadow(), x)

def reset():
    global total, names
    total = 0
    names = ["reset"]

reset()
print(total, names)

level = 1
def outer():
    level = 2
    def inner():
        global level
        level = 3
        return level
    r = inner()
    return level, r

print(outer(), level)

def count_calls():
    global calls
    try:
        calls += 1
    except NameError:
        calls = 1
    return calls

print(count_calls(), count_calls(), count_calls())

for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = "visible"
print(block_var)
squares = [q * q for q in range(3)]
try:
    print(q)
except NameError as e:
    print("NameError:", e)
