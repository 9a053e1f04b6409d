# A tiny stack-based (RPN) calculator and an infix-to-RPN converter.
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "^"):
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            else:
                stack.append(a ** b)
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack " + str(stack))
    return stack[0]

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

def tokenize(s):
    tokens = []
    num = ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(num)
                num = ""
            if ch in PREC or ch in "()":
                tokens.append(ch)
    if num:
        tokens.append(num)
    return tokens

def to_rpn(s):
    out, ops = [], []
    for tok in tokenize(s):
        if tok in PREC:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ dup *", "1 2 swap -", "10 4 /", "2.5 2 *", "2 100 ^"]:
    print(e, "=>", rpn(e))
for e in ["1 +", "1 2", "1 0 /", "x"]:
    try:
        print(rpn(e))
    except (ValueError, ZeroDivisionError) as err:
        print(repr(e), "error:", type(err).__name__, err)
for infix in ["3 + 4 * 2", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 - 4 - 3", "7 / 2 + 0.5"]:
    r = to_rpn(infix)
    print(infix, "->", r, "=", rpn(r))
