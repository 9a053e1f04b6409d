# Packages: import a.b binds a, import a.b as c binds the submodule, relative imports,
# from m import * with and without __all__, __import__, importlib, errors.
import shelf.drawer
print(shelf.drawer.labels.tag("hat"), shelf.drawer.shown, shelf.drawer.sock.PAIRS)
import shelf.drawer.sock as socks
print(socks.PAIRS, socks.__name__, socks.__package__)
print(shelf.__doc__)
print(shelf.__package__, shelf.drawer.__package__, type(shelf.__path__).__name__)
from shelf import *
print(SIZE, tag("coat"))
from shelf.labels import *
print(shown)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
top = __import__("shelf.labels")
print(top.__name__)
leaf = __import__("shelf.labels", fromlist=["tag"])
print(leaf.__name__)
import importlib
print(importlib.import_module("shelf.drawer.sock").PAIRS)
print(importlib.import_module(".labels", "shelf").shown)
import sys
print("shelf.drawer.sock" in sys.modules, sys.modules["shelf"] is shelf)
try:
    from shelf import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import shelf.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from . import anything
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.import_module(".labels")
except TypeError as e:
    print("TypeError:", e)
import os.path
print(os.path.join("x", "y"))
import builtins
print(builtins.__import__ is __import__)
