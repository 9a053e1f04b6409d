# open() for UTF-8 text files: write, read, append, iterate lines, with-statement.
import os  # only os.remove is used, to delete the temporary files

path = "/tmp/gilt_lang_with_files_test.txt"

with open(path, "w") as f:
    n1 = f.write("first line\n")
    n2 = f.write("second line — ünïcode ✓\n")
    f.write("third\n")
print(n1, n2, f.closed)

with open(path) as f:
    text = f.read()
print(repr(text), len(text))

with open(path, "r", encoding="utf-8") as f:
    lines = f.readlines()
print(lines)

with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip("\n"))

with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))

with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print([l.strip() for l in f])

# writelines and print(file=...)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
    print("printed", 42, sep=":", file=f)
    print("no newline", end="", file=f)
with open(path) as f:
    content = f.read()
print(repr(content), content.splitlines())

# Using the file without with, then closing it.
f = open(path)
first = f.readline()
f.close()
print(repr(first), f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

# Exceptions inside with still close the file.
try:
    with open(path) as f:
        raise RuntimeError("while reading")
except RuntimeError as e:
    print(e, f.closed)

# Reading a missing file.
missing = "/tmp/gilt_lang_definitely_missing_file.txt"
try:
    open(missing)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename == missing)
    print(str(e))
except OSError as e:
    print("OSError", e)

os.remove(path)
try:
    with open(path) as f:
        print("still there")
except FileNotFoundError:
    print("removed")

# A word frequency table written to and read back from a file.
data_path = "/tmp/gilt_lang_with_files_table.txt"
rows = [("apple", 3), ("banana", 12), ("cherry", 7)]
with open(data_path, "w") as out:
    for name, qty in rows:
        out.write(f"{name},{qty}\n")
loaded = {}
with open(data_path) as inp:
    for line in inp:
        name, qty = line.strip().split(",")
        loaded[name] = int(qty)
print(loaded, sum(loaded.values()))
os.remove(data_path)
