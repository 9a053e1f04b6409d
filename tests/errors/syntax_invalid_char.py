# An invalid character in an expression.
price = 5 € 2
