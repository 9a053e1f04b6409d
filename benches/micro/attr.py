# An attribute read from an instance.
class A:
    def __init__(self):
        self.v = 1
        self.w = 2


def main():
    a = A()
    i = 0
    while i < 1000000:
        a.w
        i += 1


main()
