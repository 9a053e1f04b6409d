"""Compression compatible with gzip: compress(), decompress(), crc32() and
adler32().

Written in Gilt on top of the native `_zlib`, which does the work (with the
deflate implementation of the flate2 crate; compressed bytes may differ from
CPython's zlib, while decompression reads any valid stream). Working on 2048
bytes or more lets go of the interpreter lock while it runs, as CPython does.
"""

import _zlib

__all__ = ('compress', 'decompress', 'crc32', 'adler32', 'error')

MAX_WBITS = 15
DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4


class error(Exception):
    pass


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Compressed `data`: zlib framing (wbits 9..15), raw deflate (-15..-9)
    or gzip (25..31)."""
    return _zlib.compress(data, level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The bytes `data` was compressed from."""
    return _zlib.decompress(data, wbits, bufsize)


def crc32(data, value=0, /):
    """The CRC-32 checksum of `data`, continuing from `value`."""
    return _zlib.crc32(data, value)


def adler32(data, value=1, /):
    """The Adler-32 checksum of `data`, continuing from `value`."""
    return _zlib.adler32(data, value)
