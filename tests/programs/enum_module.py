# The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the
# functional API, member customisation and CPython 3.11's reprs and messages.
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, EnumMeta, EnumType,
                  ReprEnum, auto, unique, member, nonmember, FlagBoundary,
                  STRICT, CONFORM, EJECT, KEEP)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


# ---- basics --------------------------------------------------------------------------
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1        # an alias


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE))
print(f"{Color.RED}|{Color.RED!r}|{Color.RED:>12}|{Color.RED:<12}|")
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color))
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color["CRIMSON"])
print(Color(1), Color(3), Color["GREEN"], Color(Color.BLUE))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color))
print(type(Color.RED), type(Color), Color, Enum, EnumMeta is EnumType)
print(list(reversed(Color)), bool(Color), bool(Color.RED))
print(Color._member_names_, Color._value2member_map_)
print({Color.RED: "r", Color.GREEN: "g"}[Color.RED], sorted(Color, key=lambda m: -m.value))
print(hash(Color.RED) == hash(Color.RED), len({Color.RED, Color.CRIMSON, Color.GREEN}))
show("Color(4)", lambda: Color(4))
show("Color('RED')", lambda: Color("RED"))
show("Color['PURPLE']", lambda: Color["PURPLE"])
show("Color[1]", lambda: Color[1])
show("1 in Color", lambda: 1 in Color)
show("RED < GREEN", lambda: Color.RED < Color.GREEN)
show("Color()", lambda: Color())
show("Color.RED()", lambda: Color.RED())
show("Enum(1)", lambda: Enum(1))


def set_name():
    Color.RED.name = "x"


def set_value():
    Color.RED.value = 5


def del_name():
    del Color.RED.name


show("set name", set_name)
show("set value", set_value)
show("del name", del_name)
show("Color.name", lambda: Color.name)


def extend():
    class More(Color):
        PINK = 4


show("extend", extend)


def extend_flag():
    class MoreFlag(enum.Flag):
        A = 1

    class Even(MoreFlag):
        B = 2


show("extend flag", extend_flag)


def bad_order():
    class Bad(Enum, int):
        A = 1


show("bad bases", bad_order)


# ---- auto ----------------------------------------------------------------------------
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal))


class Backwards(Enum):
    A = 5
    B = auto()
    C = 2
    D = auto()


print(list(Backwards))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d" % (name.lower(), count, len(last_values))
    NORTH = auto()
    SOUTH = auto()
    OTHER = "x"
    EAST = auto()


print(list(Named))


def late_gnv():
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


show("late _generate_next_value_", late_gnv)
print(repr(auto()), auto().value)


class Pair(Enum):
    ONE = (auto(), "one")
    TWO = (auto(), "two")


print(list(Pair))


# ---- IntEnum / StrEnum / mixins -----------------------------------------------------
class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
    UNO = 1


print(Number.ONE, repr(Number.TWO), str(Number.THREE), format(Number.TWO))
print(f"{Number.TWO}|{Number.TWO:03d}|{Number.TWO:>5}|{Number.TWO:x}|{Number.THREE!r}")
print(Number.ONE + Number.TWO, Number.THREE * 2, Number.TWO == 2, Number.ONE < Number.THREE)
print(sorted([Number.THREE, Number.ONE, 2]), int(Number.THREE), Number(2), Number.UNO)
print({1: "one"}[Number.ONE], hash(Number.TWO) == hash(2), isinstance(Number.ONE, int))
print(Number.THREE.bit_length(), list(range(Number.THREE)), [0, 1, 2, 3][Number.TWO])
show("Number(7)", lambda: Number(7))
show("format d on Color", lambda: format(Color.RED, "d"))
show("format s on Number", lambda: format(Number.ONE, "s"))


def bad_int():
    class BadInt(IntEnum):
        A = "a"


show("IntEnum with 'a'", bad_int)


class Base16(IntEnum):
    TEN = "10"
    FF = ("ff", 16)


print(list(Base16))


class Shade(StrEnum):
    LIGHT = auto()
    DarkGrey = auto()
    PLAIN = "plain value"


print(list(Shade), Shade.LIGHT, repr(Shade.DarkGrey), str(Shade.PLAIN))
print(f"[{Shade.LIGHT:>8}] [{Shade.LIGHT}]", Shade.LIGHT == "light", Shade.LIGHT.upper())
print(Shade("light"), Shade.PLAIN.split(), "light" in ["light"], len(Shade.PLAIN))


def bad_str():
    class BadStr(StrEnum):
        A = 1


