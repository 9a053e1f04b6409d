from .. import labels
from ..labels import shown
from . import sock
