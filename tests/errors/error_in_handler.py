# An exception raised while handling another one.
config = {}
try:
    value = config["timeout"]
except KeyError:
    value = int("not a number")
print(value)
