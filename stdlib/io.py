"""In-memory streams and the names of Python's I/O layer.

Offers ``StringIO`` and ``BytesIO`` (read, readline, readlines, iteration, write,
writelines, seek with the three ``whence`` values, tell, truncate, getvalue, close, use as
context managers, plus ``BytesIO.readinto`` and no ``BytesIO.getbuffer``), ``open`` (the built-in),
``SEEK_SET``/``SEEK_CUR``/``SEEK_END``, ``DEFAULT_BUFFER_SIZE``, ``UnsupportedOperation``
and the base-class names ``IOBase``, ``RawIOBase``, ``BufferedIOBase``, ``TextIOBase``
(files that ``open`` returns are not instances of them in Gilt). ``StringIO`` translates
newlines and ends lines as CPython's does for each ``newline`` (None, ``''``, ``'\\n'``,
``'\\r'``, ``'\\r\\n'``) and reports the kinds it was given in ``newlines``.
Not offered: ``TextIOWrapper``, ``BufferedReader`` and the other concrete file classes,
``FileIO``.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory:
    """What StringIO and BytesIO share: a value, a position, and a list of pending
    appends so that many writes at the end cost one join."""

    _empty = ''
    _closed_msg = 'I/O operation on closed file'
    _negative_msg = 'Negative seek position %d'
    _whence_msg = 'Invalid whence (%d, should be 0, 1 or 2)'

    def __init__(self, initial):
        self._value = initial
        self._tail = []
        self._size = len(initial)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_msg)

    def _whole(self):
        if self._tail:
            self._value = self._empty.join([self._value] + self._tail)
            self._tail = []
        return self._value

    def getvalue(self):
        self._check()
        return self._whole()

    def write(self, data):
        self._check()
        self._check_type(data)
        n = len(data)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._tail.append(data)
        else:
            v = self._whole()
            if self._pos > len(v):
                v = v + self._pad(self._pos - len(v))
            self._value = v[:self._pos] + data + v[self._pos + n:]
        self._pos += n
        if self._pos > self._size:
            self._size = self._pos
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        v = self._whole()
        if size is None or size < 0:
            end = len(v)
        else:
            end = min(len(v), self._pos + size)
        start = min(self._pos, len(v))
        self._pos = max(self._pos, end)
        return v[start:end]

    def readline(self, size=-1):
        self._check()
        v = self._whole()
        start = min(self._pos, len(v))
        nl = v.find(self._newline, start)
        end = len(v) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return v[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError(self._negative_msg % pos)
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos)
        elif whence == 2:
            self._seek_end(pos)
        else:
            raise ValueError(self._whence_msg % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        v = self._whole()
        if size < len(v):
            self._value = v[:size]
            self._size = size
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


_SEEN_CR = 1
_SEEN_LF = 2
_SEEN_CRLF = 4
_NEWLINES = (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'), ('\n', '\r\n'),
             ('\r', '\n', '\r\n'))


class StringIO(_Memory, TextIOBase):
    _empty = ''
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        _Memory.__init__(self, '')
        # None: '\r' and '\r\n' become '\n' on write; '': lines end at any of the three;
        # '\r' or '\r\n': written '\n's become it and lines end at it.
        self._readnl = newline
        self._universal = not newline
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        self._check()
        self._check_type(s)
        n = len(s)
        if self._universal:
            crlf = s.count('\r\n')
            cr = s.count('\r') - crlf
            lf = s.count('\n') - crlf
            self._seen |= (cr and _SEEN_CR) | (lf and _SEEN_LF) | (crlf and _SEEN_CRLF)
            if self._readnl is None and (cr or crlf):
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._readnl != '\n':
            s = s.replace('\n', self._readnl)
        _Memory.write(self, s)
        return n

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(size).__name__)
        v = self._whole()
        start = min(self._pos, len(v))
        stop = len(v) if size is None or size < 0 else min(len(v), start + size)
        end = self._line_end(v, start, stop)
        self._pos = max(self._pos, end)
        return v[start:end]

    def _line_end(self, v, start, stop):
        """Where the line starting at `start` ends (at most at `stop`)."""
        if self._readnl == '':
            for i in range(start, stop):
                c = v[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if i + 1 < stop and v[i + 1] == '\n' else i + 1
            return stop
        nl = '\n' if self._readnl is None else self._readnl
        i = v.find(nl, start, stop)
        return stop if i < 0 else i + len(nl)

    @property
    def newlines(self):
        self._check()
        if not self._universal:
            return None
        return _NEWLINES[self._seen]

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError('string argument expected, got %r' % type(data).__name__)

    def _pad(self, n):
        return '\0' * n

    def _seek_relative(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")

    def _seek_end(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero end-relative seeks")
        self._pos = self._size

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_Memory, BufferedIOBase):
    _empty = b''
    _newline = b'\n'
    _closed_msg = 'I/O operation on closed file.'
    _negative_msg = 'negative seek value %d'
    _whence_msg = 'invalid whence (%d, should be 0, 1 or 2)'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._check_type(initial_bytes)
        _Memory.__init__(self, bytes(initial_bytes))

    def _check_type(self, data):
        # bytes-like: bytes, a bytearray, a memoryview, or an array (its __bytes__)
        if (not isinstance(data, (bytes, bytearray, memoryview))
                and not hasattr(type(data), '__bytes__')):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__)

    def write(self, data):
        self._check()
        self._check_type(data)
        return _Memory.write(self, bytes(data))

    def readinto(self, buffer):
        """Read up to len(buffer) bytes into the bytearray buffer; return how many."""
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def _pad(self, n):
        return bytes(n)

    def _seek_relative(self, pos):
        self._pos = max(0, self._pos + pos)

    def _seek_end(self, pos):
        self._pos = max(0, self._size + pos)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object>'
