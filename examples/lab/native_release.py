# Claim: "Native code can release the GIL and run in parallel."
# N threads hash and compress large buffers (sha256 of 8 MiB, zlib of 1 MiB). Gilt, like
# CPython, lets go of the lock for inputs of 2 KiB or more, so the native work runs in
# parallel even in the GIL build: speedup = N * t1 / tN, near N on N free cores.
#   gilt examples/lab/native_release.py [--threads N]
# Try `gilt -X stats ...`: the `native` column counts the releases.
import hashlib
import zlib
import _lab

DATA = bytes(range(256)) * (8 << 12)  # 8 MiB
TEXT = b"the quick brown fox jumps over the lazy dog " * 24000  # about 1 MiB
ROUNDS = _lab.option("rounds", 4)


def native_work():
    for _ in range(ROUNDS):
        hashlib.sha256(DATA).digest()
        zlib.decompress(zlib.compress(TEXT))


t1, tn, speedup = _lab.speedup(native_work)
_lab.show_speedup(t1, tn, ": the hashing and compressing run in parallel")
