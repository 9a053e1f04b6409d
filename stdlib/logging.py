"""Logging: loggers in a dotted-name hierarchy, handlers, formatters and filters
(Gilt's logging, one module; no logging.handlers or logging.config).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides the levels (CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET),
getLevelName, getLevelNamesMapping, addLevelName, getLogger (root logger, dotted
hierarchy with placeholders), Logger (debug, info, warning, warn, error, exception,
critical, fatal, log with %-args, exc_info=, extra=, stack_info=, stacklevel=; setLevel,
getEffectiveLevel, isEnabledFor, getChild, addHandler, removeHandler, hasHandlers,
propagate, disabled, filters, findCaller, makeRecord, handle), RootLogger, Manager,
PlaceHolder, LogRecord (getMessage with %-args or a single mapping), makeLogRecord,
setLogRecordFactory/getLogRecordFactory, setLoggerClass/getLoggerClass, Handler,
StreamHandler (sys.stderr by default), FileHandler (mode, encoding, delay, errors),
NullHandler, lastResort (messages of WARNING and above printed bare to sys.stderr when
no handler is found), Formatter (the record attributes, styles '%', '{' and '$' with
CPython's validation messages, defaults=, formatTime with datefmt via time.strftime and
default_time_format/default_msec_format, formatException, formatStack, converter),
BufferingFormatter, Filter, Filterer, PercentStyle, StrFormatStyle, StringTemplateStyle,
BASIC_FORMAT, basicConfig (level, format, datefmt, style, stream, filename, filemode,
encoding, errors, handlers, force), the module-level debug/info/warning/warn/error/
exception/critical/fatal/log (which call basicConfig when the root logger has no
handlers), disable, shutdown, captureWarnings, LoggerAdapter, raiseExceptions, and
Handler.handleError's "--- Logging error ---" report. Locks are threading.RLock.

Differences from CPython:
* The caller of a logging call (pathname, filename, module, lineno, funcName) is found
  with sys._getframe (or, without it, a short-lived sys.settrace hook). In Gilt the
  f_back chain stops at a frame entered from native code (a callback of sorted() or
  map(), an operator's dunder method, a property, a generator's body); a logging call
  whose caller is past such a frame reports it as CPython reports an unknown one:
  "(unknown file)", line 0, "(unknown function)" (module "(unknown file)").
  The caller is only looked for when a filter, handler or formatter that could read
  those fields will see the record (this module's handlers and formatters, with format
  strings not naming them, do not), so the common configurations pay nothing for it.
* No atexit module in Gilt: shutdown() is not run at exit by itself (StreamHandler and
  FileHandler flush after every record, so nothing written is lost).
* io.text_encoding is not applied: a FileHandler without an encoding opens its file
  with the interpreter's default encoding.
"""

import sys
import os
import time
import threading
import traceback
import io
import string

try:
    from _weakref import ref as _weakref_ref
except ImportError:
    try:
        from weakref import ref as _weakref_ref
    except ImportError:
        _weakref_ref = None

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---- levels ----------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    name = _levelToName.get(level)
    if name is not None:
        return name
    name = _nameToLevel.get(level)
    if name is not None:
        return name
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---- the module lock -----------------------------------------------------------------

_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---- finding the caller ------------------------------------------------------------

_srcfile = _checkLevel.__code__.co_filename


def _probe():
    pass


def _current_frame():
    """The frame of the function calling _current_frame, or None."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        return getframe(1)
    box = []

    def trap(frame, event, arg):
        box.append(frame)
        return None

    old = sys.gettrace()
    sys.settrace(trap)
    try:
        _probe()
    finally:
        sys.settrace(old)
    if not box:
        return None
    # box[0] is _probe's frame, its f_back is this function's
    f = box[0].f_back
    if f is None:
        return None
    return f.f_back


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


# ---- records -----------------------------------------------------------------------

_path_names = {}


class LogRecord(object):
    """What one logging call made: the message and its arguments, the level, where the
    call was made, when, and by which thread and process."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        names = _path_names.get(pathname) if type(pathname) is str else None
        if names is None:
            try:
                filename = os.path.basename(pathname)
                names = (filename, os.path.splitext(filename)[0])
            except (TypeError, ValueError, AttributeError):
                names = (pathname, "Unknown module")
            if type(pathname) is str:
                _path_names[pathname] = names
        self.filename = names[0]
        self.module = names[1]
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                     self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---- formatting styles -------------------------------------------------------------

