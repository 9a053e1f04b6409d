# if/elif/else, while and for with else, break and continue.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 42]:
    print(v, classify(v))

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("while finished without break")

j = 0
while j < 3:
    j += 1
else:
    print("while else ran, j =", j)

for x in []:
    print("never")
else:
    print("empty for else")

found = None
for w in ["alpha", "beta", "gamma"]:
    if w.startswith("b"):
        found = w
        break
else:
    found = "none"
print("found", found)

count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)

for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == b:
            continue
        print("pair", a, b)

if []:
    print("empty list truthy")
elif {}:
    print("empty dict truthy")
elif 0.0:
    print("zero truthy")
elif "":
    print("empty string truthy")
elif None:
    print("None truthy")
else:
    print("all falsy")

if [0] and (0,) and "0" and {0: 0} and -1:
    print("all truthy")

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("steps", steps)
if True: print("one-line if")
for k in range(2): print("one-line for", k)
