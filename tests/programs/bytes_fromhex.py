print(bytes.fromhex('00ff 10'), bytes.fromhex(''), bytes.fromhex(' 0a\t0B\n'))
print(b'\x01\xfe'.hex() == bytes.fromhex('01fe').hex(), bytes.fromhex('01FE'))
for bad in ('abc', 'zz', '0 1', '1é', 'a b'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    bytes.fromhex(b'00')
except TypeError as e:
    print('TypeError', e)
print(b'ab'.fromhex('ff'))
