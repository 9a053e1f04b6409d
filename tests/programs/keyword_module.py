# The keyword module.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist), sorted(keyword.__all__))
print(keyword.kwlist == sorted(keyword.kwlist, key=lambda w: (w[0].islower(), w)))
for word in ["if", "If", "None", "none", "match", "case", "_", "print", "async",
             "await", "nonlocal", "exec", "", "lambda ", "yield", "type"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.iskeyword(1), keyword.issoftkeyword(None), keyword.iskeyword(b"if"))
print([w for w in "def foo ( x ) : return x if x else None".split() if keyword.iskeyword(w)])

def safe_name(name):
    return name + "_" if keyword.iskeyword(name) else name
print([safe_name(n) for n in ["class", "from", "to", "global", "value"]])

for bad in [[], {}]:
    try:
        keyword.iskeyword(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    keyword.issoftkeyword([1])
except Exception as e:
    print(type(e).__name__, e)
