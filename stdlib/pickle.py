"""Python object serialization (Gilt's pickle).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides dumps, dump, loads, load, Pickler (persistent_id, dispatch_table,
reducer_override, memo, clear_memo, fast), Unpickler (persistent_load, find_class,
memo), PickleError, PicklingError, UnpicklingError, HIGHEST_PROTOCOL (5) and
DEFAULT_PROTOCOL (4), for protocols 0 to 5.

* The bytes written are those of CPython 3.11's C pickler: the same opcodes, memo
  numbering, batches of 1000 items, 64 KiB frames for protocols 4 and 5 (large bytes
  and strings written outside frames), fix_imports renames for protocols 0-2, extension
  codes (copyreg.add_extension), classes and functions by module and qualified name.
* Reductions follow CPython's protocol: copyreg.dispatch_table, __reduce_ex__,
  __reduce__, and, where the class defines neither, the reduction CPython's object
  makes (copyreg.__newobj__ / __newobj_ex__ with __getnewargs_ex__ / __getnewargs__,
  copyreg._reconstructor for protocols 0-1, __getstate__ or __dict__ and __slots__
  for the state, list and dict items). Gilt's built-in types are reduced as CPython
  reduces them (complex, range, slice, exceptions, bound methods, built-in functions,
  subclasses of int/float/str/bytes/tuple/list/dict/set/frozenset/bytearray).
* The Unpickler reads every opcode of protocols 0-5 (STRING/BINSTRING with the
  encoding and errors arguments, 'bytes' included), with CPython's error messages.

Not offered: PickleBuffer and out-of-band buffers (there is no memoryview; the buffers
argument is accepted and NEXT_BUFFER pushes the next item as it is), fast mode's
detection of cycles, the pure-Python _Pickler/_Unpickler variants (the names refer to
the same classes), pickle's command line.

Differences from CPython: the memo follows object identity, and Gilt does not intern
strings as CPython does, so two equal strings that are one object in CPython (equal
literals, attribute names) may be written twice where CPython writes a memo reference;
empty and one-character str and bytes are treated as one object each, as they mostly
are in CPython. The classes of collections, enum, functools.partial and datetime reduce
as CPython's do; itertools objects and array are pickled by their instance state, in
other bytes than CPython's. object has no __reduce_ex__,
__reduce__ or __getstate__ methods to call through super().
"""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry
from copyreg import _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes,)
try:
    _bytearray = bytearray
    bytes_types = (bytes, bytearray)
except NameError:
    _bytearray = None


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_BATCHSIZE = 1000

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_PROTO_HEADERS = [b'', b'', b'\x80\x02', b'\x80\x03', b'\x80\x04', b'\x80\x05']

# Prebuilt opcodes with a one-byte argument.
_BININT1_OPS = [b'K' + bytes((i,)) for i in range(256)]
_BINPUT_OPS = [b'q' + bytes((i,)) for i in range(256)]
_BINGET_OPS = [b'h' + bytes((i,)) for i in range(256)]
_SHORT_BINBYTES_OPS = [b'C' + bytes((i,)) for i in range(256)]
_SHORT_BINUNICODE_OPS = [b'\x8c' + bytes((i,)) for i in range(256)]

_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_BuiltinMethodType = type([].append)
_MISSING = object()
_NO_FILE = object()

_OBJ_REDUCE_EX = getattr(object, "__reduce_ex__", None)
_OBJ_REDUCE = getattr(object, "__reduce__", None)
_OBJ_GETSTATE = getattr(object, "__getstate__", None)


# --- Python 2 names (fix_imports) ------------------------------------------------------

_EXCEPTION_NAMES = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError "
    "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
    "FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning "
    "IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError "
    "NameError NotImplementedError OSError OverflowError PendingDeprecationWarning "
    "ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError "
    "SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError "
    "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
    "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError").split()

_OSERROR_SUBCLASSES = (
    "BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError "
    "InterruptedError IsADirectoryError NotADirectoryError PermissionError "
    "ProcessLookupError TimeoutError").split()

# Python 2 (module, name) -> Python 3 (module, name), besides the exceptions.
_NAME_MAP_DATA = """
UserDict IterableUserDict collections UserDict
UserDict UserDict collections UserDict
UserList UserList collections UserList
UserString UserString collections UserString
__builtin__ basestring builtins str
__builtin__ intern sys intern
__builtin__ long builtins int
__builtin__ reduce functools reduce
__builtin__ unichr builtins chr
__builtin__ unicode builtins str
__builtin__ xrange builtins range
_multiprocessing Connection multiprocessing.connection Connection
_socket fromfd socket fromfd
itertools ifilter builtins filter
itertools ifilterfalse itertools filterfalse
itertools imap builtins map
itertools izip builtins zip
itertools izip_longest itertools zip_longest
multiprocessing AuthenticationError multiprocessing.context AuthenticationError
multiprocessing BufferTooShort multiprocessing.context BufferTooShort
multiprocessing ProcessError multiprocessing.context ProcessError
multiprocessing TimeoutError multiprocessing.context TimeoutError
multiprocessing.forking Popen multiprocessing.popen_fork Popen
multiprocessing.process Process multiprocessing.context Process
socket _socketobject socket SocketType
urllib ContentTooShortError urllib.error ContentTooShortError
urllib getproxies urllib.request getproxies
urllib pathname2url urllib.request pathname2url
urllib quote urllib.parse quote
urllib quote_plus urllib.parse quote_plus
urllib unquote urllib.parse unquote
urllib unquote_plus urllib.parse unquote_plus
urllib url2pathname urllib.request url2pathname
urllib urlcleanup urllib.request urlcleanup
urllib urlencode urllib.parse urlencode
urllib urlopen urllib.request urlopen
urllib urlretrieve urllib.request urlretrieve
urllib2 HTTPError urllib.error HTTPError
urllib2 URLError urllib.error URLError
whichdb whichdb dbm whichdb
"""

