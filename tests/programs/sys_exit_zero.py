# sys.exit() without argument exits with status 0 after running finally blocks.
import sys
print("before exit")
try:
    sys.exit()
finally:
    print("finally runs")
print("not reached")
