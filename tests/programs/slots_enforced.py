class S:
    __slots__ = ('a', '__p')
    def __init__(self):
        self.a = 1
        self.__p = 2
    def p(self):
        return self.__p
s = S()
print(s.a, s.p())
for name in ['z', '__dict__']:
    try:
        setattr(s, name, 3) if name == 'z' else getattr(s, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    s.b = 5
except AttributeError as e:
    print("AttributeError", e)
class T(S):
    __slots__ = 'b'
t = T(); t.b = 4; print(t.b, t.a)
try:
    t.c = 1
except AttributeError as e:
    print("AttributeError", e)
class U(S):
    pass
u = U(); u.c = 9; print(u.c, u.__dict__['c'])
class V:
    __slots__ = ('x', '__dict__')
v = V(); v.y = 1; v.x = 2; print(v.__dict__['y'], v.x)
class W:
    __slots__ = ()
try:
    W().q = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(W(), '__dict__'), hasattr(U(), '__dict__'))
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