# Python 2 module -> Python 3 module.
_IMPORT_MAP_DATA = """
BaseHTTPServer http.server
CGIHTTPServer http.server
ConfigParser configparser
Cookie http.cookies
Dialog tkinter.dialog
DocXMLRPCServer xmlrpc.server
FileDialog tkinter.filedialog
HTMLParser html.parser
Queue queue
ScrolledText tkinter.scrolledtext
SimpleDialog tkinter.simpledialog
SimpleHTTPServer http.server
SimpleXMLRPCServer xmlrpc.server
SocketServer socketserver
StringIO io
Tix tkinter.tix
Tkconstants tkinter.constants
Tkdnd tkinter.dnd
Tkinter tkinter
UserDict collections
UserList collections
UserString collections
__builtin__ builtins
_abcoll collections.abc
_elementtree xml.etree.ElementTree
_winreg winreg
anydbm dbm
cPickle pickle
cStringIO io
commands subprocess
cookielib http.cookiejar
copy_reg copyreg
dbhash dbm.bsd
dbm dbm.ndbm
dumbdbm dbm.dumb
dummy_thread _dummy_thread
exceptions builtins
gdbm dbm.gnu
htmlentitydefs html.entities
httplib http.client
markupbase _markupbase
repr reprlib
robotparser urllib.robotparser
test.test_support test.support
thread _thread
tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog
tkFileDialog tkinter.filedialog
tkFont tkinter.font
tkMessageBox tkinter.messagebox
tkSimpleDialog tkinter.simpledialog
ttk tkinter.ttk
urllib2 urllib.request
urlparse urllib.parse
whichdb dbm
xmlrpclib xmlrpc.client
"""

# Python 3 (module, name) -> Python 2 (module, name), besides the exceptions.
_REV_NAME_MAP_DATA = """
_functools reduce __builtin__ reduce
_socket socket socket _socketobject
builtins chr __builtin__ unichr
builtins filter itertools ifilter
builtins int __builtin__ long
builtins map itertools imap
builtins range __builtin__ xrange
builtins str __builtin__ unicode
builtins zip itertools izip
collections UserDict UserDict IterableUserDict
collections UserList UserList UserList
collections UserString UserString UserString
dbm whichdb whichdb whichdb
functools reduce __builtin__ reduce
http.server CGIHTTPRequestHandler CGIHTTPServer CGIHTTPRequestHandler
http.server SimpleHTTPRequestHandler SimpleHTTPServer SimpleHTTPRequestHandler
itertools filterfalse itertools ifilterfalse
itertools zip_longest itertools izip_longest
multiprocessing.connection Connection _multiprocessing Connection
multiprocessing.context AuthenticationError multiprocessing AuthenticationError
multiprocessing.context BufferTooShort multiprocessing BufferTooShort
multiprocessing.context Process multiprocessing.process Process
multiprocessing.context ProcessError multiprocessing ProcessError
multiprocessing.context TimeoutError multiprocessing TimeoutError
multiprocessing.popen_fork Popen multiprocessing.forking Popen
socket fromfd _socket fromfd
sys intern __builtin__ intern
tkinter.filedialog FileDialog FileDialog FileDialog
tkinter.filedialog LoadFileDialog FileDialog LoadFileDialog
tkinter.filedialog SaveFileDialog FileDialog SaveFileDialog
tkinter.simpledialog SimpleDialog SimpleDialog SimpleDialog
urllib.error ContentTooShortError urllib ContentTooShortError
urllib.error HTTPError urllib2 HTTPError
urllib.error URLError urllib2 URLError
urllib.parse quote urllib quote
urllib.parse quote_plus urllib quote_plus
urllib.parse unquote urllib unquote
urllib.parse unquote_plus urllib unquote_plus
urllib.parse urlencode urllib urlencode
urllib.request getproxies urllib getproxies
urllib.request pathname2url urllib pathname2url
urllib.request url2pathname urllib url2pathname
urllib.request urlcleanup urllib urlcleanup
urllib.request urlopen urllib urlopen
urllib.request urlretrieve urllib urlretrieve
xmlrpc.server DocCGIXMLRPCRequestHandler DocXMLRPCServer DocCGIXMLRPCRequestHandler
xmlrpc.server DocXMLRPCRequestHandler DocXMLRPCServer DocXMLRPCRequestHandler
xmlrpc.server DocXMLRPCServer DocXMLRPCServer DocXMLRPCServer
xmlrpc.server ServerHTMLDoc DocXMLRPCServer ServerHTMLDoc
xmlrpc.server XMLRPCDocGenerator DocXMLRPCServer XMLRPCDocGenerator
"""

# Python 3 module -> Python 2 module.
_REV_IMPORT_MAP_DATA = """
_bz2 bz2
_dbm dbm
_dummy_thread dummy_thread
_functools functools
_gdbm gdbm
_markupbase markupbase
_pickle pickle
_thread thread
builtins __builtin__
collections.abc _abcoll
configparser ConfigParser
copyreg copy_reg
dbm anydbm
dbm.bsd dbhash
dbm.dumb dumbdbm
dbm.gnu gdbm
dbm.ndbm dbm
html.entities htmlentitydefs
html.parser HTMLParser
http.client httplib
http.cookiejar cookielib
http.cookies Cookie
http.server BaseHTTPServer
queue Queue
reprlib repr
socketserver SocketServer
subprocess commands
test.support test.test_support
tkinter Tkinter
tkinter.colorchooser tkColorChooser
tkinter.commondialog tkCommonDialog
tkinter.constants Tkconstants
tkinter.dialog Dialog
tkinter.dnd Tkdnd
tkinter.filedialog tkFileDialog
tkinter.font tkFont
tkinter.messagebox tkMessageBox
tkinter.scrolledtext ScrolledText
tkinter.simpledialog tkSimpleDialog
tkinter.tix Tix
tkinter.ttk ttk
urllib.parse urlparse
urllib.request urllib2
urllib.robotparser robotparser
winreg _winreg
xmlrpc.client xmlrpclib
xmlrpc.server SimpleXMLRPCServer
"""


def _name_table(text):
    table = {}
    for line in text.split("\n"):
        if line:
            a, b, c, d = line.split()
            table[(a, b)] = (c, d)
    return table


def _module_table(text):
    table = {}
    for line in text.split("\n"):
        if line:
            a, b = line.split()
            table[a] = b
    return table


NAME_MAPPING = _name_table(_NAME_MAP_DATA)
IMPORT_MAPPING = _module_table(_IMPORT_MAP_DATA)
REVERSE_NAME_MAPPING = _name_table(_REV_NAME_MAP_DATA)
REVERSE_IMPORT_MAPPING = _module_table(_REV_IMPORT_MAP_DATA)
for _name in _EXCEPTION_NAMES:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)
NAME_MAPPING[("exceptions", "StandardError")] = ("builtins", "Exception")
for _name in _OSERROR_SUBCLASSES:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
del _name


# --- stand-ins for modules Gilt does not have ------------------------------------------

def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = "_codecs"
_codecs_encode.__qualname__ = "encode"
_codecs_encode.__name__ = "encode"


class _StandInModule:
    def __init__(self, name, **attrs):
        self.__name__ = name
        for key, value in attrs.items():
            setattr(self, key, value)

    def __repr__(self):
        return "<module %r (built-in)>" % self.__name__


