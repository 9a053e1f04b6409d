# The json module: encoding options, decoding hooks, errors and their positions.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except json.JSONDecodeError as e:
        print(label, type(e).__name__, e, '|', repr(e.msg), e.pos, e.lineno, e.colno)
    except RecursionError as e:
        print(label, type(e).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


# ---------------------------------------------------------------- scalars out
for v in [None, True, False, 0, -7, 12345678901234567890123, -(2 ** 70),
          0.0, -0.0, 1.5, 1e16, 1e-7, 123456789.125, 0.1 + 0.2, 1e300 * 10,
          -1e300 * 10, 2.5e-300, 3.0, 'plain', '', 'quote " and \\ slash /']:
    show('dumps', lambda: json.dumps(v))
show('nan', lambda: json.dumps(float('nan')))
show('nan strict', lambda: json.dumps(float('nan'), allow_nan=False))
show('inf strict', lambda: json.dumps([1, float('inf')], allow_nan=False))
show('inf strict indent', lambda: json.dumps([1, float('-inf')], allow_nan=False, indent=1))
show('control chars', lambda: json.dumps('\x00\x01\x1f\x7f\b\f\n\r\t'))
show('control chars keep', lambda: json.dumps('\x00\x1f\x7f\t', ensure_ascii=False))

# ---------------------------------------------------------------- unicode
text = 'caf\u00e9 \u00fcber \u4e2d\u6587 \U0001F600 \U0001D11E end'
show('ascii', lambda: json.dumps(text))
show('not ascii', lambda: json.dumps(text, ensure_ascii=False))
show('round trip', lambda: json.loads(json.dumps(text)) == text)
show('round trip 2', lambda: json.loads(json.dumps(text, ensure_ascii=False)) == text)
show('key unicode', lambda: json.dumps({'\u00e9t\u00e9': '\u2603'}))
show('key unicode keep', lambda: json.dumps({'\u00e9t\u00e9': '\u2603'}, ensure_ascii=False))
show('escapes in', lambda: json.loads('"\\u0041\\u00e9\\u4e2d\\ud83d\\ude00\\n\\t\\/\\\\\\"\\b\\f\\r"'))
show('upper hex', lambda: json.loads('"\\u00C9\\uD834\\uDD1E"'))

# ---------------------------------------------------------------- containers out
nested = {'name': 'widget', 'tags': ['a', 'b'], 'dims': {'w': 2, 'h': 3.5},
          'empty_list': [], 'empty_dict': {}, 'none': None,
          'deep': [[1, [2, [3, {'x': []}]]]], 'tuple': (1, 2)}
show('nested', lambda: json.dumps(nested))
for ind in [None, 0, 2, 4, '\t', '--', '', -1]:
    print('indent', repr(ind))
    print(json.dumps(nested, indent=ind))
print(json.dumps(nested, indent=2, sort_keys=True))
show('separators compact', lambda: json.dumps(nested, separators=(',', ':')))
show('separators odd', lambda: json.dumps([1, {'a': 2}], separators=(' ;', '= ')))
print(json.dumps([1, {'a': [2, 3]}], indent=3, separators=(', ', ' : ')))
show('empty indent', lambda: json.dumps({'a': [], 'b': {}}, indent=2))
show('tuple', lambda: json.dumps((1, (2, 3), [])))
show('list of tuples', lambda: json.dumps([(1, 'a'), ()]))
show('dict order', lambda: json.dumps({'z': 1, 'a': 2, 'm': 3}))
show('sort_keys', lambda: json.dumps({'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}, sort_keys=True))
show('sort mixed', lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
show('sort mixed indent', lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True, indent=1))
show('sort ints', lambda: json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))

# ---------------------------------------------------------------- keys
show('int keys', lambda: json.dumps({1: 'a', -2: 'b', 10 ** 20: 'c'}))
show('float keys', lambda: json.dumps({1.5: 'a', 2.0: 'b', float('inf'): 'c'}))
show('nan key strict', lambda: json.dumps({float('nan'): 1}, allow_nan=False))
show('bool keys', lambda: json.dumps({True: 1, False: 2, None: 3}))
show('tuple key', lambda: json.dumps({(1, 2): 'x'}))
show('tuple key indent', lambda: json.dumps({(1, 2): 'x'}, indent=2))
show('skipkeys', lambda: json.dumps({(1, 2): 'x', 'ok': 1, frozenset(): 2}, skipkeys=True))
show('skipkeys all', lambda: json.dumps({(1, 2): 'x'}, skipkeys=True))
show('skipkeys all indent', lambda: json.dumps({(1, 2): 'x'}, skipkeys=True, indent=2))
show('key round trip', lambda: json.loads(json.dumps({1: 2, True: 3})))

# ---------------------------------------------------------------- subclasses
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


show('int subclass', lambda: json.dumps([MyInt(5), MyFloat(2.5)]))
show('int subclass indent', lambda: json.dumps([MyInt(5), MyFloat(2.5)], indent=1))
show('str subclass', lambda: json.dumps({MyStr('k'): MyStr('v')}))
show('list subclass', lambda: json.dumps(MyList([1, 2])))
show('dict subclass', lambda: json.dumps(MyDict(a=1)))
show('subclass keys', lambda: json.dumps({MyInt(3): 1, MyFloat(1.5): 2}))

# ---------------------------------------------------------------- errors out
class Thing:
    def __init__(self, n):
        self.n = n


show('not serializable', lambda: json.dumps(Thing(1)))
show('not serializable nested', lambda: json.dumps({'a': [1, Thing(2)]}))
show('set', lambda: json.dumps({1, 2}))
show('bytes', lambda: json.dumps(b'abc'))
show('default', lambda: json.dumps([Thing(1), Thing(2)], default=lambda o: {'n': o.n}))
show('default indent', lambda: json.dumps([Thing(1)], default=lambda o: {'n': o.n}, indent=2))
show('default chain', lambda: json.dumps(Thing(Thing(3)), default=lambda o: o.n))
show('default set', lambda: json.dumps({'s': {3, 1, 2}}, default=sorted))
show('default raises', lambda: json.dumps(Thing(1), default=lambda o: 1 / 0))

circ = [1]
circ.append(circ)
show('circular list', lambda: json.dumps(circ))
show('circular list indent', lambda: json.dumps(circ, indent=1))
cd = {}
cd['self'] = cd
show('circular dict', lambda: json.dumps(cd))
show('circular no check', lambda: json.dumps(circ, check_circular=False))


class Loop:
    pass


show('circular default', lambda: json.dumps(Loop(), default=lambda o: [o]))
shared = [1, 2]
show('shared not circular', lambda: json.dumps([shared, shared, {'a': shared}]))


# ---------------------------------------------------------------- encoders
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Thing):
            return {'__thing__': o.n}
        return json.JSONEncoder.default(self, o)


show('cls', lambda: json.dumps({'s': {2, 1}, 't': Thing(4)}, cls=SetEncoder))
show('cls sorted', lambda: json.dumps({'b': frozenset([5]), 'a': 1}, cls=SetEncoder, sort_keys=True))
show('cls fails', lambda: json.dumps(object(), cls=SetEncoder))
enc = json.JSONEncoder(indent=2, sort_keys=True)
show('encoder attrs', lambda: (enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys))
show('encoder default attrs', lambda: (json.JSONEncoder().item_separator, json.JSONEncoder().key_separator))
show('encode', lambda: enc.encode({'b': 1, 'a': [1, 2]}))
show('encode str', lambda: json.JSONEncoder().encode('h\u00e9'))
show('encode str keep', lambda: json.JSONEncoder(ensure_ascii=False).encode('h\u00e9'))
show('iterencode', lambda: list(json.JSONEncoder().iterencode({'a': [1, 2.5, None], 'b': 'x'})))
show('iterencode indent', lambda: list(enc.iterencode([1, {'k': True}])))
show('iterencode join', lambda: ''.join(json.JSONEncoder(indent='  ').iterencode(nested)) == json.dumps(nested, indent='  '))
show('iterencode scalar', lambda: list(json.JSONEncoder().iterencode(3)))
show('basestring', lambda: (json.encoder.encode_basestring('a"\u00e9'), json.encoder.encode_basestring_ascii('a"\u00e9')))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


show('encode override', lambda: json.dumps({'a': 'b'}, cls=Upper))

# ---------------------------------------------------------------- dump/load
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({'a': [1, 2], 'b': None}, sink)
print('dump', ''.join(sink.parts))
sink = Sink()
json.dump({'a': [1, 2]}, sink, indent=1)
print('dump indent', ''.join(sink.parts))
show('load', lambda: json.load(Source('{"x": [1, 2, {"y": null}]}')))
show('load hook', lambda: json.load(Source('{"x": 1}'), object_hook=lambda d: sorted(d)))

# ---------------------------------------------------------------- decoding values
docs = ['0', '-0', '12', '-12', '1.0', '-0.5', '1e3', '1E3', '1e+3', '2.5e-3', '1.5E+300',
        '1e400', '-1e400', '123456789012345678901234567890',
        '-99999999999999999999', '0.1', '3.141592653589793', '1e-400',
        'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity',
        '"s"', '""', '[]', '{}', '[1, [2, [3]]]', ' \t\n\r [1 , 2 ] \n',
        '{"a" : 1 , "b":[true,false,null]}', '{"a": 1, "a": 2}',
        '{"b": 1, "a": 2, "b": 3}', '[1.0, 2.50, 1e2, 0.000001]',
        '"\\u00e9"', '["a\\nb"]', '{"": ""}', '[[[[[]]]]]', '9007199254740993',
        '1.7976931348623157e308', '5e-324', '-0.0']
for d in docs:
    show('loads ' + repr(d), lambda: json.loads(d))

big = 2 ** 200 + 1
show('big int round trip', lambda: json.loads(json.dumps(big)) == big)
show('big neg round trip', lambda: json.loads(json.dumps([-big]))[0] == -big)
show('float round trip', lambda: [json.loads(json.dumps(x)) == x for x in [0.1, 1 / 3, 1e22, 5e-324, 2 ** 0.5]])
show('nan in', lambda: [repr(x) for x in json.loads('[NaN, Infinity, -Infinity]')])
show('big round trip structure', lambda: json.loads(json.dumps(nested)) == json.loads(json.dumps(nested, indent=2)))

# ---------------------------------------------------------------- hooks
show('object_hook', lambda: json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: ('obj', sorted(d.items()))))
show('object_pairs_hook', lambda: json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=lambda p: p))
show('both hooks', lambda: json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
show('parse_float', lambda: json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s))
show('parse_int', lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s))
show('parse_int float', lambda: json.loads('[1, 2]', parse_int=float))
show('parse_constant', lambda: json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: s.lower()))
show('parse_constant raises', lambda: json.loads('[NaN]', parse_constant=lambda s: 1 / 0))
show('hook raises', lambda: json.loads('{"a": 1}', object_hook=lambda d: d['missing']))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def as_point(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d


show('hook objects', lambda: json.loads('[{"x": 1, "y": 2}, {"x": 3}]', object_hook=as_point))


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=as_point, **kw)


