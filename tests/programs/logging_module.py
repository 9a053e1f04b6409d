# logging: loggers, handlers, formatters, filters, records and basicConfig, compared
# with CPython 3.11 (output that depends on the clock or the process is avoided).
import io
import os
import sys
import time
import logging

BASE = os.path.basename(__file__)


def section(title):
    print("==", title)


def capture_stderr(fn):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old


def clean(text):
    return text.replace(__file__, BASE)


section("levels")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
for value in [10, 20, 30, 40, 50, 0, 15, "INFO", "WARN", "FATAL", "nope", None]:
    print(repr(value), repr(logging.getLevelName(value)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
m = logging.getLevelNamesMapping()
print(sorted(m.items(), key=lambda kv: (kv[1], kv[0])))
for bad in ["LOUD", 2.5, None]:
    try:
        logging.getLogger("lv").setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)

section("hierarchy")
root = logging.getLogger()
print(root is logging.root, root.name, repr(root), logging.getLogger("root") is root)
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
print(abc.parent is a, repr(abc))
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.parent is root)
x = logging.getLogger("x.y")
print(x.parent is root, logging.getLogger("x.y") is x)
print(a.getChild("b") is ab, root.getChild("q") is logging.getLogger("q"))
print(type(logging.Logger.manager.loggerDict["x"]).__name__)
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), ab.level, repr(abc), abc.isEnabledFor(logging.WARNING),
      abc.isEnabledFor(logging.ERROR))
ab.setLevel("DEBUG")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)

section("handlers and formatters")
stream = io.StringIO()
h = logging.StreamHandler(stream)
print(repr(h), h.level, h.formatter, h.name)
h.name = "mine"
print(h.get_name(), h.name)
log = logging.getLogger("app")
log.propagate = False
log.addHandler(h)
log.addHandler(h)
print(len(log.handlers), log.hasHandlers())
log.setLevel(logging.DEBUG)
log.debug("debug %s", "arg")
log.info("info %d items", 3)
log.warning("warning %(key)s", {"key": "mapped"})
log.error("error no args %s")
log.critical("critical %s %s", 1, [2])
log.log(25, "notice level")
log.fatal("fatal")
log.warning({"a": 1})
log.warning("%d%%", 50)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(levelno)d:%(message)s"))
log.info("formatted")
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)5s %(message)r"))
log.info("padded")
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}|{levelno:03d}", style="{"))
log.warning("brace style %s", "ok")
h.setFormatter(logging.Formatter("$levelname-${name}-$message", style="$"))
log.warning("dollar style")
h.setFormatter(logging.Formatter("%(name)s %(custom)s %(message)s",
                                 defaults={"custom": "dflt"}))
log.warning("with default")
log.warning("with extra", extra={"custom": "given"})
h.setFormatter(logging.Formatter("{name} {custom} {message}", style="{",
                                 defaults={"custom": "d2"}))
log.warning("brace default")
h.setFormatter(None)
log.warning("extra field", extra={"user": "bob"})
for key in ["message", "asctime", "lineno", "msg"]:
    try:
        log.warning("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
log.setLevel(logging.WARNING)
log.info("filtered out")
log.removeHandler(h)
log.removeHandler(h)
print(len(log.handlers))
print(clean(stream.getvalue()), end="")

section("formatter details")
rec = logging.makeLogRecord({"name": "n", "msg": "hello %s", "args": ("you",),
                             "levelno": 20, "levelname": "INFO", "created": 86400.25,
                             "msecs": 250.0, "lineno": 7, "pathname": "/p/mod.py"})
print(repr(rec.getMessage()), rec.lineno, rec.pathname)
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(rec))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H-%M")
f.converter = time.gmtime
print(f.format(rec), f.usesTime(), logging.Formatter().usesTime())
f = logging.Formatter("{asctime} {message}", style="{")
f.converter = time.gmtime
f.default_msec_format = "%s.%03d"
print(f.format(rec))
f = logging.Formatter("${asctime} $message", style="$")
f.converter = time.gmtime
f.default_msec_format = None
print(f.format(rec), f.usesTime())
print(repr(logging.Formatter().format(rec)), rec.message)
for fmt, style in [("%(message)", "%"), ("no fields", "%"), ("{message", "{"),
                   ("{}", "{"), ("{0}", "{"), ("{message!x}", "{"), ("{message:zz}", "{"),
                   ("{a.b[c]}", "{"), ("{a..b}", "{"),
                   ("$message $", "$"), ("no fields", "$"), ("${message}", "$"),
                   ("%(message)s", "x"), ("%(message)-10.3s", "%"), ("%(levelno)+5d", "%"),
                   ("{message:>10}", "{"), ("{levelno:{width}}", "{")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", repr(fmt))
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False).format(rec))
try:
    logging.Formatter("%(nosuch)s").format(rec)
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("{nosuch}", style="{").format(rec)
except ValueError as e:
    print("ValueError", e)
