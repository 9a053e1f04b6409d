for src in ["def f(**__debug__): pass", "def f(*__debug__): pass", "def f(__debug__): pass", "def f(__debug__=1): pass", "f(__debug__=1)", "__debug__=1", "obj.__debug__ = 1", "(__debug__ := 1)", "del __debug__", "(a, __debug__, c) = (1, 2, 3)", "(a, *__debug__, c) = (1, 2, 3)", "__debug__ : int", "__debug__ : int = 1", "import sys as __debug__", "from sys import path as __debug__", "for __debug__ in x: pass", "with a as __debug__: pass", "class __debug__: pass", "def __debug__(): pass", "lambda __debug__: 1", "[__debug__ for __debug__ in x]", "x.__debug__ += 1", "__debug__ += 1", "global __debug__", "import __debug__", "try: pass\nexcept E as __debug__: pass", "def f(*, __debug__): pass", "async def f(): async for __debug__ in x: pass", "print(__debug__)", "from __future__ import nope", "from __future__ import annotations, braces", "match x:\n case __debug__: pass", "match x:\n case [*__debug__]: pass", "match x:\n case {**__debug__}: pass", "match x:\n case 1 as __debug__: pass"]:
    try:
        compile(src, "<t>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
for src in ['a = 1\nfrom __future__ import annotations', '"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx=1', 'def f():\n    from __future__ import annotations', 'import os\nfrom __future__ import annotations', 'if 1:\n    from __future__ import division', 'from __future__ import annotations\n"doc"\nfrom __future__ import division']:
    try:
        compile(src, 't', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno)
