"""Abstract base classes for containers (collections.abc): the public names of
_collections_abc, where they are defined (see its docstring for what is offered)."""

from _collections_abc import *
from _collections_abc import __all__
