# CPython: int | None / True   Gilt: TypeError: unsupported operand type(s) for |: 'type' and 'NoneType'
print(int | None)
print(isinstance(1, int | str))
