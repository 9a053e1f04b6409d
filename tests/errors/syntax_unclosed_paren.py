# A parenthesis that is never closed.
print("start")
total = max(1,
            2
print(total)
