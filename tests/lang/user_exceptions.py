# User exception classes: args, custom __init__ and __str__, attributes, hierarchies.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"bad config key {self.key!r}: {self.reason}"


class RetryableError(AppError):
    def __init__(self, message, attempts=1):
        super().__init__(message)
        self.attempts = attempts


class NoInitCall(Exception):
    def __init__(self, code):
        self.code = code


try:
    raise AppError("plain", 2)
except AppError as e:
    print(type(e).__name__, e.args, str(e), repr(e))

try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e.args, e.key, e.reason)
    print(str(e))
    print(repr(e))

try:
    raise RetryableError("timeout", attempts=3)
except RetryableError as e:
    print(e, e.args, e.attempts, repr(e))

try:
    raise NoInitCall(7)
except NoInitCall as e:
    print(repr(str(e)), e.args, e.code, repr(e))

# Exception with no args, one arg, several args.
for exc in [AppError(), AppError("one"), AppError("a", 1), AppError(42), ValueError()]:
    print(repr(exc), "|", str(exc), "|", exc.args)

# Catching by base class, tuples of classes, and order of except clauses.
def risky(kind):
    if kind == "config":
        raise ConfigError("depth", "negative")
    if kind == "retry":
        raise RetryableError("busy")
    if kind == "key":
        raise KeyError("missing")
    if kind == "zero":
        return 1 // 0
    return "ok"


for kind in ["config", "retry", "key", "zero", "none"]:
    try:
        result = risky(kind)
    except ConfigError as e:
        print(kind, "-> config handler:", e)
    except (RetryableError, KeyError) as e:
        print(kind, "-> tuple handler:", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> generic handler:", type(e).__name__, e)
    else:
        print(kind, "-> no error:", result)
    finally:
        print("  finally for", kind)

print(issubclass(ConfigError, AppError), issubclass(ConfigError, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in ConfigError.__mro__])

# Exception attributes can be added and the instance re-raised.
def wrap():
    try:
        raise AppError("inner")
    except AppError as e:
        e.context_note = "added later"
        raise


try:
    wrap()
except AppError as e:
    print(e, e.context_note)

# The `as` name is unbound after the except block.
try:
    raise AppError("temp")
except AppError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# Exceptions are ordinary objects: store, compare types, raise the class.
errors = []
for i in range(3):
    try:
        if i == 0:
            raise AppError
        elif i == 1:
            raise ConfigError("k", "r")
        else:
            raise RetryableError("x", attempts=i)
    except AppError as e:
        errors.append(e)
print([type(e).__name__ for e in errors], [e.args for e in errors])
print(isinstance(errors[1], AppError), type(errors[0]) is AppError)


# Raising something that is not an exception.
class NotAnError:
    pass


for thing in [NotAnError, NotAnError(), "text"]:
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)


# An exception class hierarchy used as error codes.
class HTTPError(Exception):
    status = 500

    def __str__(self):
        return f"{self.status} {type(self).__name__}: {self.args[0] if self.args else ''}"


class NotFound(HTTPError):
    status = 404


class Forbidden(HTTPError):
    status = 403


def fetch(path):
    if path.startswith("/private"):
        raise Forbidden(path)
    if path != "/":
        raise NotFound(path)
    return "index"


for path in ["/", "/missing", "/private/x"]:
    try:
        print(fetch(path))
    except HTTPError as e:
        print(e, e.status)

# BaseException subclasses are not caught by `except Exception`.
class Abort(BaseException):
    pass


try:
    try:
        raise Abort("stop")
    except Exception:
        print("wrongly caught")
except BaseException as e:
    print("caught at top:", type(e).__name__, e)

# with_traceback and args assignment
e = AppError("a")
e.args = ("changed", 1)
print(e, repr(e))
