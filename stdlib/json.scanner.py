"""make_scanner: the function that reads one JSON value at an index, built
from a decoder's settings (the native `_json.scan_once` does the reading)."""

import _json

__all__ = ['make_scanner']


def make_scanner(context):
    """A `scan_once(string, idx)` returning `(value, end)`, or raising
    StopIteration(idx) when no value starts at `idx`. The decoder's hooks and
    parsers are read now, as CPython's scanner reads them."""
    from json.decoder import JSONDecodeError, _default_constant
    strict = bool(context.strict)
    object_hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    if parse_float is float:
        parse_float = None
    parse_int = context.parse_int
    if parse_int is int:
        parse_int = None
    parse_constant = context.parse_constant
    if parse_constant is _default_constant:
        parse_constant = None

    def scan_once(string, idx):
        return _json.scan_once(string, idx, strict, object_hook, pairs_hook,
                               parse_float, parse_int, parse_constant,
                               JSONDecodeError)
    return scan_once


c_make_scanner = make_scanner
py_make_scanner = make_scanner
