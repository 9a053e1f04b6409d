# The typing module at run time: aliases and their reprs, TypeVar, Generic classes,
# Protocol, NamedTuple, TypedDict, NewType, get_type_hints/get_origin/get_args, helpers.
import typing
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type,
                    Callable, Iterable, Iterator, Generator, Mapping, MutableMapping,
                    Sequence, MutableSequence, Deque, DefaultDict, OrderedDict, Counter,
                    ChainMap, Awaitable, Coroutine, AsyncIterator, NoReturn, Never,
                    ClassVar, Final, Literal, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, NewType, cast, overload, final, no_type_check,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args, Annotated, Self,
                    AnyStr, Text, Hashable, Sized, SupportsInt, SupportsFloat, SupportsAbs,
                    SupportsIndex, SupportsRound, IO, TextIO, BinaryIO, ParamSpec,
                    Concatenate, TypeAlias, assert_never, runtime_checkable, Required,
                    NotRequired, ForwardRef, is_typeddict)
import collections.abc


def attempt(label, make):
    try:
        print(label, "->", make())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
Num = TypeVar("Num", int, float)
B = TypeVar("B", bound="Base")
P = ParamSpec("P")

# reprs
for alias in [List[int], List, Dict[str, List[int]], Optional[int], Union[int, str],
              Union[int, str, None], Union[None, str], Callable[[int], str],
              Callable[..., str], Callable[[], None], Callable, Tuple[int, ...],
              Tuple[()], Tuple[int, str], Tuple, Type[int], Any, T, T_co, T_contra,
              List[T], Dict[K, V], Literal[1, "a", None], ClassVar[int], Final[int],
              Annotated[int, "meta", 3], NoReturn, Never, Self, Optional, Union, Literal,
              Generic, Protocol, Generic[T], Protocol[T], Hashable, Sized, Iterable[int],
              Iterator[str], Generator[int, None, None], Mapping[str, int],
              MutableMapping[str, int], Sequence[int], MutableSequence[int], Set[int],
              FrozenSet[int], Deque[int], DefaultDict[str, int], OrderedDict[str, int],
              Counter[str], ChainMap[str, int], Awaitable[int], Coroutine[int, int, int],
              AsyncIterator[int], typing.AbstractSet[int], P, P.args, P.kwargs,
              Concatenate[int, P], Callable[P, int], Callable[Concatenate[str, P], int],
              TypeAlias, AnyStr, SupportsAbs[int], IO[str], List["Later"], List[None],
              Dict[str, Callable[[int], List[str]]]]:
    print(repr(alias))
print(Text, TYPE_CHECKING, SupportsInt, IO, TextIO, BinaryIO)

# flattening and simplification
print(Union[int], Union[int, Union[str, int]], Union[int, str, int], Optional[None])
print(Optional[Optional[int]], Literal[Literal[1, 2], 3], Literal[1, True, 1])
print(List[int] | None, None | Dict[str, int], T | int, int | T, Optional[T][int])

# equality and caching
print(List[int] == List[int], List[int] is List[int], List[int] != List[str])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Tuple[int] == Tuple[int,])
print(Dict[str, int] == Dict[str, int], Callable[[int], str] == Callable[[int], str])
print(Annotated[int, "x"] == Annotated[int, "x"], Annotated[int, "x"] == Annotated[int, "y"])

# substitution
print(Dict[str, T][int], Dict[K, List[V]][str, int], Callable[[T], T][int])
print(Callable[..., T][bytes], Tuple[T, ...][int], Type[T][str], Optional[List[T]][int])
print(Union[int, T][str], Union[T, K][int, str], Annotated[List[T], "m"][int])
print(Callable[P, int][[int, str]], Callable[Concatenate[int, P], int][[str]])
print(List[T].__parameters__, Dict[K, V].__parameters__, Dict[str, List[T]].__parameters__)
print(Callable[[K], V].__parameters__, List[int].__parameters__)

# errors
attempt("List[int][str]", lambda: List[int][str])
attempt("List[int, str]", lambda: List[int, str])
attempt("Dict[int]", lambda: Dict[int])
attempt("Hashable[int]", lambda: Hashable[int])
attempt("Dict[T, V][int]", lambda: Dict[K, V][int])
attempt("Callable[int]", lambda: Callable[[int]])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("Union[()]", lambda: Union[()])
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("Annotated[int]", lambda: Annotated[int])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Generic[()]", lambda: Generic[()])
attempt("List[Union]", lambda: List[Union])
attempt("List[Generic]", lambda: List[Generic])
attempt("List[ClassVar[int]]", lambda: List[ClassVar[int]])
attempt("List[Final]", lambda: List[Final])
attempt("NoReturn[int]", lambda: NoReturn[int])
attempt("Generic[T][int]", lambda: Generic[T][int])
attempt("Concatenate[int]", lambda: Concatenate[int, int])
attempt("Union[int, str][int]", lambda: Union[int, str][int])
attempt("TypeVar one constraint", lambda: TypeVar("X", int))
attempt("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("TypeVar constraints and bound", lambda: TypeVar("X", int, str, bound=int))

# calling
attempt("List()", lambda: List())
attempt("List[int]()", lambda: List[int]())
attempt("Dict[str, int]()", lambda: Dict[str, int]())
attempt("Any()", lambda: Any())
attempt("NoReturn()", lambda: NoReturn())
attempt("Union[int, str]()", lambda: Union[int, str]())
attempt("Annotated()", lambda: Annotated())
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]("abca"))
print(OrderedDict[str, int](a=1), ChainMap[str, int]({"a": 1}))

