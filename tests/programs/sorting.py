# Quicksort, mergesort and insertion sort compared with sorted().
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)

def mergesort(xs, key=lambda v: v):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = mergesort(xs[:mid], key), mergesort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        cur = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > cur:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = cur
    return xs

def lcg(seed):
    state = [seed]
    def rand():
        state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
        return state[0]
    return rand

rand = lcg(42)
data = [rand() % 1000 for _ in range(200)]
print(data[:10])
expected = sorted(data)
print(quicksort(data) == expected, mergesort(data) == expected, insertion_sort(data) == expected)
print(quicksort(data)[:10], mergesort(data)[-5:])
words = "pear Apple fig banana Cherry date elderberry".split()
print(mergesort(words), mergesort(words, key=lambda w: w.lower()), mergesort(words, key=len))
print(quicksort([3.5, -1.0, 2.25, 0.0, -0.5]))
print(quicksort([]), mergesort([1]), insertion_sort([2, 1]))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(mergesort(recs, key=lambda r: r[1]))