_str_formatter = string.Formatter()


def _is_word(text):
    if not text:
        return False
    for ch in text:
        if not (ch.isalnum() or ch == '_'):
            return False
    return True


def _is_digits(text):
    return text != '' and text.isdigit()


# The attributes LogRecord.__init__ sets (and Formatter.format adds): formatting reads
# these straight from the record instead of through record.__dict__, which costs a
# dict materialisation per record on some interpreters.
_RECORD_FIELDS = frozenset([
    'name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename', 'module',
    'exc_info', 'exc_text', 'stack_info', 'lineno', 'funcName', 'created', 'msecs',
    'relativeCreated', 'thread', 'threadName', 'processName', 'process', 'message',
    'asctime'])


class _RecordValues(object):
    """record.__dict__ (then the defaults) as a read-only mapping, looked up lazily."""

    __slots__ = ('record', 'defaults')

    def __init__(self, record, defaults):
        self.record = record
        self.defaults = defaults

    def __getitem__(self, key):
        if key in _RECORD_FIELDS:
            try:
                return getattr(self.record, key)
            except AttributeError:
                pass
        else:
            d = self.record.__dict__
            if key in d:
                return d[key]
        defaults = self.defaults
        if defaults and key in defaults:
            return defaults[key]
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format names a record field, %(name)X style."""
        if not self._has_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    @staticmethod
    def _has_field(fmt):
        i = fmt.find('%(')
        while i >= 0:
            close = fmt.find(')', i + 2)
            if close < 0:
                return False
            if _is_word(fmt[i + 2:close]):
                j = close + 1
                n = len(fmt)
                while j < n and fmt[j] in '#0+ -':
                    j += 1
                if j < n and fmt[j] == '*':
                    j += 1
                else:
                    while j < n and fmt[j].isdigit():
                        j += 1
                if j < n and fmt[j] == '.':
                    k = j + 1
                    if k < n and fmt[k] == '*':
                        k += 1
                    else:
                        while k < n and fmt[k].isdigit():
                            k += 1
                    if k > j + 1:
                        j = k
                if j < n and fmt[j].lower() in 'diouxefgcrsa%':
                    return True
            i = fmt.find('%(', i + 2)
        return False

    def _format(self, record):
        return self._fmt % _RecordValues(record, self._defaults)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    _names = None

    def _format(self, record):
        names = self._names
        if names is None:
            names = []
            try:
                for _, fieldname, spec, conversion in _str_formatter.parse(self._fmt):
                    if fieldname is not None:
                        top = _top_name(fieldname)
                        if top and not top.isdigit() and top not in names:
                            names.append(top)
                        if spec and '{' in spec:
                            for _, inner, _, _ in _str_formatter.parse(spec):
                                if inner and _top_name(inner) not in names:
                                    names.append(_top_name(inner))
            except ValueError:
                names = None
            self._names = names
        if names is None:
            values = dict(self._defaults or {})
            values.update(record.__dict__)
            return self._fmt.format(**values)
        lookup = _RecordValues(record, self._defaults)
        values = {}
        for name in names:
            try:
                values[name] = lookup[name]
            except KeyError:
                pass
        return self._fmt.format(**values)

    def validate(self):
        """Raise ValueError unless the format has fields that str.format accepts."""
        fields = set()
        try:
            for _, fieldname, spec, conversion in _str_formatter.parse(self._fmt):
                if fieldname:
                    if not _valid_field_name(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


def _top_name(field):
    end = len(field)
    for stop in ('.', '['):
        i = field.find(stop)
        if 0 <= i < end:
            end = i
    return field[:end]


def _valid_field_name(name):
    # a number or a word, then any number of .word or [key] parts
    i = 0
    n = len(name)
    while i < n and (name[i].isalnum() or name[i] == '_'):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and (name[j].isalnum() or name[j] == '_'):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            i = j + 1
        else:
            return False
    return True


def _valid_format_spec(spec):
    # [[fill]align][sign][#][0][width][grouping][.precision][type]; a width or
    # precision may be a {word} field
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1

    def number_or_field(i):
        if i < n and spec[i] == '{':
            j = spec.find('}', i)
            if j < 0 or not _is_word(spec[i + 1:j]):
                return -1
            return j + 1
        j = i
        while j < n and spec[j].isdigit():
            j += 1
        return j

    i = number_or_field(i)
    if i < 0:
        return False
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = number_or_field(i + 1)
        if j <= i + 1:
            return False
        i = j
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n


class StringTemplateStyle(PercentStyle):

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format has $name or ${name} fields (and no
        bare '$')."""
        fmt = self._fmt
        fields = set()
        i = fmt.find('$')
        n = len(fmt)
        while i >= 0:
            nxt = fmt[i + 1:i + 2]
            if nxt == '$':
                i = fmt.find('$', i + 2)
                continue
            if nxt == '{':
                j = fmt.find('}', i + 2)
                name = fmt[i + 2:j] if j >= 0 else ''
                if j >= 0 and _is_identifier(name):
                    fields.add(name)
                    i = fmt.find('$', j + 1)
                    continue
            else:
                j = i + 1
                while j < n and (fmt[j].isalnum() or fmt[j] == '_') and fmt[j].isascii():
                    j += 1
                name = fmt[i + 1:j]
                if _is_identifier(name):
                    fields.add(name)
                    i = fmt.find('$', j)
                    continue
            if i == n - 1 or not nxt or not (nxt.isalnum() or nxt in '_{'):
                raise ValueError("invalid format: bare '$' not allowed")
            i = fmt.find('$', i + 1)
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(_RecordValues(record, self._defaults))


