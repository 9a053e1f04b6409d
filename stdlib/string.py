"""String constants and helpers (Gilt's string module).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides the character-class constants, capwords() and a $-substitution Template
(without regular expressions: Template.pattern and subclass customisation of
delimiter/idpattern are limited to the delimiter attribute).
"""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace by default), capitalize each word and join them
    with sep (a single space by default)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = ascii_letters + "_"
_ID_CHARS = ascii_letters + digits + "_"

_MISSING = object()


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $.

    Template('$who likes $what').substitute(who='tim', what='pie'). Placeholder names are
    ASCII identifiers.
    """

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Split the template into ('text', str) and ('name', name, start) pieces; raise
        ValueError for a malformed placeholder."""
        text = self.template
        delim = self.delimiter
        pieces = []
        literal = []
        i = 0
        n = len(text)
        while i < n:
            if not text.startswith(delim, i):
                literal.append(text[i])
                i += 1
                continue
            start = i
            j = i + len(delim)
            if text.startswith(delim, j):
                literal.append(delim)
                i = j + len(delim)
                continue
            braced = j < n and text[j] == "{"
            k = j + 1 if braced else j
            if k < n and text[k] in _ID_START:
                end = k + 1
                while end < n and text[end] in _ID_CHARS:
                    end += 1
                name = text[k:end]
                if braced:
                    if end < n and text[end] == "}":
                        end += 1
                    else:
                        name = None
                if name is not None:
                    pieces.append(("text", "".join(literal)))
                    literal = []
                    pieces.append(("name", name, start, text[start:end]))
                    i = end
                    continue
            # An invalid placeholder.
            pieces.append(("text", "".join(literal)))
            literal = []
            pieces.append(("invalid", None, start, delim))
            i = j
        pieces.append(("text", "".join(literal)))
        return pieces

    def _invalid(self, start):
        lines = self.template[:start].split("\n")
        colno = len(lines[-1]) + 1
        lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=_MISSING, /, **kws):
        """Replace every placeholder by its value from mapping and keyword arguments
        (keywords win); a missing name raises KeyError, a malformed placeholder
        ValueError."""
        values = _merge(mapping, kws)
        out = []
        for piece in self._scan():
            if piece[0] == "text":
                out.append(piece[1])
            elif piece[0] == "name":
                out.append(str(values[piece[1]]))
            else:
                self._invalid(piece[2])
        return "".join(out)

    def safe_substitute(self, mapping=_MISSING, /, **kws):
        """Like substitute(), but leaves missing or malformed placeholders as they are."""
        values = _merge(mapping, kws)
        out = []
        for piece in self._scan():
            if piece[0] == "text":
                out.append(piece[1])
            elif piece[0] == "name":
                try:
                    out.append(str(values[piece[1]]))
                except KeyError:
                    out.append(piece[3])
            else:
                out.append(piece[3])
        return "".join(out)

    def get_identifiers(self):
        """The names of the valid placeholders, in order of first appearance."""
        names = []
        for piece in self._scan():
            if piece[0] == "name" and piece[1] not in names:
                names.append(piece[1])
        return names

    def is_valid(self):
        """Whether the template has no malformed placeholder."""
        return all(piece[0] != "invalid" for piece in self._scan())


class _ChainLookup:
    """Look names up in the keywords first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _merge(mapping, kws):
    if mapping is _MISSING:
        return kws
    if kws:
        return _ChainLookup(kws, mapping)
    return mapping