_STAND_INS = {"_codecs": _StandInModule("_codecs", encode=_codecs_encode)}


def _import_module(name):
    module = sys.modules.get(name)
    if module is not None:
        return module
    try:
        __import__(name)
    except ImportError:
        module = _STAND_INS.get(name)
        if module is None:
            raise
        return module
    return sys.modules[name]


try:
    import _codecs
    _codecs_encode = _codecs.encode
except ImportError:
    pass


class _Reduced:
    """An object pickled through the reduction it carries (used for values CPython
    builds on the fly, such as the functools.partial of NEWOBJ_EX below protocol 4)."""

    def __init__(self, rv):
        self.rv = rv


def _getattribute(obj, path):
    """Follow the dotted path (a list of names) from obj; return (parent, value)."""
    parent = None
    for name in path:
        parent = obj
        obj = getattr(obj, name)
    return parent, obj


def _whichmodule(obj, path):
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    if type(obj) is _BuiltinFunctionType:
        builtins = sys.modules.get("builtins")
        if builtins is not None and getattr(builtins, path[0], None) is obj \
                and len(path) == 1:
            return "builtins"
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, path)[1] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _is_native(cls):
    return "__module__" not in cls.__dict__


def _type_name(cls):
    """CPython's tp_name: the bare name for classes written in Python and for built-in
    types of builtins, module.name for the other built-in types."""
    if _is_native(cls):
        module = getattr(cls, "__module__", "builtins")
        if module != "builtins" and module is not None:
            return module + "." + cls.__name__
    return cls.__name__


# --- default reductions (what CPython's object.__reduce_ex__ does) ----------------------

# Built-in bases whose subclasses CPython rebuilds from one converted argument.
_NEWARGS_BASES = (int, float, str, bytes, tuple)
_PICKLABLE_BASES = {object, int, float, str, bytes, tuple, list, dict, set, frozenset,
                    complex, bool}
if _bytearray is not None:
    _PICKLABLE_BASES.add(_bytearray)


def _native_base(cls):
    for klass in cls.__mro__:
        if _is_native(klass):
            return klass
    return object


def _getnewargs(obj, cls, base):
    """(args, kwargs) as __getnewargs_ex__ / __getnewargs__ give them, or (None, None)."""
    if getattr(cls, "__getnewargs_ex__", None) is not None:
        value = obj.__getnewargs_ex__()
        if type(value) is not tuple:
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(value).__name__)
        if len(value) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                            % len(value))
        args, kwargs = value
        if type(args) is not tuple:
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must "
                            "be a tuple, not '%s'" % type(args).__name__)
        if type(kwargs) is not dict:
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must "
                            "be a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    if getattr(cls, "__getnewargs__", None) is not None:
        args = obj.__getnewargs__()
        if type(args) is not tuple:
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    if base is not object and base in _NEWARGS_BASES:
        return (base(obj),), None
    if base is complex:
        return (obj.real, obj.imag), None
    return None, None


def _has_instance_dict(cls):
    for klass in cls.__mro__:
        if klass is object:
            continue
        slots = klass.__dict__.get("__slots__", _MISSING)
        if slots is _MISSING:
            if not _is_native(klass):
                return True
            continue
        if isinstance(slots, str):
            slots = (slots,)
        if "__dict__" in slots:
            return True
    return False


def _getstate(obj, cls, base, required):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _OBJ_GETSTATE:
        return obj.__getstate__()
    if required and base is not object:
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))
    state = getattr(obj, "__dict__", None)
    if not state:
        state = None
    names = copyreg._slotnames(cls)
    if names:
        if state is not None:
            # Gilt keeps slot values in a __dict__ that CPython's instances of slotted
            # classes do not have.
            if _has_instance_dict(cls):
                state = {key: value for key, value in state.items()
                         if key not in names}
                if not state:
                    state = None
            else:
                state = None
        slots = {}
        for name in names:
            value = getattr(obj, name, _MISSING)
            if value is not _MISSING:
                slots[name] = value
        if slots:
            state = (state, slots)
    return state


def _reduce_newobj(obj, cls, base):
    if base is not object and base not in _PICKLABLE_BASES:
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))
    args, kwargs = _getnewargs(obj, cls, base)
    hasargs = args is not None
    if not kwargs:
        newobj = copyreg.__newobj__
        newargs = (cls,) + (args if hasargs else ())
    else:
        newobj = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    is_list = isinstance(obj, list)
    is_dict = isinstance(obj, dict)
    state = _getstate(obj, cls, base, not (hasargs or is_list or is_dict))
    listitems = iter(obj) if is_list else None
    dictitems = iter(obj.items()) if is_dict else None
    return newobj, newargs, state, listitems, dictitems


def _reduce_old(obj, cls, base, proto):
    """copyreg._reduce_ex: the reduction of protocols 0 and 1."""
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(obj)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is None or getstate is _OBJ_GETSTATE:
        if getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        d = _getstate(obj, cls, base, False)
    else:
        d = obj.__getstate__()
    if d:
        return copyreg._reconstructor, args, d
    return copyreg._reconstructor, args


def _range_args(r):
    try:
        return (r.start, r.stop, r.step)
    except AttributeError:
        # Gilt's range has no start/stop/step attributes: read them from its repr.
        args = tuple(int(part) for part in repr(r)[6:-1].split(", "))
        if len(args) == 2:
            args = args + (1,)
        return args


def _default_reduce(obj, proto):
    cls = type(obj)
    base = _native_base(cls)
    if True:
        # Built-in types whose own reductions Gilt's classes do not have.
        if cls is slice:
            return cls, (obj.start, obj.stop, obj.step)
        if cls is range:
            return cls, _range_args(obj)
        if obj is ...:
            return "Ellipsis"
        if obj is NotImplemented:
            return "NotImplemented"
        if cls is complex:
            return complex, (obj.real, obj.imag)
        if cls is _MethodType or cls is _BuiltinMethodType:
            return getattr, (obj.__self__, obj.__name__)
        if cls is _BuiltinFunctionType:
            owner = getattr(obj, "__self__", None)
            if owner is not None and type(owner).__name__ != "module":
                return getattr, (owner, obj.__name__)
            return obj.__qualname__
        if isinstance(obj, BaseException):
            d = getattr(obj, "__dict__", None)
            if d:
                return cls, obj.args, d
            return cls, obj.args
        if base is set or base is frozenset:
            return cls, (list(obj),), _getstate(obj, cls, object, False)
        if base is _bytearray:
            d = getattr(obj, "__dict__", None) or None
            if not obj:
                return cls, (), d
            if proto < 3:
                return cls, (obj.decode("latin-1"), "latin-1"), d
            return cls, (bytes(obj),), d
    if proto >= 2:
        return _reduce_newobj(obj, cls, base)
    return _reduce_old(obj, cls, base, proto)


