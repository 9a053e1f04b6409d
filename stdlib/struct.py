"""Conversion between Python values and C structs packed in bytes (Gilt's struct).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, the class Struct
(format, size, pack, unpack, pack_into, unpack_from, iter_unpack) and the exception
error.

A format string starts with an optional byte order: '@' (native order, sizes and
alignment, the default), '=' (native order, standard sizes, no alignment), '<'
(little-endian), '>' and '!' (big-endian). Then come format characters, each with an
optional repeat count, whitespace between them ignored: x (pad byte), c (bytes of
length 1), b B (1-byte ints), ? (bool), h H (2), i I (4), l L (8 native, 4 standard),
q Q (8), n N P (native only, 8), e (IEEE half float), f (single), d (double), s (bytes,
the count is the length) and p (Pascal string: a length byte, then the data). The
native layout is that of a 64-bit little-endian machine (x86-64, AArch64), where
CPython runs Gilt's tests.

Floats are encoded and decoded arithmetically (math.frexp/ldexp on exact integers),
rounding half to even exactly like the hardware conversion, with inf, nan and -0.0
kept; native 'f' turns too-large values into inf as a C cast does, while standard 'f'
and every 'e' raise OverflowError("float too large to pack with f format"). Integer
range errors carry CPython 3.11's messages, which differ between the byte orders
(for example "ushort format requires 0 <= number <= 65535" but "'H' format requires
0 <= number <= 65535").

Differences from CPython: a NaN is always packed as the quiet NaN with an empty
payload (only its sign is kept); pack_into writes into a bytearray or a writable
memoryview and otherwise raises the TypeError CPython gives for read-only buffers;
there is no format cache and no _clearcache; a Struct's repr is the default object repr.
"""

import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"


_INF = float("inf")
_NAN = float("nan")

# ---- format tables -----------------------------------------------------------------

# code -> (native size, native alignment)
_NATIVE = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (8, 8), "L": (8, 8),
    "q": (8, 8), "Q": (8, 8), "n": (8, 8), "N": (8, 8), "P": (8, 8),
    "e": (2, 2), "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1),
}

# code -> standard size
_STANDARD = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
}

_SIGNED = set("bhilqn")

# How each integer code is range-checked, per byte-order family. The first item is
# the C conversion that happens first ("long": must fit a C long, "ulong": an
# unsigned long, "wide": must fit the field or "int too large to convert",
# "pointer": -2**63 <= v < 2**64), the second the check against the field's range
# (a word for CPython's named messages, "code" for "'X' format requires ...", None
# when the first conversion already covers the field).
_NATIVE_RULES = {
    "b": ("long", "byte"), "B": ("long", "ubyte"), "h": ("long", "short"),
    "H": ("long", "ushort"), "i": ("long", "code"), "I": ("ulong", "code"),
    "l": ("long", None), "L": ("ulong", None), "q": ("long", None),
    "Q": ("ulong", None), "n": ("long", None), "N": ("ulong", None),
    "P": ("pointer", None),
}
_LITTLE_RULES = {
    "b": ("long", "byte"), "B": ("long", "ubyte"), "h": ("long", "short"),
    "H": ("long", "ushort"), "i": ("long", "code"), "I": ("ulong", "code"),
    "l": ("long", "code"), "L": ("ulong", "code"), "q": ("long", None),
    "Q": ("ulong", None),
}
_BIG_RULES = {
    "b": ("long", "byte"), "B": ("long", "ubyte"), "h": ("long", "code"),
    "H": ("ulong", "code"), "i": ("long", "code"), "I": ("ulong", "code"),
    "l": ("long", "code"), "L": ("ulong", "code"), "q": ("wide", None),
    "Q": ("wide", None),
}

_NAMED_RANGES = {
    "byte": (-128, 127), "ubyte": (0, 255),
    "short": (-32768, 32767), "ushort": (0, 65535),
}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


# ---- parsing -------------------------------------------------------------------------

class _Layout:
    """A parsed format: byte order, total size, item count and the fields."""

    def __init__(self, order, size, count, fields):
        self.order = order          # "native", "little" or "big"
        self.size = size
        self.count = count
        self.fields = fields        # list of (code, repeat, offset, item size)


