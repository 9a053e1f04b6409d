# Bank-account simulation using dicts, closures and exceptions.
accounts = {}

def open_account(owner, initial=0):
    if owner in accounts:
        raise KeyError("account exists: " + owner)
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[owner] = {"balance": initial, "history": [("open", initial)]}
    return owner

def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f"invalid deposit amount: {amount}")
    acct = accounts[owner]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))

def withdraw(owner, amount):
    acct = accounts[owner]
    if amount > acct["balance"]:
        raise RuntimeError(f"insufficient funds: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))

def transfer(src, dst, amount):
    snapshot = (accounts[src]["balance"], accounts[dst]["balance"])
    try:
        withdraw(src, amount)
        deposit(dst, amount)
    except Exception:
        accounts[src]["balance"], accounts[dst]["balance"] = snapshot
        raise
    finally:
        print(f"  transfer {src}->{dst} {amount} attempted")

open_account("alice", 100)
open_account("bob")
operations = [
    (deposit, ("alice", 50)),
    (withdraw, ("bob", 10)),
    (deposit, ("bob", -5)),
    (transfer, ("alice", "bob", 70)),
    (transfer, ("bob", "alice", 1000)),
    (withdraw, ("carol", 1)),
    (open_account, ("alice",)),
    (open_account, ("dave", -1)),
    (transfer, ("alice", "bob", 0)),
]
for fn, args in operations:
    try:
        fn(*args)
        print("ok", args)
    except KeyError as e:
        print("KeyError", e)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, "-", e)

for owner in accounts:
    acct = accounts[owner]
    print(f"{owner:>6}: {acct['balance']:>6.2f} {acct['history']}")
total = sum([a["balance"] for a in accounts.values()])
print("total", total)
rate = 0.035
bal = 1000.0
for year in range(1, 6):
    bal = round(bal * (1 + rate), 2)
    print(year, bal)
