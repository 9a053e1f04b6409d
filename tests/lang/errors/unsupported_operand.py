# NotImplemented from both operands becomes an uncaught TypeError.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return f"Meters({self.v})"


class Feet:
    def __init__(self, v):
        self.v = v


print(Meters(1) + Meters(2))
print(Meters(1) + Feet(3))
