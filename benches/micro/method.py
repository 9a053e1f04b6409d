# A method call on an instance with two attributes.
class A:
    def __init__(self):
        self.v = 1
        self.w = 2

    def m(self, x):
        return x


def main():
    a = A()
    i = 0
    while i < 1000000:
        a.m(i)
        i += 1


main()
