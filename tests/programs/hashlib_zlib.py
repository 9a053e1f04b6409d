import hashlib, zlib
for n in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'a' * 5000)
c = h.copy()
c.update(b'b')
print(h.hexdigest(), c.hexdigest() != h.hexdigest(), len(h.digest()))
print(hashlib.md5(b'x' * 100000).hexdigest())
try:
    hashlib.sha256('abc')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('foo')
except ValueError as e:
    print('ValueError', e)
print(sorted(hashlib.algorithms_guaranteed))
data = b'hello world ' * 1000
for w in (15, -15, 31):
    z = zlib.compress(data, 6, w)
    print(w, zlib.decompress(z, w) == data, zlib.decompress(z, 47 if w == 31 else w) == data)
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b'abc', 12345), zlib.adler32(b''))
print(zlib.decompress(zlib.compress(b'')) == b'')
for bad in (b'xyz', b'x', zlib.compress(data)[:20]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('zlib.error', e)
print(zlib.error, zlib.MAX_WBITS)
try:
    zlib.compress(b'a', 12)
except zlib.error as e:
    print(e)
print(len(zlib.compress(data)), len(zlib.compress(b'abc')), zlib.compress(b'abc'))
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b'abc' * 1000)
    if n.startswith('shake'):
        print(n, h.digest_size, h.block_size, h.hexdigest(20), len(h.digest(5)), h.copy().hexdigest(3))
    else:
        print(n, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.blake2b(b'x').hexdigest()[:20], hashlib.sha3_256().hexdigest()[:16])