show("StrEnum with 1", bad_str)


def bad_str2():
    class BadStr(StrEnum):
        A = ("a", "b")


show("StrEnum with ('a', 'b')", bad_str2)


class Mixed(int, Enum):
    A = 1
    B = 2


print(Mixed.A, repr(Mixed.B), format(Mixed.A), f"{Mixed.B}", Mixed.A + 1, Mixed.B == 2)


class Letters(str, Enum):
    A = "a"
    B = "b"


print(Letters.A, repr(Letters.B), format(Letters.A), Letters.A == "a", Letters.B.upper())


class Measure(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(Measure.HALF, repr(Measure.QUARTER), Measure.HALF * 2)


# ---- members with behaviour ---------------------------------------------------------
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, repr(Planet.MERCURY), Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet((5.976e+24, 6.37814e6)))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, "P.X", "km")
    PY = (1, "P.Y", "km")


print(Coordinate.PY.label, Coordinate.PX.unit, Coordinate(1) is Coordinate.PY, Coordinate.PX.value)


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, description):
        self.description = description

    FIRST = "the first"
    SECOND = "the second"


print(list(AutoNumber), AutoNumber.SECOND.description, AutoNumber(1))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def helper():
        return "static"


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), Mood.helper())
print(f"{Mood.FUNKY}", repr(Mood.FUNKY), list(Mood))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        if value == 99:
            return "not a member"
        if value == 98:
            raise KeyError("custom")
        return None


print(Status("ACTIVE"), Status("Inactive"))
show("Status(99)", lambda: Status(99))
show("Status(98)", lambda: Status(98))
show("Status(5)", lambda: Status(5))


class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(4):
        Period["DAY_%d" % i] = i


print(list(Period), hasattr(Period, "_ignore_"))


class Base(Enum):
    def hello(self):
        return "hello from " + self.name

    @property
    def doubled(self):
        return self.value * 2


class Child(Base):
    X = 1
    Y = 2


print(Child.X.hello(), Child.Y.doubled, Child.__mro__, isinstance(Child.X, Base))


class Hooked(Enum):
    def __init_subclass__(cls, **kwds):
        print("init_subclass", cls.__name__, list(cls.__members__), kwds)


class HookedChild(Hooked):
    A = 1
    B = 2


class Field(Enum):
    name = 1
    value = 2
    other = 3


print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name,
      Field.value.value, list(Field), Field["value"], Field(3).name)


class Wrapped(Enum):
    A = 1
    B = member(lambda x: x * 2)
    C = nonmember(3)
    _private_like = 4

    def method(self):
        return "method"


print([m.name for m in Wrapped], Wrapped.C, Wrapped.B.value(21), Wrapped.A.method())


class Privacy(Enum):
    __hidden = 1
    SHOWN = 2


print(list(Privacy), Privacy._Privacy__hidden)


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3
    D = 1


print(list(Ordered))


def wrong_order():
    class Unordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2


show("_order_ mismatch", wrong_order)


def sunder():
    class Sunder(Enum):
        _bad_ = 1


show("sunder", sunder)


def mro_name():
    class Mro(Enum):
        mro = 1


show("mro member", mro_name)


@unique
class Unique(Enum):
    A = 1
    B = 2


print(list(Unique))


def not_unique():
    @unique
    class NotUnique(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


show("unique", not_unique)


# ---- functional API ------------------------------------------------------------------
Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.BEE.value, Animal.__members__["CAT"])
print(list(Enum("Comma", "A, B,C")), list(Enum("Start", ["X", "Y"], start=10)))
print(list(Enum("Pairs", [("P", "p"), ("Q", (1, 2))])), list(Enum("Map", {"K": 5, "L": 6})))
print(list(IntEnum("IE", "A B")), IntEnum("IE2", "A B").B + 1, list(StrEnum("SE", "Left Right")))
print(list(Flag("FF", "R W X")), list(IntFlag("IF", "R W X")), list(Enum("Typed", "A B", type=int)))
print(Enum("Q", "A", qualname="Outer.Q").__qualname__, Enum("Mod", "A", module="mymod").__module__)
print(list(Enum("Empty", [])), list(Enum("Autos", [("A", auto()), ("B", auto())])))
show("extend by call", lambda: Color("More", "X Y"))


