# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1).
import math


class Spectral:
    def __init__(self, n):
        self.n = n

    @staticmethod
    def a(i, j):
        return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

    def mul_av(self, v):
        n = self.n
        return [sum(self.a(i, j) * v[j] for j in range(n)) for i in range(n)]

    def mul_atv(self, v):
        n = self.n
        return [sum(self.a(j, i) * v[j] for j in range(n)) for i in range(n)]

    def mul_atav(self, v):
        return self.mul_atv(self.mul_av(v))

    def norm(self, rounds=10):
        u = [1.0] * self.n
        v = None
        for _ in range(rounds):
            v = self.mul_atav(u)
            u = self.mul_atav(v)
        vbv = sum(ub * vb for ub, vb in zip(u, v))
        vv = sum(vb * vb for vb in v)
        return math.sqrt(vbv / vv)


for n in [10, 50, 100]:
    print(f"n={n}: {Spectral(n).norm():.9f}")
print(Spectral.a(0, 0), Spectral.a(1, 2), [round(Spectral.a(i, 0), 4) for i in range(4)])
