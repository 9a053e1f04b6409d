# A string literal that is never terminated.
print("fine")
name = 'unterminated
print(name)
