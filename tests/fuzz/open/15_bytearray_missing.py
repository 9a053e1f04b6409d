# CPython: bytearray(b'ab!')   Gilt: NameError: name 'bytearray' is not defined
b = bytearray(b'ab')
b.append(33)
print(b)
