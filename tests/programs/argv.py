# Prints the command-line arguments after the script name.
import sys
print(sys.argv[1:])
print(len(sys.argv) - 1)
for arg in sys.argv[1:]:
    print(arg.upper())
