"""Container datatypes (Gilt's collections): deque, defaultdict, Counter, OrderedDict,
namedtuple, ChainMap.

Written in the Gilt subset of Python, so it also runs unchanged on CPython.

Gilt notes: as in CPython, ``Counter``, ``defaultdict`` and ``OrderedDict`` subclass the
built-in ``dict`` and namedtuple classes subclass ``tuple``, so ``isinstance(Counter(),
dict)`` and ``isinstance(point, tuple)`` are True and the built-in methods work on them
directly. Differences from CPython: ``defaultdict`` is written in Python (CPython's is in
C); ``OrderedDict`` keeps its order in the dict itself, so ``move_to_end(key,
last=False)`` and ``popitem(last=False)`` take time proportional to its size, and its
keys()/values()/items() are plain dict views; there is no ``collections.abc``, so
"mapping" means a dict or any object with ``keys()`` and ``__getitem__``, and
``ChainMap`` is a plain class rather than a ``MutableMapping``.

Pickling: deque, defaultdict, OrderedDict and Counter have CPython's __reduce__, so
pickle writes CPython's bytes for them (and for namedtuple classes and ChainMap, which
pickle as CPython's do without one).
"""

_MISSING = object()


def _is_mapping(obj):
    """Whether obj should be treated as a mapping (it has keys() and __getitem__)."""
    return isinstance(obj, dict) or (hasattr(obj, "keys") and hasattr(obj, "__getitem__"))


def _mapping_items(obj):
    """The (key, value) pairs of a mapping, in its iteration order."""
    if isinstance(obj, dict):
        return list(obj.items())
    return [(k, obj[k]) for k in obj.keys()]


# ---------------------------------------------------------------------------------------
# deque


