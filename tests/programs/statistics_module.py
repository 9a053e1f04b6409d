# Exercises the statistics module: averages, spread, quantiles, modes, mixed
# numeric types, exact rounding and the error messages.
import statistics
from statistics import StatisticsError
from fractions import Fraction
import random


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, "->", repr(result), type(result).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


datasets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6), Fraction(7, 8)],
    [1, 2.5, Fraction(3, 2)],
    [True, False, True, True],
    [0.1] * 10,
    [1e16, 1.0, -1e16, 3.0],
    [3],
    [5, 5, 7, 7, 9],
    list(range(100)),
    [-7, 3.5, 12, -0.25, 8],
]
functions = [statistics.mean, statistics.fmean, statistics.median, statistics.median_low,
             statistics.median_high, statistics.median_grouped, statistics.mode,
             statistics.multimode, statistics.variance, statistics.pvariance,
             statistics.stdev, statistics.pstdev, statistics.quantiles,
             statistics.harmonic_mean, statistics.geometric_mean]
for data in datasets:
    print(data if len(data) < 20 else "range(100)")
    for func in functions:
        attempt("  " + func.__name__, func, data)

# Empty and too-short data
for func in functions:
    attempt(func.__name__ + "([])", func, [])
attempt("variance one", statistics.variance, [4])
attempt("stdev one", statistics.stdev, [4])
attempt("pvariance one", statistics.pvariance, [4])
attempt("pstdev one", statistics.pstdev, [4.5])
attempt("quantiles one", statistics.quantiles, [4])

# Given means, weights, options
attempt("variance xbar", statistics.variance, [1, 2, 3, 4], 2.5)
attempt("variance xbar fraction", statistics.variance, [1, 2, 3], Fraction(1, 2))
attempt("pvariance mu", statistics.pvariance, [1, 2, 3, 4], 2)
attempt("stdev xbar", statistics.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
attempt("pstdev mu", statistics.pstdev, [1, 2], 1.5)
attempt("fmean weights", statistics.fmean, [85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
attempt("fmean bad weights", statistics.fmean, [1, 2], [1])
attempt("fmean zero weights", statistics.fmean, [1, 2], [1, -1])
attempt("fmean iterator", statistics.fmean, iter([3.5, 4.0, 5.25]))
attempt("harmonic weights", statistics.harmonic_mean, [40, 60], weights=[5, 30])
attempt("harmonic zero", statistics.harmonic_mean, [0, 1, 2])
attempt("harmonic negative", statistics.harmonic_mean, [2, -1])
attempt("harmonic one negative", statistics.harmonic_mean, [-1])
attempt("harmonic str", statistics.harmonic_mean, ["x"])
attempt("harmonic weight count", statistics.harmonic_mean, [40, 60], weights=[5])
attempt("harmonic zero weights", statistics.harmonic_mean, [40, 60], weights=[0, 0])
attempt("harmonic fractions", statistics.harmonic_mean, [Fraction(1, 2), Fraction(1, 3)])
attempt("geometric negative", statistics.geometric_mean, [1, -2])
attempt("geometric", statistics.geometric_mean, [54, 24, 36])
for n in [1, 2, 3, 4, 5, 10]:
    for method in ["exclusive", "inclusive"]:
        attempt("quantiles n=%d %s" % (n, method), statistics.quantiles,
                [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110], n=n, method=method)
attempt("quantiles n=0", statistics.quantiles, [1, 2, 3], n=0)
attempt("quantiles method", statistics.quantiles, [1, 2, 3], method="middle")
attempt("quantiles two", statistics.quantiles, [1, 10], n=5)
attempt("median_grouped interval", statistics.median_grouped, [52, 52, 53, 54], 2)
attempt("median_grouped fraction", statistics.median_grouped, [1, 2, 2, 3, Fraction(7, 2)], Fraction(1, 2))
attempt("median_grouped str interval", statistics.median_grouped, [5, 6], "a")
attempt("median_grouped numeric str", statistics.median_grouped, [1, 2, 3], "1")
attempt("median_grouped None", statistics.median_grouped, [5, 6], None)
attempt("median strs", statistics.median, ["b", "a", "c"])
attempt("median_low strs", statistics.median_low, ["b", "a", "d", "c"])
attempt("mode strs", statistics.mode, "abracadabra")
attempt("multimode strs", statistics.multimode, "aabbbbccddddeeffffgg")
attempt("multimode ties", statistics.multimode, [3, 1, 2, 1, 3, 2])
attempt("mode mixed equal", statistics.mode, [Fraction(1, 2), 0.5, 2, 2.0, Fraction(2), 0.5])
attempt("mode unhashable", statistics.mode, [[1], [1]])
attempt("mean strs", statistics.mean, ["a", "b"])
attempt("mean mixed", statistics.mean, [1, "a"])
attempt("mean iterator", statistics.mean, iter([1, 2, 3, 4]))
attempt("variance generator", statistics.variance, (x * x for x in range(6)))

# nan and inf
nan, inf = float("nan"), float("inf")
for func in [statistics.mean, statistics.variance, statistics.pvariance, statistics.stdev,
             statistics.pstdev, statistics.fmean]:
    attempt(func.__name__ + " nan", func, [1, nan, 3])
    attempt(func.__name__ + " inf", func, [1.0, inf, 2])
    attempt(func.__name__ + " inf-inf", func, [inf, -inf])

# Exactness: the results are correctly rounded
rng = random.Random(2024)
for trial in range(12):
    data = [rng.uniform(-1000, 1000) for _ in range(rng.randint(2, 30))]
    print(trial, statistics.mean(data), statistics.variance(data), statistics.stdev(data),
          statistics.pvariance(data), statistics.pstdev(data), statistics.median(data),
          statistics.quantiles(data, n=3))
big = [10 ** 20 + i for i in range(7)]
print(statistics.mean(big), statistics.variance(big), statistics.stdev(big), statistics.pstdev(big))
print(statistics.variance([Fraction(1, 3), Fraction(2, 3), Fraction(5, 7)]))
print(issubclass(StatisticsError, ValueError))
try:
    statistics.mean([])
except ValueError as e:
    print("caught as ValueError:", e)
