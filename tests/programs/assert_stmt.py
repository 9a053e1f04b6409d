# assert with and without messages.
assert True
assert 1 + 1 == 2, "never shown"
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert 2 + 2 == 5, "math is hard"
except AssertionError as e:
    print("with message:", e)
try:
    x = []
    assert x, "list was " + repr(x)
except AssertionError as e:
    print(e)
try:
    assert len("abc") == 4, ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n * 2
for v in [3, -1]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
