# Caesar cipher, run-length encoding, palindromes and word wrap.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! Zebra-123"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 26) == msg)

def rle(s):
    if not s:
        return []
    runs = [[s[0], 1]]
    for ch in s[1:]:
        if ch == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    return "".join([f"{n}{c}" for c, n in runs])

def unrle(code):
    out, num = "", ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out

for s in ["aaabccdddd", "abc", "zzzzzzzzzzzz", "a"]:
    print(s, rle(s), unrle(rle(s)) == s)

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", ""]:
    print(repr(s), is_palindrome(s))

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines

para = "the quick brown fox jumps over the lazy dog and keeps running far far away from here"
for line in wrap(para, 20):
    print("|" + line.ljust(20) + "|")
vowels = "aeiou"
print({v: para.count(v) for v in vowels})
print(" ".join([w[::-1] for w in "reverse each word".split()]))
print("".join([c.upper() if i % 2 == 0 else c for i, c in enumerate("alternating")]))
