# Imports: plain, aliased, from-import with alias, and re-import (module body runs once).
print("main: start, __name__ =", __name__)
import helpermod
import helpermod as hm
from helpermod import double as twice, GREETING
import helpermod

print(helpermod is hm)
print(helpermod.__name__, hm.__name__)
print(helpermod.GREETING)
print(GREETING == hm.GREETING)
print(twice(5), twice("ab"), helpermod.double is twice)
print("load_count:", helpermod.load_count)

# Module state is shared between every name bound to the module.
print(helpermod.register("a"), hm.register("b"))
print(hm.registered())

c = hm.Counter(10)
c.bump()
c.bump(5)
print(c, type(c).__name__, isinstance(c, helpermod.Counter))

# Rebinding a module attribute is visible through every alias.
hm.GREETING = "changed"
print(helpermod.GREETING, GREETING)

import sys
print("helpermod" in sys.modules, sys.modules["helpermod"] is hm)


def late_import():
    import helpermod as again
    return again.double(100)


print(late_import())

if __name__ == "__main__":
    print("main: running as the main program")
else:
    print("main: imported")
