"""A package for the import tests: relative imports, __all__, submodules."""
from .labels import tag
SIZE = 3
__all__ = ["SIZE", "tag"]
