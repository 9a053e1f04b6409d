"""CSV file reading and writing (Gilt's csv).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Offers ``reader`` (``line_num``, ``dialect``), ``writer`` (``writerow``, ``writerows``,
``dialect``), ``DictReader`` (``fieldnames``, ``restkey``, ``restval``, ``line_num``),
``DictWriter`` (``writeheader``, ``restval``, ``extrasaction``), ``Dialect``,
``excel``, ``excel_tab``, ``unix_dialect``, ``register_dialect``, ``get_dialect``,
``unregister_dialect``, ``list_dialects``, ``field_size_limit``, ``Error``, the
``QUOTE_*`` constants and ``__version__``, with CPython 3.11's parsing state machine,
quoting rules and messages (NUL characters are ordinary characters, as in 3.11).

Not offered: ``Sniffer``. Dialect objects returned by ``get_dialect`` and held by
readers and writers are instances of a read-only class named ``Dialect`` defined here
(CPython's is ``_csv.Dialect``).
"""

import sys as _sys

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
          'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_MISSING = object()


class _DialectValues(object):
    """The validated, read-only parameters of a reader or writer."""
    __slots__ = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _make_dialect(dialect, kwargs):
    if dialect is not None and isinstance(dialect, str):
        dialect = get_dialect(dialect)
    for key in kwargs:
        if key not in _ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    # a validated dialect with no overrides is used as it is
    if isinstance(dialect, _CDialect) and not kwargs:
        return dialect
    vals = {}
    for name in _ATTRS:
        if name in kwargs:
            vals[name] = kwargs[name]
        elif dialect is not None and hasattr(dialect, name):
            vals[name] = getattr(dialect, name)
        else:
            vals[name] = _MISSING
    d = object.__new__(_CDialect)
    v = vals['delimiter']
    delimiter = ',' if v is _MISSING else _char('delimiter', v, ',', False)
    v = vals['doublequote']
    doublequote = True if v is _MISSING else bool(v)
    v = vals['escapechar']
    escapechar = None if v is _MISSING else _char('escapechar', v, None, True)
    v = vals['lineterminator']
    if v is _MISSING:
        lineterminator = '\r\n'
    elif v is None:
        raise TypeError('lineterminator must be set')
    elif not isinstance(v, str):
        raise TypeError('"lineterminator" must be a string')
    else:
        lineterminator = v
    qv = vals['quotechar']
    if qv is _MISSING:
        quotechar = '"'
    else:
        quotechar = _char('quotechar', qv, '"', True)
    v = vals['quoting']
    if v is _MISSING:
        quoting = QUOTE_MINIMAL
        if qv is None:
            quoting = QUOTE_NONE
    else:
        if type(v) is not int:
            raise TypeError('"quoting" must be an integer')
        if v not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        quoting = int(v)
    v = vals['skipinitialspace']
    skipinitialspace = False if v is _MISSING else bool(v)
    v = vals['strict']
    strict = False if v is _MISSING else bool(v)
    if quoting != QUOTE_NONE and quotechar is None:
        raise TypeError('quotechar must be set if quoting enabled')
    s = object.__setattr__
    s(d, '_delimiter', delimiter)
    s(d, '_doublequote', doublequote)
    s(d, '_escapechar', escapechar)
    s(d, '_lineterminator', lineterminator)
    s(d, '_quotechar', quotechar)
    s(d, '_quoting', quoting)
    s(d, '_skipinitialspace', skipinitialspace)
    s(d, '_strict', strict)
    return d


def _ro(name):
    key = '_' + name

    def get(self):
        return self.__dict__[key]

    def set(self, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                             % name)
    return property(get, set)


class _CDialect(object):
    """CSV dialect (the validated form)."""

    def __new__(cls, dialect=None, **kwargs):
        return _make_dialect(dialect, kwargs)

    delimiter = _ro('delimiter')
    doublequote = _ro('doublequote')
    escapechar = _ro('escapechar')
    lineterminator = _ro('lineterminator')
    quotechar = _ro('quotechar')
    quoting = _ro('quoting')
    skipinitialspace = _ro('skipinitialspace')
    strict = _ro('strict')

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


_CDialect.__name__ = 'Dialect'
_CDialect.__qualname__ = 'Dialect'
_CDialect.__module__ = '_csv'


