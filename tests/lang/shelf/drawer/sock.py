from .. import SIZE
PAIRS = SIZE * 2
