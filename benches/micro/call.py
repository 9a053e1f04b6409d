# A call of a one-argument function that returns its argument.
def f(a):
    return a


def main():
    i = 0
    while i < 1000000:
        f(i)
        i += 1


main()
