"""Synchronised queues for Gilt: Queue (FIFO), LifoQueue, PriorityQueue and
SimpleQueue, with the behaviour of Python 3.11's `queue` module.

The queues are built from threading.Lock and threading.Condition: one lock
guards a queue's state and three conditions on it (not_empty, not_full,
all_tasks_done) let producers, consumers and join() wait without spinning.
"""

import threading
import time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_time = time.monotonic


class Empty(Exception):
    'Raised by Queue.get(block=False) and get_nowait() on an empty queue, and on a get() timeout.'
    pass


class Full(Exception):
    'Raised by Queue.put(block=False) and put_nowait() on a full queue, and on a put() timeout.'
    pass


class _Deque:
    # A small double-ended queue over a list: items live in
    # _items[_head:], so popleft() is O(1) (the dead prefix is dropped
    # once it is at least half of the list).

    def __init__(self, iterable=()):
        self._items = list(iterable)
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def appendleft(self, item):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = item
        else:
            self._items.insert(0, item)

    def popleft(self):
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError("pop from an empty deque")
        item = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            self._items = []
            head = 0
        elif head >= 32 and head * 2 >= len(items):
            self._items = items[head:]
            head = 0
        self._head = head
        return item

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items.pop()
        if self._head >= len(self._items):
            self._items = []
            self._head = 0
        return item

    def clear(self):
        self._items = []
        self._head = 0

    def extend(self, iterable):
        for item in iterable:
            self._items.append(item)

    def remove(self, value):
        i = self._head
        n = len(self._items)
        while i < n:
            if self._items[i] == value:
                del self._items[i]
                return
            i += 1
        raise ValueError("deque.remove(x): x not in deque")

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __contains__(self, value):
        return value in self._items[self._head:]

    def __getitem__(self, index):
        n = len(self._items) - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return self._items[self._head + index]

    def __eq__(self, other):
        if isinstance(other, _Deque):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self):
        return "deque(%r)" % (self._items[self._head:],)


class Queue:
    """A FIFO queue safe to share between threads.

    maxsize <= 0 means unbounded; otherwise put() blocks (or raises Full)
    while maxsize items are queued.  Subclasses change the order by
    overriding _init, _qsize, _put and _get."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed; join() returns once
        every item put has been marked."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until task_done() was called for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of queued items."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when nothing is queued (at the moment of the call)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True when the queue is bounded and at its limit."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item.  When the queue is full: wait (forever, or up to
        `timeout` seconds, then raise Full), or raise Full at once when
        block is false."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item.  When the queue is empty: wait
        (forever, or up to `timeout` seconds, then raise Empty), or raise
        Empty at once when block is false."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(block=False)

    # The storage; called with the mutex held.

    def _init(self, maxsize):
        self.queue = _Deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


def _heap_push(heap, item):
    # Append item and move it up until its parent is not greater.
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _heap_pop(heap):
    # Remove and return the smallest item: the last item replaces the root
    # and sinks to its place.
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return smallest


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (items are compared
    with <; entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _Deque()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Add item; never blocks (block and timeout exist for
        compatibility with Queue.put)."""
        with self._cond:
            self._queue.append(item)
            self._cond.notify()

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting as Queue.get does."""
        with self._cond:
            if not block:
                if not self._queue:
                    raise Empty
            elif timeout is None:
                while not self._queue:
                    self._cond.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._queue:
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self._cond.wait(remaining)
            return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)"""
        return self.get(block=False)

    def empty(self):
        """True when nothing is queued (at the moment of the call)."""
        with self._cond:
            return not self._queue

    def qsize(self):
        """The approximate number of queued items."""
        with self._cond:
            return len(self._queue)
