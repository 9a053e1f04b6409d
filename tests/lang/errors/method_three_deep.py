# An exception raised inside a method three classes deep.
class Repository:
    def __init__(self, rows):
        self.rows = rows

    def fetch(self, index):
        return self.rows[index]


class Service:
    def __init__(self, repo):
        self.repo = repo

    def total(self, indices):
        return sum(self.repo.fetch(i)["amount"] for i in indices)


class Controller:
    def __init__(self, service):
        self.service = service

    def handle(self, request):
        print("handling", request)
        return {"total": self.service.total(request)}


app = Controller(Service(Repository([{"amount": 5}, {"amount": 7}])))
print(app.handle([0, 1]))
print(app.handle([1, 4]))
