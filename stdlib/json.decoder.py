"""JSONDecoder and JSONDecodeError: JSON text to Python values (the decoding
half of `json`)."""

import _json
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


def _default_constant(name):
    return _CONSTANTS[name]


class JSONDecodeError(ValueError):
    """A ValueError for malformed JSON, with where it went wrong:
    msg (the bare message), doc (the text), pos (its index in doc),
    lineno and colno (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(s, end, strict=True):
    """The string whose text starts at index `end` of `s` (just after its
    opening quote), and the index after its closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


py_scanstring = scanstring
c_scanstring = scanstring


class JSONDecoder(object):
    """Decodes JSON text: objects to dicts (or what the hooks make of them),
    arrays to lists, strings to str, numbers to int and float (or what
    parse_int and parse_float return), true/false/null to True/False/None,
    and NaN, Infinity and -Infinity through parse_constant."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The value of the JSON document `s` (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, idx=_json.skip_ws(s, 0))
        end = _json.skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value that starts at index `idx` of `s`, and the index where it
        ends (text after it is not looked at)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
