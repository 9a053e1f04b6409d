# A dict read with a str key built at run time (not the literal's object).
def main():
    env = {"x": 1, "y": 2, "count": 3}
    k = "cou" + "nt"
    i = 0
    while i < 1000000:
        env[k]
        i += 1


main()
