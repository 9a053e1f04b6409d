# The operator and string modules.
import operator
from operator import itemgetter, attrgetter, methodcaller
import string

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.invert(0), operator.index(7))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]), operator.is_(None, None), operator.is_not(1, None))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)))
print(itemgetter(0, 2)("xyz"), itemgetter("k")({"k": "v"}), itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(list(map(itemgetter(0), pairs)))


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
        self.boss = None

    def raise_by(self, pct):
        return round(self.salary * (1 + pct / 100), 2)


staff = [Emp("zoe", "eng", 120), Emp("al", "ops", 90), Emp("kim", "eng", 100)]
staff[0].boss = staff[2]
print([e.name for e in sorted(staff, key=attrgetter("salary"))])
print([e.name for e in sorted(staff, key=attrgetter("dept", "name"))])
print(attrgetter("name", "salary")(staff[1]), attrgetter("boss.name")(staff[0]))
print(list(map(methodcaller("raise_by", 10), staff)), methodcaller("split", ",")("a,b"))
print(methodcaller("replace", "a", "o")("banana"))

# operator functions as reducers and in dispatch tables.
from functools import reduce
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def rpn(tokens):
    stack = []
    for tok in tokens.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()


print(rpn("3 4 + 2 *"), rpn("10 4 - 3 /"), rpn("2.5 2 *"), reduce(operator.mul, range(1, 6)))

# In-place operator functions.
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(5, 1), operator.imul("ab", 2))

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20])
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))


# A Caesar cipher using string constants.
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, 23))
print(all(c in string.ascii_letters + string.digits for c in "abc123"), "".join(c for c in "a1-b2!" if c in string.digits))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a and $b").safe_substitute(a=1))
