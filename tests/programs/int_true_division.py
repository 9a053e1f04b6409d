# Int true division is correctly rounded (half to even) for ints of any size,
# including results in the subnormal range and results too large for a float.
def show(label, f):
    try:
        print(label, "=>", repr(f()))
    except OverflowError as e:
        print(label, "=> OverflowError:", e)

show('10**500 / (4*10**499 + 7*10**497 + 3*10**494)', lambda: 10**500 / (4*10**499 + 7*10**497 + 3*10**494))
show('2**1100 / 2**100', lambda: 2**1100 / 2**100)
show('1 / 10**400', lambda: 1 / 10**400)
show('-1 / 10**400', lambda: -1 / 10**400)
show('3 / 2**1076', lambda: 3 / 2**1076)
show('2 / 2**1076', lambda: 2 / 2**1076)
show('6 / 2**1076', lambda: 6 / 2**1076)
show('(2**53 + 1) / 1', lambda: (2**53 + 1) / 1)
show('(2**53 + 3) / 1', lambda: (2**53 + 3) / 1)
show('-7 * 10**30 / 3', lambda: -7 * 10**30 / 3)
show('10**30 / -(3**40)', lambda: 10**30 / -(3**40))
show('(2**1024 - 2**970) / 1', lambda: (2**1024 - 2**970) / 1)
show('0 / -(10**30)', lambda: 0 / -(10**30))
show('(10**40+1) / (10**20)', lambda: (10**40+1) / (10**20))
show('(2**64 - 1) / 3', lambda: (2**64 - 1) / 3)
show('(2**1024 - 2**970 - 1) / 1', lambda: (2**1024 - 2**970 - 1) / 1)
show('10**309 / 10', lambda: 10**309 / 10)
show('-(10**309) / 10', lambda: -(10**309) / 10)
show('2**2000 / 3**1000', lambda: 2**2000 / 3**1000)
show('3**1000 / 2**2000', lambda: 3**1000 / 2**2000)
show('(2**1074 * 3 + 1) / 2**2150', lambda: (2**1074 * 3 + 1) / 2**2150)
show('1 / (2**1074)', lambda: 1 / (2**1074))
show('-1 / (2**1075)', lambda: -1 / (2**1075))
show('(2**1075 + 1) / 2**2150', lambda: (2**1075 + 1) / 2**2150)
show('123456789 * 10**20 / 10**20', lambda: 123456789 * 10**20 / 10**20)
show('(10**25 - 1) / 7', lambda: (10**25 - 1) / 7)
show('2**63 / 2**10', lambda: 2**63 / 2**10)
show('-(2**63) / 3', lambda: -(2**63) / 3)

# small operands keep the plain float path
print(7 / 2, -7 / 2, 0 / -5, 2**52 / 3, (2**53 - 1) / -(2**53 - 1))
