"""Python's keywords (Gilt's keyword module).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides kwlist and softkwlist (the lists of CPython 3.11), iskeyword(s) and
issoftkeyword(s).

Differences from CPython: iskeyword and issoftkeyword are plain functions rather than
bound frozenset.__contains__ methods (same results, including TypeError for unhashable
arguments). Gilt itself does not implement the soft keyword `match`.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True",
    "and", "as", "assert", "async", "await",
    "break", "class", "continue",
    "def", "del",
    "elif", "else", "except",
    "finally", "for", "from",
    "global",
    "if", "import", "in", "is",
    "lambda",
    "nonlocal", "not",
    "or",
    "pass",
    "raise", "return",
    "try",
    "while", "with",
    "yield",
]

softkwlist = ["_", "case", "match"]

_KEYWORDS = frozenset(kwlist)
_SOFT_KEYWORDS = frozenset(softkwlist)


def iskeyword(s):
    """Return True if s is a keyword of the language."""
    return s in _KEYWORDS


def issoftkeyword(s):
    """Return True if s is a soft keyword (a keyword only in some contexts)."""
    return s in _SOFT_KEYWORDS
