# try/except/else/finally ordering, including return inside finally.
log = []

def f1():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")

print(f1(), log)

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

print(f2())

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(f3())

def f4(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "except-return"
    else:
        print("  else")
        return r
    finally:
        print("  finally")

print(f4(2))
print(f4(0))

def f5():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    return "done"

print(f5())

def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  finally sees x =", x)

print(f6())

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  caught", repr(e))
    finally:
        print("  outer finally")

nested()

def else_only():
    try:
        v = int("42")
    except ValueError:
        print("  bad")
    else:
        print("  parsed", v)

else_only()

def finally_after_raise():
    try:
        try:
            1 / 0
        finally:
            print("  cleanup before propagating")
    except ZeroDivisionError as e:
        print("  outer caught:", e)

finally_after_raise()

def loop_return():
    result = []
    for i in range(3):
        try:
            result.append(i)
            if i == 2:
                return result
        finally:
            result.append("f" + str(i))

print(loop_return())

def count_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("  iteration", n)
    return n

print(count_finally())