# ---- Flag ----------------------------------------------------------------------------
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.RWX), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~Perm.RWX), repr(~Perm(0)), repr(Perm.R ^ Perm.RWX), repr(Perm.R & Perm.W))
print(list(Perm), list(Perm.RWX), list(Perm.R | Perm.X), list(Perm(0)), len(Perm.RWX), len(Perm))
print(Perm.R in Perm.RWX, Perm.RWX in Perm.R, bool(Perm(0)), bool(Perm.X), Perm(6).name, Perm(0).name)
print(Perm(6) is (Perm.R | Perm.W), Perm.RWX is Perm(7), format(Perm(6)), f"[{Perm(3):>10}]")
print(Perm.__members__, Perm._member_names_, Perm._flag_mask_, Perm._all_bits_, Perm._boundary_)
print(Perm(6) in Perm, Perm.R in Perm, Perm(9), Perm(-1))
show("Perm.R | 1", lambda: Perm.R | 1)
show("1 in Perm.R", lambda: 1 in Perm.R)
show("Perm('a')", lambda: Perm("a"))


class Shape(Flag):
    NONE = 0
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
    ROUND = CIRCLE
    ALL = CIRCLE | SQUARE | TRIANGLE


print(list(Shape), Shape.__members__, repr(Shape(0)), repr(~Shape.CIRCLE), repr(~Shape.ALL))
print(Shape.ROUND, Shape.ALL, Shape(3), Shape.NONE.name, list(Shape.ALL))


class Unsorted(Flag):
    C = 4
    A = 1
    B = 2


print(repr(Unsorted(7)), list(Unsorted(7)), repr(Unsorted(3)), repr(Unsorted(5)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


show("Strict(4)", lambda: Strict(4))
show("Strict(-5)", lambda: Strict(-5))
show("Strict(3)", lambda: Strict(3))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 4


print(repr(Conform(7)), repr(Conform(2)), repr(Eject(7)), repr(Eject(5)), repr(~Eject.A))
print(repr(Keep(7)), repr(Keep(2)), str(Keep(7)), repr(~Keep.A), list(Keep(7)), len(Keep(7)))
print(repr(FlagBoundary.STRICT), FlagBoundary.KEEP, list(FlagBoundary), enum.bin(5), enum.bin(-5, 6))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.W), repr(IPerm.R | 8), repr(8 | IPerm.R))
print(repr(IPerm.R & 6), repr(IPerm.R ^ 6), IPerm.R + 1, -IPerm.R, IPerm.R << 1, IPerm.R == 4)
print(repr(~IPerm.R), repr(~IPerm(0)), repr(IPerm(0)), repr(IPerm(15)), IPerm(15).name, str(IPerm(15)))
print(f"{IPerm.R | IPerm.X}|{IPerm.W:04b}|{IPerm(8)!r}", list(IPerm(15)), IPerm.R in IPerm(6))
print(repr(IPerm(-1)), repr(IPerm(-5)), IPerm._boundary_, isinstance(IPerm.R, int))
show("4 in IPerm(6)", lambda: 4 in IPerm(6))


# ---- enum.property ---------------------------------------------------------------------
class Prop(Enum):
    A = 1

    @enum.property
    def twice(self):
        return self.value * 2


print(Prop.A.twice, type(Enum.__dict__["name"]).__name__)
show("Prop.twice", lambda: Prop.twice)


# ---- hashing, copying, use as keys and in other modules -------------------------------
import copy
import json

print({"light": 1}[Shade.LIGHT], {Shade.LIGHT: 1}["light"], {2: "two"}[Number.TWO], {Number.TWO: 2}[2])
print(len({Color.RED, Color.GREEN, Color.RED}), Shade.DarkGrey in {"darkgrey"}, Perm.R in {Perm.R: 0})
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Perm.R | Perm.W])[0] is Perm(6))
print(json.dumps({"n": Number.THREE, "s": Shade.PLAIN, "l": [IPerm.R | IPerm.W]}))
print("{} {!r} {:>6}|".format(Color.BLUE, Number.ONE, Shade.LIGHT), "-".join([Shade.LIGHT, Shade.PLAIN]))
print(max(Number), min(Number), sum(Number), sorted([Number.THREE, 1, Number.TWO]))


# ---- global_enum ---------------------------------------------------------------------
@enum.global_enum
class Glob(Enum):
    G_ONE = 1
    G_TWO = 2


@enum.global_enum
class GlobFlag(IntFlag):
    G_R = 4
    G_W = 2


print(repr(G_ONE), str(G_ONE), format(G_TWO), G_TWO is Glob.G_TWO, list(Glob))
print(repr(G_R), str(G_R), repr(G_R | G_W), repr(GlobFlag(0)), repr(G_R | 8))
