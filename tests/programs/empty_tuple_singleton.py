# The empty tuple is one object, however it is made.
print(() is (), () is tuple(), tuple([]) is (), (1, 2)[2:] is (), tuple(x for x in []) is ())
def f(*a): return a
print(f() is (), f(*()) is ())
a = ()
a += ()
print(a is (), a == (), len(a), repr(a), hash(()) == hash(tuple()))
print(() * 5 is (), (1,) * 0 is ())
