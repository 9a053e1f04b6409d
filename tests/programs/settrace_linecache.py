# two line tracers of the kind tutorials show, printing each line with linecache
import linecache, sys

def trace(frame, event, arg):
    if frame.f_code.co_filename == globals().get("__file__"):
        lineno = frame.f_lineno
        print("{} {}: {}".format(event[:4], lineno, linecache.getline(__file__, lineno).rstrip()))
    return trace

def test(n):
    j = 0
    for i in range(n):
        j = j + i
    return n

sys.settrace(trace)
test(3)
sys.settrace(None)

def traceit(frame, event, arg):
    if event == "line":
        lineno = frame.f_lineno
        filename = frame.f_globals["__file__"]
        name = frame.f_globals["__name__"]
        line = linecache.getline(filename, lineno)
        print("%s:%s: %s" % (name, lineno, line.rstrip()))
    return traceit

def main():
    print("In main")
    for i in range(3):
        print(i, i * 7 % 10)
    print("Done.")

sys.settrace(traceit)
main()
sys.settrace(None)
