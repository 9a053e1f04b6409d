# The bisect module: searching and inserting into sorted lists.
import bisect

scores = [10, 20, 20, 20, 35, 50, 50, 90]
for probe in [5, 10, 20, 21, 50, 90, 100]:
    print(probe, bisect.bisect_left(scores, probe), bisect.bisect_right(scores, probe),
          bisect.bisect(scores, probe))

# lo and hi restrict the search window.
print(bisect.bisect_left(scores, 20, 2))
print(bisect.bisect_right(scores, 20, 0, 2))
print(bisect.bisect_left(scores, 50, 1, 5))
print(bisect.bisect_right(scores, 5, 3, 3))
print(bisect.bisect_left(scores, 1000, hi=4))
print(bisect.bisect_right(scores, 0, lo=6))

# Empty lists and other sequences.
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3))
print(bisect.bisect_left("acegik", "f"), bisect.bisect_right(("a", "b", "b"), "b"))
print(bisect.bisect(range(0, 100, 5), 42))

# Grading with bisect, a classic use.
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

# Insertion keeps the list sorted; equal items go left or right.
class Item:
    def __init__(self, value, tag):
        self.value = value
        self.tag = tag
    def __lt__(self, other):
        return self.value < other.value
    def __repr__(self):
        return f"{self.value}{self.tag}"

items = [Item(1, "a"), Item(2, "a"), Item(3, "a")]
bisect.insort_left(items, Item(2, "L"))
bisect.insort_right(items, Item(2, "R"))
bisect.insort(items, Item(2, "I"))
bisect.insort(items, Item(0, "z"))
bisect.insort(items, Item(9, "z"))
print(items)

data = []
for n in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(data, n)
print(data)

windowed = [1, 3, 5, 7, 9]
bisect.insort_left(windowed, 4, 0, 2)
print(windowed)
bisect.insort_right(windowed, 100, hi=1)
print(windowed)

# key= works on the items; the probe is already a key.
people = [("ann", 19), ("bob", 25), ("cy", 25), ("dee", 31), ("eve", 40)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=age), bisect.bisect_right(people, 25, key=age))
print(bisect.bisect(people, 30, key=age), bisect.bisect_left(people, 1, key=age))
print(bisect.bisect_left(people, 25, 2, key=age), bisect.bisect_right(people, 25, 0, 2, key=age))
bisect.insort(people, ("fay", 25), key=age)
bisect.insort_left(people, ("gus", 25), key=age)
bisect.insort_right(people, ("hal", 99), key=age)
bisect.insort_left(people, ("ian", 0), key=age)
print(people)

calls = []
def traced(x):
    calls.append(x)
    return -x
desc = [9, 7, 5, 3, 1]
print(bisect.bisect_left(desc, -4, key=traced), len(calls) > 0, all(c in desc for c in calls))

words = ["apple", "Banana", "cherry", "Date"]
words.sort(key=str.lower)
bisect.insort(words, "blueberry", key=str.lower)
print(words)

# Errors.
try:
    bisect.bisect_left([1, 2], 1, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    bisect.insort([1, 2], 3, lo=-5)
except Exception as e:
    print(type(e).__name__, e)
try:
    bisect.bisect([1, "a", 3], 2)
except Exception as e:
    print(type(e).__name__)
try:
    bisect.insort((1, 2, 3), 2)
except Exception as e:
    print(type(e).__name__, e)
print(bisect.bisect_right([1, 2, 3], 2, 10))
print(bisect.bisect_left([1, 2, 3], 2, 0, 0))
