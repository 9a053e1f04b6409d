"""Heap queue (priority queue) algorithms on plain lists (Gilt's heapq).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest
(with key=) and merge (with key= and reverse=).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k;
heap[0] is the smallest item. Items are compared with ``<`` only. The sifting is done
the same way as CPython's (each item sinks to a leaf along the smaller children, then
rises back), so lists end up in exactly the same order as with CPython, and nlargest,
nsmallest and merge give equal items in the same order too.

Differences from CPython: the functions are plain Gilt functions rather than built-ins;
a heap whose size is changed by a comparison method is not detected.
"""


def _need_list(heap, name, numbered=True):
    if not isinstance(heap, list):
        which = "argument 1" if numbered else "argument"
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


# ---- min-heap sifting -----------------------------------------------------------

def _rise(heap, top, pos):
    """Move heap[pos] up towards index top while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if item < above:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos: move the smaller child up repeatedly until a leaf is
    reached, put heap[pos]'s item there, then let it rise back to its place."""
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


# ---- max-heap sifting (for nsmallest and merge(reverse=True)) --------------------

def _rise_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if above < item:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[other] < heap[child]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise_max(heap, start, pos)


def _heapify_max(heap):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, pos)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return smallest


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---- public functions --------------------------------------------------------------

def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _need_list(heap, "heappush")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping the heap invariant."""
    _need_list(heap, "heappop", False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap size stays the same).

    The returned value may be larger than item; raises IndexError on an empty heap.
    """
    _need_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item (faster than
    heappush followed by heappop)."""
    _need_list(heap, "heappushpop")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _need_list(x, "heapify", False)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable, smallest first.

    Same result as sorted(iterable, key=key)[:n], computed with a heap of n items.
    """
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    source = iter(iterable)
    # Entries carry an increasing counter, so equal items stay in arrival order and the
    # items themselves are never compared when their keys tie.
    chosen = []
    count = 0
    if key is None:
        while count < n:
            try:
                item = next(source)
            except StopIteration:
                break
            chosen.append((item, count))
            count += 1
        if not chosen:
            return chosen
        _heapify_max(chosen)
        worst = chosen[0][0]
        for item in source:
            if item < worst:
                _heapreplace_max(chosen, (item, count))
                worst = chosen[0][0]
                count += 1
        chosen.sort()
        return [entry[0] for entry in chosen]
    while count < n:
        try:
            item = next(source)
        except StopIteration:
            break
        chosen.append((key(item), count, item))
        count += 1
    if not chosen:
        return chosen
    _heapify_max(chosen)
    worst = chosen[0][0]
    for item in source:
        k = key(item)
        if k < worst:
            _heapreplace_max(chosen, (k, count, item))
            worst = chosen[0][0]
            count += 1
    chosen.sort()
    return [entry[2] for entry in chosen]


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable, largest first.

    Same result as sorted(iterable, key=key, reverse=True)[:n], computed with a heap of
    n items.
    """
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    source = iter(iterable)
    # A decreasing counter: among equal items the earlier one ranks higher.
    chosen = []
    count = 0
    if key is None:
        while count < n:
            try:
                item = next(source)
            except StopIteration:
                break
            chosen.append((item, -count))
            count += 1
        if not chosen:
            return chosen
        heapify(chosen)
        worst = chosen[0][0]
        for item in source:
            if worst < item:
                heapreplace(chosen, (item, -count))
                worst = chosen[0][0]
                count += 1
        chosen.sort(reverse=True)
        return [entry[0] for entry in chosen]
    while count < n:
        try:
            item = next(source)
        except StopIteration:
            break
        chosen.append((key(item), -count, item))
        count += 1
    if not chosen:
        return chosen
    heapify(chosen)
    worst = chosen[0][0]
    for item in source:
        k = key(item)
        if worst < k:
            heapreplace(chosen, (k, -count, item))
            worst = chosen[0][0]
            count += 1
    chosen.sort(reverse=True)
    return [entry[2] for entry in chosen]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (lazily).

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse) when every input
    is already sorted that way; on ties the item from the earlier input comes first.
    """
    sign = -1 if reverse else 1
    # Each entry is [sort value, input rank, item, iterator]; the rank is unique, so the
    # item and iterator are never compared.
    entries = []
    rank = 0
    for iterable in iterables:
        source = iter(iterable)
        try:
            item = next(source)
        except StopIteration:
            rank += 1
            continue
        entries.append([item if key is None else key(item), rank * sign, item, source])
        rank += 1
    if reverse:
        _heapify_max(entries)
    else:
        heapify(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            item = next(entry[3])
        except StopIteration:
            if reverse:
                _heappop_max(entries)
            else:
                heappop(entries)
            continue
        entry[0] = item if key is None else key(item)
        entry[2] = item
        if reverse:
            _heapreplace_max(entries, entry)
        else:
            _sink(entries, 0)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]
