# CPython: b'\x01' / b'\x01\x02' / 256   Gilt: AttributeError: 'int' object has no attribute 'to_bytes' (and int.from_bytes)
print((1).to_bytes())
print((258).to_bytes(2, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'))
