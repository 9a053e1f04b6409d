# raise ... from None hides the original exception in the report.
class Settings:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}") from None


s = Settings(debug=True)
print(s.debug)
print(s.verbose)