show('cls decoder', lambda: json.loads('{"p": {"x": 0, "y": -1}}', cls=PointDecoder))
show('cls decoder kw', lambda: json.loads('{"p": 1.5}', cls=PointDecoder, parse_float=lambda s: s))
dec = json.JSONDecoder()
show('raw_decode', lambda: dec.raw_decode('{"a": 1} trailing'))
show('raw_decode idx', lambda: dec.raw_decode('xx[1, 2]yy', 2))
show('raw_decode space', lambda: dec.raw_decode(' 1'))
show('raw_decode unicode', lambda: dec.raw_decode('["\u00e9\u4e2d"] rest'))
show('raw_decode unicode idx', lambda: dec.raw_decode('\u00e9\u00e9 "x\u00e9"', 3))
show('raw_decode past end', lambda: dec.raw_decode('[1]', 10))
show('raw_decode negative', lambda: dec.raw_decode('[1]', -1))
show('decode', lambda: dec.decode('  {"k": [1]}  '))
show('scanstring', lambda: json.decoder.scanstring('"abc\\n" tail', 1))
show('scanstring unicode', lambda: json.decoder.scanstring('\u00e9"\u00e9b"', 2))

# ---------------------------------------------------------------- bytes
def utf16(text, big):
    units = []
    for ch in text:
        cp = ord(ch)
        if cp >= 0x10000:
            cp -= 0x10000
            units += [0xd800 | (cp >> 10), 0xdc00 | (cp & 0x3ff)]
        else:
            units.append(cp)
    out = []
    for u in units:
        pair = [u >> 8, u & 0xff]
        out += pair if big else pair[::-1]
    return bytes(out)