class deque:
    """Double-ended queue: appends and pops at both ends in amortized constant time.

    deque(iterable=(), maxlen=None). With a maxlen, adding items to a full deque
    discards items from the opposite end.
    """

    # The items are self._buf[self._head:]; the slots before _head are free room for
    # appendleft (and what popleft leaves behind until the buffer is compacted).

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = []
        self._head = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """The maximum size of the deque, or None if unbounded."""
        return self._maxlen

    def _items(self):
        """The items as a plain list (made contiguous first)."""
        if self._head:
            self._buf = self._buf[self._head:]
            self._head = 0
        return self._buf

    def append(self, x):
        """Add x to the right end."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._buf.append(x)

    def appendleft(self, x):
        """Add x to the left end."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._head == 0:
            room = max(8, len(self._buf))
            self._buf[:0] = [None] * room
            self._head = room
        self._head -= 1
        self._buf[self._head] = x

    def pop(self):
        """Remove and return the rightmost item."""
        if len(self._buf) <= self._head:
            raise IndexError("pop from an empty deque")
        return self._buf.pop()

    def popleft(self):
        """Remove and return the leftmost item."""
        head = self._head
        if len(self._buf) <= head:
            raise IndexError("pop from an empty deque")
        x = self._buf[head]
        self._buf[head] = None
        self._head = head + 1
        if self._head > 3 * (len(self._buf) - self._head) + 32:
            self._items()
        return x

    def extend(self, iterable):
        """Append the items of iterable to the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append the items of iterable to the left end (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        items = self._items()
        size = len(items)
        if size <= 1:
            return
        n = n % size
        if n:
            items[:] = items[-n:] + items[:-n]

    def clear(self):
        """Remove every item."""
        self._buf = []
        self._head = 0

    def copy(self):
        """A shallow copy (with the same maxlen)."""
        return type(self)(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        # CPython's: (class, args, state, items); the state is the instance's own
        # attributes beyond the deque's storage.
        state = None
        d = self.__dict__
        if len(d) > 3:
            state = {}
            for key in d:
                if key != "_buf" and key != "_head" and key != "_maxlen":
                    state[key] = d[key]
        if self._maxlen is None:
            return type(self), (), state, iter(list(self._items()))
        return type(self), ((), self._maxlen), state, iter(list(self._items()))

    def count(self, x):
        """The number of items equal to x."""
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        """The position of the first item equal to x (ValueError if there is none)."""
        items = self._items()
        size = len(items)
        if stop is None:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        for i in range(start, min(stop, size)):
            if items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """Insert x before position i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items().insert(i, x)

    def remove(self, value):
        """Remove the first item equal to value (ValueError if there is none)."""
        items = self._items()
        for i, item in enumerate(items):
            if item == value:
                del items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse the items in place."""
        self._items().reverse()

    def _position(self, i):
        """The buffer position of item i (negative i counts from the right)."""
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        size = len(self._buf) - self._head
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._buf[self._position(i)]

    def __setitem__(self, i, value):
        self._buf[self._position(i)] = value

    def __delitem__(self, i):
        del self._buf[self._position(i)]

    def __len__(self):
        return len(self._buf) - self._head

    def __bool__(self):
        return len(self._buf) > self._head

    def __iter__(self):
        return iter(self._buf[self._head:])

    def __reversed__(self):
        return iter(self._buf[: self._head - 1 if self._head else None: -1])

    def __contains__(self, x):
        return x in self._items()

    def _compare_list(self, other):
        if not isinstance(other, deque):
            return None
        return other._items()

    def __eq__(self, other):
        other = self._compare_list(other)
        if other is None:
            return NotImplemented
        return self._items() == other

    def __ne__(self, other):
        other = self._compare_list(other)
        if other is None:
            return NotImplemented
        return self._items() != other

    def __lt__(self, other):
        other = self._compare_list(other)
        if other is None:
            return NotImplemented
        return self._items() < other

    def __le__(self, other):
        other = self._compare_list(other)
        if other is None:
            return NotImplemented
        return self._items() <= other

    def __gt__(self, other):
        other = self._compare_list(other)
        if other is None:
            return NotImplemented
        return self._items() > other

    def __ge__(self, other):
        other = self._compare_list(other)
        if other is None:
            return NotImplemented
        return self._items() >= other

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque((), self._maxlen)
        items = list(self)
        for _ in range(n):
            result.extend(items)
        return result

    def __rmul__(self, n):
        return self.__mul__(n)

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __repr__(self):
        body = repr(self._buf[self._head:])
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"


# ---------------------------------------------------------------------------------------
# dict subclasses: defaultdict, OrderedDict, Counter


def _dict_eq(a, b):
    """dict.__eq__(a, b) for two dicts: equal keys and values, order ignored."""
    # Gilt: dict.__eq__ called on dict (subclass) instances answers NotImplemented, so
    # compare plain copies instead.
    return dict(a) == dict(b)


def _dict_reversed(d):
    """reversed(d) for a dict subclass instance: its keys, last inserted first."""
    # Gilt: reversed() does not accept dict subclass instances (nor dict views) yet.
    return reversed(list(dict.keys(d)))


class defaultdict(dict):
    """A dict that calls default_factory() to supply missing values.

    defaultdict(default_factory=None, [mapping or iterable], **kwargs). Looking up a
    missing key with d[key] stores and returns default_factory(); get() and `in` never do.
    """

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __reversed__(self):
        return _dict_reversed(self)

    def __repr__(self):
        if self.default_factory is None:
            factory = "None"
        else:
            factory = repr(self.default_factory)
        return f"{type(self).__name__}({factory}, {dict.__repr__(self)})"


class OrderedDict(dict):
    """A dict that remembers insertion order, with move_to_end and popitem(last).

    Equality with another OrderedDict is order-sensitive; with a plain dict it is not.
    """

    def __init__(self, other=(), /, **kwds):
        super().__init__()
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Set keys from a mapping or an iterable of pairs, then from keywords (through
        self[key] = value, so a subclass's __setitem__ sees every item)."""
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing key to the right end (or to the left end if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair: the newest if last, else the oldest."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return (key, dict.pop(self, key))

    def copy(self):
        """A shallow copy (of the same class, filled through self[key] = value)."""
        result = type(self)()
        for key in list(self):
            result[key] = self[key]
        return result

    def __copy__(self):
        result = self.copy()
        d = self.__dict__
        if d:
            result.__dict__.update(d)
        return result

    def __reduce__(self):
        d = getattr(self, "__dict__", None)
        return type(self), (), (dict(d) if d else None), None, iter(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with keys from iterable, all set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return _dict_eq(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __reversed__(self):
        return _dict_reversed(self)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"


class Counter(dict):
    """A dict from elements to their counts (missing elements count 0).

    Counter('abca'), Counter({'a': 2}), Counter(a=2). most_common() lists elements by
    count, ties in first-insertion order; + - | & combine counters, keeping only
    positive counts.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first (all if n is
        None). Elements with equal counts stay in first-insertion order."""
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        """An iterator repeating each element as many times as its count (counts below
        one are skipped), in first-insertion order."""
        return _elements_gen(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in _mapping_items(iterable):
                        self[elem] = count + self_get(elem, 0)
                else:
                    # An empty counter takes the counts as they are.
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in _mapping_items(iterable):
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Deleting a missing element is not an error.
        if elem in self:
            super().__delitem__(elem)

    def __reversed__(self):
        return _dict_reversed(self)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        try:
            ordered = dict(self.most_common())
        except TypeError:
            ordered = dict(self)
        return f"{name}({ordered!r})"

    # Comparisons treat missing elements as zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: the results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


def _elements_gen(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


# ---------------------------------------------------------------------------------------
# namedtuple


def _bind_fields(qualname, fields, defaults, args, kwargs):
    """Match call arguments to field names like a def with those parameters would,
    raising TypeError with CPython's wording. Returns the list of values."""
    n = len(fields)
    if len(args) > n:
        low = n - len(defaults)
        if low == n:
            expected = f"{n + 1} positional arguments"
        else:
            expected = f"from {low + 1} to {n + 1} positional arguments"
        raise TypeError(
            f"{qualname}() takes {expected} but {len(args) + 1} were given")
    values = list(args) + [_MISSING] * (n - len(args))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
        i = fields.index(key)
        if values[i] is not _MISSING:
            raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
        values[i] = value
    missing = []
    for i, name in enumerate(fields):
        if values[i] is _MISSING:
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError(f"{qualname}() missing {_describe_missing(missing)}")
    return values


def _describe_missing(names, kind="positional"):
    """'1 required positional argument: 'x'' / '2 ...: 'x' and 'y'' as CPython words it
    (dataclasses uses it too, for keyword-only fields)."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    plural = "argument" if len(names) == 1 else "arguments"
    return f"{len(names)} required {kind} {plural}: {listed}"




def _field_property(index):
    """A read-only property returning field number index."""

    def get(self):
        return tuple.__getitem__(self, index)

    return property(get, doc=f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass with named fields.

    namedtuple('Point', ['x', 'y']) or namedtuple('Point', 'x y') or 'x, y'. Instances
    print as Point(x=1, y=2), index, unpack, hash and compare like tuples, and have
    _fields, _field_defaults, _make(), _replace() and _asdict(). defaults apply to the
    rightmost fields.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _is_keyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}")
        if _is_keyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        names_with_defaults = field_names[len(field_names) - len(defaults):]
        field_defaults = dict(zip(names_with_defaults, defaults))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"
    new_name = f"{typename}.__new__"

    def __new__(_cls, *args, **kwargs):
        values = _bind_fields(new_name, field_names, field_defaults, args, kwargs)
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        """Make a new instance from a sequence or iterable of values."""
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        """A new instance with some fields replaced by new values."""
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        return type(self).__name__ + repr_fmt % self

    def _asdict(self):
        """A new dict mapping field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """self as a plain tuple (for copy and pickle)."""
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_property(index)
    if module is not None:
        namespace["__module__"] = module
    return type(typename, (tuple,), namespace)


_KEYWORDS = frozenset("""False None True and as assert async await break class continue
def del elif else except finally for from global if import in is lambda nonlocal not or
pass raise return try while with yield""".split())


def _is_keyword(name):
    return name in _KEYWORDS



# ---------------------------------------------------------------------------------------
# ChainMap


class ChainMap:
    """A view of several mappings as one: lookups search them in order; writes, deletions
    and pops act on the first one."""

    __hash__ = None
    __reversed__ = None

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        """self[key] if some mapping has key, else default."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def _merged(self):
        """A plain dict of every key in iteration order (first mapping's last), each with
        its value from the first mapping that has it."""
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        for key in merged:
            merged[key] = self[key]
        return merged

    def __iter__(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        """The keys, in iteration order."""
        return self._merged().keys()

    def values(self):
        """The values, in key iteration order."""
        return self._merged().values()

    def items(self):
        """The (key, value) pairs, in key iteration order."""
        return self._merged().items()

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return self._merged() == dict(_mapping_items(other))

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(repr(m) for m in self.maps)})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap with one new dict from iterable's keys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of the first mapping and the others shared."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    def __copy__(self):
        return self.copy()

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new mapping (default {}, plus kwargs) in front of these."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every mapping but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Remove and return a pair from the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value (or the default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Clear the first mapping."""
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        """self[key] if present, else set it (in the first mapping) to default."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        """Set keys (in the first mapping) from a mapping or pairs, then keywords."""
        if _is_mapping(other):
            for key, value in _mapping_items(other):
                self[key] = value
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)
