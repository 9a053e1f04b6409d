"""Iterator building blocks (Gilt's itertools).

Written in the Gilt subset of Python, so it also runs unchanged on CPython. Most tools
are generator functions; arguments are checked, and input iterables are turned into
iterators, when the tool is called (as in CPython), while items are produced lazily.

Gilt notes: the tools are generators or small classes, so ``type(count())`` is not a
class named ``count`` as in CPython, and their reprs differ.
"""

import sys


def count(start=0, step=1):
    """Yield start, start + step, start + 2*step, ... forever."""
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    """Yield the items of iterable, then repeat the saved items forever."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(obj, times=None):
    """Yield obj again and again, forever or times times."""
    if times is None:
        return _repeat_forever(obj)
    return _repeat_n(obj, times)


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_n(obj, times):
    for _ in range(times):
        yield obj


class chain:
    """Yield the items of the first iterable, then of the second, and so on.

    chain.from_iterable(iterables) takes the iterables from one (possibly lazy) iterable.
    """

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        """Chain the iterables produced by one iterable, taking them lazily."""
        result = cls()
        result._source = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                # Raises StopIteration when every iterable is used up.
                self._current = iter(next(self._source))
            try:
                return next(self._current)
            except StopIteration:
                self._current = None


def _ssize(value):
    """value as a C ssize_t, or None when it is not an int or does not fit."""
    if not isinstance(value, int) or value > sys.maxsize or value < -sys.maxsize - 1:
        return None
    return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): lazily yield the
    selected items, like seq[start:stop:step] without negative values."""
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    # The checks and their order follow CPython, so that the same message is reported.
    start, stop, step = 0, -1, 1  # -1 stands for "no stop"
    if len(args) == 1:
        raw_start, raw_stop, raw_step = None, args[0], None
    else:
        raw_start, raw_stop = args[0], args[1]
        raw_step = args[2] if len(args) == 3 else None
    if raw_start is not None:
        start = _ssize(raw_start)
        if start is None:
            start = -1
    if raw_stop is not None:
        stop = _ssize(raw_stop)
        if stop is None or stop == -1:
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if start < 0 or stop < -1:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if raw_step is not None:
        step = _ssize(raw_step)
        if step is None:
            step = -1
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice_gen(iter(iterable), start, None if stop == -1 else stop, step)


def _islice_gen(it, start, stop, step):
    count = 0  # items read from it so far
    wanted = start  # position of the next item to yield
    while True:
        # Skip the items before the wanted position.
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def product(*iterables, repeat=1):
    """Cartesian product: like nested for-loops over the iterables (each taken repeat
    times). The rightmost element advances fastest."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        # Advance the rightmost index that can move; reset the ones after it.
        pos = n - 1
        while pos >= 0 and indices[pos] == len(pools[pos]) - 1:
            pos -= 1
        if pos < 0:
            return
        indices[pos] += 1
        for j in range(pos + 1, n):
            indices[j] = 0
        yield tuple([pools[k][indices[k]] for k in range(n)])


def permutations(iterable, r=None):
    """Successive r-length orderings of the items (all of them when r is None), in
    lexicographic order of positions. Items are distinguished by position, not value."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations_gen(pool, n, r)


def _permutations_gen(pool, n, r):
    if r > n:
        return
    # Index arrangements in lexicographic order. Invariant at each yield: the tail
    # order[r:] is ascending, so reversing it to its last arrangement before stepping
    # makes the next lexicographic permutation change the first r positions.
    order = list(range(n))
    yield tuple([pool[k] for k in order[:r]])
    while True:
        if r < n:
            order[r:] = order[r:][::-1]
        i = n - 2
        while i >= 0 and order[i] > order[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while order[j] < order[i]:
            j -= 1
        order[i], order[j] = order[j], order[i]
        order[i + 1:] = order[i + 1:][::-1]
        yield tuple([pool[k] for k in order[:r]])


def combinations(iterable, r):
    """r-length subsequences of the items, in order of position (no repeated positions)."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_gen(pool, r, False)


def combinations_with_replacement(iterable, r):
    """r-length subsequences where each item may repeat, in sorted order of positions."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_gen(pool, r, True)


def _combinations_gen(pool, r, replace):
    n = len(pool)
    if not replace and r > n:
        return
    if replace and n == 0 and r > 0:
        return
    if replace:
        indices = [0] * r
    else:
        indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        # Find the rightmost index that is not at its maximum value.
        pos = r - 1
        while pos >= 0:
            limit = n - 1 if replace else pos + n - r
            if indices[pos] != limit:
                break
            pos -= 1
        if pos < 0:
            return
        indices[pos] += 1
        for j in range(pos + 1, r):
            indices[j] = indices[pos] if replace else indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func(total, item)); with initial, that value
    comes first."""
    return _accumulate_gen(iter(iterable), func, initial)


def _accumulate_gen(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest iterable is exhausted, filling the gaps with
    fillvalue."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest_gen(iterators, fillvalue)


def _zip_longest_gen(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    done = [False] * len(iterators)
    while True:
        values = []
        for i, it in enumerate(iterators):
            if done[i]:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                done[i] = True
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


def takewhile(predicate, iterable):
    """Yield items while predicate(item) is true, then stop."""
    return _takewhile_gen(predicate, iter(iterable))


def _takewhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then yield every remaining item."""
    return _dropwhile_gen(predicate, iter(iterable))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def starmap(function, iterable):
    """Yield function(*args) for each args tuple of iterable."""
    return _starmap_gen(function, iter(iterable))


def _starmap_gen(function, it):
    for args in it:
        yield function(*args)


def filterfalse(predicate, iterable):
    """Yield the items for which predicate(item) is false (None means: the item itself)."""
    return _filterfalse_gen(predicate, iter(iterable))


def _filterfalse_gen(predicate, it):
    for x in it:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def compress(data, selectors):
    """Yield the items of data whose matching selector is true."""
    return _compress_gen(iter(data), iter(selectors))


def _compress_gen(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    """Yield overlapping pairs: pairwise('ABC') -> AB BC."""
    return _pairwise_gen(iter(iterable))


def _pairwise_gen(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


class groupby:
    """Yield (key, group) for consecutive runs of items with the same key(item).

    Each group is an iterator sharing the underlying input: advancing groupby skips the
    rest of the previous group, which then yields nothing more.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._started = False  # has an item been read yet?
        self._value = None  # the item read last
        self._key = None  # its key
        self._target = None  # the key of the group handed out last
        self._token = None  # identifies the group that may still yield

    def __iter__(self):
        return self

    def _read(self):
        """Read the next item and its key (StopIteration at the end of the input)."""
        self._value = next(self._it)
        self._key = self._value if self._keyfunc is None else self._keyfunc(self._value)

    def __next__(self):
        token = object()
        self._token = token
        if not self._started:
            self._read()
            self._started = True
        else:
            while self._key == self._target:
                self._read()
        self._target = self._key
        return (self._key, self._group(token, self._target))

    def _group(self, token, target):
        while self._token is token and self._key == target:
            yield self._value
            if self._token is not token:
                return
            try:
                self._read()
            except StopIteration:
                return


def tee(iterable, n=2):
    """Split one iterator into n independent iterators (items are buffered as needed)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee_gen(it, buffers, i) for i in range(n))


def _tee_gen(it, buffers, index):
    mine = buffers[index]
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for b in buffers:
                b.append(value)
        yield mine.pop(0)


def batched(iterable, n):
    """Yield tuples of n items (the last one may be shorter)."""
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched_gen(iter(iterable), n)


def _batched_gen(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch
