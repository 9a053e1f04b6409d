# CPython: finally / end / finally   Gilt: end   (a suspended generator's finally never runs when it is deleted or at exit)
def gen():
    try:
        yield 1
    finally:
        print('finally')
it = gen()
next(it)
del it
print('end')
it2 = gen()
next(it2)
