# SyntaxError's parts: msg, filename, lineno, offset, and str() with the file's base name
for src in ["x = (1,\n  2 +", "await x", "def f():\n    return\n  x", "for x in 1:\npass",
            "x = 1\ny = 2 +* 3", "f(**x, *y)", "def f(a, a): pass", "nonlocal x"]:
    try:
        compile(src, "dir/name.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, "|", e)
e = SyntaxError("m", ("f.py", 3, 4, "text\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError("just")
print(e.msg, e.filename, e.lineno, e.offset, str(e), e.args)
e = SyntaxError()
print(e.msg, str(e), e.args)
e = SyntaxError("m", ("/a/b/c.py", None, None, None))
print(str(e), e.lineno)
e = IndentationError("i", ("g.py", 7, 1, "  x"))
print(str(e), e.offset, isinstance(e, SyntaxError))
