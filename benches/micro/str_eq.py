# Two `==` tests of a built str against literals: one of another length, one equal.
def main():
    op = "<=x"[:2]
    i = 0
    while i < 1000000:
        op == "+"
        op == "<="
        i += 1


main()
