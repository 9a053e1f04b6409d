"""Conversions between binary data and ASCII encodings (Gilt's binascii).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides hexlify/b2a_hex (with sep and bytes_per_sep), unhexlify/a2b_hex,
b2a_base64 (newline=), a2b_base64 (strict_mode=), crc32, crc_hqx, and the exceptions
Error (a ValueError) and Incomplete.

The a2b_* functions take bytes or an ASCII-only str; the b2a_* functions take bytes.
a2b_base64 skips characters outside the base64 alphabet and stops at the padding that
ends a quantum, exactly as CPython 3.11 does; with strict_mode=True it raises the
same errors ("Only base64 data is allowed", "Leading padding not allowed",
"Discontinuous padding not allowed", "Excess data after padding"). crc32 uses zlib's
when Gilt has it, and a table otherwise.

Differences from CPython: written in Gilt, so much slower on large data; no
b2a_uu/a2b_uu, b2a_qp/a2b_qp or the deprecated hqx functions.
"""

__all__ = ["Error", "Incomplete", "hexlify", "b2a_hex", "unhexlify", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_bytes_like_types = (bytes, bytearray, memoryview)


def _binary_input(data):
    """Bytes of a b2a_* argument (bytes-like only)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, _bytes_like_types):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_input(data):
    """Bytes of an a2b_* argument (bytes-like, or str of ASCII characters)."""
    if isinstance(data, str):
        for ch in data:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, bytes):
        return data
    if isinstance(data, _bytes_like_types):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


# ---- hexadecimal -------------------------------------------------------------------

_HEX_DIGITS = b"0123456789abcdef"
_HEX_PAIRS = [bytes([_HEX_DIGITS[n >> 4], _HEX_DIGITS[n & 15]]) for n in range(256)]
_HEX_VALUES = {}
for _n in range(10):
    _HEX_VALUES[48 + _n] = _n
for _n in range(6):
    _HEX_VALUES[97 + _n] = 10 + _n
    _HEX_VALUES[65 + _n] = 10 + _n
del _n


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, two digits per byte; with sep,
    a separator between every bytes_per_sep bytes (counted from the right, or from
    the left when bytes_per_sep is negative)."""
    data = _binary_input(data)
    pairs = [_HEX_PAIRS[byte] for byte in data]
    if sep is None or not pairs:
        return b"".join(pairs)
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if isinstance(sep, str):
        sep = bytes([ord(sep) & 255])
    else:
        sep = bytes(sep)
    step = bytes_per_sep
    if step == 0:
        return b"".join(pairs)
    groups = []
    if step > 0:
        end = len(pairs)
        while end > 0:
            start = max(0, end - step)
            groups.append(b"".join(pairs[start:end]))
            end = start
        groups.reverse()
    else:
        step = -step
        for start in range(0, len(pairs), step):
            groups.append(b"".join(pairs[start:start + step]))
    return sep.join(groups)


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data from a string of hexadecimal digits (an even number of them)."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = []
    values = _HEX_VALUES
    for i in range(0, len(data), 2):
        high = values.get(data[i])
        low = values.get(data[i + 1])
        if high is None or low is None:
            raise Error("Non-hexadecimal digit found")
        out.append(high * 16 + low)
    return bytes(out)


a2b_hex = unhexlify


# ---- base64 ------------------------------------------------------------------------

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {}
for _i in range(64):
    _B64_VALUES[_B64_ALPHABET[_i]] = _i
del _i
_PAD = 61  # ord("=")


def b2a_base64(data, *, newline=True):
    """Base64 encoding of data, padded with '=', followed by a newline unless
    newline is false."""
    data = _binary_input(data)
    table = _B64_ALPHABET
    out = []
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        word = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(table[word >> 18])
        out.append(table[(word >> 12) & 63])
        out.append(table[(word >> 6) & 63])
        out.append(table[word & 63])
    rest = len(data) - full
    if rest == 1:
        word = data[full] << 16
        out.extend([table[word >> 18], table[(word >> 12) & 63], _PAD, _PAD])
    elif rest == 2:
        word = (data[full] << 16) | (data[full + 1] << 8)
        out.extend([table[word >> 18], table[(word >> 12) & 63],
                    table[(word >> 6) & 63], _PAD])
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data from base64 text. Characters outside the alphabet are skipped
    (an error in strict mode); decoding stops at the padding ending a quantum."""
    data = _ascii_input(data)
    values = _B64_VALUES
    out = []
    if strict_mode and data and data[0] == _PAD:
        raise Error("Leading padding not allowed")
    phase = 0          # position inside the current group of four characters
    carry = 0          # bits of the current group not yet written
    pads = 0
    padding_seen = False
    length = len(data)
    finished = False
    for i in range(length):
        ch = data[i]
        if ch == _PAD:
            padding_seen = True
            if phase >= 2:
                pads += 1
                if phase + pads >= 4:
                    if strict_mode and i + 1 < length:
                        raise Error("Excess data after padding")
                    finished = True
                    break
            continue
        value = values.get(ch)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_seen:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if phase == 0:
            carry = value
            phase = 1
        elif phase == 1:
            out.append(((carry << 2) | (value >> 4)) & 255)
            carry = value & 15
            phase = 2
        elif phase == 2:
            out.append(((carry << 4) | (value >> 2)) & 255)
            carry = value & 3
            phase = 3
        else:
            out.append(((carry << 6) | value) & 255)
            carry = 0
            phase = 0
    if not finished and phase != 0:
        if phase == 1:
            raise Error("Invalid base64-encoded string: number of data characters "
                        "(%d) cannot be 1 more than a multiple of 4"
                        % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


# ---- checksums -----------------------------------------------------------------------

_CRC32_TABLE = None


def _crc32_table():
    global _CRC32_TABLE
    if _CRC32_TABLE is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c >>= 1
            table.append(c)
        _CRC32_TABLE = table
    return _CRC32_TABLE


try:
    import zlib as _zlib
    _zlib_crc32 = _zlib.crc32
except ImportError:
    _zlib_crc32 = None


def crc32(data, crc=0, /):
    """CRC-32 of data, continuing from crc; an unsigned 32-bit int."""
    data = _binary_input(data)
    crc &= 0xFFFFFFFF
    if _zlib_crc32 is not None:
        return _zlib_crc32(data, crc)
    table = _crc32_table()
    c = crc ^ 0xFFFFFFFF
    for byte in data:
        c = table[(c ^ byte) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


_HQX_TABLE = []
for _n in range(256):
    _c = _n << 8
    for _k in range(8):
        if _c & 0x8000:
            _c = ((_c << 1) ^ 0x1021) & 0xFFFF
        else:
            _c = (_c << 1) & 0xFFFF
    _HQX_TABLE.append(_c)
del _n, _c, _k


def crc_hqx(data, crc, /):
    """CRC-CCITT (polynomial 0x1021, as used by binhex4) of data, starting at crc."""
    data = _binary_input(data)
    crc &= 0xFFFF
    table = _HQX_TABLE
    for byte in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
    return crc
