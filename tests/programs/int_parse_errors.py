# int() of a str: the 4300-digit limit message, and the bad literal's repr cut to 200 characters.
for s in ['1' * 4301, '9' * 5000, '-' + '7' * 4400, ' ' + '1' * 4301 + ' ']:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(len(str(int('1' * 4300))))
try:
    int('1' * 5000, 16)
except ValueError as e:
    print('unexpected', e)
else:
    print('base 16 has no limit')
for s, base in [('x' * 300, 10), ('z' * 250, 8), ('ab' * 99, 10), ('é' * 300, 10), ("'" * 250, 2)]:
    try:
        int(s, base)
    except ValueError as e:
        print(len(str(e)), str(e)[-20:])