r2 = logging.LogRecord("nm", logging.ERROR, "/a/b/c.py", 12, "v=%d", (5,), None,
                       func="fn")
print(repr(r2), r2.filename, r2.module, r2.funcName, r2.levelname, r2.getMessage())
print(logging.LogRecord("nm", 10, "p", 1, "d %(x)s", ({"x": 1},), None).args)
print(logging.LogRecord("nm", 10, "p", 1, "d %s", ({},), None).args)
print(logging.LogRecord("nm", 10, "p", 1, 42, None, None).getMessage())
try:
    logging.LogRecord("nm", 10, "p", 1, "%d %d", (1,), None).getMessage()
except TypeError as e:
    print("TypeError", e)
bf = logging.BufferingFormatter()
print(repr(bf.format([rec, r2])), repr(bf.format([])))

section("exceptions")
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
elog = logging.getLogger("exc")
elog.propagate = False
elog.addHandler(h)


def fails():
    raise ValueError("broken")


try:
    fails()
except ValueError:
    elog.exception("caught %s", "it")
    elog.error("with exc_info", exc_info=True)
    elog.warning("no exc_info")
try:
    fails()
except ValueError as e:
    err = e
elog.error("instance", exc_info=err)
elog.error("tuple", exc_info=(type(err), err, err.__traceback__))
elog.error("false", exc_info=False)
print(clean(stream.getvalue()), end="")

section("filters")
stream = io.StringIO()
h = logging.StreamHandler(stream)
flog = logging.getLogger("f")
flog.propagate = False
flog.addHandler(h)
child = logging.getLogger("f.child")
other = logging.getLogger("fx")
other.propagate = False
other.addHandler(h)
filt = logging.Filter("f.child")
h.addFilter(filt)
h.addFilter(filt)
print(len(h.filters))
flog.warning("parent blocked")
child.warning("child passes")
logging.getLogger("f.child.deep").warning("grandchild passes")
logging.getLogger("f.childish").warning("childish blocked")
h.removeFilter(filt)
h.addFilter(lambda record: "skip" not in record.getMessage())
flog.warning("kept")
flog.warning("skip me")
h.filters.clear()


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


flog.addFilter(Upper())
flog.warning("shout")
child.warning("child not filtered by parent's logger filter")
print(stream.getvalue(), end="")
for name, rname in [("", "anything"), ("a.b", "a.b"), ("a.b", "a.bc"), ("a.b", "a.b.c"),
                    ("a.b", "a"), ("a", "b.a")]:
    r = logging.makeLogRecord({"name": rname})
    print(repr(name), repr(rname), logging.Filter(name).filter(r))

section("propagation and levels on handlers")
stream = io.StringIO()
top = logging.getLogger("top")
top.propagate = False
th = logging.StreamHandler(stream)
th.setFormatter(logging.Formatter("top-handler %(name)s %(message)s"))
top.addHandler(th)
mid = logging.getLogger("top.mid")
mh = logging.StreamHandler(stream)
mh.setLevel(logging.ERROR)
mh.setFormatter(logging.Formatter("mid-handler %(name)s %(message)s"))
mid.addHandler(mh)
leaf = logging.getLogger("top.mid.leaf")
leaf.warning("warning from leaf")
leaf.error("error from leaf")
mid.propagate = False
leaf.error("not past mid")
mid.propagate = True
leaf.disabled = True
leaf.error("disabled")
leaf.disabled = False
print(stream.getvalue(), end="")
print(repr(mh), repr(th))

section("lastResort and no handlers")
quiet = logging.getLogger("quiet.one")
out = capture_stderr(lambda: (quiet.warning("bare %s", "warning"), quiet.info("no info"),
                              quiet.error("bare error")))
print(repr(out))
saved = logging.lastResort
logging.lastResort = None
out = capture_stderr(lambda: (quiet.warning("one"), quiet.warning("two")))
print(repr(out))
logging.lastResort = saved
nh = logging.NullHandler()
quiet.addHandler(nh)
out = capture_stderr(lambda: quiet.error("swallowed"))
print(repr(out), repr(nh))
quiet.removeHandler(nh)

section("disable")
stream = io.StringIO()
dl = logging.getLogger("dis")
dl.propagate = False
dl.addHandler(logging.StreamHandler(stream))
dl.setLevel(logging.DEBUG)
logging.disable(logging.WARNING)
dl.warning("hidden")
dl.error("shown")
logging.disable()
dl.critical("hidden too")
logging.disable(logging.NOTSET)
dl.debug("back")
print(stream.getvalue(), end="")
print(logging.root.manager.disable)

