"""Arrays of numbers stored as C types (Gilt's array).

Written in the Gilt subset of Python on top of a list and struct, so it also runs
unchanged on CPython. Provides the class array (alias ArrayType) and typecodes.

An array holds items of one C type, named by its typecode: b B (1 byte), h H (2), i I
(4), l L q Q (8), f (a 4-byte float), d (an 8-byte float) and u (a character, 4 bytes).
Each item is checked as it goes in, with CPython's messages for values out of the
type's range ("signed char is greater than maximum"), and an 'f' item is rounded to
the nearest 4-byte float (too large a value becomes inf, as a C cast makes it). The
items are kept as Python values in a list; tobytes, frombytes, tofile, fromfile and
byteswap convert to and from the machine's layout (little-endian, as on the x86-64 and
AArch64 machines CPython runs Gilt's tests on) with struct.

Differences from CPython: an array has no buffer: memoryview(a) is a read-only view of a
copy of its bytes (through __buffer__), which does not change with the array nor keep it
from being resized; bytes(a) works through __bytes__, bytearray(a) and struct functions
see its items, not its bytes; messages
Gilt words itself name the type 'array' where CPython says 'array.array' (comparing with
a non-array); iterating gives a list iterator; buffer_info's address is the array's id;
arrays are not picklable.
"""

import struct as _struct
import sys as _sys

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# the struct code of each typecode's item in its little-endian standard layout
_PACK = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
         'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}

_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1


def _index(value):
    """value as an int, as operator.index gives it."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _in_range(n, low, high, what):
    if n > high:
        raise OverflowError(what + " is greater than maximum")
    if n < low:
        raise OverflowError(what + " is less than minimum")


def _c_long(n):
    if not _LONG_MIN <= n <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _c_unsigned_long(n):
    if n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if n >= 2 ** 64:
        raise OverflowError("Python int too large to convert to C unsigned long")


def _int_item(code, value):
    """value checked for an integer typecode: CPython converts some types through a wider
    one first, whose range error then comes first (a 'b' item beyond a short's range is
    reported as a short)."""
    n = _index(value)
    if code in 'bBhHi':
        _c_long(n)
    if code == 'b':
        _in_range(n, -2 ** 15, 2 ** 15 - 1, "signed short integer")
        _in_range(n, -128, 127, "signed char")
    elif code == 'B':
        _in_range(n, 0, 255, "unsigned byte integer")
    elif code == 'h':
        _in_range(n, -2 ** 15, 2 ** 15 - 1, "signed short integer")
    elif code == 'H':
        _in_range(n, -2 ** 31, 2 ** 31 - 1, "signed integer")
        _in_range(n, 0, 2 ** 16 - 1, "unsigned short")
    elif code == 'i':
        _in_range(n, -2 ** 31, 2 ** 31 - 1, "signed integer")
    elif code == 'I':
        _c_unsigned_long(n)
        if n > 2 ** 32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
    elif code == 'l':
        _c_long(n)
    elif code == 'L':
        _c_unsigned_long(n)
    elif code == 'q':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError("int too big to convert")
    elif code == 'Q':
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n >= 2 ** 64:
            raise OverflowError("int too big to convert")
    return n


def _float_item(code, value):
    if not (isinstance(value, (int, float)) or hasattr(type(value), '__float__')
            or hasattr(type(value), '__index__')):
        raise TypeError("must be real number, not %s" % type(value).__name__)
    x = float(value)
    if code == 'f':
        # the nearest 4-byte float, as storing into a C float rounds it
        x = _struct.unpack('f', _struct.pack('f', x))[0]
    return x


def _char_item(code, value):
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError("array item must be unicode character")
    return value


def _converter(code):
    if code in 'fd':
        return _float_item
    if code == 'u':
        return _char_item
    return _int_item


def _make(code, items):
    """A new array of typecode code holding the list items (already checked)."""
    a = array(code)
    a._items = items
    return a


def _reflects(other, name):
    """Whether other's class (not a built-in one) has the reflected operator name, which
    then gets its turn, as it would before CPython's sequence operation."""
    cls = type(other)
    return cls.__module__ != 'builtins' and hasattr(cls, name)


def _not_bytes_like(value):
    return TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


