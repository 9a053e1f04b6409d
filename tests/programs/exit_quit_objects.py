print(repr(exit)); print(exit); print(repr(quit), type(exit).__name__, callable(exit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
