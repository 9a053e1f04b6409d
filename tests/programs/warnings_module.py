# The warnings module: filters, actions, recording, formatting and showwarning.
import sys
import warnings

class Capture:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)
    def flush(self):
        pass

def shown(func):
    """Run func with stderr captured; return what was printed, minus the location."""
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        func()
    finally:
        sys.stderr = old
    lines = []
    for line in cap.text.splitlines():
        if ": " in line and not line.startswith("  "):
            lines.append(line.split(": ", 1)[1])
    return lines

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

# The default action shows each distinct warning once per location.
def twice():
    for _ in range(2):
        warnings.warn("careful")
print(shown(twice))
print(shown(lambda: warnings.warn("deprecated thing", DeprecationWarning)))
print(shown(lambda: warnings.warn("pending", PendingDeprecationWarning)))
print(shown(lambda: warnings.warn(RuntimeWarning("instance message"))))
print(shown(lambda: warnings.warn("with category", FutureWarning, stacklevel=1)))

# Recording with catch_warnings.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", SyntaxWarning)
    warnings.warn(UnicodeWarning("third"))
    warnings.warn("dep", DeprecationWarning)
print(len(caught))
for w in caught:
    print(type(w).__name__, w.category.__name__, repr(w.message), type(w.message).__name__,
          str(w.message), isinstance(w.lineno, int), w.filename.endswith("warnings_module.py"),
          w.file, w.line)
print(warnings.filters[0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("other")
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    def elsewhere():
        warnings.warn("only once")
    elsewhere()
    warnings.warn("only once", UserWarning)
    warnings.warn("only once", BytesWarning)
print([(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("invisible")
    warnings.simplefilter("always", UserWarning)
    warnings.warn("visible")
    warnings.warn("still hidden", RuntimeWarning)
print([str(w.message) for w in caught])

# 'error' turns warnings into exceptions.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    instance = DeprecationWarning("the instance")
    try:
        warnings.warn(instance)
    except DeprecationWarning as e:
        print("same instance:", e is instance)

# filterwarnings with message and category patterns; order of filters.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("ignore", message="eggs.*bacon")
    warnings.filterwarnings("error", category=BytesWarning)
    warnings.filterwarnings("ignore", "x+y$", RuntimeWarning)
    for text in ["spam and more", "SPAM loud", "more spam", "eggs with bacon", "eggs only",
                 "xxxy", "xxxyz"]:
        warnings.warn(text)
        warnings.warn(text, RuntimeWarning)
    try:
        warnings.warn("bytes!", BytesWarning)
    except BytesWarning as e:
        print("BytesWarning raised:", e)
    print([f[0] for f in warnings.filters][:5])
print([(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=UserWarning, append=True)
    warnings.warn("hidden by the first filter")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.warn("shown by the new first filter")
    warnings.filterwarnings("always", module="__main__")
    warnings.warn("module matched", RuntimeWarning)
    warnings.filterwarnings("ignore", module="other")
    warnings.warn("module not matched", RuntimeWarning)
    print(len(warnings.filters))
    warnings.simplefilter("ignore")
    warnings.simplefilter("ignore")
    print(len(warnings.filters))
print([str(w.message) for w in caught])

# The catch_warnings action= argument (3.11) and restoration of state.
before = list(warnings.filters)
with warnings.catch_warnings(action="ignore", category=FutureWarning):
    print(warnings.filters[0][0], warnings.filters[0][2].__name__)
    print(shown(lambda: warnings.warn("quiet", FutureWarning)))
print(warnings.filters == before)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)

# resetwarnings uses the default action for everything.
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    print(warnings.filters)
    for _ in range(2):
        warnings.warn("pending now visible", PendingDeprecationWarning)
print([str(w.message) for w in caught])

# formatwarning and showwarning.
print(repr(warnings.formatwarning("msg text", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "x.py", 3, line="  code()  ")))
print(repr(warnings.formatwarning(ValueError("v"), RuntimeWarning, "/no/such/file.py", 1)))
out = Capture()
warnings.showwarning("to a file", UserWarning, "mod.py", 7, file=out)
warnings.showwarning("with line", SyntaxWarning, "mod.py", 8, file=out, line="x = 1")
print(repr(out.text))
print(shown(lambda: warnings.showwarning("to stderr", ImportWarning, "m.py", 1)))

seen = []
def my_showwarning(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, file, line))
old_show = warnings.showwarning
warnings.showwarning = my_showwarning
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom display")
    warnings.warn("custom again", RuntimeWarning)
warnings.showwarning = old_show
print(seen)

old_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: \
    f"[{category.__name__}] {message}\n"
cap = Capture()
old_err = sys.stderr
sys.stderr = cap
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("formatted my way")
sys.stderr = old_err
warnings.formatwarning = old_format
print(repr(cap.text))

# warn_explicit with a registry, and WarningMessage.
registry = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for ln in [10, 10, 11]:
        warnings.warn_explicit("explicit", UserWarning, "some/file.py", ln, registry=registry)
    warnings.warn_explicit("mod", RuntimeWarning, "lib.py", 5, module="lib")
print([(w.filename, w.lineno, str(w.message)) for w in caught])
print(sorted(k for k in registry if k != "version"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("module")
    for ln in [1, 2, 3]:
        warnings.warn_explicit("per module", UserWarning, "a.py", ln, registry={} if ln == 3 else registry)
print([(w.lineno, str(w.message)) for w in caught])
wm = warnings.WarningMessage("text", UserWarning, "f.py", 3)
print(wm)
print(str(warnings.WarningMessage(UserWarning("w"), UserWarning, "g.py", 4, line="src")))
print(wm.file, wm.line, wm.source, wm.category is UserWarning)

# Errors.
for bad in [lambda: warnings.warn("x", 5), lambda: warnings.warn("x", int),
            lambda: warnings.warn("x", ValueError),
            lambda: warnings.simplefilter("loud"),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", category="x"),
            lambda: warnings.filterwarnings("ignore", message=5),
            lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(warnings.filters[:2])