# isinstance and issubclass
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance({1}, Set))
print(isinstance(len, Callable), isinstance(3, Hashable), isinstance([], Hashable))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance(iter([]), Iterator))
print(isinstance(int, Type), issubclass(list, List), issubclass(dict, MutableMapping))
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]))
print(isinstance(None, Optional[int]), isinstance("x", Optional[int]), issubclass(bool, Union[int, str]))
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(3.5, SupportsFloat))
print(isinstance(3.5, SupportsIndex), isinstance(True, SupportsIndex), isinstance(-2, SupportsAbs))
print(isinstance(2.5, SupportsRound), isinstance("s", SupportsRound))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("issubclass List[int]", lambda: issubclass(list, List[int]))
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance Union[List[int], str]", lambda: isinstance(1, Union[List[int], str]))

# TypeVar attributes
print(T.__name__, T.__constraints__, T.__bound__, T.__covariant__, T.__contravariant__)
print(Num.__constraints__, T_co.__covariant__, T_contra.__contravariant__, B.__bound__)
print(P.__name__, P.args.__origin__ is P, P.args == P.args, AnyStr.__constraints__)

# get_origin and get_args
for tp in [List[int], Dict[str, int], Union[int, str], Optional[int], Literal[1, 2],
           Callable[[int, str], bool], Callable[..., int], Callable[P, int],
           Annotated[int, "a", "b"], ClassVar[int], Tuple[int, ...], Generic, Generic[T],
           List, Callable, int, None, collections.abc.Callable[[int], str],
           collections.abc.Mapping[str, int], Type[int], P.args, Concatenate[int, P]]:
    print(repr(tp), "|", get_origin(tp), "|", get_args(tp))


# Generic classes
class Stack(Generic[T]):
    """A stack."""

    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items})"


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s, type(s), isinstance(s, Stack), s.__orig_class__, Stack.__doc__)
print(Stack.__parameters__, Stack.__orig_bases__, Stack.__mro__, Stack.__bases__)
print(Stack[int], Stack[str] == Stack[str], Stack[T], Stack[List[T]][int], type(Stack))
attempt("Stack[int, str]", lambda: Stack[int, str])
attempt("Stack[int][str]", lambda: Stack[int][str])
plain = Stack()
plain.push("x")
print(plain, hasattr(plain, "__orig_class__"))


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__bases__)
attempt("IntStack[int]", lambda: IntStack[int])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


print(Pair("a", 1), Pair[str, int]("b", 2), Pair[str, int], Pair.__parameters__)
attempt("Pair[int]", lambda: Pair[int])


class Both(Stack[T], Pair[T, V]):
    pass


print(Both.__parameters__, Both.__mro__)


class Reordered(Pair[V, K], Generic[K, V]):
    pass


print(Reordered.__parameters__, Reordered[int, str])
attempt("plain Generic base", lambda: type("X", (Generic,), {}))
try:
    class Twice(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("Twice:", e)
try:
    class Missing(Stack[T], Generic[K]):
        pass
except TypeError as e:
    print("Missing:", e)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList.__orig_bases__, MyList([1, 2]))


class MyMapping(Mapping[K, V]):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        return self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


mm = MyMapping[str, int]({"x": 1})
print(MyMapping.__mro__, MyMapping.__parameters__, dict(mm), isinstance(mm, Mapping))


# generics with ABC
class Repository(ABC, Generic[T]):
    @abstractmethod
    def get(self, key: int) -> Optional[T]:
        ...

    def get_all(self) -> List[T]:
        return [x for x in (self.get(i) for i in range(3)) if x is not None]


class Names(Repository[str]):
    def get(self, key):
        return "name%d" % key if key else None


print(Names().get_all(), Names.__mro__, Repository.__parameters__)
attempt("Repository()", Repository)


class Node(Generic[T]):
    def __init__(self, value: T, next: "Optional[Node[T]]" = None):
        self.value = value
        self.next = next

    def walk(self) -> Iterator[T]:
        node = self
        while node is not None:
            yield node.value
            node = node.next


print(list(Node(1, Node(2, Node(3))).walk()))


# Protocols
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        return "closed"


class Nothing:
    pass


print(isinstance(File(), Closable), isinstance(Nothing(), Closable), issubclass(File, Closable))
print(Closable._is_protocol, Closable.__mro__)
attempt("Closable()", Closable)


class Named(Protocol):
    name: str


attempt("isinstance non-runtime", lambda: isinstance(File(), Named))


