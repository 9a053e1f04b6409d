# A text adventure as a state machine: rooms, items, a player, and scripted commands.
class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def describe(self):
        lines = [f"== {self.title} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(i.name for i in self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)


class Item:
    def __init__(self, name, weight=1, value=0):
        self.name = name
        self.weight = weight
        self.value = value

    def __repr__(self):
        return f"Item({self.name!r})"


class Lamp(Item):
    def __init__(self):
        super().__init__("lamp", weight=2)
        self.lit = False


class GameOver(Exception):
    pass


class Player:
    MAX_WEIGHT = 5

    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.visited = [room.key]

    @property
    def carried(self):
        return sum(i.weight for i in self.inventory)

    @property
    def score(self):
        return sum(i.value for i in self.inventory) + 5 * len(set(self.visited))

    def find(self, name, where):
        for item in where:
            if item.name == name:
                return item
        return None


class Game:
    def __init__(self):
        hall = Room("hall", "Great Hall", "A draughty hall with a high ceiling.")
        cellar = Room("cellar", "Cellar", "It is pitch dark. You might be eaten by something.")
        library = Room("library", "Library", "Dusty shelves line the walls.")
        vault = Room("vault", "Vault", "Gold glitters everywhere.")
        hall.connect("north", library, back="south")
        hall.connect("down", cellar, back="up")
        library.connect("east", vault, back="west", locked_by="key")
        hall.items.append(Lamp())
        cellar.items.append(Item("key"))
        library.items.append(Item("book", weight=3, value=2))
        vault.items.extend([Item("gold", weight=4, value=50), Item("gem", value=20)])
        self.player = Player(hall)
        self.state = "playing"
        self.handlers = {"look": self.look, "go": self.go, "take": self.take, "drop": self.drop,
                         "inventory": self.show_inventory, "light": self.light, "quit": self.quit}

    def run(self, commands):
        print(self.player.room.describe())
        for line in commands:
            if self.state != "playing":
                print(f"(ignored {line!r}: game is {self.state})")
                continue
            print(f"> {line}")
            verb, *args = line.split()
            handler = self.handlers.get(verb)
            try:
                if handler is None:
                    raise ValueError(f"I don't know how to {verb!r}.")
                handler(*args)
                self.player.moves += 1
            except TypeError:
                print(f"'{verb}' needs a different number of words.")
            except ValueError as e:
                print(e)
            except GameOver as e:
                print(e)
                self.state = "won" if "win" in str(e) else "over"
        p = self.player
        print(f"Final: state={self.state} moves={p.moves} score={p.score} visited={p.visited}")

    def look(self):
        print(self.player.room.describe())

    def go(self, direction):
        p = self.player
        room = p.room
        if direction not in room.exits:
            raise ValueError("You can't go that way.")
        needed = room.locked.get(direction)
        if needed and not p.find(needed, p.inventory):
            raise ValueError(f"The way {direction} is locked.")
        if needed:
            print(f"You unlock the door with the {needed}.")
            del room.locked[direction]
        p.room = room.exits[direction]
        p.visited.append(p.room.key)
        if p.room.key == "cellar":
            lamp = p.find("lamp", p.inventory)
            if lamp is None or not lamp.lit:
                print("It is too dark to see.")
                return
        print(p.room.describe())
        if p.room.key == "vault" and p.carried >= 0:
            print("The vault door creaks behind you.")

    def take(self, name):
        p = self.player
        item = p.find(name, p.room.items)
        if item is None:
            raise ValueError(f"There is no {name} here.")
        if p.carried + item.weight > Player.MAX_WEIGHT:
            raise ValueError(f"The {name} is too heavy (carrying {p.carried}).")
        p.room.items.remove(item)
        p.inventory.append(item)
        print(f"Taken: {name}.")
        if name == "gem":
            raise GameOver(f"You found the gem. You win with {p.score} points!")

    def drop(self, name):
        p = self.player
        item = p.find(name, p.inventory)
        if item is None:
            raise ValueError(f"You don't have a {name}.")
        p.inventory.remove(item)
        p.room.items.append(item)
        print(f"Dropped: {name}.")

    def show_inventory(self):
        p = self.player
        print("Carrying:", p.inventory or "nothing", f"(weight {p.carried}/{Player.MAX_WEIGHT})")

    def light(self, name):
        lamp = self.player.find(name, self.player.inventory)
        if not isinstance(lamp, Lamp):
            raise ValueError(f"You can't light the {name}.")
        lamp.lit = True
        print("The lamp is now lit.")

    def quit(self):
        raise GameOver("You give up.")


script = [
    "look", "go west", "dance", "go", "take lamp", "go down", "take key", "go up", "light lamp",
    "go down", "look", "take key", "inventory", "go up", "go north", "take book", "take book",
    "go east", "take gold", "drop book", "drop lamp", "take gold", "inventory", "take gem",
    "drop key", "take gem", "look",
]
Game().run(script)
Game().run(["go north", "go east", "quit", "look"])