def _format_text(fmt):
    if isinstance(fmt, str):
        fmt.encode("ascii")
        return fmt
    if isinstance(fmt, bytes):
        return fmt.decode("latin-1")
    raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                    + type(fmt).__name__)


def _parse(text):
    order = "native"
    native = True
    pos = 0
    if text and text[0] in "@=<>!":
        first = text[0]
        pos = 1
        if first == "@":
            pass
        elif first == "=":
            order = "little"
            native = False
        elif first == "<":
            order = "little"
            native = False
        else:
            order = "big"
            native = False
    size = 0
    count = 0
    fields = []
    n = len(text)
    while pos < n:
        ch = text[pos]
        pos += 1
        if ch.isspace() and ch in " \t\n\r\x0b\x0c":
            continue
        if "0" <= ch <= "9":
            repeat = ord(ch) - 48
            while pos < n and "0" <= text[pos] <= "9":
                repeat = repeat * 10 + ord(text[pos]) - 48
                pos += 1
            if repeat > _LONG_MAX:
                raise error("total struct size too long")
            if pos >= n:
                raise error("repeat count given without format specifier")
            ch = text[pos]
            pos += 1
        else:
            repeat = 1
        if native:
            entry = _NATIVE.get(ch)
            if entry is None:
                raise error("bad char in struct format")
            item_size, align = entry
        else:
            item_size = _STANDARD.get(ch)
            if item_size is None:
                raise error("bad char in struct format")
            align = 1
        if ch == "s" or ch == "p":
            count += 1
        elif ch != "x":
            count += repeat
        if align > 1 and size > 0:
            size += (align - 1) - (size - 1) % align
        if repeat > (_LONG_MAX - size) // item_size:
            raise error("total struct size too long")
        fields.append((ch, repeat, size, item_size))
        size += repeat * item_size
    return _Layout(order, size, count, fields)


# ---- integers ------------------------------------------------------------------------

def _to_int(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise error("required argument is not an integer")
    return method(value)


def _check_int(value, code, size, rule):
    first, second = rule
    if first == "long":
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise error("argument out of range")
    elif first == "ulong":
        if not 0 <= value <= _ULONG_MAX:
            raise error("argument out of range")
    elif first == "wide":
        if code in _SIGNED:
            low, high = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            low, high = 0, (1 << (8 * size)) - 1
        if not low <= value <= high:
            raise error("int too large to convert")
    else:  # pointer
        if not _LONG_MIN <= value <= _ULONG_MAX:
            raise error("int too large to convert")
    if second is None:
        return
    if second == "code":
        if code in _SIGNED:
            low, high = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            low, high = 0, (1 << (8 * size)) - 1
        if not low <= value <= high:
            raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
    else:
        low, high = _NAMED_RANGES[second]
        if not low <= value <= high:
            raise error("%s format requires %d <= number <= %d" % (second, low, high))


def _int_bytes(value, size, little):
    value &= (1 << (8 * size)) - 1
    out = [(value >> (8 * i)) & 255 for i in range(size)]
    if not little:
        out.reverse()
    return bytes(out)


def _bytes_int(data, signed, little):
    value = 0
    if little:
        for i in range(len(data) - 1, -1, -1):
            value = (value << 8) | data[i]
    else:
        for byte in data:
            value = (value << 8) | byte
    if signed and data and value >> (8 * len(data) - 1):
        value -= 1 << (8 * len(data))
    return value


# ---- floats --------------------------------------------------------------------------

# code -> (exponent bits, fraction bits)
_FLOAT_SHAPES = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _to_float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, (str, bytes)):
        raise error("required argument is not a float")
    cls = type(value)
    try:
        if isinstance(value, int):
            return float(value)
        if getattr(cls, "__float__", None) is not None:
            return float(value)
        method = getattr(cls, "__index__", None)
        if method is not None:
            return float(method(value))
    except OverflowError:
        pass
    raise error("required argument is not a float")