class Dialect(object):
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _make_dialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError('field_size_limit() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# reader states
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _reader(object):
    def __init__(self, csvfile, dialect=None, **fmtparams):
        self._iter = iter(csvfile)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0
        d = self.dialect
        self._simple = (d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace)

    def __iter__(self):
        return self

    def _error(self, msg):
        return Error(msg)

    def __next__(self):
        d = self.dialect
        delim = d.delimiter
        quotechar = d.quotechar
        escapechar = d.escapechar
        quoting = d.quoting
        if quoting == QUOTE_NONE:
            quotechar_active = None
        else:
            quotechar_active = quotechar
        skipspace = d.skipinitialspace
        doublequote = d.doublequote
        strict = d.strict
        limit = _field_limit
        fields = []
        field = []
        state = _START_RECORD
        numeric = False
        first = True
        while True:
            try:
                line = next(self._iter)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error('unexpected end of data')
                    s = ''.join(field)
                    if numeric:
                        s = float(s)
                    fields.append(s)
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should '
                            'be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            # fast path: a plain record on one line
            if first and self._simple:
                first = False
                body = line
                if body.endswith('\r\n'):
                    body = body[:-2]
                elif body.endswith('\n') or body.endswith('\r'):
                    body = body[:-1]
                if ('\n' not in body and '\r' not in body
                        and (quotechar_active is None or quotechar_active not in body)
                        and (escapechar is None or escapechar not in body)):
                    if body == '':
                        return []
                    parts = body.split(delim)
                    ok = True
                    for p in parts:
                        if len(p) > limit:
                            ok = False
                            break
                    if ok:
                        return parts
            first = False
            n = len(line)
            i = 0
            while i <= n:
                if i < n:
                    c = line[i]
                else:
                    c = None        # end of line
                i += 1
                if state == _START_RECORD:
                    if c is None:
                        break
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c is None or c == '\n' or c == '\r':
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        state = _START_RECORD if c is None else _EAT_CRNL
                    elif c == quotechar_active:
                        state = _IN_QUOTED_FIELD
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and skipspace:
                        pass
                    elif c == delim:
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                    else:
                        if quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == '\n' or c == '\r':
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    if c is None:
                        c = '\n'
                    if len(field) >= limit:
                        raise Error('field larger than field limit (%d)' % limit)
                    field.append(c)
                    state = _IN_FIELD
                elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    if state == _AFTER_ESCAPED_CRNL and c is None:
                        continue
                    if c is None or c == '\n' or c == '\r':
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        state = _START_RECORD if c is None else _EAT_CRNL
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        state = _START_FIELD
                    else:
                        # (stays in _AFTER_ESCAPED_CRNL until a line end, as CPython)
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c is None:
                        pass
                    elif c == escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar_active:
                        if doublequote:
                            state = _QUOTE_IN_QUOTED_FIELD
                        else:
                            state = _IN_FIELD
                    else:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if c is None:
                        c = '\n'
                    if len(field) >= limit:
                        raise Error('field larger than field limit (%d)' % limit)
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if quoting != QUOTE_NONE and c == quotechar:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        state = _START_FIELD
                    elif c is None or c == '\n' or c == '\r':
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        state = _START_RECORD if c is None else _EAT_CRNL
                    elif not strict:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quotechar))
                elif state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pass
                    elif c is None:
                        state = _START_RECORD
                    else:
                        raise Error('new-line character seen in unquoted field - do you '
                                    'need to open the file in universal-newline mode?')
            if state == _START_RECORD:
                break
        return fields


_reader.__name__ = _reader.__qualname__ = 'reader'
_reader.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    return _reader(csvfile, dialect, **fmtparams)


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__')) and not isinstance(x, str)


class _writer(object):
    def __init__(self, csvfile, dialect=None, **fmtparams):
        write = getattr(csvfile, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _make_dialect(dialect, fmtparams)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        items = list(it)
        quoting = d.quoting
        delim = d.delimiter
        quotechar = d.quotechar
        escapechar = d.escapechar
        doublequote = d.doublequote
        lineterm = d.lineterminator
        specials = delim + lineterm
        if quotechar is not None:
            specials += quotechar
        if escapechar is not None:
            specials += escapechar
        out = []
        single = len(items) == 1
        for field in items:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                s = ''
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            if s == '' and single:
                if quoting == QUOTE_NONE:
                    raise Error('single empty field record must be quoted')
                quoted = True
            need = False
            for ch in s:
                if ch in specials:
                    need = True
                    break
            if need:
                buf = []
                for c in s:
                    if c in specials:
                        want_escape = False
                        if quoting == QUOTE_NONE:
                            want_escape = True
                        else:
                            if c == quotechar:
                                if doublequote:
                                    buf.append(quotechar)
                                else:
                                    want_escape = True
                            elif c == escapechar:
                                want_escape = True
                            if not want_escape:
                                quoted = True
                        if want_escape:
                            if escapechar is None:
                                raise Error('need to escape, but no escapechar set')
                            buf.append(escapechar)
                    buf.append(c)
                s = ''.join(buf)
            if quoted:
                s = quotechar + s + quotechar
            out.append(s)
        return self._write(delim.join(out) + lineterm)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_writer.__name__ = _writer.__qualname__ = 'writer'
_writer.__module__ = '_csv'


def writer(csvfile, dialect=None, **fmtparams):
    return _writer(csvfile, dialect, **fmtparams)


class DictReader(object):
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter(object):
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows([self._dict_to_list(r) for r in rowdicts])


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
