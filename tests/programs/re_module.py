# The re module: functions, Pattern and Match objects, flags, errors.
import re


def show(label, value):
    print(label, "->", repr(value))


def err(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "raises", type(e).__name__ + ":", e)
    else:
        print(label, "gives", repr(r))


# --- search / match / fullmatch
show("search digits", re.search(r"\d+", "order 66 and 7"))
show("search none", re.search(r"\d+", "no digits here"))
show("match at start", re.match(r"[a-z]+", "hello world"))
show("match not at start", re.match(r"world", "hello world"))
show("fullmatch ok", re.fullmatch(r"[a-z ]+", "hello world"))
show("fullmatch partial", re.fullmatch(r"hello", "hello world"))
show("fullmatch alternation", re.fullmatch(r"a|ab|abc", "abc"))
show("leftmost-first", re.search(r"ab|abcd", "xabcd").group())
show("greedy", re.search(r"<.*>", "<a><b>").group())
show("lazy", re.search(r"<.*?>", "<a><b>").group())
show("lazy plus", re.findall(r"a+?", "aaa"))
show("optional lazy", re.match(r"ab??", "ab").group())
show("bounded", re.findall(r"x{2,3}", "xxxxxxxx"))
show("bounded lazy", re.findall(r"x{2,3}?", "xxxxxxx"))
show("upto n", re.findall(r"y{,2}z", "yyyz yz z"))
show("exact n", re.findall(r"\d{3}", "12345678"))
show("literal brace", re.findall(r"a{b|c{}|d{1,x}", "a{b c{} d{1,x}"))
show("possessive", re.search(r"a*+a", "aaaa"))
show("atomic", re.search(r"(?>a+)b", "aaab"))

# --- groups
m = re.match(r"(\w+)\s(\w+)(?:\s(\w+))?", "Ada Lovelace")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3), m.groups(), m.groups("-"))
print(m.start(1), m.end(1), m.span(2), m.start(3), m.end(3), m.span(3))
print(m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(m[0], m[2], len(m.regs), m.regs)
print(bool(m), m.re.groups)

m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "on 2024-05 ok")
print(m.groupdict(), m.groupdict("??"))
print(m.group("year"), m["month"], m.span("year"), m.start("month"), m.lastgroup, m.lastindex)
print(m.re.groupindex["day"], sorted(m.re.groupindex.items()))
print(m.expand(r"\g<month>/\g<year> (\1) [\g<0>]"))

m = re.match(r"((a)(b))(c)?", "ab")
print(m.lastindex, m.groups(), m.span(1))
m = re.match(r"(a)(b)?", "a")
print(m.lastindex)
m = re.match(r"(x)|(y)", "y")
print(m.lastindex, m.groups())
m = re.match(r"(?:(a)|b)*", "ab")
print(m.groups(), m.span(1))
m = re.match(r"(a*)+", "b")
print(m.groups(), m.span())
err("no such group", lambda: re.match("(a)", "a").group(2))
err("no such group name", lambda: re.match("(a)", "a").group("nope"))