class array:
    """array(typecode[, initializer]) -> array

    An array of numbers (or characters, for 'u') of the C type typecode names, filled
    from initializer: a list, bytes-like data, a str (for 'u'), or any iterable.
    """

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(code).__name__)
        if code not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, "
                             "f or d)")
        self._code = code
        self._convert = _converter(code)
        self._items = []
        if len(args) == 2:
            self._fill(args[1])

    def _fill(self, init):
        code = self._code
        if isinstance(init, str):
            if code != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode "
                                "'%s'" % code)
            self._items.extend(init)
        elif isinstance(init, array):
            if init._code == 'u' and code != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % code)
            self._items.extend([self._item(v) for v in init._items])
        elif isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        else:
            self._items.extend([self._item(v) for v in init])

    def _item(self, value):
        return self._convert(self._code, value)

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._code]

    # ---- items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        for x in self._items:
            if x == value:
                return True
        return False

    def _position(self, key, message):
        if isinstance(key, int):
            i = int(key)
        elif hasattr(type(key), '__index__'):
            i = _index(key)
        else:
            raise TypeError("array indices must be integers")
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            return _make(self._code, self._items[key])
        return self._items[self._position(key, "array index out of range")]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = key.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(value._items) != size:
                    raise ValueError("attempt to assign array of size %d to extended slice "
                                     "of size %d" % (len(value._items), size))
            self._items[key] = list(value._items)
            return
        i = self._position(key, "array assignment index out of range")
        self._items[i] = self._item(value)

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        del self._items[self._position(key, "array assignment index out of range")]

    # ---- methods

    def append(self, value):
        """Append new value value to the end of the array."""
        self._items.append(self._item(value))

    def extend(self, iterable):
        """Append items to the end of the array: an array of the same typecode, or the
        items of any iterable."""
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self._items.append(self._item(value))

    def insert(self, i, value):
        """Insert a new item value into the array before position i."""
        i = _index(i)
        self._items.insert(i, self._item(value))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array (the last by default)."""
        i = _index(i)
        n = len(self._items)
        if n == 0:
            raise IndexError("pop from empty array")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, value):
        """Remove the first occurrence of value in the array."""
        for i, x in enumerate(self._items):
            if x == value:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=2 ** 63 - 1):
        """Return the index of the first occurrence of value in the array (between
        start and stop)."""
        n = len(self._items)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        """Return the number of occurrences of value in the array."""
        n = 0
        for x in self._items:
            if x == value:
                n += 1
        return n

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) describing the array (the address is its
        id, Gilt's arrays having no buffer)."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _ITEMSIZE[self._code]
        data = self.tobytes()
        swapped = b''.join([data[i:i + size][::-1] for i in range(0, len(data), size)])
        self._items[:] = self._unpack(swapped)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes
        representation."""
        items = self._items
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack('<%d%s' % (len(items), _PACK[self._code]), *items)

    def _unpack(self, data):
        count = len(data) // _ITEMSIZE[self._code]
        values = list(_struct.unpack('<%d%s' % (count, _PACK[self._code]), data))
        if self._code == 'u':
            values = [chr(n) for n in values]
        return values

    def frombytes(self, data):
        """Append items from the bytes data, read as machine values."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise _not_bytes_like(data)
        data = bytes(data)
        if len(data) % _ITEMSIZE[self._code]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(self._unpack(data))

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the
        array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._code]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) // size * size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, items):
        """Append items to array from list (all or none of them)."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([self._item(v) for v in items])

    def tounicode(self):
        """Convert the array to a unicode string (a 'u' array's text)."""
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, text):
        """Extends this array with data from the unicode string text."""
        if not isinstance(text, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(text).__name__)
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    # ---- operators

    def __add__(self, other):
        if not isinstance(other, array):
            if _reflects(other, '__radd__'):
                return NotImplemented
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return _make(self._code, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def _count(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return _index(n)

    def __mul__(self, n):
        if not hasattr(type(n), '__index__') and _reflects(n, '__rmul__'):
            return NotImplemented
        return _make(self._code, self._items * self._count(n))

    def __rmul__(self, n):
        return _make(self._code, self._items * self._count(n))

    def __imul__(self, n):
        self._items *= self._count(n)
        return self

    def _order(self, other, op):
        """Comparison op of two arrays: by their first differing items, else by
        length."""
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._items, other._items
        if len(a) != len(b) and op in ('==', '!='):
            return op == '!='
        for x, y in zip(a, b):
            if not x == y:
                if op == '==':
                    return False
                if op == '!=':
                    return True
                return _ORDER[op](x, y)
        return _ORDER[op](len(a), len(b))

    def __eq__(self, other):
        return self._order(other, '==')

    def __ne__(self, other):
        return self._order(other, '!=')

    def __lt__(self, other):
        return self._order(other, '<')

    def __le__(self, other):
        return self._order(other, '<=')

    def __gt__(self, other):
        return self._order(other, '>')

    def __ge__(self, other):
        return self._order(other, '>=')

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._code)
        if self._code == 'u':
            return '%s(%r, %r)' % (name, self._code, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._code, self._items)

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self, flags):
        """memoryview(a): a read-only view of a copy of the bytes, items of the array's
        type ('u' items seen as unsigned ints)."""
        return memoryview(self.tobytes()).cast('I' if self._code == 'u' else self._code)

    def __copy__(self):
        return _make(self._code, list(self._items))

    def __deepcopy__(self, memo):
        return _make(self._code, list(self._items))


_ORDER = {
    '==': lambda x, y: x == y,
    '!=': lambda x, y: x != y,
    '<': lambda x, y: x < y,
    '<=': lambda x, y: x <= y,
    '>': lambda x, y: x > y,
    '>=': lambda x, y: x >= y,
}

ArrayType = array

# a MutableSequence, as in CPython (so a sequence to match statements)
if "_collections_abc" in _sys.modules:
    _sys.modules["_collections_abc"].MutableSequence.register(array)