def _is_identifier(name):
    if not name or not name.isascii():
        return False
    if not (name[0].isalpha() or name[0] == '_'):
        return False
    for ch in name:
        if not (ch.isalnum() or ch == '_'):
            return False
    return True


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---- formatters --------------------------------------------------------------------

class Formatter(object):
    """Turns a LogRecord into text with a format string in one of three styles."""

    converter = time.localtime

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        out = io.StringIO()
        tb = ei[2]
        traceback.print_exception(ei[0], ei[1], tb, None, out)
        s = out.getvalue()
        out.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, with an optional header and footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---- filters -----------------------------------------------------------------------

class Filter(object):
    """Lets through the records of one logger and its descendants (all records when
    the name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """The filters shared by loggers and handlers."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ---- handlers ----------------------------------------------------------------------

_handlers = {}
_handlerList = []


def _removeHandlerRef(wr):
    with _lock:
        if wr in _handlerList:
            _handlerList.remove(wr)


def _addHandlerRef(handler):
    with _lock:
        if _weakref_ref is not None:
            try:
                _handlerList.append(_weakref_ref(handler, _removeHandlerRef))
                return
            except TypeError:
                pass
        _handlerList.append(lambda: handler)


class Handler(Filterer):
    """Where records go; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            lock = self.lock
            if lock:
                lock.acquire()
                try:
                    self.emit(record)
                finally:
                    lock.release()
            else:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        info = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            # (where tracebacks carry no frames, name the method that caught it)
            hint = None
            emit = getattr(type(self), 'emit', None)
            code = getattr(emit, '__code__', None)
            if code is not None:
                hint = (code.co_filename, code.co_name, getattr(emit, '__globals__', None))
            te = traceback.TracebackException(info[0], info[1], info[2], compact=True,
                                              _hint=hint)
            for line in te.format():
                err.write(line)
            err.write('Call stack:\n')
            frame = _current_frame()
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename,
                                                                record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes each formatted record and a newline to a stream (sys.stderr unless
    another is given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            if type(self).flush is _StreamHandler_flush:
                # what flush() does, without taking the lock handle() holds
                if stream and hasattr(stream, "flush"):
                    stream.flush()
            else:
                self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


_StreamHandler_flush = StreamHandler.flush


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens (at once, or at the first record
    with delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with self.lock:
            try:
                try:
                    if self.stream:
                        try:
                            self.flush()
                        finally:
                            stream = self.stream
                            self.stream = None
                            if hasattr(stream, "close"):
                                stream.close()
                finally:
                    StreamHandler.close(self)
            finally:
                pass

    def _open(self):
        open_func = self._builtin_open
        if self.encoding is None and self.errors is None:
            return open_func(self.baseFilename, self.mode)
        return open_func(self.baseFilename, self.mode, encoding=self.encoding,
                         errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """The handler of last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries that log without configuring)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- the logger hierarchy ------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name nobody asked a logger for yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Keeps the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            rv = self.loggerDict.get(name)
            if rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
            elif isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for messages: a level, handlers, and a parent to pass records
    on to (when propagate is true)."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        f = _current_frame()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        if _is_internal_frame(f):
            # the chain of frames ended inside this module: the caller is not known
            return "(unknown file)", 0, "(unknown function)", None
        co = f.f_code
        sinfo = None
        if stack_info:
            lines = traceback.format_stack(f)
            text = "Stack (most recent call last):\n" + "".join(lines)
            if text[-1] == '\n':
                text = text[:-1]
            sinfo = text
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if stack_info or _caller_needed(self):
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        else:
            # nothing that will see this record reads where it was logged from
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        levelno = record.levelno
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        cache = self._cache
        if level in cache:
            return cache[level]
        with _lock:
            if self.manager.disable >= level:
                enabled = cache[level] = False
            else:
                enabled = cache[level] = (level >= self.getEffectiveLevel())
        return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


