"""Importing modules by name at run time.

Offers ``import_module(name, package=None)`` (relative names need ``package``) and
``invalidate_caches()`` (Gilt keeps no finder caches, so it does nothing). Not offered:
``reload``, ``importlib.util``, ``importlib.machinery``, ``importlib.resources``.
"""

import sys


def _resolve(name, package):
    level = len(name) - len(name.lstrip('.'))
    if not package:
        msg = ("the 'package' argument is required to perform a relative "
               "import for {!r}")
        raise TypeError(msg.format(name))
    base = package.rsplit('.', level - 1)
    if len(base) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return base[0] + '.' + rest if rest else base[0]


def import_module(name, package=None):
    """Import the module called ``name`` and return it (not its top package)."""
    if name.startswith('.'):
        name = _resolve(name, package)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: Gilt looks for module files afresh on each first import."""
