# Uncaught NameError for a name that was never defined.
def total_price(items):
    subtotal = sum(items)
    return subtotal * (1 + vat_rate_for_region)

print(total_price([1, 2]))