def _reduce(obj, proto):
    cls = type(obj)
    method = getattr(cls, "__reduce_ex__", None)
    if method is not None and method is not _OBJ_REDUCE_EX:
        return obj.__reduce_ex__(proto)
    method = getattr(cls, "__reduce__", None)
    if method is not None and method is not _OBJ_REDUCE:
        return obj.__reduce__()
    return _default_reduce(obj, proto)


def _new_function(cls):
    """cls.__new__ as CPython pickles it: a function defined in Python, or
    getattr(owner, '__new__') for a built-in __new__."""
    for klass in cls.__mro__:
        if "__new__" in klass.__dict__:
            if _is_native(klass):
                return _Reduced((getattr, (klass, "__new__")))
            return cls.__new__
    return _Reduced((getattr, (object, "__new__")))


def _pack_double(x):
    """The 8 bytes of x as a big-endian IEEE 754 double."""
    if x != x:
        return b'\x7f\xf8\x00\x00\x00\x00\x00\x00'
    text = x.hex()
    sign = 0
    if text[0] == '-':
        sign = 1
        text = text[1:]
    if text == 'inf':
        bits = 0x7ff << 52
    else:
        mant, _, exp = text[2:].partition('p')
        lead, _, frac = mant.partition('.')
        fraction = int((frac + '0000000000000')[:13], 16)
        e = int(exp)
        if lead == '0':
            if fraction == 0:
                bits = 0
            else:
                bits = fraction
        else:
            bits = ((e + 1023) << 52) | fraction
    bits |= sign << 63
    return bits.to_bytes(8, 'big')


def _unpack_double(data):
    bits = int.from_bytes(data, 'big')
    sign = bits >> 63
    e = (bits >> 52) & 0x7ff
    fraction = bits & 0xfffffffffffff
    if e == 0x7ff:
        if fraction:
            value = float('nan')
        else:
            value = float('inf')
    elif e == 0:
        value = float.fromhex('0x0.%013xp-1022' % fraction)
    else:
        value = float.fromhex('0x1.%013xp%d' % (fraction, e - 1023))
    if sign:
        return -value
    return value


try:
    # CPython's C struct is quicker; Gilt's struct is written in Python, and slower
    # than the functions above.
    import _struct
    _pack_double = _struct.Struct('>d').pack
    _unpack_double_tuple = _struct.Struct('>d').unpack
except ImportError:
    _struct = None


def _encode_long(x):
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


_RAW_ESCAPES = {'\\': '\\u005c', '\0': '\\u0000', '\n': '\\u000a', '\r': '\\u000d',
                '\x1a': '\\u001a'}


def _raw_unicode_escape(s):
    """The text of the UNICODE opcode: raw-unicode-escape, with backslash, NUL, LF,
    CR and ^Z escaped too."""
    try:
        data = s.encode('latin-1')
    except UnicodeEncodeError:
        data = None
    if data is not None and '\\' not in s and '\0' not in s and '\n' not in s \
            and '\r' not in s and '\x1a' not in s:
        return data
    parts = []
    for ch in s:
        code = ord(ch)
        if code >= 0x10000:
            parts.append('\\U%08x' % code)
        elif code >= 0x100:
            parts.append('\\u%04x' % code)
        else:
            parts.append(_RAW_ESCAPES.get(ch, ch))
    return ''.join(parts).encode('latin-1')


# --- Pickler -------------------------------------------------------------------------