@runtime_checkable
class HasName(Protocol):
    name: str

    def greet(self) -> str:
        ...


class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


print(isinstance(Person("ann"), HasName), isinstance(File(), HasName))
attempt("issubclass data protocol", lambda: issubclass(Person, HasName))


class ExplicitFile(Closable):
    pass


print(ExplicitFile._is_protocol, isinstance(ExplicitFile(), Closable), ExplicitFile().close())


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self):
        return 1


print(Box[int], Box.__parameters__, isinstance(IntBox(), Box))


class SubBox(Box[T], Protocol):
    def put(self, item: T) -> None:
        ...


print(SubBox.__parameters__, SubBox._is_protocol)
try:
    class BadProtocol(Protocol, int):
        pass
except TypeError as e:
    print("BadProtocol:", e)
attempt("runtime_checkable(int)", lambda: runtime_checkable(int))


class SupportsLessThan(Protocol):
    def __lt__(self, other: Any) -> bool:
        ...


LT = TypeVar("LT", bound=SupportsLessThan)


def biggest(items: Sequence[LT]) -> LT:
    return max(items)


print(biggest([3, 9, 2]), biggest("hello"))


# NamedTuple
class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._fields, p._field_defaults, Point.__annotations__, Point.__doc__)
print(p._replace(x=1), p._asdict(), Point._make([5, 6, "q"]), isinstance(p, tuple), p == (3, -4, "p"))
print(Point.__mro__, Point.__name__, Point.__module__)
attempt("Point()", lambda: Point())
try:
    class BadOrder(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("BadOrder:", e)
try:
    class Overwrite(NamedTuple):
        x: int

        def _asdict(self):
            pass
except AttributeError as e:
    print("Overwrite:", e)
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("guido", 3), Employee.__annotations__, Employee._fields)
Keyword = NamedTuple("Keyword", a=int, b=str)
print(Keyword(1, "z"))
attempt("both forms", lambda: NamedTuple("Bad", [("a", int)], b=str))


# TypedDict
class Movie(TypedDict):
    name: str
    year: int


class Extended(Movie, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__),
      sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__,
      Extended.__annotations__, Extended.__mro__)
attempt("isinstance TypedDict", lambda: isinstance(m, Movie))
attempt("issubclass TypedDict", lambda: issubclass(dict, Movie))


class Mixed(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: int


print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
Point2D = TypedDict("Point2D", {"x": int, "y": int})
print(Point2D(x=1, y=2), Point2D.__annotations__, Point2D.__total__, Point2D.__name__)
Loose = TypedDict("Loose", {"x": int}, total=False)
print(sorted(Loose.__optional_keys__), is_typeddict(Movie), is_typeddict(dict), is_typeddict(m))
try:
    class BadTD(TypedDict, int):
        pass
except TypeError as e:
    print("BadTD:", e)


# NewType
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId).__name__)
print(Optional[UserId], List[UserId], UserId | None)
Derived = NewType("Derived", UserId)
print(Derived(7), Derived.__supertype__)


# annotations and get_type_hints
class Base:
    x: int
    y: "List[int]"
    z: Optional["Base"] = None
    w: Annotated[int, "meta"]
    c: ClassVar[int] = 3
    n: None


class Derived2(Base):
    q: "str"
    r: Dict[str, "Base"]


print(Base.__annotations__["x"], Base.__annotations__["y"])
print(get_type_hints(Base))
print(get_type_hints(Derived2))
print(get_type_hints(Derived2, include_extras=True)["w"])
attempt("get_type_hints(3)", lambda: get_type_hints(3))
print(ForwardRef("int"), ForwardRef("x") == ForwardRef("x"), List["int"].__args__)
attempt("ForwardRef('1 +')", lambda: ForwardRef("1 +"))


@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    extra: Dict[str, Any] = field(default_factory=dict)
    parent: Optional["Item"] = None
    count: ClassVar[int] = 0


print(Item("a"), [f for f in Item.__dataclass_fields__], Item.__annotations__["tags"])


# helpers
print(cast(int, "not an int"), cast("List[int]", [1]), typing.assert_type(3, int))
attempt("assert_never", lambda: assert_never("value"))
attempt("assert_never long", lambda: assert_never("x" * 150))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"), len(typing.get_overloads(double)))


@overload
def only(x: int) -> int:
    ...


attempt("only overloads", lambda: only(1))
typing.clear_overloads()
print(typing.get_overloads(double))


@final
class Leaf:
    @final
    def method(self):
        return "leaf"


print(Leaf.__final__, Leaf().method(), Leaf.method.__final__)


@no_type_check
def untyped(x: "not a type") -> "nor this":
    return x


print(untyped(4), untyped.__no_type_check__, get_type_hints(untyped))

Vector = List[float]
Handler = Callable[[str, int], Optional[bool]]
JSON = Union[Dict[str, Any], List[Any], str, int, float, bool, None]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


print(scale(2.0, [1.0, 1.5]), Vector, Handler, JSON)
if TYPE_CHECKING:
    print("never printed")
print(sorted(typing.__all__)[:8], len(typing.__all__))