def _float_bits(x, code, saturate):
    """The IEEE bit pattern of x in the format of code, rounded half to even. When
    the value is too large, saturate gives inf; otherwise OverflowError."""
    exp_bits, frac_bits = _FLOAT_SHAPES[code]
    top = 1 << (exp_bits + frac_bits)
    all_ones = (1 << exp_bits) - 1
    sign = top if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        return sign | (all_ones << frac_bits) | (1 << (frac_bits - 1))
    if x == _INF or x == -_INF:
        return sign | (all_ones << frac_bits)
    if x == 0:
        return sign
    mant, exp = _math.frexp(abs(x))
    digits = int(_math.ldexp(mant, 53))   # abs(x) == digits * 2**(exp - 53) exactly
    low_exp = exp - 53
    bias = (1 << (exp_bits - 1)) - 1
    emin = 1 - bias
    top_exp = low_exp + digits.bit_length() - 1    # floor(log2(abs(x)))
    if top_exp < emin:
        unit = emin - frac_bits
    else:
        unit = top_exp - frac_bits
    shift = low_exp - unit
    if shift >= 0:
        q = digits << shift
    else:
        drop = -shift
        q = digits >> drop
        rest = digits - (q << drop)
        half = 1 << (drop - 1)
        if rest > half or (rest == half and q & 1):
            q += 1
    if top_exp < emin:
        bits = q                      # subnormal (a carry makes it the least normal)
    else:
        bits = ((top_exp + bias) << frac_bits) + (q - (1 << frac_bits))
    if bits >> frac_bits >= all_ones:
        if saturate:
            return sign | (all_ones << frac_bits)
        raise OverflowError("float too large to pack with %s format" % code)
    return sign | bits


def _bits_float(bits, code):
    exp_bits, frac_bits = _FLOAT_SHAPES[code]
    all_ones = (1 << exp_bits) - 1
    negative = bits >> (exp_bits + frac_bits)
    field = (bits >> frac_bits) & all_ones
    frac = bits & ((1 << frac_bits) - 1)
    bias = (1 << (exp_bits - 1)) - 1
    if field == all_ones:
        value = _NAN if frac else _INF
    elif field == 0:
        value = _math.ldexp(float(frac), 1 - bias - frac_bits)
    else:
        value = _math.ldexp(float(frac | (1 << frac_bits)), field - bias - frac_bits)
    if negative:
        return _math.copysign(value, -1.0)
    return value


# ---- packing and unpacking -------------------------------------------------------------

def _is_bytes_like(value):
    return isinstance(value, (bytes, bytearray, memoryview))


def _nbytes(buffer):
    if isinstance(buffer, memoryview):
        return buffer.nbytes
    return len(buffer)


def _pack_fields(layout, values, out):
    """Append the packed bytes of values to the list out."""
    little = layout.order != "big"
    native = layout.order == "native"
    if native:
        rules = _NATIVE_RULES
    elif little:
        rules = _LITTLE_RULES
    else:
        rules = _BIG_RULES
    at = 0
    written = 0
    for code, repeat, offset, size in layout.fields:
        if offset > written:
            out.append(bytes(offset - written))
            written = offset
        if code == "x":
            out.append(bytes(repeat))
            written += repeat
            continue
        if code == "s" or code == "p":
            value = values[at]
            at += 1
            if not _is_bytes_like(value):
                raise error("argument for '%s' must be a bytes object" % code)
            data = bytes(value)
            if code == "s":
                data = data[:repeat]
                out.append(data + bytes(repeat - len(data)))
            elif repeat > 0:
                data = data[:repeat - 1]
                out.append(bytes([min(len(data), 255)]) + data
                           + bytes(repeat - 1 - len(data)))
            written += repeat
            continue
        for _ in range(repeat):
            value = values[at]
            at += 1
            if code == "c":
                if not _is_bytes_like(value) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                out.append(bytes(value))
            elif code == "?":
                out.append(b"\x01" if value else b"\x00")
            elif code in _FLOAT_SHAPES:
                number = _to_float(value)
                bits = _float_bits(number, code, native and code == "f")
                out.append(_int_bytes(bits, size, little))
            else:
                number = _to_int(value)
                _check_int(number, code, size, rules[code])
                out.append(_int_bytes(number, size, little))
            written += size
    if layout.size > written:
        out.append(bytes(layout.size - written))