class Pickler:

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif type(protocol) is not int and not isinstance(protocol, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        protocol = int(protocol)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is not _NO_FILE:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        else:
            self._file_write = None
        self.proto = protocol
        self.bin = 1 if protocol >= 1 else 0
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._names = {}

    def clear_memo(self):
        self.memo.clear()
        self._names = {}

    # Output and framing.

    def _write_framed(self, data):
        self._frame.append(data)
        self._frame_len += len(data)

    def _commit_frame(self):
        frame = self._frame
        if not frame:
            return
        n = self._frame_len
        out = self._out
        if n >= _FRAME_SIZE_MIN:
            out.append(FRAME + n.to_bytes(8, 'little'))
        out.append(b''.join(frame))
        self._frame = []
        self._frame_len = 0
        if self._file_write is not None and len(out) > 64:
            self._file_write(b''.join(out))
            del out[:]

    def _write_large(self, header, payload):
        """Write header and payload; a payload of a frame's size or more goes outside
        the frames."""
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out.append(header)
            self._out.append(bytes(payload))
        else:
            self.write(header)
            self.write(payload)

    def _write_sized(self, op, op8, data):
        """Write op with data's length in 4 bytes (op8 and 8 bytes past 4 GiB, protocol
        4 and up), then data."""
        n = len(data)
        if n > 0xffffffff and self.proto >= 4:
            self._write_large(op8 + n.to_bytes(8, 'little'), data)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(op + n.to_bytes(4, 'little'), data)
        else:
            self.write(op + n.to_bytes(4, 'little') + data)

    def dump(self, obj):
        if not hasattr(self, "proto"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._out = []
        proto = self.proto
        self._frame = []
        self._frame_len = 0
        if proto >= 4:
            self._framing = True
            self.write = self._write_framed
        else:
            self._framing = False
            self.write = self._out.append
        self._pid = getattr(self, "persistent_id", None)
        self._override = getattr(self, "reducer_override", None)
        table = getattr(self, "dispatch_table", None)
        if table is None:
            table = dispatch_table
        self._table = table
        if proto >= 2:
            self._out.append(_PROTO_HEADERS[proto])
        try:
            self.save(obj)
            self.write(STOP)
            if self._framing:
                self._commit_frame()
        except RecursionError as e:
            if str(e) != "maximum recursion depth exceeded":
                raise
            raise RecursionError("maximum recursion depth exceeded while pickling "
                                 "an object") from None
        finally:
            self.write = None
        data = b''.join(self._out)
        self._out = None
        if self._file_write is not None:
            self._file_write(data)
            return None
        return data

    def _put(self, obj):
        """Record obj in the memo; return the opcode that stores it (b'' in fast
        mode)."""
        if self.fast:
            return b''
        memo = self.memo
        idx = len(memo)
        memo[id(obj)] = (idx, obj)
        proto = self.proto
        if proto >= 4:
            return MEMOIZE
        if proto >= 1:
            if idx < 256:
                return _BINPUT_OPS[idx]
            return LONG_BINPUT + idx.to_bytes(4, 'little')
        return PUT + str(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.proto >= 1:
            if idx < 256:
                return _BINGET_OPS[idx]
            return LONG_BINGET + idx.to_bytes(4, 'little')
        return GET + str(idx).encode('ascii') + b'\n'

    def save(self, obj, save_persistent_id=True):
        if self._frame_len >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if self._pid is not None and save_persistent_id:
            pid = self._pid(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        # The commonest types first.
        if t is int:
            if 0 <= obj <= 0xff and self.bin:
                self.write(_BININT1_OPS[obj])
            else:
                self._save_int(obj)
            return
        if t is str:
            if len(obj) < 2:
                # CPython's empty and one-character strings are mostly shared objects.
                obj = _SHARED_ATOMS.setdefault(obj, obj)
        else:
            f = _ATOMS.get(t)
            if f is not None:
                f(self, obj)
                return
            if t is bytes and len(obj) < 2:
                obj = _SHARED_ATOMS.setdefault(obj, obj)
        x = self.memo.get(id(obj))
        if x is not None:
            if x[0] < 256 and self.bin:
                self.write(_BINGET_OPS[x[0]])
            else:
                self.write(self._get(x[0]))
            return
        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return
        if t is _Reduced:
            self._save_reduce(obj.rv, obj)
            return
        if self._override is not None:
            rv = self._override(obj)
            if rv is not NotImplemented:
                self._save_reduced(obj, rv)
                return
        if t is type:
            self._save_type(obj)
            return
        if t is _FunctionType:
            self._save_global(obj)
            return
        reduce = self._table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self._save_global(obj)
            return
        else:
            rv = _reduce(obj, self.proto)
        self._save_reduced(obj, rv)

    def _save_reduced(self, obj, rv):
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, False)
            self.write(BINPERSID)
        else:
            text = str(pid)
            try:
                data = text.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self.write(PERSID + data + b'\n')

    # Atoms.

    def _save_none(self, obj):
        self.write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.proto >= 1:
                if 0 <= obj:
                    if obj <= 0xff:
                        self.write(_BININT1_OPS[obj])
                        return
                    if obj <= 0xffff:
                        self.write(BININT2 + obj.to_bytes(2, 'little'))
                        return
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
            else:
                self.write(INT + str(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + data)
            else:
                self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + data)
            return
        self.write(LONG + str(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.proto >= 1:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    # Strings.

    def _save_bytes(self, obj):
        proto = self.proto
        if proto < 3:
            if not obj:
                self._save_reduce((bytes, ()), obj)
            else:
                self._save_reduce((_codecs_encode, (obj.decode('latin-1'), 'latin1')),
                                  obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(_SHORT_BINBYTES_OPS[n] + obj)
        else:
            self._write_sized(BINBYTES, BINBYTES8, obj)
        self.write(self._put(obj))

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self._save_reduce((_bytearray, ()), obj)
            else:
                self._save_reduce((_bytearray, (bytes(obj),)), obj)
            return
        n = len(obj)
        self._write_large(BYTEARRAY8 + n.to_bytes(8, 'little'), obj)
        self.write(self._put(obj))

    def _save_str(self, obj):
        proto = self.proto
        if proto >= 1:
            data = obj.encode('utf-8')
            n = len(data)
            if n <= 0xff and proto >= 4:
                if not self.fast:
                    memo = self.memo
                    memo[id(obj)] = (len(memo), obj)
                    self.write(_SHORT_BINUNICODE_OPS[n] + data + MEMOIZE)
                    return
                self.write(_SHORT_BINUNICODE_OPS[n] + data)
            else:
                self._write_sized(BINUNICODE, BINUNICODE8, data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.write(self._put(obj))

    # Containers.

    def _save_tuple(self, obj):
        n = len(obj)
        write = self.write
        proto = self.proto
        if n == 0:
            write(EMPTY_TUPLE if proto >= 1 else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and proto >= 2:
            for item in obj:
                save(item)
            x = memo.get(id(obj))
            if x is not None:
                write(POP * n + self._get(x[0]))
            else:
                write(_TUPLESIZE2CODE[n] + self._put(obj))
            return
        write(MARK)
        for item in obj:
            save(item)
        x = memo.get(id(obj))
        if x is not None:
            if proto >= 1:
                write(POP_MARK + self._get(x[0]))
            else:
                write(POP * (n + 1) + self._get(x[0]))
            return
        write(TUPLE + self._put(obj))

    def _save_list(self, obj):
        write = self.write
        if self.proto >= 1:
            write(EMPTY_LIST + self._put(obj))
        else:
            write(MARK + LIST + self._put(obj))
        save = self.save
        n = len(obj)
        if n == 0:
            return
        if self.proto == 0:
            for item in obj:
                save(item)
                write(APPEND)
            return
        if n == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _save_dict(self, obj):
        write = self.write
        if self.proto >= 1:
            write(EMPTY_DICT + self._put(obj))
        else:
            write(MARK + DICT + self._put(obj))
        n = len(obj)
        if n == 0:
            return
        save = self.save
        if self.proto == 0:
            for key, value in obj.items():
                save(key)
                save(value)
                write(SETITEM)
            return
        if n == 1:
            for key, value in obj.items():
                save(key)
                save(value)
            write(SETITEM)
            return
        it = iter(obj.items())
        done = 0
        while True:
            write(MARK)
            batch = 0
            for key, value in it:
                save(key)
                save(value)
                done += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != n:
                raise RuntimeError("dictionary changed size during iteration")
            if done >= n:
                break

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce((set, (list(obj),)), obj)
            return
        write = self.write
        write(EMPTY_SET)
        self.write(self._put(obj))
        n = len(obj)
        if n == 0:
            return
        save = self.save
        it = iter(obj)
        while True:
            write(MARK)
            batch = 0
            for item in it:
                save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != n:
                raise RuntimeError("set changed size during iteration")
            if batch != _BATCHSIZE:
                break

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce((frozenset, (list(obj),)), obj)
            return
        write = self.write
        write(MARK)
        save = self.save
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self._get(x[0]))
            return
        write(FROZENSET)
        self.write(self._put(obj))

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if self.proto == 0:
            for item in items:
                save(item)
                write(APPEND)
            return
        it = iter(items)
        while True:
            first = next(it, _MISSING)
            if first is _MISSING:
                return
            second = next(it, _MISSING)
            if second is _MISSING:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            if n < _BATCHSIZE:
                for item in it:
                    save(item)
                    n += 1
                    if n == _BATCHSIZE:
                        break
            write(APPENDS)
            if n < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if self.proto == 0:
            for item in items:
                if type(item) is not tuple or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                write(SETITEM)
            return
        it = iter(items)
        while True:
            first = next(it, _MISSING)
            if first is _MISSING:
                return
            if type(first) is not tuple or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            second = next(it, _MISSING)
            if second is _MISSING:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            item = second
            n = 1
            while True:
                if type(item) is not tuple or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(it, _MISSING)
                if item is _MISSING:
                    break
            write(SETITEMS)
            if n < _BATCHSIZE:
                return

    # Reductions.

    def _save_reduce(self, rv, obj):
        size = len(rv)
        if size < 2 or size > 6:
            raise PicklingError(
                "tuple returned by __reduce__ must contain 2 through 6 elements")
        func = rv[0]
        args = rv[1]
        state = rv[2] if size > 2 else None
        listitems = rv[3] if size > 3 else None
        dictitems = rv[4] if size > 4 else None
        state_setter = rv[5] if size > 5 else None
        if not callable(func):
            raise PicklingError(
                "first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError(
                "second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s"
                                % type(state_setter).__name__)
        save = self.save
        write = self.write
        proto = self.proto
        name = None
        if proto >= 2:
            name = getattr(func, "__name__", None)
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    "a class, not %s" % type(cls).__name__)
            if obj is not None and getattr(obj, "__class__", None) is not cls:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    "the class of the object")
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be "
                                    "a tuple, not %s" % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be "
                                    "a dict, not %s" % type(kwargs).__name__)
            if proto >= 4:
                save(cls)
                save(cargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                new = _new_function(cls)
                partial = _Reduced((functools.partial, (new,),
                                    (new, (cls,) + cargs, kwargs, None)))
                save(partial)
                save(())
                write(REDUCE)
        elif name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self._get(x[0]))
            else:
                self.write(self._put(obj))
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def _save_type(self, obj):
        if obj is _NoneType:
            self._save_reduce((type, (None,)), obj)
        elif obj is _NotImplementedType:
            self._save_reduce((type, (NotImplemented,)), obj)
        elif obj is _EllipsisType:
            self._save_reduce((type, (...,)), obj)
        else:
            self._save_global(obj)

    def _save_global(self, obj, name=None):
        write = self.write
        proto = self.proto
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        path = name.split('.')
        for part in path:
            if part == '<locals>':
                raise AttributeError("Can't pickle local object %r" % name)
        module_name = _whichmodule(obj, path)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            parent, value = _getattribute(module, path)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if value is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little'))
                return
        if proto >= 4:
            # CPython's module names are shared string objects; share them here too
            # (built-in types and built-in functions name their module with two
            # different objects).
            if isinstance(obj, type):
                shared = _is_native(obj)
            elif type(obj) is _BuiltinFunctionType:
                shared = False
            else:
                shared = getattr(obj, "__module__", None) is None
            key = (shared, module_name)
            module_name = self._names.setdefault(key, module_name)
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self._save_reduce((getattr, (parent, path[-1])), None)
        elif proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                  name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                mapped = REVERSE_NAME_MAPPING.get((module_name, name))
                if mapped is not None:
                    module_name, name = mapped
                else:
                    module_name = REVERSE_IMPORT_MAPPING.get(module_name, module_name)
            try:
                mdata = module_name.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using pickle "
                                    "protocol %d" % (module_name, proto)) from None
            try:
                ndata = name.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using pickle "
                                    "protocol %d" % (name, proto)) from None
            write(GLOBAL + mdata + b'\n' + ndata + b'\n')
        self.write(self._put(obj))


_SHARED_ATOMS = {}

_ATOMS = {
    _NoneType: Pickler._save_none,
    bool: Pickler._save_bool,
    int: Pickler._save_int,
    float: Pickler._save_float,
}

_DISPATCH = {
    bytes: Pickler._save_bytes,
    str: Pickler._save_str,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    list: Pickler._save_list,
    tuple: Pickler._save_tuple,
}
if _bytearray is not None:
    _DISPATCH[_bytearray] = Pickler._save_bytearray


# --- Unpickler -----------------------------------------------------------------------

def _escape_decode(data):
    """The bytes a Python 2 string literal's body stands for (STRING opcode)."""
    if data.find(b'\\') < 0:
        return data
    out = []
    i = 0
    n = len(data)
    simple = {0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12,
              0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11}
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in simple:
            out.append(simple[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
                else:
                    break
            out.append(value & 0xff)
        elif c == 0x78:
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits.decode('ascii'), 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)


def _raw_unicode_unescape(data):
    """Decode raw-unicode-escape bytes (UNICODE opcode)."""
    if data.find(b'\\') < 0:
        return data.decode('latin-1')
    parts = []
    i = 0
    n = len(data)
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            parts.append(data[i:].decode('latin-1'))
            break
        k = j
        while k < n and data[k] == 0x5c:
            k += 1
        count = k - j
        if count % 2 == 0 or k >= n or data[k] not in (0x75, 0x55):
            parts.append(data[i:k].decode('latin-1'))
            i = k
            continue
        parts.append(data[i:k - 1].decode('latin-1'))
        width = 4 if data[k] == 0x75 else 8
        start = k - 1
        pos = k + 1
        digits = data[pos:pos + width]
        good = 0
        for d in digits:
            if (0x30 <= d <= 0x39) or (0x61 <= d <= 0x66) or (0x41 <= d <= 0x46):
                good += 1
            else:
                break
        if good < width:
            reason = ("truncated \\uXXXX escape" if width == 4
                      else "truncated \\UXXXXXXXX escape")
            raise UnicodeDecodeError("rawunicodeescape", data, start, pos + good, reason)
        code = int(digits.decode('ascii'), 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError("rawunicodeescape", data, start, pos + width,
                                     "\\Uxxxxxxxx out of range")
        parts.append(chr(code))
        i = pos + width
    return ''.join(parts)


def _parse_c_long(text):
    """An integer as C's strtol reads it with base 0 (INT opcode)."""
    s = text.strip()
    sign = 1
    body = s
    if body[:1] in ('-', '+'):
        if body[0] == '-':
            sign = -1
        body = body[1:]
    if body[:2] in ('0x', '0X'):
        return sign * int(body[2:], 16)
    if len(body) > 1 and body[0] == '0':
        return sign * int(body[1:], 8)
    if not body.isdigit():
        raise ValueError
    return sign * int(body)


def _parse_c_double(text):
    """A float as the FLOAT opcode reads it (C's strtod, then only the newline)."""
    body = text[:-1] if text.endswith('\n') else text
    if body and not body[0].isspace() and not body[-1].isspace():
        try:
            return float(body)
        except ValueError:
            pass
    for end in range(len(body) - 1, 0, -1):
        prefix = body[:end]
        if prefix[0].isspace() or prefix[-1].isspace():
            continue
        try:
            float(prefix)
        except ValueError:
            continue
        raise ValueError("could not convert string to float")
    raise ValueError("could not convert string to float: '%s'" % text)


class _Stop(Exception):
    pass


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        if file is not _NO_FILE:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes") \
                    from None
        else:
            self._file_read = None
            self._file_readline = None
        if not isinstance(encoding, str):
            raise TypeError("Unpickler() argument 'encoding' must be str, not %s"
                            % type(encoding).__name__)
        if not isinstance(errors, str):
            raise TypeError("Unpickler() argument 'errors' must be str, not %s"
                            % type(errors).__name__)
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}
        self._data = b''
        self._pos = 0
        self._len = 0
        self.stack = []
        self.metastack = []
        self._dispatch = _LOAD_DISPATCH

    # Input.

    def _truncated(self):
        raise UnpicklingError("pickle data was truncated")

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= self._len:
            self._pos = end
            return self._data[pos:end]
        rest = self._data[pos:]
        self._data = b''
        self._pos = self._len = 0
        if self._file_read is None:
            self._truncated()
        data = rest + self._file_read(n - len(rest))
        if len(data) < n:
            self._truncated()
        return data

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        rest = data[pos:]
        self._data = b''
        self._pos = self._len = 0
        if self._file_readline is not None:
            rest = rest + self._file_readline()
        if not rest.endswith(b'\n'):
            self._truncated()
        return rest

    def load(self):
        if not hasattr(self, "_dispatch"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.stack = []
        self.metastack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        try:
            while True:
                pos = self._pos
                if pos < self._len:
                    key = self._data[pos]
                    self._pos = pos + 1
                else:
                    if self._file_read is None:
                        raise EOFError("Ran out of input")
                    self._data = b''
                    self._pos = self._len = 0
                    b = self._file_read(1)
                    if not b:
                        raise EOFError("Ran out of input")
                    key = b[0]
                f = dispatch.get(key)
                if f is None:
                    if 0x20 <= key <= 0x7e and key != 0x27 and key != 0x5c:
                        raise UnpicklingError("invalid load key, '%s'." % chr(key))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                f(self)
        except _Stop as stop:
            return stop.args[0]
        finally:
            self.stack = []
            self.metastack = []

    # Stack helpers.

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack.pop()

    def _top(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack[-1]

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    # Opcodes.

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % sys.maxsize)
        if self._pos + n <= self._len:
            return
        if self._file_read is None:
            self._truncated()
        rest = self._data[self._pos:]
        data = rest + self._file_read(n - len(rest))
        self._data = data
        self._pos = 0
        self._len = len(data)
        if self._len < n:
            self._truncated()

    def load_persid(self):
        line = self._readline()[:-1]
        try:
            pid = line.decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                from None
        self.append(self._persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self._persistent_load(pid))

    def _persistent_load(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return load(pid)

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        line = self._readline()
        if line == b'00\n':
            value = False
        elif line == b'01\n':
            value = True
        else:
            try:
                value = _parse_c_long(line.decode('latin-1'))
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(value)

    def load_binint(self):
        self.append(int.from_bytes(self._read(4), 'little', signed=True))

    def load_binint1(self):
        pos = self._pos
        if pos < self._len:
            self._pos = pos + 1
            self.append(self._data[pos])
        else:
            self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self._read(2), 'little'))

    def load_long(self):
        line = self._readline()
        text = line.decode('latin-1')
        body = text[:-1]
        if body.endswith('L'):
            body = body[:-1]
            text = body
        try:
            value = int(body, 0)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r" % text) \
                from None
        self.append(value)

    def load_long1(self):
        n = self._read(1)[0]
        self.append(int.from_bytes(self._read(n), 'little', signed=True))

    def load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self._read(n), 'little', signed=True))

    def load_float(self):
        line = self._readline()
        text = line.decode('latin-1')
        self.append(_parse_c_double(text))

    def load_binfloat(self):
        if _struct is not None:
            self.append(_unpack_double_tuple(self._read(8))[0])
        else:
            self.append(_unpack_double(self._read(8)))

    def load_string(self):
        line = self._readline()[:-1]
        if len(line) >= 2 and line[0] == line[-1] and line[0] in (0x22, 0x27):
            data = line[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def _read_size8(self, name):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            # CPython's messages name BINBYTES and BINUNICODE without the 8.
            raise OverflowError("%s exceeds system's maximum size of %d bytes"
                                % (name, sys.maxsize))
        return n

    def load_binbytes8(self):
        n = self._read_size8("BINBYTES")
        self.append(self._read(n))

    def load_bytearray8(self):
        n = self._read_size8("BYTEARRAY8")
        self.append(_bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        buf = next(self._buffers, _MISSING)
        if buf is _MISSING:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        self._top()

    def load_unicode(self):
        line = self._readline()[:-1]
        self.append(_raw_unicode_unescape(line))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(self._read(n).decode('utf-8'))

    def load_short_binunicode(self):
        pos = self._pos
        if pos < self._len:
            n = self._data[pos]
            end = pos + 1 + n
            if end <= self._len:
                self._pos = end
                self.append(self._data[pos + 1:end].decode('utf-8'))
                return
        n = self._read(1)[0]
        self.append(self._read(n).decode('utf-8'))

    def load_binunicode8(self):
        n = self._read_size8("BINUNICODE")
        self.append(self._read(n).decode('utf-8'))

    def load_tuple(self):
        items = self._pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        stack = self.stack
        if not stack:
            self._underflow()
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        b = stack.pop()
        stack[-1] = (stack[-1], b)

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        c = stack.pop()
        b = stack.pop()
        stack[-1] = (stack[-1], b, c)

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self._pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self._pop_mark()
        self.append(items)

    def load_dict(self):
        items = self._pop_mark()
        if len(items) & 1:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if not args and isinstance(klass, type) and \
                getattr(klass, "__getinitargs__", None) is None:
            return klass.__new__(klass)
        return klass(*args)

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        args = tuple(self._pop_mark())
        self.append(self._instantiate(klass, args))

    def load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        klass = args.pop(0)
        self.append(self._instantiate(klass, tuple(args)))

    def load_newobj(self):
        self._newobj("NEWOBJ", False)

    def load_newobj_ex(self):
        self._newobj("NEWOBJ_EX", True)

    def _newobj(self, opname, with_kwargs):
        stack = self.stack
        if len(stack) < 2 + with_kwargs:
            self._underflow()
        if with_kwargs:
            kwargs = stack.pop()
        args = stack.pop()
        cls = stack.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("%s class argument must be a type, not %s"
                                  % (opname, type(cls).__name__))
        if not isinstance(args, tuple):
            raise UnpicklingError("%s args argument must be a tuple, not %s"
                                  % (opname, type(args).__name__))
        if not with_kwargs:
            stack.append(cls.__new__(cls, *args))
            return
        if not isinstance(kwargs, dict):
            raise UnpicklingError("%s kwargs argument must be a dict, not %s"
                                  % (opname, type(kwargs).__name__))
        stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        name = stack.pop()
        module = stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        stack.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), 'little'))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), 'little', signed=True))

    def _get_extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = _extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            mapped = NAME_MAPPING.get((module, name))
            if mapped is not None:
                module, name = mapped
            else:
                module = IMPORT_MAPPING.get(module, module)
        mod = _import_module(module)
        if self.proto >= 4:
            path = name.split('.')
            for part in path:
                if part == '<locals>':
                    raise AttributeError("Can't get local attribute %r on %r"
                                         % (name, mod))
        else:
            path = [name]
        try:
            return _getattribute(mod, path)[1]
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load_reduce(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        args = stack.pop()
        func = stack[-1]
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self._pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _push_memo(self, idx):
        value = self.memo.get(idx, _MISSING)
        if value is _MISSING:
            raise UnpicklingError("Memo value not found at index %d" % idx)
        self.append(value)

    def load_get(self):
        idx = int(self._readline().decode('latin-1'))
        self._push_memo(idx)

    def load_binget(self):
        pos = self._pos
        if pos < self._len:
            idx = self._data[pos]
            self._pos = pos + 1
        else:
            idx = self._read(1)[0]
        # _push_memo(idx), written out: BINGET is the commonest memo opcode.
        value = self.memo.get(idx, _MISSING)
        if value is _MISSING:
            raise UnpicklingError("Memo value not found at index %d" % idx)
        self.append(value)

    def load_long_binget(self):
        idx = int.from_bytes(self._read(4), 'little')
        self._push_memo(idx)

    def load_put(self):
        if not self.stack:
            self._underflow()
        idx = int(self._readline().decode('latin-1'))
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self.stack[-1]

    def load_binput(self):
        stack = self.stack
        if not stack:
            self._underflow()
        self.memo[self._read(1)[0]] = stack[-1]

    def load_long_binput(self):
        stack = self.stack
        if not stack:
            self._underflow()
        idx = int.from_bytes(self._read(4), 'little')
        if idx >= 1 << 30:
            raise MemoryError()
        self.memo[idx] = stack[-1]

    def load_memoize(self):
        stack = self.stack
        if not stack:
            self._underflow()
        memo = self.memo
        memo[len(memo)] = stack[-1]

    def load_append(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        value = stack.pop()
        stack[-1].append(value)

    def load_appends(self):
        items = self._pop_mark()
        stack = self.stack
        if not stack:
            self._underflow()
        target = stack[-1]
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
            return
        add = target.append
        for item in items:
            add(item)

    def load_setitem(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self._pop_mark()
        stack = self.stack
        if not stack:
            self._underflow()
        if len(items) & 1:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        stack = self.stack
        if not stack:
            self._underflow()
        target = stack[-1]
        if type(target) is set:
            target.update(items)
            return
        add = target.add
        for item in items:
            add(item)

    def load_build(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if type(state) is tuple and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for key, value in state.items():
                inst_dict[key] = value
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())


_LOAD_NAMES = {
    0x28: "load_mark", 0x2e: "load_stop", 0x30: "load_pop", 0x31: "load_pop_mark",
    0x32: "load_dup", 0x46: "load_float", 0x49: "load_int", 0x4a: "load_binint",
    0x4b: "load_binint1", 0x4c: "load_long", 0x4d: "load_binint2", 0x4e: "load_none",
    0x50: "load_persid", 0x51: "load_binpersid", 0x52: "load_reduce",
    0x53: "load_string", 0x54: "load_binstring", 0x55: "load_short_binstring",
    0x56: "load_unicode", 0x58: "load_binunicode", 0x61: "load_append",
    0x62: "load_build", 0x63: "load_global", 0x64: "load_dict",
    0x7d: "load_empty_dict", 0x65: "load_appends", 0x67: "load_get",
    0x68: "load_binget", 0x69: "load_inst", 0x6a: "load_long_binget",
    0x6c: "load_list", 0x5d: "load_empty_list", 0x6f: "load_obj", 0x70: "load_put",
    0x71: "load_binput", 0x72: "load_long_binput", 0x73: "load_setitem",
    0x74: "load_tuple", 0x29: "load_empty_tuple", 0x75: "load_setitems",
    0x47: "load_binfloat", 0x80: "load_proto", 0x81: "load_newobj",
    0x82: "load_ext1", 0x83: "load_ext2", 0x84: "load_ext4", 0x85: "load_tuple1",
    0x86: "load_tuple2", 0x87: "load_tuple3", 0x88: "load_true", 0x89: "load_false",
    0x8a: "load_long1", 0x8b: "load_long4", 0x42: "load_binbytes",
    0x43: "load_short_binbytes", 0x8c: "load_short_binunicode",
    0x8d: "load_binunicode8", 0x8e: "load_binbytes8", 0x8f: "load_empty_set",
    0x90: "load_additems", 0x91: "load_frozenset", 0x92: "load_newobj_ex",
    0x93: "load_stack_global", 0x94: "load_memoize", 0x95: "load_frame",
    0x96: "load_bytearray8", 0x97: "load_next_buffer", 0x98: "load_readonly_buffer",
}

_LOAD_DISPATCH = {}
for _key, _name in _LOAD_NAMES.items():
    _LOAD_DISPATCH[_key] = getattr(Unpickler, _name)
del _key, _name

_Pickler = Pickler
_Unpickler = Unpickler


# --- shorthands ----------------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return Pickler(_NO_FILE, protocol, fix_imports=fix_imports,
                   buffer_callback=buffer_callback).dump(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(encoding, str):
        raise TypeError("loads() argument 'encoding' must be str, not %s"
                        % type(encoding).__name__)
    unpickler = Unpickler(_NO_FILE, fix_imports=fix_imports, buffers=buffers,
                          encoding=encoding, errors=errors)
    data = bytes(data)
    unpickler._data = data
    unpickler._len = len(data)
    return unpickler.load()
