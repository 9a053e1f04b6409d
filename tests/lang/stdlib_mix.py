# A sales report combining functools, itertools, collections, operator and dataclasses.
from dataclasses import dataclass
from collections import defaultdict, Counter, namedtuple, deque
from functools import reduce, partial
from itertools import accumulate, chain, combinations, product, zip_longest
from operator import attrgetter, itemgetter, mul


@dataclass
class Sale:
    region: str
    product: str
    units: int
    price: float

    @property
    def revenue(self):
        return round(self.units * self.price, 2)


raw = """north,widget,10,2.5
south,gadget,3,10.0
north,gadget,1,10.0
east,widget,7,2.5
south,widget,12,2.25
east,gizmo,2,99.99
north,gizmo,1,95.0
west,widget,0,2.5"""

sales = [Sale(r, p, int(u), float(pr)) for r, p, u, pr in (line.split(",") for line in raw.splitlines())]
print(sales[0], len(sales))

by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
totals = {r: round(sum(s.revenue for s in ss), 2) for r, ss in by_region.items()}
print(totals)
print(sorted(totals.items(), key=itemgetter(1), reverse=True))

units = Counter()
for s in sales:
    units[s.product] += s.units
print(units.most_common())

best = max(sales, key=attrgetter("revenue"))
print("best sale:", best.region, best.product, best.revenue)
print("sorted by product then units:", [(s.product, s.units) for s in sorted(sales, key=attrgetter("product", "units"))])

Summary = namedtuple("Summary", "count revenue mean")
revs = [s.revenue for s in sales]
summary = Summary(len(revs), round(sum(revs), 2), round(sum(revs) / len(revs), 3))
print(summary, summary._asdict()["mean"])
print(list(accumulate(revs)), [round(x, 2) for x in accumulate(revs)][-1])
print(reduce(mul, [s.units for s in sales if s.units], 1))

regions = sorted(by_region)
print(list(combinations(regions, 2))[:3], len(list(product(regions, units))))
print(list(zip_longest(regions, ["N", "S"], fillvalue="?")))
print(list(chain.from_iterable(sorted({s.product for s in ss}) for _, ss in sorted(by_region.items()))))

discount = partial(lambda rate, price: round(price * (1 - rate), 2), 0.1)
print([discount(s.price) for s in sales[:4]])

recent = deque(maxlen=3)
for s in sales:
    recent.append(s.product)
print(recent)
print(Counter(chain.from_iterable(s.product for s in sales)).most_common(3))
