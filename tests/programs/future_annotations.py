from __future__ import annotations
class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None = None) -> None:
        self.left = left
x: list[Undefined] = 5
class C:
    y: dict[str, Tree]
    z: int = 3
def f(a: Tree, *args: int, b: Tree | None = None, **kw: str) -> Tree: pass
print(Tree.__init__.__annotations__)
print(__annotations__, C.__annotations__)
print(f.__annotations__)
