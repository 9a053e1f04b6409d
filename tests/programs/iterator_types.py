# map, filter, zip, enumerate and reversed are the types of what they make
for t, v in [(map, map(str, [1])), (filter, filter(None, [1])), (zip, zip()),
             (enumerate, enumerate([]))]:
    print(t, type(v) is t, isinstance(v, t), t.__name__)
print(type(reversed([1])).__name__, reversed)
print(list(map(pow, [2, 3], [3, 2])), list(enumerate("ab", start=5)), list(zip("ab", [1, 2])))
for make in [lambda: map(), lambda: filter(None), lambda: enumerate(), lambda: zip(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
# a StopIteration from the function ends map and filter
def stop_at_zero(x):
    if x == 0:
        raise StopIteration
    return x
print(list(map(stop_at_zero, [1, 2, 0, 4])), list(filter(stop_at_zero, [3, 0, 5])))
# the items left in an iterator over a sequence or a range
it = iter([1, 2, 3, 4, 5])
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), reversed([1, 2]).__length_hint__())
t = iter((1, 2))
list(t)
print(t.__length_hint__())
# list.count reads the live list: a comparison may shorten it
class Shrinks:
    def __eq__(self, other):
        self.list.pop()
        return True
m = Shrinks()
l = [1, 2, 3, m, 4]
m.list = l
print(l.count(4), len(l))