_CALLER_FIELDS = ('pathname', 'filename', 'module', 'lineno', 'funcName')
_fmt_needs_caller = {}


def _fmt_names_caller(fmt):
    needed = False
    for field in _CALLER_FIELDS:
        if field in fmt:
            needed = True
    _fmt_needs_caller[fmt] = needed
    return needed


def _caller_needed(logger):
    """Whether anything a record of `logger` will reach could read its pathname,
    lineno, funcName...: finding the caller is skipped only when every filter,
    handler and formatter on the way is one of this module's own, with a format that
    does not name those fields."""
    cls = type(logger)
    if cls is not Logger and cls is not RootLogger:
        if (cls.findCaller is not _Logger_findCaller
                or cls.makeRecord is not _Logger_makeRecord):
            return True
    if _logRecordFactory is not LogRecord:
        return True
    plain = _PLAIN_HANDLERS
    cache = _fmt_needs_caller
    c = logger
    found = False
    while c:
        if c.filters:
            return True
        for h in c.handlers:
            found = True
            if type(h) not in plain or h.filters:
                return True
            f = h.formatter
            if f is not None:
                if type(f) is not Formatter:
                    return True
                fmt = f._style._fmt
                needed = cache.get(fmt)
                if needed is None:
                    needed = _fmt_names_caller(fmt)
                if needed or type(f._style) not in _STYLE_CLASSES:
                    return True
        if not c.propagate:
            break
        c = c.parent
    if not found:
        h = lastResort
        if h:
            if type(h) not in plain or h.filters:
                return True
            f = h.formatter
            if f is not None:
                if type(f) is not Formatter or type(f._style) not in _STYLE_CLASSES:
                    return True
                fmt = f._style._fmt
                needed = cache.get(fmt)
                if needed is None:
                    needed = _fmt_names_caller(fmt)
                if needed:
                    return True
    return False


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger
_Logger_findCaller = Logger.findCaller
_Logger_makeRecord = Logger.makeRecord
_PLAIN_HANDLERS = (StreamHandler, FileHandler, NullHandler, _StderrHandler)
_STYLE_CLASSES = (PercentStyle, StrFormatStyle, StringTemplateStyle)


class LoggerAdapter(object):
    """Wraps a logger, adding contextual information (extra=) to each call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)

    def __class_getitem__(cls, item):
        return cls


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---- configuration -----------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler and formatter (once, unless force=True)."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass


# ---- warnings ----------------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning("%s", s)


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back to the normal display
    (False)."""
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