def utf32(text, big):
    out = []
    for ch in text:
        cp = ord(ch)
        quad = [cp >> 24, (cp >> 16) & 0xff, (cp >> 8) & 0xff, cp & 0xff]
        out += quad if big else quad[::-1]
    return bytes(out)


show('bytes utf8', lambda: json.loads('{"k": "\u00e9\u4e2d"}'.encode('utf-8')))
show('bytes utf8 bom', lambda: json.loads(b'\xef\xbb\xbf[1]'))
show('bytes utf16le', lambda: json.loads(utf16('["\u00e9", 1]', False)))
show('bytes utf16be', lambda: json.loads(utf16('["\u00e9", 1]', True)))
show('bytes utf16 be bom', lambda: json.loads(b'\xfe\xff' + utf16('["\U0001F600"]', True)))
show('bytes utf16 bom', lambda: json.loads(b'\xff\xfe[\x001\x00]\x00'))
show('bytes utf32le', lambda: json.loads(utf32('{"a": "\U0001F600"}', False)))
show('bytes utf32be', lambda: json.loads(utf32('[2]', True)))
show('bytes utf32 bom', lambda: json.loads(b'\xff\xfe\x00\x00' + utf32('[3]', False)))
show('bytes short', lambda: json.loads(b'7'))
show('bytes two', lambda: json.loads(b'\x001'))
show('detect', lambda: [json.detect_encoding(b) for b in [b'{}', b'\x00{\x00}', b'{\x00}\x00', b'\x00\x00\x00{', b'{\x00\x00\x00', b'\xef\xbb\xbf{}']])
show('not text', lambda: json.loads(5))
show('not text list', lambda: json.loads(['1']))
show('str bom', lambda: json.loads('\ufeff[1]'))

