# Line tracers that print the source of each line with linecache, as teaching tools do
import linecache
import sys


def echo_lines(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        n = frame.f_lineno
        print('%-6s %3d | %s' % (event, n, linecache.getline(__file__, n).rstrip()))
    return echo_lines


def running_total(k):
    acc = 0
    for step in range(k):
        acc += step
    return acc


sys.settrace(echo_lines)
running_total(3)
sys.settrace(None)


def module_lines(frame, event, arg):
    if event == 'line':
        where = frame.f_globals['__name__']
        text = linecache.getline(frame.f_globals['__file__'], frame.f_lineno)
        print('%s:%d: %s' % (where, frame.f_lineno, text.strip()))
    return module_lines


def table():
    print('table of 7')
    for i in range(1, 4):
        print(i, i * 7)
    print('end')


sys.settrace(module_lines)
table()
sys.settrace(None)
print(len(linecache.getlines(__file__)) > 40, linecache.getline(__file__, 10**6) == '')
print(linecache.getline('no/such/file.py', 1) == '', linecache.getlines('<string>'))
