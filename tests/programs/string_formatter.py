# string.Formatter: parse, format, vformat, conversions, nested specs, field names, errors.
import string
f = string.Formatter()
cases = ["a{{b}}c", "x{0}y{name!r:>{w}}z", "{", "}", "a}b", "{0", "{0!}", "{0!r", "{0!rr}",
         "{0:{1}", "{!r}", "{:}", "{0!x}", "{a.b[c]}", "{0[}", "{}}", "{{}}", "{0:}}", "{0:{{}}}",
         "{ 0 }", "{0!r:}", "{0:x!r}", "", "abc", "{a[0]x}", "{a..b}", "{a[]}", "{0.}",
         "{a[1]}{b.c}", "{0!s:{1!r}}", "{a[", "{0[}]}", "{a{b}", "{0!", "tail{0}end{{"]
for s in cases:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), "!!", type(e).__name__, e)


class P:
    x = 5
    items = [10, 20, 30]


for fmt, args, kwargs in [
    ("{} and {}", (1, 2), {}), ("{1} {0} {1}", ("a", "b"), {}), ("{name:>8}|", (), {"name": "bob"}),
    ("{0.x} {0.items[2]} {d[key]} {d[7]}", (P(),), {"d": {"key": "v", 7: "seven"}}),
    ("{:{}}|{:>{w}.{p}f}", ("ab", 5, 3.14159), {"w": 9, "p": 2}), ("{!r} {!s} {!a}", ("é", "é", "é"), {}),
    ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{0!z}", (1,), {}), ("{x}", (), {}),
    ("{2}", (1,), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}), ("{0.missing}", (P(),), {}),
    ("{0[5]}", ([1],), {}), ("{a.}", (), {"a": 1}), ("{:,}|{:08.3f}|{:^9}|{:#x}", (1234567, -3.5, "mid", 255), {}),
    ("{0[-1]}", ({"-1": "neg"},), {}), ("{{{0}}}", (7,), {}),
]:
    try:
        print(repr(fmt), "->", repr(f.format(fmt, *args, **kwargs)))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, e)
print(f.vformat("{a}-{0}", (1,), {"a": 2}))
print(f.get_field("0.x", [P()], {})[1], f.get_value("k", (), {"k": 9}), f.convert_field(3, "r"))
print(f.format_field(3.5, "08.2f"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError("unused: %r" % (unused,))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)


s = Strict()
print(s.format("{0} {who}", 1, who="me"), s.format("{ghost}"))
try:
    s.format("{0}", 1, 2, extra=3)
except ValueError as e:
    print("ValueError", e)
