class E:
    def __mro_entries__(self, bases):
        print("entries", len(bases), bases[0] is self, bases[1])
        return (dict,)
e = E()
class C(e, int.__class__.__class__ and object):
    pass
print(C.__bases__, C.__orig_bases__ == (e, object), C.__mro__)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class D(Bad()): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
class Two:
    def __mro_entries__(self, bases):
        return ()
class F(Two()):
    pass
print(F.__bases__, F.__orig_bases__.__class__)
class G(list[int], Two()):
    pass
print(G.__bases__, G.__mro__)
print('__orig_bases__' in C.__dict__, '__orig_bases__' in G.__dict__, hasattr(int, '__orig_bases__'))
