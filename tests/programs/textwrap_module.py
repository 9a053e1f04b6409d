# The textwrap module: wrapping, filling, shortening, dedenting and indenting text.
import textwrap

prose = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
         "liquor jugs! How vexingly quick daft zebras jump? Sphinx of black quartz, "
         "judge my vow. A well-known, self-evident, up-to-date statement -- or so "
         "they say -- is hardly worth repeating.")

for width in [10, 20, 35, 50, 70, 200]:
    print(f"--- width {width}")
    print(textwrap.fill(prose, width))

print(textwrap.wrap(prose, 25))
print(textwrap.wrap("", 10), textwrap.wrap("   \n\t  ", 10), textwrap.fill("", 5) == "")

# Hyphenated words and em-dashes.
hy = "state-of-the-art merry-go-round self-esteem e-mail x-ray T-shirt 1-2-3 re-elect--yes"
for width in [6, 9, 12, 15, 22]:
    print(width, textwrap.wrap(hy, width))
    print(width, textwrap.wrap(hy, width, break_on_hyphens=False))

# Long words.
long_text = "Supercalifragilisticexpialidocious is a word; so is antidisestablishmentarianism."
for width in [5, 12, 20]:
    print(width, textwrap.wrap(long_text, width))
    print(width, textwrap.wrap(long_text, width, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 10))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 10, break_on_hyphens=False))
print(textwrap.wrap("----------------", 5), textwrap.wrap("ab---------cd", 5))

# Indentation.
print(textwrap.fill(prose, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(prose[:120], 30, initial_indent="    ", subsequent_indent=""))
print(textwrap.wrap("one two three four", 9, initial_indent="> ", subsequent_indent=">> "))

# Whitespace handling.
messy = "Line one.\nLine\ttwo   has\ttabs.\n\n  Indented line  \r\n end "
print(textwrap.wrap(messy, 20))
print(textwrap.wrap(messy, 20, expand_tabs=False))
print(textwrap.wrap(messy, 20, tabsize=2))
print(textwrap.wrap(messy, 20, replace_whitespace=False))
print(textwrap.wrap(messy, 20, drop_whitespace=False))
print(textwrap.wrap("   leading and trailing   ", 12))
print(textwrap.wrap("   leading and trailing   ", 12, drop_whitespace=False))
print(textwrap.wrap("tab\there", 30, expand_tabs=False, replace_whitespace=False))

# Sentence endings.
s = 'Mr. Smith went home. He said "bye." Then left! Really? ok. e.g. 3.14 is pi.'
print(textwrap.wrap(s, 40, fix_sentence_endings=True))
print(textwrap.wrap(s, 40))

# max_lines and placeholder.
for lines in [1, 2, 3, 4, 10]:
    print(lines, textwrap.wrap(prose, 30, max_lines=lines))
print(textwrap.wrap(prose, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap(prose, 30, max_lines=3, placeholder=" (more)", subsequent_indent="  "))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("aaaaaaaaaaaaaaaa bb", 8, max_lines=1, placeholder="~"))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.fill("one two three four five six", 12, max_lines=2))

# shorten.
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(prose, 60))
print(textwrap.shorten(prose, 40, placeholder=" >>"))
print(repr(textwrap.shorten("   ", 10)))

# The TextWrapper object and its attributes.
w = textwrap.TextWrapper(width=24, initial_indent="- ", subsequent_indent="  ")
print(w.width, w.expand_tabs, w.replace_whitespace, w.break_long_words, w.drop_whitespace,
      w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder), w.fix_sentence_endings)
for item in ["Buy milk, eggs and a loaf of sourdough bread.", "Call the plumber-about the leak."]:
    print(w.fill(item))
w.width = 40
w.initial_indent = ""
print(w.wrap(prose[:90]))

class Shouty(textwrap.TextWrapper):
    def wrap(self, text):
        return [line.upper() for line in super().wrap(text)]
print(Shouty(15).fill("subclasses can change the result"))

# dedent and indent.
code = """\
    def f(x):
        return x * 2

    print(f(3))
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n    b\n   \n  c")))
print(repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent(" \t a\n \t b\n \t\t c")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("   \n\n   x\n      y\n")))
print(repr(textwrap.dedent("")))
print(textwrap.indent("alpha\nbeta\n\ngamma\n", "> "))
print(repr(textwrap.indent("a\n  \nb\r\nc", "+ ")))
print(repr(textwrap.indent("a\n  \nb", "# ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree", "  ", lambda line: "t" in line)))

# Errors.
for call in [lambda: textwrap.wrap("text", 0), lambda: textwrap.wrap("text", -3),
             lambda: textwrap.fill("abc", 3, max_lines=1, placeholder=" [...]"),
             lambda: textwrap.wrap("some words", 4, max_lines=2, subsequent_indent="  ",
                                   placeholder="..."),
             lambda: textwrap.shorten("abc", 2),
             lambda: textwrap.TextWrapper(width=10, bogus=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
