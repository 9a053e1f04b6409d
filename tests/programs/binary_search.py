# Binary search variants.
def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def lower_bound(arr, target):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def recursive_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return recursive_search(arr, target, mid + 1, hi)
    return recursive_search(arr, target, lo, mid)

data = [x * 3 for x in range(30)]
for t in [0, 3, 45, 87, 88, -1, 100]:
    print(t, binary_search(data, t), lower_bound(data, t), recursive_search(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
print([lower_bound(dups, v) for v in range(10)])
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(isqrt(10 ** 40), isqrt(99), isqrt(2 * 10 ** 30))
