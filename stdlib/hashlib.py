"""Secure hashes and message digests: md5, sha1, the sha2 and sha3 families,
shake_128 and shake_256, blake2b and blake2s (with their default parameters).

Written in Gilt on top of the native `_hashlib`, which does the hashing.
Feeding 2048 bytes or more at once lets go of the interpreter lock while the
digest runs, as CPython does, so threads hashing large inputs run in parallel
in the GIL build too.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128',
           'shake_256', 'blake2b', 'blake2s', 'new', 'algorithms_guaranteed',
           'algorithms_available')

# digest size and block size, in bytes
_SIZES = {
    'md5': (16, 64),
    'sha1': (20, 64),
    'sha224': (28, 64),
    'sha256': (32, 64),
    'sha384': (48, 128),
    'sha512': (64, 128),
    'sha3_224': (28, 144),
    'sha3_256': (32, 136),
    'sha3_384': (48, 104),
    'sha3_512': (64, 72),
    'shake_128': (0, 168),
    'shake_256': (0, 136),
    'blake2b': (64, 128),
    'blake2s': (32, 64),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class HASH:
    """A hash object: feed it with update(), read it with digest() or
    hexdigest(); copy() forks it."""

    def __init__(self, name, state):
        self._name = name
        self._state = state

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data):
        _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        return HASH(self._name, _hashlib.copy(self._state))

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self._name, hex(id(self)))


def new(name, data=b'', *, usedforsecurity=True):
    """A new hash object for the algorithm `name`, fed with `data`."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s"
                        % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    kind = SHAKE if key.startswith('shake_') else HASH
    h = kind(key, _hashlib.new(key))
    if data:
        h.update(data)
    elif not isinstance(data, bytes):
        h.update(data)
    return h


class SHAKE(HASH):
    """A shake hash object: its digest has the length asked for."""

    def digest(self, length):
        return _hashlib.digest(self._state, length)

    def hexdigest(self, length):
        return _hashlib.digest(self._state, length).hex()

    def copy(self):
        return SHAKE(self._name, _hashlib.copy(self._state))


def md5(data=b'', *, usedforsecurity=True):
    return new('md5', data)


def sha1(data=b'', *, usedforsecurity=True):
    return new('sha1', data)


def sha224(data=b'', *, usedforsecurity=True):
    return new('sha224', data)


def sha256(data=b'', *, usedforsecurity=True):
    return new('sha256', data)


def sha384(data=b'', *, usedforsecurity=True):
    return new('sha384', data)


def sha512(data=b'', *, usedforsecurity=True):
    return new('sha512', data)


def sha3_224(data=b'', *, usedforsecurity=True):
    return new('sha3_224', data)


def sha3_256(data=b'', *, usedforsecurity=True):
    return new('sha3_256', data)


def sha3_384(data=b'', *, usedforsecurity=True):
    return new('sha3_384', data)


def sha3_512(data=b'', *, usedforsecurity=True):
    return new('sha3_512', data)


def shake_128(data=b'', *, usedforsecurity=True):
    return new('shake_128', data)


def shake_256(data=b'', *, usedforsecurity=True):
    return new('shake_256', data)


def _blake2(name, data, digest_size, key, salt, person):
    if digest_size != _SIZES[name][0] or key or salt or person:
        raise ValueError('Gilt offers %s with its default parameters only'
                         % name)
    return new(name, data)


def blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
            usedforsecurity=True):
    return _blake2('blake2b', data, digest_size, key, salt, person)


def blake2s(data=b'', *, digest_size=32, key=b'', salt=b'', person=b'',
            usedforsecurity=True):
    return _blake2('blake2s', data, digest_size, key, salt, person)