def _unpack_fields(layout, data, start):
    little = layout.order != "big"
    result = []
    for code, repeat, offset, size in layout.fields:
        offset += start
        if code == "x":
            continue
        if code == "s":
            result.append(bytes(data[offset:offset + repeat]))
            continue
        if code == "p":
            if repeat == 0:
                result.append(b"")
                continue
            length = min(data[offset], repeat - 1)
            result.append(bytes(data[offset + 1:offset + 1 + length]))
            continue
        for i in range(repeat):
            piece = data[offset + i * size:offset + (i + 1) * size]
            if code == "c":
                result.append(bytes(piece))
            elif code == "?":
                result.append(piece[0] != 0)
            elif code in _FLOAT_SHAPES:
                result.append(_bits_float(_bytes_int(piece, False, little), code))
            else:
                result.append(_bytes_int(piece, code in _SIGNED, little))
    return tuple(result)


def _need_buffer(buffer):
    if not _is_bytes_like(buffer):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__)


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


class _UnpackIterator:
    def __init__(self, shape, data):
        self._shape = shape
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        size = self._shape.size
        if self._data is None or self._pos + size > len(self._data):
            self._data = None
            raise StopIteration
        item = _unpack_fields(self._shape._layout, self._data, self._pos)
        self._pos += size
        return item

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._pos) // self._shape.size


_UnpackIterator.__name__ = "unpack_iterator"
_UnpackIterator.__qualname__ = "unpack_iterator"


class Struct:
    """Struct(format): a compiled struct format with pack/unpack methods."""

    def __init__(self, format):
        text = _format_text(format)
        self._layout = _parse(text)
        self._format = text

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._layout.size

    def pack(self, *values):
        layout = self._layout
        if len(values) != layout.count:
            raise error("pack expected %d items for packing (got %d)"
                        % (layout.count, len(values)))
        out = []
        _pack_fields(layout, values, out)
        return b"".join(out)

    def pack_into(self, buffer, offset, *values):
        layout = self._layout
        if len(values) != layout.count:
            raise error("pack_into expected %d items for packing (got %d)"
                        % (layout.count, len(values)))
        if isinstance(buffer, memoryview) and not buffer.readonly:
            buffer = buffer.cast('B')
        elif not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _index(offset)
        size = layout.size
        length = _nbytes(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + length < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, length))
            offset += length
        if length - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, length))
        out = []
        _pack_fields(layout, values, out)
        buffer[offset:offset + size] = b"".join(out)

    def unpack(self, buffer):
        _need_buffer(buffer)
        if _nbytes(buffer) != self._layout.size:
            raise error("unpack requires a buffer of %d bytes" % self._layout.size)
        return _unpack_fields(self._layout, bytes(buffer), 0)

    def unpack_from(self, buffer, offset=0):
        _need_buffer(buffer)
        offset = _index(offset)
        size = self._layout.size
        length = _nbytes(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d"
                            % (size, offset))
            if offset + length < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, length))
            offset += length
        if length - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, length))
        return _unpack_fields(self._layout, bytes(buffer), offset)

    def iter_unpack(self, buffer):
        _need_buffer(buffer)
        size = self._layout.size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if _nbytes(buffer) % size:
            raise error("iterative unpacking requires a buffer of a multiple of "
                        "%d bytes" % size)
        return _UnpackIterator(self, bytes(buffer))


# ---- module-level functions ------------------------------------------------------------

def calcsize(format):
    """Return the size in bytes of the struct described by format."""
    return Struct(format).size


def pack(*args):
    """pack(format, v1, v2, ...) -> bytes packed according to format."""
    if not args:
        raise TypeError("missing format argument")
    return Struct(args[0]).pack(*args[1:])


def pack_into(*args):
    """pack_into(format, buffer, offset, v1, v2, ...): pack into a writable buffer."""
    if not args:
        raise TypeError("missing format argument")
    shape = Struct(args[0])
    if len(args) < 2:
        raise TypeError("pack_into expected buffer argument")
    if len(args) < 3:
        raise TypeError("pack_into expected offset argument")
    shape.pack_into(*args[1:])


def unpack(format, buffer, /):
    """Unpack buffer (exactly calcsize(format) bytes) into a tuple."""
    return Struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack calcsize(format) bytes of buffer starting at offset into a tuple."""
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Iterate over buffer in chunks of calcsize(format) bytes, unpacking each."""
    return Struct(format).iter_unpack(buffer)
