# Explicitly raised ValueError with a custom message.
def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError('custom message')
    return age

print(parse_age("12"))
parse_age("-4")