# --- backreferences and lookaround
show("backref", re.search(r"(\w)\1", "abcddef").group())
show("named backref", re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" 'x'").group())
show("backref 2 digit", re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"))
show("repeated word", re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
show("lookahead", re.findall(r"\w+(?=!)", "wow! nice ok!"))
show("neg lookahead", re.findall(r"\b(?!un)\w+", "undo redo unzip zip"))
show("lookbehind", re.findall(r"(?<=\$)\d+", "cost $30 or $45, 12"))
show("neg lookbehind", re.findall(r"(?<!\$)\b\d+", "cost $30 or 45"))
show("conditional", [re.match(r"(<)?\w+(?(1)>)$", s) is not None for s in ["<a>", "a", "<a", "a>"]])
show("conditional named", re.findall(r"(?P<p>\()?\d+(?(p)\))", "(1) 2 (3"))
show("casei backref", re.match(r"(?i)(ab)\1", "abAB"))

# --- flags
show("flag values", (int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L)))
show("flag repr", (re.I, re.I | re.M, re.DOTALL | re.ASCII, re.NOFLAG))
print(str(re.M), int(re.IGNORECASE | re.VERBOSE), re.I | 0 == 2)
show("ignorecase", re.findall(r"straße", "STRAßE Straße", re.I))
show("ignorecase class", re.findall(r"[a-c]+", "xAbCx", re.IGNORECASE))
show("inline i", re.findall(r"(?i)hello", "Hello HELLO"))
show("scoped i", re.findall(r"(?i:h)ello", "Hello HELLO hello"))
show("scoped -i", re.findall(r"(?i)a(?-i:b)c", "ABC AbC abc"))
show("multiline", re.findall(r"^\w+$", "one\ntwo\nthree", re.M))
show("no multiline", re.findall(r"^\w+$", "one\ntwo"))
show("dollar final newline", re.search(r"end$", "the end\n"))
show("dollar 2 newlines", re.search(r"end$", "the end\n\n"))
show("Z final newline", re.search(r"end\Z", "the end\n"))
show("dollar findall", re.findall(r"$", "a\n"))
show("dollar findall M", re.findall(r"(?m)$", "a\nb\n"))
show("caret M", re.findall(r"(?m)^", "a\nb\n"))
show("dotall", re.search(r"a.b", "a\nb", re.S))
show("no dotall", re.search(r"a.b", "a\nb"))
show("inline s", re.search(r"(?s)a.b", "a\nb").span())
verbose = re.compile(r"""
    (?P<key>[a-z]+)   # the key
    \s* = \s*         # equals, with optional space
    (?P<val>\d+)      # the value
    \ \#              # an escaped space and hash
""", re.VERBOSE)
show("verbose", verbose.match("width = 640 #").groupdict())
show("verbose inline", re.match(r"(?x) a b # c", "ab"))
show("verbose class", re.findall(r"(?x)[ ]+", "a  b"))
show("ascii word", re.findall(r"\w+", "naïve café", re.A))
show("unicode word", re.findall(r"\w+", "naïve café"))
show("ascii digit", re.findall(r"\d", "1٣2", re.ASCII))
show("unicode digit", re.findall(r"\d", "1٣2"))
show("unicode space", re.findall(r"\s", "a\u00a0b\u2003c\x1cd"))
show("ascii space", re.findall(r"\s", "a\u00a0b c", re.A))
show("boundary", re.findall(r"\bé\w*", "été éte"))
show("ascii boundary", re.findall(r"\b\w+\b", "été x", re.A))
show("not word", re.findall(r"\W+", "a, b; c"))
show("not digit not space", re.findall(r"[\D\S]+", "ab 12"))
show("class cats", re.findall(r"[\d\s]+", "ab 12 3x"))
show("negated class", re.findall(r"[^aeiou\s]+", "hello world"))
show("class specials", re.findall(r"[]\-^[]+", "a]-^[b"))
show("class range escapes", re.findall(r"[\x41-\x43\u00e9]+", "ABCDé"))
show("pattern flags", (re.compile("a").flags, re.compile("(?i)a").flags, re.compile("a", re.A | re.M).flags))
show("bytes flags", re.compile(b"a").flags)

# --- findall with 0, 1, 2 groups
text = "alice=1, bob=22, carol=333"
show("findall 0", re.findall(r"\w+=\d+", text))
show("findall 1", re.findall(r"(\w+)=\d+", text))
show("findall 2", re.findall(r"(\w+)=(\d+)", text))
show("findall optional group", re.findall(r"(a)|(b)", "ab"))
show("findall empty", re.findall(r"x*", "axb"))

# --- finditer on non-ASCII text
for m in re.finditer(r"\w+", "Grüße, 世界! ok"):
    print(m.span(), m.group(), m.start(), m.end())
print([m.span() for m in re.finditer(r"", "añb")])
print([m.group() for m in re.finditer(r"\w", "日本語", )])
it = re.compile(r"\d").finditer("a1b2c3", 2, 5)
print([(m.group(), m.pos, m.endpos) for m in it])

# --- pos and endpos
p = re.compile(r"\w+")
print(p.search("hello world", 6), p.match("hello world", 6), p.match("hello world", 5))
print(p.search("hello world", 0, 3), p.fullmatch("hello world", 6, 11), p.findall("ab cd ef", 2, 6))
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("b\na", 1))
print(re.compile("a$").search("ab", 0, 1), p.search("abc", 5), p.search("abc", -3))
print(re.compile(r"(?<=a)b").search("ab", 1))
print(p.match("日本 語", 3), p.search("日本 語", 1, 2))

