"""Container datatypes (Gilt's collections): deque, defaultdict, Counter, OrderedDict,
namedtuple.

Written in the Gilt subset of Python, so it also runs unchanged on CPython.

Gilt notes: Gilt classes cannot subclass the built-in ``dict`` or ``tuple`` here, so
``Counter``, ``defaultdict`` and ``OrderedDict`` are plain classes that wrap a dict and
implement the mapping methods themselves, and namedtuple classes wrap a tuple.
Consequently ``isinstance(Counter(), dict)`` and ``isinstance(point, tuple)`` are False
in Gilt (they are True in CPython's own collections).
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


def _plain_dict(obj):
    """A plain dict copy of a dict or of one of this module's mapping classes."""
    if isinstance(obj, dict):
        return obj
    if isinstance(obj, (_MappingBase,)):
        return obj._data
    return None


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
        return deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

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
        if self._maxlen is None:
            return f"deque({body})"
        return f"deque({body}, maxlen={self._maxlen})"


# ---------------------------------------------------------------------------------------
# Mapping classes wrapping a dict


class _MappingBase:
    """The mapping methods shared by defaultdict, Counter and OrderedDict: every operation
    is delegated to the wrapped dict self._data."""

    __hash__ = None

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) > 0

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(list(self._data))

    def keys(self):
        """A view of the keys."""
        return self._data.keys()

    def values(self):
        """A view of the values."""
        return self._data.values()

    def items(self):
        """A view of the (key, value) pairs."""
        return self._data.items()

    def get(self, key, default=None):
        """self[key] if key is present, else default (never calls __missing__)."""
        return self._data.get(key, default)

    def pop(self, key, default=_MISSING):
        """Remove key and return its value (or default; KeyError without one)."""
        if default is _MISSING:
            return self._data.pop(key)
        return self._data.pop(key, default)

    def popitem(self):
        """Remove and return the last inserted (key, value) pair."""
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        return self._data.popitem()

    def setdefault(self, key, default=None):
        """self[key] if present, else set it to default and return default."""
        return self._data.setdefault(key, default)

    def update(self, other=(), /, **kwds):
        """Set keys from a mapping or an iterable of pairs, then from keywords."""
        if _is_mapping(other):
            for key, value in _mapping_items(other):
                self[key] = value
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        """Remove every item."""
        self._data.clear()

    def __eq__(self, other):
        data = _plain_dict(other)
        if data is None:
            return NotImplemented
        return self._data == data

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __or__(self, other):
        data = _plain_dict(other)
        if data is None:
            return NotImplemented
        result = self.copy()
        result.update(data)
        return result

    def __ror__(self, other):
        data = _plain_dict(other)
        if data is None:
            return NotImplemented
        result = self.copy()
        result._data = dict(data)
        result.update(self._data)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_MappingBase):
    """A dict-like mapping that calls default_factory() to supply missing values.

    defaultdict(default_factory=None, [mapping or iterable], **kwargs). Looking up a
    missing key with d[key] stores and returns default_factory(); get() and `in` never do.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        if len(args) > 1:
            raise TypeError(f"defaultdict expected at most 2 arguments, got {len(args) + 1}")
        self.default_factory = default_factory
        self._data = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        """A shallow copy with the same default_factory."""
        return defaultdict(self.default_factory, self._data)

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        if self.default_factory is None:
            factory = "None"
        else:
            factory = repr(self.default_factory)
        return f"{type(self).__name__}({factory}, {self._data!r})"


class OrderedDict(_MappingBase):
    """A dict that remembers insertion order, with move_to_end and popitem(last).

    Equality with another OrderedDict is order-sensitive; with a plain dict it is not.
    """

    def __init__(self, other=(), /, **kwds):
        self._data = {}
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        """Move an existing key to the right end (or to the left end if last is false)."""
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair: the newest if last, else the oldest."""
        if not self._data:
            raise KeyError("dictionary is empty")
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return (key, self._data.pop(key))

    def copy(self):
        """A shallow copy."""
        return type(self)(self._data)

    def __copy__(self):
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with keys from iterable, all set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _MappingBase.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self._data.items())!r})"


