# Literal syntax: numbers, string escapes, implicit concatenation, triple quotes.
print(0xff, 0o17, 0b1011, 1_000_000, 0x_FF, 1., .5, 1e3, 1E-2, 2.5e+3, 0.0)
print(00, 0, -0, +5, -(-3))
print("tab\tnewline\\n quote\" apostrophe\' bell-less")
print('\x41\x42', '\u00e9\u65e5', "alpha", '\101')
print("implicit" " concatenation" ' works')
s = """triple
  quoted 'with' "quotes"
"""
print(s, end="")
t = '''single
triple'''
print(t)
print(len("""
"""), repr("""a
b"""))
print("back\
slash continuation")
total = 1 + \
    2
print(total)
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items)
d = {
    "k": (1,
          2),
}
print(d)
print("no raw strings")
# a comment line
print("#not a comment")  # trailing comment
x = 5; y = 6; print(x + y)
print(True, False, None)
