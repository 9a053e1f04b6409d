# CPython: b'1-x'   Gilt: TypeError: unsupported operand type(s) for %: 'bytes' and 'tuple'
print(b'%d-%s' % (1, b'x'))
