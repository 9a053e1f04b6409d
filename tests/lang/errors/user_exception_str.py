# A user exception with __str__ overridden and extra attributes, uncaught.
class ValidationError(ValueError):
    def __init__(self, field, problems):
        super().__init__(field, problems)
        self.field = field
        self.problems = problems

    def __str__(self):
        return f"{self.field}: " + "; ".join(self.problems)


def validate(user):
    problems = []
    if not user.get("name"):
        problems.append("name is required")
    if user.get("age", 0) < 0:
        problems.append("age must be non-negative")
    if problems:
        raise ValidationError("user", problems)
    return True


print(validate({"name": "bob", "age": 3}))
validate({"name": "", "age": -1})
