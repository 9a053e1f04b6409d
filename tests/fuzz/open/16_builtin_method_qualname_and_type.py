# CPython: str.upper list.append / builtin_function_or_method   Gilt: upper append / method
print(str.upper.__qualname__, list.append.__qualname__)
print(type([].append).__name__)
