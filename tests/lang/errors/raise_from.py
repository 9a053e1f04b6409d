# Uncaught exception raised with an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass


class Config:
    def __init__(self, text):
        self.values = {}
        for line in text.splitlines():
            key, _, value = line.partition("=")
            self.values[key.strip()] = value.strip()

    def get_int(self, key):
        raw = self.values[key]
        try:
            return int(raw)
        except ValueError as e:
            raise ConfigError(f"setting {key!r} is not an integer: {raw!r}") from e


cfg = Config("port = 8080\nworkers = many")
print("port:", cfg.get_int("port"))
print("workers:", cfg.get_int("workers"))