class Counter(_MappingBase):
    """A mapping from elements to their counts (missing elements count 0).

    Counter('abca'), Counter({'a': 2}), Counter(a=2). most_common() lists elements by
    count, ties in first-insertion order; + - | & combine counters, keeping only
    positive counts.
    """

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        # Deleting a missing element is not an error.
        if key in self._data:
            del self._data[key]

    def total(self):
        """The sum of the counts."""
        return sum(self._data.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first (all if n is
        None). Elements with equal counts stay in first-insertion order."""
        ordered = sorted(self._data.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        """An iterator repeating each element as many times as its count (counts below
        one are skipped), in first-insertion order."""
        return _elements_gen(list(self._data.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in _mapping_items(iterable):
                    self._data[elem] = self._data.get(elem, 0) + count
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) + 1
        for elem, count in kwds.items():
            self._data[elem] = self._data.get(elem, 0) + count

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in _mapping_items(iterable):
                    self._data[elem] = self._data.get(elem, 0) - count
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) - 1
        for elem, count in kwds.items():
            self._data[elem] = self._data.get(elem, 0) - count

    def copy(self):
        """A shallow copy."""
        result = type(self)()
        result._data = dict(self._data)
        return result

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return f"{name}()"
        try:
            ordered = dict(self.most_common())
        except TypeError:
            ordered = self._data
        return f"{name}({ordered!r})"

    # Comparisons treat missing elements as zero counts.

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(self[e] == other[e] for c in (self, other) for e in c)
        return _MappingBase.__eq__(self, other)

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

    def _combine(self, other, pick):
        result = Counter()
        for elem, count in self._data.items():
            value = pick(count, other[elem])
            if value > 0:
                result._data[elem] = value
        for elem, count in other._data.items():
            if elem not in self._data:
                value = pick(0, count)
                if value > 0:
                    result._data[elem] = value
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _add)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _sub)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, max)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, min)

    def __pos__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count > 0:
                result._data[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count < 0:
                result._data[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self._data.items() if not c > 0]:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self._data[elem] = self._data.get(elem, 0) + count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self._data[elem] = self._data.get(elem, 0) - count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self._data.get(elem, 0):
                self._data[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self._data.items()):
            other_count = other[elem]
            if other_count < count:
                self._data[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


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


def _describe_missing(names):
    """'1 required positional argument: 'x'' / '2 ...: 'x' and 'y'' as CPython words it."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    plural = "argument" if len(names) == 1 else "arguments"
    return f"{len(names)} required positional {plural}: {listed}"


class _NamedTupleBase:
    """The behaviour shared by every namedtuple class; the values live in self._tuple."""

    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        values = _bind_fields(f"{cls.__name__}.__new__", list(cls._fields),
                              cls._field_defaults, args, kwargs)
        self._tuple = tuple(values)

    @classmethod
    def _make(cls, iterable):
        """Make a new instance from a sequence or iterable of values."""
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
        return cls(*values)

    def _replace(self, **changes):
        """A new instance with some fields replaced by new values."""
        values = []
        for name, value in zip(self._fields, self._tuple):
            values.append(changes.pop(name, value))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    def _asdict(self):
        """A new dict mapping field names to their values."""
        return dict(zip(self._fields, self._tuple))

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._tuple))
        return f"{type(self).__name__}({body})"

    def __getnewargs__(self):
        return self._tuple

    # Tuple behaviour.

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __getitem__(self, index):
        return self._tuple[index]

    def __contains__(self, value):
        return value in self._tuple

    def count(self, value):
        """The number of fields equal to value."""
        return self._tuple.count(value)

    def index(self, value, *args):
        """The position of the first field equal to value."""
        return self._tuple.index(value, *args)

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple == other

    def __ne__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple != other

    def __lt__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple < other

    def __le__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple > other

    def __ge__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple >= other

    def __add__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple + other

    def __radd__(self, other):
        other = _as_tuple(other)
        if other is None:
            return NotImplemented
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    def __rmul__(self, n):
        return self._tuple * n


def _as_tuple(obj):
    """The tuple behind obj if it is a tuple or a namedtuple instance, else None."""
    if isinstance(obj, tuple):
        return obj
    if isinstance(obj, _NamedTupleBase):
        return obj._tuple
    return None


def _field_property(index, name):
    """A read-only property returning field number index."""

    def get(self):
        return self._tuple[index]

    return property(get, doc=f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple-like class with named fields.

    namedtuple('Point', ['x', 'y']) or namedtuple('Point', 'x y') or 'x, y'. Instances
    print as Point(x=1, y=2), index and unpack like tuples, compare equal to tuples, and
    have _fields, _field_defaults, _make(), _replace() and _asdict(). defaults apply to
    the rightmost fields.
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

    namespace = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "_fields": tuple(field_names),
        "_field_defaults": field_defaults,
        "__match_args__": tuple(field_names),
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_property(index, name)
    if module is not None:
        namespace["__module__"] = module
    return type(typename, (_NamedTupleBase,), namespace)


_KEYWORDS = frozenset("""False None True and as assert async await break class continue
def del elif else except finally for from global if import in is lambda nonlocal not or
pass raise return try while with yield""".split())


def _is_keyword(name):
    return name in _KEYWORDS


# ---------------------------------------------------------------------------------------
# ChainMap


class ChainMap(_MappingBase):
    """A view of several mappings as one: lookups search them in order; writes go to the
    first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _data(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(_mapping_items(mapping))
        return merged

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def get(self, key, default=None):
        """self[key] if some mapping has key, else default."""
        return self[key] if key in self else default

    def new_child(self, m=None):
        """A new ChainMap with a new mapping (default {}) in front of these."""
        if m is None:
            m = {}
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every mapping but the first."""
        return ChainMap(*self.maps[1:])

    def copy(self):
        """A new ChainMap with a copy of the first mapping and the others shared."""
        first = self.maps[0]
        return ChainMap(first.copy(), *self.maps[1:])

    def clear(self):
        """Clear the first mapping."""
        self.maps[0].clear()

    def pop(self, key, default=_MISSING):
        """Remove key from the first mapping and return its value."""
        try:
            return self.maps[0].pop(key)
        except KeyError:
            if default is _MISSING:
                raise KeyError(f"Key not found in the first mapping: {key!r}") from None
            return default

    def popitem(self):
        """Remove and return a pair from the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(repr(m) for m in self.maps)})"
