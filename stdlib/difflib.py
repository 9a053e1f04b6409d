"""Computing differences between sequences (Gilt's `difflib`).

Offers `SequenceMatcher` (`set_seqs`, `set_seq1`, `set_seq2`, `find_longest_match`,
`get_matching_blocks`, `get_opcodes`, `get_grouped_opcodes`, `ratio`, `quick_ratio`,
`real_quick_ratio`; `isjunk` and `autojunk`), `Match`, `get_close_matches`, `Differ`,
`ndiff`, `restore`, `unified_diff`, `context_diff`, `diff_bytes`, `IS_LINE_JUNK` and
`IS_CHARACTER_JUNK`, producing the same output as CPython 3.11's.
Not offered: `HtmlDiff`.
"""

import re
from collections import namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = namedtuple('Match', 'a b size')
_new_tuple = tuple.__new__     # _new_tuple(Match, t): a Match without Match.__new__


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares pairs of sequences of hashable elements, finding the longest
    contiguous matching blocks that contain no junk elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._chain_b()

    def _chain_b(self):
        b = self.b
        b2j = {}
        i = 0
        for elt in b:
            idxs = b2j.get(elt)
            if idxs is None:
                b2j[elt] = [i]
            else:
                idxs.append(i)
            i += 1
        self.b2j = b2j
        junk = set()
        isjunk = self.isjunk
        if isjunk:
            for elt in b2j:
                if isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        self.bjunk = junk
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt, idxs in b2j.items():
                if len(idxs) > ntest:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        if ahi is None:
            ahi = len(self.a)
        if bhi is None:
            bhi = len(self.b)
        return _new_tuple(Match, self._longest(alo, ahi, blo, bhi))

    def _longest(self, alo, ahi, blo, bhi):
        # find_longest_match as a plain tuple
        a = self.a
        b = self.b
        b2j = self.b2j
        junk = self.bjunk
        besti = alo
        bestj = blo
        bestsize = 0
        j2len = {}
        nothing = []
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = j2len.get(j - 1, 0) + 1
                newj2len[j] = k
                if k > bestsize:
                    besti = i - k + 1
                    bestj = j - k + 1
                    bestsize = k
            j2len = newj2len
        # extend the match with equal non-junk elements on both sides, then with
        # equal junk elements
        while (besti > alo and bestj > blo and b[bestj - 1] not in junk
               and a[besti - 1] == b[bestj - 1]):
            besti -= 1
            bestj -= 1
            bestsize += 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] not in junk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and b[bestj - 1] in junk
               and a[besti - 1] == b[bestj - 1]):
            besti -= 1
            bestj -= 1
            bestsize += 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] in junk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return besti, bestj, bestsize

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la = len(self.a)
        lb = len(self.b)
        queue = [(0, la, 0, lb)]
        blocks = []
        # find_longest_match without making a Match of every block, unless a subclass
        # overrides it
        if type(self).find_longest_match is _find_longest_match:
            longest = self._longest
        else:
            longest = self.find_longest_match
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = x = longest(alo, ahi, blo, bhi)
            if k:
                blocks.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        i1 = j1 = k1 = 0
        result = []
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    result.append(_new_tuple(Match, (i1, j1, k1)))
                i1 = i2
                j1 = j2
                k1 = k2
        if k1:
            result.append(_new_tuple(Match, (i1, j1, k1)))
        result.append(_new_tuple(Match, (la, lb, 0)))
        self.matching_blocks = result
        return result

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        answer = []
        for m in self.get_matching_blocks():
            # (indexing a Match is faster in Gilt than unpacking it)
            ai = m[0]
            bj = m[1]
            size = m[2]
            if i < ai:
                if j < bj:
                    answer.append(('replace', i, ai, j, bj))
                else:
                    answer.append(('delete', i, ai, j, bj))
            elif j < bj:
                answer.append(('insert', i, ai, j, bj))
            i = ai + size
            j = bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        self.opcodes = answer
        return answer

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # trim the context of a leading and a trailing 'equal' (this changes the cached
        # opcodes, as CPython's does)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        nn = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = 0
        for m in self.get_matching_blocks():
            matches += m[2]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        full = self.fullbcount
        if full is None:
            full = {}
            for elt in self.b:
                full[elt] = full.get(elt, 0) + 1
            self.fullbcount = full
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = full.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la = len(self.a)
        lb = len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


_find_longest_match = SequenceMatcher.find_longest_match


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) "good enough" matches for word among possibilities."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    result = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            result.append((s.ratio(), x))
    result.sort(reverse=True)
    return [x for score, x in result[:n]]


def _keep_original_ws(s, tags):
    out = []
    for k in range(min(len(s), len(tags))):
        c = s[k]
        t = tags[k]
        if t == " " and c.isspace():
            out.append(c)
        else:
            out.append(t)
    return ''.join(out)


