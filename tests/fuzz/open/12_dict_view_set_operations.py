# CPython: True / {'a'} / [('a', 1), ('b', 2)] / set()   Gilt: False, then TypeError: unsupported operand type(s) for &: 'dict_keys' and 'set' (also | and - on keys()/items())
d = {'a': 1, 'b': 2}
print({'a': 1}.keys() == {'a'})
print(d.keys() & {'a', 'c'})
print(sorted(d.items() | {('b', 2)}))
print(d.keys() - ['a', 'b'])
