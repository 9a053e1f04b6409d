"""Base16, Base32, Base64, Ascii85 and Base85 encodings (Gilt's base64).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides b64encode (altchars), b64decode (altchars, validate), standard_b64encode,
standard_b64decode, urlsafe_b64encode, urlsafe_b64decode, b32encode, b32decode
(casefold, map01), b32hexencode, b32hexdecode (casefold), b16encode, b16decode
(casefold), a85encode (foldspaces, wrapcol, pad, adobe), a85decode (foldspaces,
adobe, ignorechars), b85encode (pad), b85decode, encodebytes and decodebytes, built on
this library's binascii.

Encoders take bytes; decoders take bytes or an ASCII-only str. Results and error
messages are CPython 3.11's: b64decode(validate=True) is binascii's strict mode,
b32decode raises binascii.Error('Incorrect padding') or ('Non-base32 digit found'),
the Ascii85/Base85 decoders raise ValueError with CPython's texts.

Differences from CPython: the file-object functions encode() and decode() and the
command-line interface are missing (Gilt has no io module yet); written in Gilt, so
much slower on large data.
"""

import binascii

__all__ = [
    "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode", "b32hexencode",
    "b32hexdecode", "b16encode", "b16decode", "b85encode", "b85decode",
    "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

_bytes_types = (bytes, bytearray, memoryview)


def _decode_input(s):
    """Bytes of a decoder argument: bytes-like, or str of ASCII characters."""
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, _bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _encode_input(s):
    """Bytes of an encoder argument that CPython turns into a memoryview."""
    if isinstance(s, _bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def _swap(data, source, target):
    """data with each byte of source replaced by the byte at the same place in
    target (bytes.translate with a two-byte table)."""
    table = {}
    for i in range(len(source)):
        table[source[i]] = target[i]
    return bytes([table.get(byte, byte) for byte in data])


# ---- Base64 ------------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Base64-encode the bytes s; altchars (two bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s (bytes or ASCII str). altchars (two bytes) stand for '+' and
    '/'. Unless validate is true, characters outside the alphabet are skipped;
    with it they raise binascii.Error. Bad padding raises binascii.Error."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64-encode s with '-' and '_' in place of '+' and '/'."""
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """Decode s written with the URL- and filesystem-safe Base64 alphabet."""
    s = _decode_input(s)
    return b64decode(_swap(s, b"-_", b"+/"))


# ---- Base32 ------------------------------------------------------------------------

_B32_ALPHABETS = {
    "std": b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "hex": b"0123456789ABCDEFGHIJKLMNOPQRSTUV",
}
_B32_VALUES = {}


def _b32_values(kind):
    table = _B32_VALUES.get(kind)
    if table is None:
        alphabet = _B32_ALPHABETS[kind]
        table = {}
        for i in range(32):
            table[alphabet[i]] = i
        _B32_VALUES[kind] = table
    return table


# number of leftover input bytes -> number of '=' at the end of the last group
_B32_PADDING = {1: 6, 2: 4, 3: 3, 4: 1}
# number of '=' -> number of data bytes in the last group
_B32_KEEP = {1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode(kind, s):
    s = _encode_input(s)
    alphabet = _B32_ALPHABETS[kind]
    rest = len(s) % 5
    if rest:
        s = s + bytes(5 - rest)
    out = []
    for i in range(0, len(s), 5):
        group = 0
        for byte in s[i:i + 5]:
            group = (group << 8) | byte
        for shift in range(35, -5, -5):
            out.append(alphabet[(group >> shift) & 31])
    if rest:
        pads = _B32_PADDING[rest]
        out[len(out) - pads:] = [61] * pads
    return bytes(out)


def _b32_decode(kind, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b"=")
    pads = total - len(s)
    values = _b32_values(kind)
    out = []
    group = 0
    for i in range(0, len(s), 8):
        group = 0
        for ch in s[i:i + 8]:
            value = values.get(ch)
            if value is None:
                raise binascii.Error("Non-base32 digit found")
            group = (group << 5) | value
        for shift in (32, 24, 16, 8, 0):
            out.append((group >> shift) & 255)
    if pads not in _B32_KEEP and pads != 0:
        raise binascii.Error("Incorrect padding")
    if pads and out:
        group <<= 5 * pads
        last = [(group >> shift) & 255 for shift in (32, 24, 16, 8, 0)]
        out[len(out) - 5:] = last[:_B32_KEEP[pads]]
    return bytes(out)


def b32encode(s):
    """Base32-encode the bytes s (RFC 4648 alphabet)."""
    return _b32_encode("std", s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s. casefold accepts lowercase letters; map01 (one byte) says
    which letter the digit 1 stands for (0 always means O)."""
    return _b32_decode("std", s, casefold, map01)


def b32hexencode(s):
    """Base32-encode s with the Extended Hex alphabet (RFC 4648)."""
    return _b32_encode("hex", s)


def b32hexdecode(s, casefold=False):
    """Decode s written with the Extended Hex Base32 alphabet."""
    return _b32_decode("hex", s, casefold)


# ---- Base16 ------------------------------------------------------------------------

def b16encode(s):
    """Base16-encode s: two uppercase hexadecimal digits per byte."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 s; lowercase digits only with casefold."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for byte in s:
        if not (48 <= byte <= 57 or 65 <= byte <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---- Ascii85 and Base85 --------------------------------------------------------------

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {}
for _i in range(85):
    _B85_VALUES[_B85_ALPHABET[_i]] = _i
del _i


def _encode85(data, alphabet, pad, fold_zero, fold_spaces):
    data = _encode_input(data)
    padding = (-len(data)) % 4
    if padding:
        data = data + bytes(padding)
    chunks = []
    for i in range(0, len(data), 4):
        word = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]
        if fold_zero and word == 0:
            chunks.append(b"z")
        elif fold_spaces and word == 0x20202020:
            chunks.append(b"y")
        else:
            digits = [0] * 5
            for k in range(4, -1, -1):
                digits[k] = alphabet[word % 85]
                word //= 85
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b"z":
            chunks[-1] = bytes([alphabet[0]]) * 5
        chunks[-1] = chunks[-1][:-padding]
    return b"".join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode b. foldspaces writes four spaces as 'y'; wrapcol breaks lines
    after that many characters; pad pads the input to a multiple of 4 bytes; adobe
    adds the <~ and ~> framing."""
    result = _encode85(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = b"<~" + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    """Decode Ascii85 b. foldspaces accepts 'y' for four spaces; adobe expects the
    ~> framing (and accepts <~); bytes in ignorechars are skipped."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % b"~>")
        if b.startswith(b"<~"):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = []
    group = []
    skip = set(ignorechars) if isinstance(ignorechars, _bytes_types) else ignorechars
    for ch in b + b"uuuu":
        if 33 <= ch <= 117:
            group.append(ch)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + (digit - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out.append(bytes([word >> 24, (word >> 16) & 255, (word >> 8) & 255,
                                  word & 255]))
                group = []
        elif ch == 122:  # z
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.append(b"\x00\x00\x00\x00")
        elif foldspaces and ch == 121:  # y
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.append(b"    ")
        elif ch in skip:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % ch)
    result = b"".join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    """Base85-encode b (the alphabet of git binary diffs); pad pads the input to a
    multiple of 4 bytes."""
    return _encode85(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """Decode Base85 b."""
    b = _decode_input(b)
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = []
    values = _B85_VALUES
    for i in range(0, len(b), 5):
        word = 0
        for j in range(5):
            value = values.get(b[i + j])
            if value is None:
                raise ValueError("bad base85 character at position %d" % (i + j))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out.append(bytes([word >> 24, (word >> 16) & 255, (word >> 8) & 255,
                          word & 255]))
    result = b"".join(out)
    if padding:
        result = result[:-padding]
    return result


# ---- line-wrapped Base64 -------------------------------------------------------------

_MAXLINESIZE = 76
_MAXBINSIZE = (_MAXLINESIZE // 4) * 3


def _need_bytes_like(s):
    if not isinstance(s, _bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64-encode s in lines of at most 76 characters, each ending with a newline."""
    _need_bytes_like(s)
    pieces = []
    for i in range(0, len(s), _MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + _MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode Base64 text made of several lines."""
    _need_bytes_like(s)
    return binascii.a2b_base64(s)