class Differ:
    """Compares sequences of lines of text, producing human-readable differences."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                g = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                g = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                g = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            for line in g:
                yield line

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            first = self._dump('+', b, blo, bhi)
            second = self._dump('-', a, alo, ahi)
        else:
            first = self._dump('-', a, alo, ahi)
            second = self._dump('+', b, blo, bhi)
        for line in first:
            yield line
        for line in second:
            yield line

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # find the most similar pair of lines (ratio above 0.74); failing that use the
        # first identical pair, and failing that do a plain replace
        best_ratio = 0.74
        cutoff = 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi = i
                        eqj = j
                    continue
                cruncher.set_seq1(ai)
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio):
                    r = cruncher.ratio()
                    if r > best_ratio:
                        best_ratio = r
                        best_i = i
                        best_j = j
        if best_ratio < cutoff:
            if eqi is None:
                for line in self._plain_replace(a, alo, ahi, b, blo, bhi):
                    yield line
                return
            best_i = eqi
            best_j = eqj
            best_ratio = 1.0
        else:
            eqi = None
        for line in self._fancy_helper(a, alo, best_i, b, blo, best_j):
            yield line
        aelt = a[best_i]
        belt = b[best_j]
        if eqi is None:
            atags = []
            btags = []
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la = ai2 - ai1
                lb = bj2 - bj1
                if tag == 'replace':
                    atags.append('^' * la)
                    btags.append('^' * lb)
                elif tag == 'delete':
                    atags.append('-' * la)
                elif tag == 'insert':
                    btags.append('+' * lb)
                elif tag == 'equal':
                    atags.append(' ' * la)
                    btags.append(' ' * lb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            for line in self._qformat(aelt, belt, ''.join(atags), ''.join(btags)):
                yield line
        else:
            yield '  ' + aelt
        for line in self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi):
            yield line

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                g = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            g = self._dump('+', b, blo, bhi)
        else:
            return
        for line in g:
            yield line

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? " + atags + "\n"
        yield "+ " + bline
        if btags:
            yield "? " + btags + "\n"


_LINE_JUNK = re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_LINE_JUNK):
    """Whether line is ignorable: blank or holding only a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether ch is ignorable: a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '%d' % beginning
    if not length:
        beginning -= 1
    return '%d,%d' % (beginning, length)


def _format_range_context(start, stop):
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return '%d' % beginning
    return '%d,%d' % (beginning, beginning + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """A unified diff of the line lists a and b, as a generator of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t' + fromfiledate if fromfiledate else ''
            todate = '\t' + tofiledate if tofiledate else ''
            yield '--- ' + fromfile + fromdate + lineterm
            yield '+++ ' + tofile + todate + lineterm
        first = group[0]
        last = group[-1]
        yield ('@@ -' + _format_range_unified(first[1], last[2]) + ' +'
               + _format_range_unified(first[3], last[4]) + ' @@' + lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag == 'replace' or tag == 'delete':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag == 'replace' or tag == 'insert':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """A context diff of the line lists a and b, as a generator of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = _CONTEXT_PREFIX
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t' + fromfiledate if fromfiledate else ''
            todate = '\t' + tofiledate if tofiledate else ''
            yield '*** ' + fromfile + fromdate + lineterm
            yield '--- ' + tofile + todate + lineterm
        first = group[0]
        last = group[-1]
        yield '***************' + lineterm
        yield '*** ' + _format_range_context(first[1], last[2]) + ' ****' + lineterm
        changed_a = False
        changed_b = False
        for code in group:
            tag = code[0]
            if tag == 'replace':
                changed_a = changed_b = True
            elif tag == 'delete':
                changed_a = True
            elif tag == 'insert':
                changed_b = True
        if changed_a:
            for tag, i1, i2, j1, j2 in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        yield '--- ' + _format_range_context(first[3], last[4]) + ' ----' + lineterm
        if changed_b:
            for tag, i1, i2, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def _bytes_to_text(s):
    try:
        return s.decode('latin-1')
    except AttributeError:
        raise TypeError('all arguments must be bytes, not %s (%r)' %
                        (type(s).__name__, s)) from None


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Compare lists of bytes a and b with dfunc (unified_diff or context_diff),
    yielding bytes lines."""
    a = [_bytes_to_text(x) for x in a]
    b = [_bytes_to_text(x) for x in b]
    fromfile = _bytes_to_text(fromfile)
    tofile = _bytes_to_text(tofile)
    fromfiledate = _bytes_to_text(fromfiledate)
    tofiledate = _bytes_to_text(tofiledate)
    lineterm = _bytes_to_text(lineterm)
    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ-style delta of the line lists a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """The lines of sequence 1 or 2 (which) out of an ndiff/Differ delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        p = line[:2]
        if p == "  " or p == tag:
            yield line[2:]