# --- sub / subn
show("sub simple", re.sub(r"\s+", " ", "a   b \t c"))
show("sub groups", re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
show("sub named", re.sub(r"(?P<w>\w+)@", r"<\g<w>>", "a@ b@"))
show("sub g0", re.sub(r"\d+", r"[\g<0>]", "a1b22"))
show("sub escapes", re.sub(r",", r"\n\t\\", "a,b"))
show("sub unknown escape kept", re.sub(r",", r"\-", "a,b"))
show("sub count", re.sub(r"a", "b", "aaaa", count=2))
show("sub count pos", re.sub(r"a", "b", "aaaa", 3))
show("subn", re.subn(r"o", "0", "foo boo"))
show("subn none", re.subn(r"z", "0", "foo"))
show("sub function", re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
show("sub function groups", re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "make title case"))
show("sub empty matches", re.sub(r"x*", "-", "abxd"))
show("sub empty pattern", re.sub(r"", "|", "abc"))
show("sub unmatched group", re.sub(r"(a)|b", r"[\1]", "ab"))
show("sub non-ascii", re.sub(r"ö", "oe", "Köln, Göteborg"))
show("sub lookbehind", re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
show("sub octal", re.sub("a", r"\101\0", "xa"))
show("subn function count", re.subn(r"\w", lambda m: m.group().upper(), "abcd", 3))
show("pattern sub", re.compile(r"-").sub("+", "1-2-3"))
show("expand", re.match(r"(\w+) (\w+)", "ab cd").expand(r"\2-\1"))

# --- split
show("split simple", re.split(r"\W+", "Words, words, words."))
show("split groups", re.split(r"(\W+)", "Words, words, words."))
show("split maxsplit", re.split(r"\W+", "Words, words, words.", 1))
show("split maxsplit kw", re.split(r"[,;]", "a,b;c,d", maxsplit=2))
show("split two groups", re.split(r"(-)|(\+)", "1-2+3"))
show("split empty", re.split(r"x*", "axbc"))
show("split at start", re.split(r"a", "abca"))
show("split no match", re.split(r"z", "abc"))
show("split lookahead", re.split(r"(?=[A-Z])", "helloWorldFooBar"))
show("split non-ascii", re.split(r"\s*·\s*", "α · β·γ"))
show("split negative", re.split(r"a", "bab", -1))

# --- escape, purge, compile caching
show("escape", re.escape("a.b*c? (x) [y] {z} $^ | \\ - # ~ & é"))
show("escape bytes", re.escape(b"1+1=2"))
show("escape roundtrip", re.match(re.escape("1+1=2?"), "1+1=2?") is not None)
print(re.compile("abc") is re.compile("abc"), re.compile("abc") == re.compile("abc"))
re.purge()
print(re.compile("abc", re.I) == re.compile("abc"), re.compile(re.compile("x")).pattern)
err("flags with compiled", lambda: re.compile(re.compile("x"), re.I))

# --- repr
print(repr(re.compile("a+")), repr(re.compile(r"\d", re.I | re.M)), repr(re.compile("x", re.A)))
print(repr(re.compile(b"a+")), repr(re.compile("é", re.S | re.X)))
print(repr(re.match("ab", "abc")), repr(re.search("é", "café")), repr(re.match("", "x")))
print(repr(re.search(r"x+", "a" + "x" * 80)))
print(type(re.compile("a")).__name__, type(re.match("a", "a")).__name__)
print(re.compile("a").pattern, re.compile("a").groups, re.compile("(a)(?P<n>b)").groupindex["n"])

# --- bytes patterns
show("bytes search", re.search(rb"\d+", b"abc 123"))
show("bytes findall", re.findall(rb"[a-z]+", b"ab 12 cd\xff"))
show("bytes sub", re.sub(rb"(\w+)", rb"<\1>", b"hi there"))
show("bytes split", re.split(rb",", b"a,b,,c"))
show("bytes groups", re.match(rb"(?P<a>.)(.)", b"\xe9z").groups())
show("bytes high", re.findall(rb"[\x80-\xff]", b"a\xe9b\xff"))
err("str pattern on bytes", lambda: re.search("a", b"a"))
err("bytes pattern on str", lambda: re.search(b"a", "a"))
err("not a string", lambda: re.search("a", 5))

# --- errors
bad = [
    "a(b", "a)b", "[abc", "a**", "*a", "a{3,2}", r"\1", r"(a)\2", "(?P<1x>a)",
    "(?P<a>x)(?P<a>y)", "(?P=nope)", "(?<=a+)b", "(?z)", r"\q", "a\\", "(?i", "(?",
    "a(?i)b", "[b-a]", r"[\d-z]", "(?P", "(?P<", "(?P<n", r"\x4", r"\u12", "(?#abc",
    r"(?(2)a|b)", "(?(1)a|b|c)", "(a)(?(x)b)", r"[\A]", "x{1,2}{3}", "^*", "(?<x)",
    "(?-i)", "(?i-:a)", "(?a-a:x)", "a\n(b", r"\400", "(?P<n>a(?P=n))",
]
for pat in bad:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pat), type(e).__name__, "|", e)
    else:
        print(repr(pat), "compiled")
