# Inventory management: dicts of dicts, sorting, reporting.
inventory = {}

def add_item(name, qty, price, tags=()):
    item = inventory.setdefault(name, {"qty": 0, "price": price, "tags": []})
    item["qty"] += qty
    item["price"] = price
    for t in tags:
        if t not in item["tags"]:
            item["tags"].append(t)

def remove_item(name, qty):
    if name not in inventory:
        raise KeyError(name)
    item = inventory[name]
    if qty > item["qty"]:
        raise ValueError(f"only {item['qty']} {name} left")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]

add_item("apple", 10, 0.5, ("fruit", "red"))
add_item("pear", 4, 0.75, ("fruit",))
add_item("hammer", 1, 12.99, ("tool",))
add_item("apple", 5, 0.45, ("fruit", "sale"))
add_item("nails", 500, 0.02, ("tool", "small"))
for args in [("pear", 4), ("apple", 100), ("saw", 1), ("nails", 120)]:
    try:
        remove_item(*args)
        print("removed", args)
    except KeyError as e:
        print("no such item", e)
    except ValueError as e:
        print("cannot remove:", e)

print(inventory)
value = {name: round(v["qty"] * v["price"], 2) for name, v in inventory.items()}
print(value)
by_tag = {}
for name, v in inventory.items():
    for t in v["tags"]:
        by_tag.setdefault(t, []).append(name)
for t in sorted(by_tag):
    print(f"{t:>6}: {', '.join(sorted(by_tag[t]))}")
richest = max(value, key=lambda k: value[k])
print("most valuable:", richest, value[richest])
print("total: %.2f" % sum(value.values()))
