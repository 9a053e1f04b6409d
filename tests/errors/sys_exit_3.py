# sys.exit with a status code and no output.
import sys
sys.exit(3)