err("template bad group", lambda: re.sub("(a)", r"\2", "a"))
err("template bad name", lambda: re.sub("(a)", r"\g<x>", "a"))
err("template bad escape", lambda: re.sub("a", r"\d", "a"))
err("template missing <", lambda: re.sub("a", r"\g", "a"))
err("template unterminated", lambda: re.sub("a", r"\g<1", "a"))
err("template trailing backslash", lambda: re.sub("a", "x\\", "a"))
err("locale on str", lambda: re.compile("a", re.L))
err("repeat too big", lambda: re.compile("a{4294967295}"))
err("error is ValueError-free", lambda: issubclass(re.error, Exception))
try:
    re.compile("ab)")
except re.error as e:
    print(e.pattern, e.pos, e.args)

# --- odd corners
show("empty pattern", re.findall("", "ab"))
show("alternation empty", re.findall(r"a|", "ab"))
show("nested quantified group", re.match(r"((ab)+)c", "ababc").groups())
show("last iteration", re.match(r"(?:(\w)\s?)+", "a b c").group(1))
show("dot newline", re.findall(r".", "a\nb"))
show("octal escapes", re.findall(r"\101\0", "A\x00"))
show("escaped specials", re.findall(r"\.\*\+\?\(\)\[\]\{\}\|\^\$", ".*+?()[]{}|^$"))
show("null char", re.search("\x00", "a\x00b").span())
show("A and Z", (re.search(r"\Aab", "ab"), re.search(r"\Aab", "cab"), re.search(r"b\Z", "ab\n")))
show("word boundary none", re.search(r"\B", "ab").span())
show("comment group", re.match(r"a(?#comment)b", "ab"))
show("global flags", re.compile(r"(?ims)a").flags)
show("unicode escape", re.findall(r"\u00e9|\U0001F600", "é😀"))
show("emoji span", [m.span() for m in re.finditer(r"😀+", "a😀😀b😀")])
show("long text", len(re.findall(r"\d+", " ".join(str(i) for i in range(1000)))))
