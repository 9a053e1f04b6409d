# Default values are evaluated once, at definition time.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1))
print(safe_append(2))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(tag=next_id()):
    return tag

print(make(), make(), make(99), counter)

def memo(n, cache={}):
    if n in cache:
        return "cached " + str(cache[n])
    cache[n] = n * n
    return "computed " + str(cache[n])

print(memo(4))
print(memo(4))
print(memo(5))

def late(n=counter):
    return n

counter = 50
print(late())

fns = []
for i in range(3):
    fns.append(lambda i=i: i * 10)
print([f() for f in fns])
late_bind = [lambda: i for i in range(3)]
print([f() for f in late_bind])
