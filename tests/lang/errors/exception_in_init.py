# An exception raised in a base-class __init__ reached through super().
class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs at least 3 sides, got {sides}")
        self.sides = sides


class Polygon(Shape):
    def __init__(self, sides, name):
        self.name = name
        super().__init__(sides)


print(Polygon(5, "pentagon").sides)
Polygon(2, "digon")
