# A recursive JSON-like pretty printer and a small parser, class-based.
class PrettyPrinter:
    def __init__(self, indent=2, sort_keys=False):
        self.indent = indent
        self.sort_keys = sort_keys

    def format(self, value, level=0):
        pad = " " * (self.indent * level)
        inner = " " * (self.indent * (level + 1))
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if value != value:
                return "NaN"
            if value in (float("inf"), float("-inf")):
                return "Infinity" if value > 0 else "-Infinity"
            return repr(value)
        if isinstance(value, str):
            return self.quote(value)
        if isinstance(value, (list, tuple)):
            if not value:
                return "[]"
            items = [inner + self.format(v, level + 1) for v in value]
            return "[\n" + ",\n".join(items) + "\n" + pad + "]"
        if isinstance(value, dict):
            if not value:
                return "{}"
            keys = sorted(value) if self.sort_keys else list(value)
            items = []
            for k in keys:
                if not isinstance(k, str):
                    raise TypeError(f"keys must be str, not {type(k).__name__}")
                items.append(f"{inner}{self.quote(k)}: {self.format(value[k], level + 1)}")
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        raise TypeError(f"Object of type {type(value).__name__} is not serializable")

    @staticmethod
    def quote(s):
        out = ['"']
        escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
        for ch in s:
            if ch in escapes:
                out.append(escapes[ch])
            elif ord(ch) < 0x20:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)


class ParseError(Exception):
    def __init__(self, pos, msg):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise ParseError(self.pos, "trailing data")
        return value

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t\r":
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(self.pos, f"expected {ch!r}")
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def arr(self):
        self.expect("[")
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                raise ParseError(self.pos, "unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                else:
                    out.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}.get(esc, esc))
            else:
                out.append(ch)

    def number(self):
        self.skip()
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            raise ParseError(start, "unexpected character")
        if any(c in token for c in ".eE"):
            return float(token)
        return int(token)


doc = {
    "name": "gilt",
    "version": [0, 3, 1],
    "stable": False,
    "ratio": 0.75,
    "big": 10 ** 20,
    "tiny": 1e-9,
    "nothing": None,
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3]]], {"k": "v"}]},
    "text": 'quote " backslash \\ newline \n tab \t bell \x07 ünï',
    "specials": [float("inf"), float("-inf")],
}
pp = PrettyPrinter()
out = pp.format(doc)
print(out)
print(PrettyPrinter(indent=4, sort_keys=True).format({"b": [True, None], "a": (1.5, "x")}))
print(pp.format([]), pp.format({}), pp.format("plain"), pp.format(-0.0), pp.format(True))
for bad in [{1: "int key"}, {"set": {1, 2}}, [object]]:
    try:
        pp.format(bad)
    except TypeError as e:
        print("TypeError:", e)

round_trip = Parser(pp.format({k: v for k, v in doc.items() if k != "specials"})).parse()
print(round_trip == {k: v for k, v in doc.items() if k != "specials"})
print(Parser(' { "a" : [1, 2.5, -3e2, "s\\"q"], "b": {"c": null, "d": true} } ').parse())
for text in ['[1, 2', '{"a" 1}', '"open', '[1] x', '@']:
    try:
        Parser(text).parse()
    except ParseError as e:
        print(f"ParseError({text!r}): {e} (pos {e.pos})")
    except IndexError as e:
        print("IndexError:", e)
