"""Wrapping and filling of plain text (Gilt's textwrap).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides TextWrapper (width, initial_indent, subsequent_indent, expand_tabs, tabsize,
replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace,
break_on_hyphens, max_lines, placeholder), wrap, fill, shorten, dedent and indent.

Gilt has no ``re`` module, so the text is cut into chunks (runs of whitespace, words,
the pieces of hyphenated words, em-dashes written as ``--``) by a hand-written scanner
that follows the rules of CPython's word-splitting expression; the lines produced are the
same as CPython's.

Differences from CPython: TextWrapper has no ``wordsep_re``/``wordsep_simple_re``/
``sentence_end_re`` attributes (overriding them in a subclass has no effect); the
overridable methods ``_split``, ``_split_chunks``, ``_munge_whitespace``,
``_fix_sentence_endings``, ``_handle_long_word`` and ``_wrap_chunks`` do exist.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace characters textwrap knows about (only these ASCII ones).
_whitespace = "\t\n\x0b\x0c\r "

_WORD_PUNCT = "!\"'&.,?"


def _is_space(ch):
    return ch in _whitespace


def _is_word(ch):
    # The \w of Python's regular expressions.
    return ch.isalnum() or ch == "_"


def _is_letter(ch):
    # A word character that is not a decimal digit.
    return (ch.isalnum() or ch == "_") and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word(ch) or ch in _WORD_PUNCT


def _dash_run_before_word(text, pos):
    """If text[pos:] starts with two or more '-' followed by a word character, return
    the index just past the dashes; otherwise None."""
    n = len(text)
    end = pos
    while end < n and text[end] == "-":
        end += 1
    if end - pos >= 2 and end < n and _is_word(text[end]):
        return end
    return None


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _hyphen_break(text, q):
    """True when the '-' at q ends a piece of a hyphenated word: two letters (or
    letter-hyphen-letter) before it and a letter, optionally after one more hyphen,
    another letter after it."""
    if q >= len(text) or text[q] != "-":
        return False
    before = (_letter_at(text, q - 2) and _letter_at(text, q - 1)) or (
        _letter_at(text, q - 3) and q >= 2 and text[q - 2] == "-" and _letter_at(text, q - 1))
    if not before:
        return False
    if not _letter_at(text, q + 1):
        return False
    if _letter_at(text, q + 2):
        return True
    return q + 2 < len(text) and text[q + 2] == "-" and _letter_at(text, q + 3)


def _chunk_end(text, pos):
    """Where the chunk starting at pos ends (pos < len(text))."""
    n = len(text)
    if _is_space(text[pos]):
        end = pos + 1
        while end < n and _is_space(text[end]):
            end += 1
        return end
    if pos > 0 and _is_word_punct(text[pos - 1]):
        end = _dash_run_before_word(text, pos)
        if end is not None:
            return end
    # The shortest run of non-space characters that ends a word: before a hyphen that
    # splits a hyphenated word (kept with the piece), before whitespace or the end, or
    # before an em-dash.
    q = pos + 1
    while True:
        if _hyphen_break(text, q):
            return q + 1
        if q >= n or _is_space(text[q]):
            return q
        if _is_word_punct(text[q - 1]) and _dash_run_before_word(text, q) is not None:
            return q
        q += 1


def _split_words(text):
    chunks = []
    pos = 0
    n = len(text)
    while pos < n:
        end = _chunk_end(text, pos)
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _split_on_space(text):
    chunks = []
    pos = 0
    n = len(text)
    while pos < n:
        end = pos + 1
        space = _is_space(text[pos])
        while end < n and _is_space(text[end]) == space:
            end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then maybe a closing quote, at the end."""
    if chunk.endswith("'") or chunk.endswith('"'):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Object for wrapping and filling text; the options are public attributes.

    width (70): maximum length of the wrapped lines.
    initial_indent / subsequent_indent (""): prefix of the first / the other lines.
    expand_tabs (True) with tabsize (8): expand tabs first.
    replace_whitespace (True): turn each whitespace character into a single space.
    fix_sentence_endings (False): two spaces after a sentence end.
    break_long_words (True): split words longer than the width.
    drop_whitespace (True): drop whitespace at the start and end of lines.
    break_on_hyphens (True): allow breaks after the hyphens of compound words.
    max_lines (None): truncate to this many lines, ending with placeholder (' [...]').
    """

    unicode_whitespace_trans = {}
    for _ch in _whitespace:
        unicode_whitespace_trans[ord(_ch)] = ord(" ")
    del _ch

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps of wrapping, each overridable --

    def _munge_whitespace(self, text):
        """Expand tabs and turn other whitespace into spaces, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Cut text into indivisible chunks: whitespace runs and words (words with
        hyphens are cut after the hyphens when break_on_hyphens is True)."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_space(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence end two spaces, in place."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: cut it (at a hyphen if possible)
        or, when break_long_words is false, put it on a line of its own."""
        if width < 1:
            room = 1
        else:
            room = width - cur_len
        if self.break_long_words:
            cut = room
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind("-", 0, room)
                if hyphen > 0 and chunk[:hyphen].strip("-") != "":
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Build the lines from the list of chunks (which is consumed)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()
        pending = chunks
        while pending:
            line = []
            length = 0
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and pending[-1].strip() == "":
                pending.pop()
            while pending:
                size = len(pending[-1])
                if length + size > room:
                    break
                line.append(pending.pop())
                length += size
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, length, room)
                length = 0
                for piece in line:
                    length += len(piece)
            if self.drop_whitespace and line and line[-1].strip() == "":
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (
                self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and length <= room)):
                lines.append(prefix + "".join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= room:
                    line.append(self.placeholder)
                    lines.append(prefix + "".join(line))
                    return lines
                length -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(prefix + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface --

    def wrap(self, text):
        """Return the lines of text wrapped to the width (without newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped to the width as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines at most width long (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into one string of lines at most width long."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit in width, marking the cut
    with the placeholder: shorten("Hello  world!", width=12) == "Hello world!"."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace prefix (spaces and tabs) common to every non-blank line.

    Lines made only of spaces and tabs become empty; "  a" and "\\ta" have no common
    prefix.
    """
    lines = text.split("\n")
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        blanks = _leading_blanks(line)
        if blanks == line:
            lines[i] = ""
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            common = 0
            while margin[common] == blanks[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text for which predicate(line) is true (by
    default: the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            use = line.strip()
        else:
            use = predicate(line)
        out.append(prefix + line if use else line)
    return "".join(out)