# ---------------------------------------------------------------- decode errors
bad = ['', ' ', 'x', '[', ']', '{', '}', '[1,', '[1,]', '[1 2]', '{"a"', '{"a":', '{"a": 1',
       '{"a": 1,}', '{"a" 1}', '{a: 1}', "{'a': 1}", '{"a": 1 "b": 2}', '[1] [2]', '1 2',
       '"abc', '"ab\\', '"\\x"', '"\\u12"', '"\\u12x4"', '"\\uZZZZ"', '"a\x01b"', '"tab\there"',
       '-', '-x', '01', '1.', '.5', '1e', '1e+', '+1', 'tru', 'nul', 'nan', 'inf', 'True',
       '[1,\n2,\n  x]', '{\n  "a": 1,\n  "b": tru\n}', '\n\n   @', '[\n"abc\n', '"\u00e9\u00e9\\q"',
       '["\u00e9", 1 2]', '{"\u4e2d": }', '[1]]', '{"a":1}}', '"\\ud834\\u12"',
       '"\\ud834\\uZZZZ"', '"x\\u00']
for d in bad:
    show('bad ' + repr(d), lambda: json.loads(d))
show('strict off', lambda: json.loads('"a\x01b\tc\nd"', strict=False))
show('strict off key', lambda: json.loads('{"k\n": 1}', strict=False))
show('strict on key', lambda: json.loads('{"k\n": 1}'))
show('lone high', lambda: len(json.loads('"\\ud834x"')))
try:
    json.loads('[1, 2, oops]')
except ValueError as e:
    print('is ValueError', isinstance(e, json.JSONDecodeError), e.doc, e.args)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__mro__[1].__name__)
e = json.JSONDecodeError('custom', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, e.pos, e.msg)

# ---------------------------------------------------------------- depth
deep = '[' * 100000 + ']' * 100000
show('deep loads', lambda: json.loads(deep))
deep_obj = '{"a":' * 50000 + '1' + '}' * 50000
show('deep loads obj', lambda: json.loads(deep_obj))
deep_list = []
for _ in range(100000):
    deep_list = [deep_list]
show('deep dumps', lambda: json.dumps(deep_list))
show('deep dumps indent', lambda: json.dumps(deep_list, indent=1))
ok_depth = '[' * 200 + ']' * 200
show('ok depth', lambda: json.dumps(json.loads(ok_depth)) == ok_depth.replace('][', '], ['))

# ---------------------------------------------------------------- a larger document
records = []
for i in range(300):
    records.append({'id': i, 'name': 'item %d \u00e9' % i, 'price': i * 1.25,
                    'tags': ['t%d' % (i % 7), 't%d' % (i % 3)], 'ok': i % 2 == 0,
                    'ratio': i / 7, 'none': None})
s = json.dumps(records)
print(len(s), s[:120])
print(json.loads(s) == records)
s2 = json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False)
print(len(s2), s2[-80:])
print(json.loads(s2) == records)

# ---------------------------------------------------------------- odds and ends
show('same text keys', lambda: json.dumps({1: 'a', '1': 'b', True: 'c', 'true': 'd'}))
show('unknown kw', lambda: json.dumps(1, frobnicate=True))
show('unknown kw loads', lambda: json.loads('1', frobnicate=True))
show('bad utf8', lambda: json.loads(b'["\xff"]'))
show('line separator', lambda: (json.dumps('\u2028\u2029'), json.dumps('\u2028', ensure_ascii=False)))
show('hook None', lambda: json.loads('[{"a": 1}, {}]', object_hook=lambda d: None))
show('pairs hook dict', lambda: json.loads('{"b": [1, {"c": 2}], "a": 3}', object_pairs_hook=dict))
show('huge int out', lambda: len(json.dumps(10 ** 5000)))
show('huge int in', lambda: json.loads('1' * 5000))
show('long float in', lambda: json.loads('0.' + '3' * 400))
show('exp float in', lambda: json.loads('[1E-2, 1e00, 0e0, -0E+0]'))
show('float subclass nan', lambda: json.dumps(MyFloat('nan'), allow_nan=False))
show('whitespace only', lambda: json.loads('\n\t '))
show('nbsp not ws', lambda: json.loads('\u00a01'))
show('dumps returns str', lambda: type(json.dumps([])).__name__)
show('separators list', lambda: json.dumps({'a': [1]}, separators=[';', '=']))
show('indent zero list', lambda: json.dumps([[]], indent=0))
show('nested empty indent', lambda: json.dumps({'a': [{}], 'b': [[], [1]]}, indent=2))
show('all', lambda: sorted(json.__all__))
