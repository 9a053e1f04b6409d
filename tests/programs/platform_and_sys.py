# platform, os.uname and the sys additions programs check: implementation, versions,
# exc_info/exception, intern, encodings. Machine-dependent values are only compared.
import os
import platform
import sys

print(platform.python_implementation() in ("CPython", "Gilt"))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(p) for p in sys.version_info[:3]))
u = os.uname()
print(type(u).__name__, len(u), u[0] == u.sysname, u.machine == platform.machine())
print(platform.system() == u.sysname, platform.node() == u.nodename, platform.release() == u.release)
pu = platform.uname()
print(len(pu), pu.system == platform.system(), pu[0] == pu.system, tuple(pu)[:5] == tuple(u))
print(repr(u).startswith("posix.uname_result(sysname="))
print(platform.platform(terse=True).startswith(platform.system()))

print(sys.implementation.name in ("cpython", "gilt"))
print(sys.implementation.version[:2] == sys.version_info[:2], sys.implementation.hexversion == sys.hexversion)
print(hex(sys.hexversion)[:6], sys.maxunicode, sys.version_info[:2], sys.version_info.major)
print(sys.exc_info(), sys.exception())
try:
    {}["missing"]
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), type(tb).__name__, sys.exception() is value)
    try:
        int("x")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
word = sys.intern("".join(["ab", "cd"]))
print(word, word is sys.intern("abcd"))
try:
    sys.intern(b"ab")
except TypeError as e:
    print("TypeError:", e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.byteorder)
print("sys" in sys.builtin_module_names, isinstance(sys.warnoptions, list))
