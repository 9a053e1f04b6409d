import csv
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def rd(data, **kw):
    if isinstance(data, list):
        r = csv.reader(data, **kw)
    else:
        r = csv.reader(io.StringIO(data, newline=''), **kw)
    out = []
    try:
        for row in r:
            out.append((r.line_num, row))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    print(repr(data), kw, out)


rd('a,b,c\r\n1,2,3\r\n')
rd('a,"b,c",d\n"x""y",z\n')
rd('"multi\nline",x\r\n\r\nlast')
rd('a, b,  c\n', skipinitialspace=True)
rd('a;b;"c;d"\n', delimiter=';')
rd("'a','b''c'\n", quotechar="'")
rd('a\\,b,c\\\nd\n', escapechar='\\')
rd('"a\\"b",c\n', escapechar='\\', doublequote=False)
rd('"a"b,c\n')
rd('"a"b,c\n', strict=True)
rd('"abc', strict=True)
rd('"abc')
rd(['a\rb\n'])
rd(['a\r\n', 'b\r', 'c\n'])
rd('a\0b,c\n')
rd('1,"2",3.5,\n', quoting=csv.QUOTE_NONNUMERIC)
rd('x,1\n', quoting=csv.QUOTE_NONNUMERIC)
rd('"a",b"c\n', quoting=csv.QUOTE_NONE)
rd('a\tb\t"c\td"\n', dialect='excel-tab')
rd('\n\n,\n,,\n')
rd('a,b\\\r\nc\n', escapechar='\\')
rd('"ab""\n', strict=False)
rd(['a,"b\rc"\r\n'])
rd(' "a" ,b\n')
rd(' "a",b\n', skipinitialspace=True)
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
rd('abcde,fgh\n')
rd('abcdef,g\n')
rd('"abcdefg"\n')
csv.field_size_limit(old)

for kw in [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=None), dict(quotechar='ab'),
           dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(quoting=9),
           dict(quoting='x'), dict(lineterminator=None), dict(lineterminator=3), dict(escapechar=''),
           dict(escapechar=5), dict(bogus=1), dict(quotechar=1), dict(quoting=None), dict(quoting=True)]:
    t(lambda: csv.reader([], **kw).dialect.quoting)
t(lambda: list(csv.reader([b'abc'])))
t(lambda: csv.reader([], 'excel', quotechar=None).dialect.quoting)
t(lambda: csv.reader([], quotechar=None, quoting=0).dialect.quoting)
class NoQ:
    quotechar = None
t(lambda: csv.reader([], NoQ).dialect.quoting)
t(lambda: list(csv.reader(3)))
t(lambda: csv.writer(3))
t(lambda: csv.get_dialect('nope'))
t(lambda: csv.register_dialect(1))
t(lambda: csv.unregister_dialect('nope'))
t(lambda: csv.field_size_limit('x'))

s = io.StringIO()
w = csv.writer(s, lineterminator='\n')
t(lambda: w.writerow(3))
t(lambda: w.writerow(['']))
t(lambda: w.writerow([None]))
t(lambda: w.writerow([]))
t(lambda: w.writerow(['a\rb', 'c\nd', 'x"y', 1.5, True, None, '', 'p,q', ' s ']))
w.writerows([[1, 2], ['three', 'four, five']])
print(repr(s.getvalue()))
for quoting in range(4):
    for kw in [{}, dict(escapechar='\\'), dict(escapechar='\\', doublequote=False), dict(quotechar="'")]:
        s = io.StringIO()
        try:
            csv.writer(s, quoting=quoting, **kw).writerow(['a', 'b"c', 'd,e', 3, 4.5, None, 'f\\g', "h'i", 'j\nk'])
        except csv.Error as e:
            print(quoting, kw, 'Error', e)
        else:
            print(quoting, kw, repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, dialect='unix')
w.writerow(['a', 1, None])
print(repr(s.getvalue()))

# dialects
d = csv.get_dialect('excel')
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar, d.skipinitialspace, d.strict)
t(lambda: setattr(d, 'delimiter', ';'))
print(sorted(csv.list_dialects()), type(d).__name__, type(csv.reader([])).__name__)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 'b'])
print(repr(s.getvalue()), csv.get_dialect('pipes').delimiter)
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))


class Semi(csv.excel):
    delimiter = ';'


print(Semi().delimiter, csv.reader([], Semi).dialect.delimiter, csv.reader([], Semi, delimiter='#').dialect.delimiter)


class Bad(csv.Dialect):
    delimiter = 'xx'


t(lambda: Bad())
t(lambda: csv.Dialect())
csv.register_dialect('semi', Semi)
print(list(csv.reader(['a;b'], 'semi')))
csv.unregister_dialect('semi')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
print(csv.excel.lineterminator == '\r\n', csv.excel_tab.delimiter == '\t', csv.unix_dialect.quoting)

# DictReader / DictWriter
data = 'name,age\r\nann,30\r\n\r\nbob,25,extra,more\r\ncid\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO('1,2,3\n'), fieldnames=['a', 'b'], restkey='rest')
print(list(r))
r = csv.DictReader(io.StringIO('1\n'), fieldnames=['a', 'b'], restval='RV')
print(list(r))
print(csv.DictReader(io.StringIO('')).fieldnames)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['x', 'y'], restval='?')
w.writeheader()
w.writerow({'x': 1})
w.writerows([{'x': 'a,b', 'y': 'c'}, {'y': 2}])
print(repr(s.getvalue()))
t(lambda: w.writerow({'x': 1, 'z': 2}))
w2 = csv.DictWriter(io.StringIO(), ['x'], extrasaction='ignore')
print(w2.writerow({'x': 1, 'z': 2}))
t(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='x'))

# round trip
rows = [['a', 'b,c', 'd"e', 'f\ng', ''], ['1', '', ' sp ', '\\', 'x\r\ny']]
for dname in ['excel', 'excel-tab', 'unix']:
    s = io.StringIO()
    csv.writer(s, dname).writerows(rows)
    back = list(csv.reader(io.StringIO(s.getvalue(), newline=''), dname))
    print(dname, back == rows, repr(s.getvalue()))

# escaped line ends keep the record open until a real line end
for lines in (['a\\\n', 'b'], ['a\\\n', 'b\n'], ['a\\\r', 'b']):
    for strict in (False, True):
        rd(lines, escapechar='\\', strict=strict)
