# FizzBuzz in a few styles.
for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
line = [("Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0)) or str(n) for n in range(1, 16)]
print(" ".join(line))
rules = {3: "Fizz", 5: "Buzz", 7: "Bazz"}
def fb(n):
    out = ""
    for d, word in rules.items():
        if n % d == 0:
            out += word
    return out or n
print([fb(n) for n in range(100, 110)])
