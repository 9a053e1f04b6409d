"""Shell-style filename matching (Gilt's `fnmatch`).

Offers `fnmatch`, `fnmatchcase`, `filter` and `translate`, behaving as CPython 3.11's:
`*` matches anything, `?` one character, `[seq]` / `[!seq]` a character set (with
ranges).  `translate` returns the same regular expression text as CPython's.  Patterns
and names may be str or bytes.  `fnmatch`/`filter` apply `os.path.normcase` (identity on
POSIX).
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

try:
    _normcase = os.path.normcase
except AttributeError:
    _normcase = os.fspath

_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    key = (pat.__class__, pat)
    m = _cache.get(key)
    if m is not None:
        return m
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        m = re.compile(text.encode('ISO-8859-1')).match
    else:
        m = re.compile(translate(pat)).match
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = m
    return m


def fnmatch(name, pat):
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    match = _compile_pattern(pat)
    return match(name) is not None


def filter(names, pat):
    result = []
    pat = _normcase(pat)
    match = _compile_pattern(pat)
    if os.name == 'posix':
        for name in names:
            if match(name):
                result.append(name)
    else:
        normcase = _normcase
        for name in names:
            if match(normcase(name)):
                result.append(name)
    return result


_STAR = object()
_SPECIAL_IN_SET = re.compile(r'([&~|])')


def _set_text(pat, i, j):
    # pat[i:j] is the text between '[' and ']' (j indexes the ']').
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # drop empty ranges such as 'c-a'
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
        parts = []
        for s in chunks:
            parts.append(s.replace('\\', r'\\').replace('-', r'\-'))
        stuff = '-'.join(parts)
    stuff = _SPECIAL_IN_SET.sub(r'\\\1', stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    c = stuff[0]
    if c == '!':
        stuff = '^' + stuff[1:]
    elif c == '^' or c == '[':
        stuff = '\\' + stuff
    return '[' + stuff + ']'


def translate(pat):
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_set_text(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    # Join: text before the first star is literal; every star except the last one
    # becomes an atomic lazy scan up to the fixed text that follows it.
    out = []
    i = 0
    n = len(parts)
    while i < n and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and parts[i] is not _STAR:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
