# CPython: 0x1.999999999999ap-4 / 3.0   Gilt: AttributeError: 'float' object has no attribute 'hex' (and float.fromhex)
print((0.1).hex())
print(float.fromhex('0x1.8p1'))