section("LoggerAdapter")
stream = io.StringIO()
al = logging.getLogger("adapt")
al.propagate = False
ah = logging.StreamHandler(stream)
ah.setFormatter(logging.Formatter("%(conn)s %(levelname)s %(message)s"))
al.addHandler(ah)
ad = logging.LoggerAdapter(al, {"conn": "c1"})
ad.warning("adapted %s", "msg")
ad.info("not shown")
ad.setLevel(logging.INFO)
ad.info("now shown")
print(ad.getEffectiveLevel(), ad.isEnabledFor(logging.DEBUG), ad.hasHandlers(), ad.name,
      repr(ad))


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


Prefix(al, {"id": 7, "conn": "c2"}).error("prefixed", extra={"conn": "c3"})
try:
    fails()
except ValueError:
    ad.exception("adapter exception")
print(clean(stream.getvalue()), end="")

section("module-level functions and basicConfig")
out = capture_stderr(lambda: logging.warning("module level %d", 1))
print(repr(out), len(logging.root.handlers))
logging.root.removeHandler(logging.root.handlers[0])
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format="%(levelname)s|%(message)s")
logging.info("info via root")
logging.debug("debug hidden")
logging.error("error via root")
logging.critical("critical")
logging.log(logging.WARNING, "log call")
logging.basicConfig(stream=io.StringIO(), format="ignored")
logging.warning("still first config")
print(stream.getvalue(), end="")
print(logging.root.level, len(logging.root.handlers))
stream2 = io.StringIO()
logging.basicConfig(stream=stream2, format="{name}:{message}", style="{", force=True)
logging.warning("forced")
print(stream2.getvalue(), end="")
stream3 = io.StringIO()
hh = logging.StreamHandler(stream3)
logging.basicConfig(handlers=[hh], format="$message!", style="$", force=True)
logging.error("handlers given")
print(stream3.getvalue(), end="")
for kwargs in [{"stream": io.StringIO(), "filename": "x.log", "force": True},
               {"handlers": [hh], "stream": io.StringIO(), "force": True},
               {"style": "x", "force": True},
               {"bogus": 1, "force": True}]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.log("WARNING", "x")
except TypeError as e:
    print("TypeError", e)

section("FileHandler")
path = "logging_module_test.log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
flog2 = logging.getLogger("file")
flog2.propagate = False
flog2.addHandler(fh)
flog2.warning("to the file")
flog2.error("second line")
print(fh.baseFilename == os.path.abspath(path), fh.mode, repr(fh) == "<FileHandler %s (NOTSET)>" % os.path.abspath(path))
fh.close()
flog2.removeHandler(fh)
with open(path) as fp:
    print(repr(fp.read()))
dh = logging.FileHandler(path, mode="a", delay=True)
print(dh.stream)
flog2.addHandler(dh)
flog2.warning("appended")
dh.close()
flog2.removeHandler(dh)
with open(path) as fp:
    print(repr(fp.read()))
logging.basicConfig(filename=path, filemode="w", format="%(message)s", force=True)
logging.warning("via basicConfig filename")
logging.root.handlers[0].close()
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)

section("Handler basics")
base = logging.Handler()
print(repr(base), base.level)
try:
    base.emit(rec)
except NotImplementedError as e:
    print("NotImplementedError", e)
base.setLevel("ERROR")
print(repr(base), base.format(rec))
sh = logging.StreamHandler()
print(sh.stream is sys.stderr)
s1 = io.StringIO()
print(sh.setStream(s1) is sys.stderr, sh.setStream(s1))


class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lst = logging.getLogger("list")
lst.propagate = False
lst.addHandler(lh)
lst.warning("a %s", "b")
lst.error("c")
print(lh.records)

section("handleError")
bad = logging.getLogger("bad")
bad.propagate = False
bh = logging.StreamHandler(io.StringIO())
bad.addHandler(bh)
out = capture_stderr(lambda: bad.warning("%d items", "not a number"))
lines = out.splitlines()
print(lines[0], lines[-2:])
logging.raiseExceptions = False
out = capture_stderr(lambda: bad.warning("%d items", "not a number"))
print(repr(out))
logging.raiseExceptions = True

section("setLoggerClass")


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("custom.class")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

section("captureWarnings")
import warnings
wstream = io.StringIO()
pw = logging.getLogger("py.warnings")
pw.propagate = False
pw.addHandler(logging.StreamHandler(wstream))
logging.captureWarnings(True)
warnings.warn("captured", UserWarning)
logging.captureWarnings(False)
print("UserWarning: captured" in wstream.getvalue())
logging.shutdown()
print("done")
