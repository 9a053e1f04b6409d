# from-imports of several names, a module imported inside functions, and __name__ checks.
from helpermod import double, register, registered
from helpermod import Counter as HCounter, load_count

print("imported names:", double(4), load_count)
for word in ["alpha", "beta", "gamma"]:
    print(word, "->", register(word))
print(registered())


def use_module():
    import helpermod
    helpermod.register("from function")
    return helpermod.registered()[-1]


print(use_module())
print(len(registered()))

counters = [HCounter(i) for i in range(3)]
for k in counters:
    k.bump(10)
print(counters)

import helpermod
print(helpermod.Counter is HCounter)
print(helpermod.load_count)
print(__name__)
print(helpermod.__name__ == "helpermod")
