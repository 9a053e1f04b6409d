# Uncaught AttributeError on None.
result = {"a": 1}.get("b")
result.append(3)
