"""String constants and helpers (Gilt's string module).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides the character-class constants, capwords(), Formatter and a $-substitution Template
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


# ---- Formatter ---------------------------------------------------------------------

def _split_field_name(name):
    """(first, rest) for a replacement field name such as 'a.b[0]': first is an int
    when it is all digits, rest an iterator of (is_attribute, key) pairs (errors
    surface while iterating)."""
    n = len(name)
    pos = 0
    while pos < n and name[pos] not in ".[":
        pos += 1
    first = name[:pos]
    if first and all(ch.isdecimal() for ch in first):
        first = int(first)
    return first, _field_name_parts(name, pos)


def _field_name_parts(name, pos):
    n = len(name)
    while pos < n:
        ch = name[pos]
        pos += 1
        if ch == ".":
            start = pos
            while pos < n and name[pos] not in ".[":
                pos += 1
            if pos == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:pos]
        else:  # "["
            start = pos
            while pos < n and name[pos] != "]":
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:pos]
            pos += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            if pos < n and name[pos] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            if all(c.isdecimal() for c in key):
                key = int(key)
            yield False, key


def _parse_format(text):
    """Yield (literal_text, field_name, format_spec, conversion) for each piece of a
    format string."""
    n = len(text)
    pos = 0
    while pos < n:
        start = pos
        brace = ""
        while pos < n:
            ch = text[pos]
            pos += 1
            if ch == "{" or ch == "}":
                brace = ch
                break
        at_end = pos >= n
        if brace == "}" and (at_end or text[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if brace == "{" and at_end:
            raise ValueError("Single '{' encountered in format string")
        if not brace:
            yield text[start:pos], None, None, None
            continue
        if text[pos] == brace:
            # a doubled brace: the literal ends with one copy of it
            pos += 1
            yield text[start:pos - 1], None, None, None
            continue
        literal = text[start:pos - 1]
        # the field name runs to '}', ':' or '!' ('[...]' may hide them)
        name_start = pos
        ch = ""
        while pos < n:
            ch = text[pos]
            pos += 1
            if ch == "{":
                raise ValueError("unexpected '{' in field name")
            if ch == "[":
                while pos < n and text[pos] != "]":
                    pos += 1
                continue
            if ch in "}:!":
                break
        field_name = text[name_start:pos - 1] if ch in "}:!" else text[name_start:pos]
        conversion = None
        if ch == "}":
            yield literal, field_name, "", None
            continue
        if ch != ":" and ch != "!":
            raise ValueError("expected '}' before end of string")
        if ch == "!":
            if pos >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[pos]
            pos += 1
            if pos < n:
                ch = text[pos]
                pos += 1
                if ch == "}":
                    yield literal, field_name, "", conversion
                    continue
                if ch != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < n:
            ch = text[pos]
            pos += 1
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    break
        if depth:
            raise ValueError("unmatched '{' in format spec")
        yield literal, field_name, text[spec_start:pos - 1], conversion


class Formatter:
    """str.format() as a class whose steps can be overridden: format(), vformat(),
    parse(), get_field(), get_value(), check_unused_args(), format_field() and
    convert_field()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, first part of the name) for a field name like 'a.b[0]'."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
