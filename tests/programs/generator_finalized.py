# A suspended generator is closed when its last reference goes and at exit: its finally runs.
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
