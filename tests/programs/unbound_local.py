# Assignment anywhere in a function makes a name local.
count = 5

def bad():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    count = 1
    return count

print(bad())

def good():
    return count + 1

print(good())

def conditional(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return type(e).__name__ + " | " + str(e)

print(conditional(True))
print(conditional(False))

def uses_global_after_del():
    global count
    del count
    try:
        return count
    except NameError as e:
        return "NameError: " + str(e)

print(uses_global_after_del())
