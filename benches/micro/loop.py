# The empty loop every other micro program runs: its cost is subtracted from theirs.
def main():
    i = 0
    while i < 1000000:
        i += 1


main()
