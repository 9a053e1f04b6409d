# The types module: names for the types of real objects, SimpleNamespace, MappingProxyType.
import types
import sys

def plain():
    return 1

class Widget:
    def method(self):
        return "m"
    @classmethod
    def build(cls):
        return cls()

def gen():
    yield 1

print(type(plain) is types.FunctionType, type(lambda: 0) is types.LambdaType)
print(types.FunctionType is types.LambdaType, types.FunctionType.__name__)
print(isinstance(plain, types.FunctionType), isinstance(len, types.FunctionType))
print(isinstance(plain.__code__, types.CodeType), types.CodeType.__name__)
print(isinstance(Widget().method, types.MethodType), isinstance(Widget.build, types.MethodType))
print(isinstance(Widget.method, types.MethodType), types.MethodType.__name__)
print(isinstance(len, types.BuiltinFunctionType), isinstance(plain, types.BuiltinFunctionType))
print(types.BuiltinFunctionType.__name__, isinstance(print, types.BuiltinFunctionType))
g = gen()
print(isinstance(g, types.GeneratorType), isinstance(gen, types.GeneratorType), types.GeneratorType.__name__)
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType), types.ModuleType.__name__)
print(type(None) is types.NoneType, types.NoneType.__name__)
print(type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
print(types.EllipsisType.__name__, types.NotImplementedType.__name__)
try:
    raise KeyError("k")
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType), types.TracebackType.__name__)
print(types.FrameType.__name__, types.CellType.__name__)

# MethodType binds a function to an object.
class Counter:
    def __init__(self):
        self.n = 0
def bump(self, by=1):
    self.n += by
    return self.n
c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.bump.__self__ is c, c.bump.__func__ is bump)

# Classifying callables.
def kind(obj):
    if isinstance(obj, types.FunctionType):
        return "function"
    if isinstance(obj, types.MethodType):
        return "method"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, type):
        return "class"
    return "other"
print([kind(x) for x in [plain, Widget().method, len, Widget, 3, lambda: 0, Widget.build]])

# SimpleNamespace.
ns = types.SimpleNamespace(b=1, a="two", c=[3])
print(ns, repr(ns))
print(ns.a, ns.b, ns.c)
ns.d = 4.5
del ns.b
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace(), types.SimpleNamespace() == types.SimpleNamespace())
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1),
      types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2),
      types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1),
      types.SimpleNamespace(x=1, y=2) == types.SimpleNamespace(y=2, x=1))
print(types.SimpleNamespace(x=1) == {"x": 1}, types.SimpleNamespace() != 0)
selfref = types.SimpleNamespace(name="loop")
selfref.me = selfref
print(selfref)
outer = types.SimpleNamespace(inner=types.SimpleNamespace(deep=types.SimpleNamespace(v=1)))
print(outer, outer.inner.deep.v)

class Config(types.SimpleNamespace):
    def describe(self):
        return ", ".join(f"{k}:{v}" for k, v in vars(self).items())
cfg = Config(debug=True, level=3)
print(cfg, cfg.describe(), isinstance(cfg, types.SimpleNamespace))
print(cfg == types.SimpleNamespace(debug=True, level=3))
print(getattr(ns, "missing", "default"))
for bad in [lambda: types.SimpleNamespace({"a": 1}), lambda: hash(types.SimpleNamespace()),
            lambda: hash(cfg), lambda: ns.nothing, lambda: types.SimpleNamespace(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# MappingProxyType is a read-only view.
backing = {"x": 1, "y": 2}
view = types.MappingProxyType(backing)
print(view["x"], view.get("z"), view.get("z", 0), len(view), "y" in view, "q" in view)
print(list(view), list(view.keys()), list(view.values()), list(view.items()))
print(repr(view), view == {"x": 1, "y": 2}, view.copy(), type(view.copy()).__name__)
print(view | {"z": 3}, {"w": 0} | view)
backing["z"] = 3
print(len(view), view["z"], sorted(view))
print(type(view).__name__, list(reversed(view)))
for bad in [lambda: view.__setitem__, lambda: view["nope"],
            lambda: types.MappingProxyType([1, 2]), lambda: types.MappingProxyType(5),
            lambda: view.pop("x"), lambda: hash(view)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    view["x"] = 10
except TypeError as e:
    print(type(e).__name__, e)
print(backing["x"])

# Building classes.
Point = types.new_class("Point", (), {}, lambda ns: ns.update(
    {"__init__": lambda self, x: setattr(self, "x", x), "double": lambda self: 2 * self.x}))
print(Point.__name__, Point(21).double())
Sub = types.new_class("Sub", (Point,))
print(Sub.__name__, issubclass(Sub, Point), Sub(4).double())
print(types.resolve_bases((int, Point)) == (int, Point))
class Entry:
    def __mro_entries__(self, bases):
        return (Point,)
print(types.resolve_bases((Entry(),)) == (Point,))
meta, namespace, kw = types.prepare_class("X", (), {"flag": 1})
print(meta is type, namespace, kw)
print(types.coroutine(plain) is plain, types.coroutine(plain)(), types.coroutine(plain).__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
