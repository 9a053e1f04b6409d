# The datetime module: timedelta, date, time, datetime, tzinfo, timezone.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print("== constants")
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC, datetime.UTC is timezone.utc)
print(sorted(datetime.__all__))
print(date.min, date.max, date.resolution)
print(dt.min, dt.max, dt.resolution)
print(time.min, time.max, time.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(repr(timezone.utc), repr(timezone.min), repr(timezone.max))
print(date, dt, time, timedelta, timezone, tzinfo)
print(issubclass(dt, date), issubclass(timezone, tzinfo), type(dt.now()).__name__)

print("== timedelta construction")
for args, kwargs in [
    ((), {}), ((1,), {}), ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}),
    ((), {"weeks": 1, "hours": -3, "milliseconds": 1.5}),
    ((1.5, 2.25, 0.5), {}), ((), {"microseconds": 0.5}), ((), {"microseconds": 1.5}),
    ((), {"microseconds": 2.5}), ((), {"microseconds": -0.5}), ((), {"microseconds": -1.5}),
    ((), {"days": 0.1, "hours": 0.1, "minutes": 0.1, "seconds": 0.1, "milliseconds": 0.1,
          "microseconds": 0.1, "weeks": 0.1}),
    ((), {"seconds": 86400 * 3 + 7}), ((), {"days": True}),
    ((), {"days": 999999999, "hours": 24}), ((), {"days": -999999999, "microseconds": -1}),
    ((), {"days": 2 ** 31}), ((), {"days": 1e9}), ((float("inf"),), {}),
    ((float("nan"),), {}), ((1, "x"), {}), ((), {"hours": None}),
]:
    show("timedelta%r %r" % (args, kwargs), lambda: timedelta(*args, **kwargs))

print("== timedelta str, attributes")
for td in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 3723, 4),
           timedelta(-2, 5), timedelta(microseconds=-1), timedelta.max, timedelta.min,
           timedelta(hours=-25, seconds=1)]:
    print(str(td), "|", repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(),
          bool(td))

print("== timedelta arithmetic")
a = timedelta(days=1, hours=2, microseconds=7)
b = timedelta(hours=-5, seconds=30)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * a, a * -2, a * 0.5, 0.1 * a, a * 2.5, b * (1 / 3))
print(a / 2, a / 3, a / 7, a / 0.25, a / b, a // b, a // 7, a % b, divmod(a, b))
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2,
      timedelta(microseconds=-3) / 2, timedelta(microseconds=1) * 0.5,
      timedelta(microseconds=3) * 0.5)
print(a == timedelta(1, 7200, 7), a != b, a > b, a <= b, a == 1, a != "x")
print(hash(a) == hash(timedelta(hours=26, microseconds=7)))
for expr in ["a / 0", "a / 0.0", "a // 0", "a / timedelta(0)", "a // timedelta(0)",
             "a % timedelta(0)", "divmod(a, timedelta(0))", "a * float('inf')",
             "a * float('nan')", "a + 1", "1 + a", "a - 1.5", "1 - a", "a // 1.5",
             "a % 2", "divmod(a, 2)", "2 / a", "a * a", "timedelta.max + a",
             "timedelta.min - a", "-timedelta.max", "-timedelta.min", "a * 10**9",
             "a * 10**20", "a * 1e300"]:
    show(expr, lambda: eval(expr))
try:
    a.days = 3
except AttributeError as e:
    print("AttributeError", e)

print("== date")
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.isoformat(), d.ctime())
print(d.timetuple())
print(d.replace(day=1), d.replace(2023, 3), date(1, 1, 1).toordinal(), date.max.toordinal())
print(date.fromordinal(1), date.fromordinal(738945), date.fromordinal(3652059))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for y in [1, 4, 100, 400, 1900, 2000, 2004, 2020, 2021, 9999]:
    first, last = date(y, 1, 1), date(y, 12, 31)
    print(y, first.isocalendar(), last.isocalendar(), last.toordinal() - first.toordinal())
print(d + timedelta(1), d - timedelta(days=366), timedelta(-59) + d, d - date(2000, 1, 1))
print(date(2020, 1, 1) - timedelta(seconds=1), date(2020, 1, 1) + timedelta(hours=47))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date.max, d != d, d == "d")
print(hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)])
for expr in ["date(2020)", "date(2020, 1)", "date()", "date(2020.0, 1, 1)",
             "date('x', 1, 1)", "date(0, 1, 1)", "date(10000, 1, 1)", "date(2020, 13, 1)",
             "date(2020, 2, 30)", "date(2021, 2, 29)", "date(10**10, 1, 1)",
             "date(-10**10, 1, 1)", "date(10**30, 1, 1)", "date(True, True, True)",
             "date(0, 13, 1.5)", "date.fromordinal(0)", "date.fromordinal(3652060)",
             "date.fromordinal(1.5)", "date.fromisocalendar(0, 1, 1)",
             "date.fromisocalendar(2020, 54, 1)", "date.fromisocalendar(2021, 53, 1)",
             "date.fromisocalendar(2020, 1, 8)", "date.fromisocalendar(9999, 52, 7)",
             "date.max + timedelta(1)", "date.min - timedelta(1)", "d + d", "d - 1",
             "d + 1", "1 + d", "d.replace(month=13)", "d.replace(1.5)"]:
    show(expr, lambda: eval(expr))
try:
    d.year = 3
except AttributeError as e:
    print("AttributeError", e)

print("== date.fromisoformat")
for s in ["2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W01-3", "2020W013",
          "2020-W53", "2020-W54-1", "2020-W01-8", "2020-13-01", "2020-02-30",
          "0000-01-01", "0000-W01-1", "20200101xx", "2020-01-01 ", "2020-1-1",
          "9999-W52-7", "2020-001", "", "2020-01-01T00:00"]:
    show("date.fromisoformat(%r)" % s, lambda: date.fromisoformat(s))
show("date.fromisoformat(1)", lambda: date.fromisoformat(1))

print("== time")
t = time(13, 4, 5, 600)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4, fold=1)))
print(repr(time(1, tzinfo=timezone.utc, fold=1)), str(time(1, tzinfo=timezone(timedelta(hours=-3)))))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(1).isoformat(timespec=spec))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), t.replace(fold=1).fold)
print(t < time(14), t == time(13, 4, 5, 600), bool(time(0)), t == 5)
tz1 = timezone(timedelta(hours=1))
print(time(1, tzinfo=tz1) == time(0, tzinfo=timezone.utc), time(1, tzinfo=tz1) < time(0, 30, tzinfo=timezone.utc))
print(hash(time(1, tzinfo=tz1)) == hash(time(0, tzinfo=timezone.utc)), time(1) == time(1, tzinfo=tz1))
print(time(1, tzinfo=tz1).utcoffset(), time(1, tzinfo=tz1).tzname(), time(1, tzinfo=tz1).dst(), time(1).utcoffset())
for expr in ["time(24)", "time(1, 60)", "time(1, 1, 60)", "time(1, 1, 1, 10**6)", "time(-1)",
             "time(fold=2)", "time(tzinfo=1)", "time(1.5)", "time(1) < time(1, tzinfo=tz1)",
             "time(1) + timedelta(1)", "t.isoformat('x')", "t.isoformat(1)",
             "t.replace(hour=24)"]:
    show(expr, lambda: eval(expr))
for s in ["12", "1230", "T12:30", "12:30:45.123", "12:30:45,5", "12:30Z", "12:30+05:30",
          "123045.5-0130", "T", "", "12:3", "24:00", "12:30:45.1234567", "12é"]:
    show("time.fromisoformat(%r)" % s, lambda: time.fromisoformat(s))

print("== datetime")
x = dt(2024, 1, 2, 3, 4, 5, 600000)
print(x, repr(x), x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond)
print(repr(dt(2024, 1, 2)), repr(dt(2024, 1, 2, 3, 4, 5)), repr(dt(2024, 1, 2, fold=1)))
print(repr(dt(2024, 1, 2, tzinfo=timezone.utc, fold=1)))
print(x.date(), x.time(), repr(x.timetz()), x.toordinal(), x.weekday(), x.isocalendar(), x.ctime())
print(x.timetuple())
print(x.utctimetuple())
print(x.isoformat(), x.isoformat(" "), x.isoformat("é", "milliseconds"), str(x))
for spec in ["hours", "minutes", "seconds", "microseconds"]:
    print(x.isoformat(timespec=spec))
print(x.replace(year=2000, microsecond=0), x.replace(tzinfo=timezone.utc))
print(dt.combine(date(2020, 5, 6), time(7, 8, tzinfo=tz1)), dt.combine(x, time(1), timezone.utc))
print(x + timedelta(days=1, microseconds=400000), x - timedelta(hours=4), timedelta(weeks=1) + x)
print(x - dt(2020, 1, 1), dt(2020, 1, 1) - x, dt.max - dt.min)
print(x == dt(2024, 1, 2, 3, 4, 5, 600000), x < dt.max, x == x.date(), x != x.date())
for expr in ["dt(2020)", "dt(2020, 1)", "dt(2020, 1, 1, 24)", "dt(2020, 13, 1, 25)",
             "dt(2020, 1, 1, tzinfo=3)", "dt(2020, 1, 1, fold=-1)", "dt(2020, 1, 1, 1.5)",
             "x < x.date()", "x.date() < x", "x >= date(2020, 1, 1)", "x - x.date()",
             "x.date() - x", "x + x", "x - 1", "dt.max + timedelta(microseconds=1)",
             "dt.min - timedelta(microseconds=1)", "x.isoformat('ab')", "x.isoformat(1)",
             "x.isoformat(timespec='x')", "x.replace(fold=2)", "x.replace(tzinfo=1)",
             "dt.combine(1, time())", "dt.combine(x, 1)", "dt.combine(x, time(), 1)",
             "x.strftime(1)", "x.__format__(1)", "x.astimezone(1)"]:
    show(expr, lambda: eval(expr))

print("== aware datetimes")
ny = timezone(timedelta(hours=-5), "NY")
y = dt(2024, 3, 10, 12, 0, tzinfo=ny)
u = y.astimezone(timezone.utc)
print(repr(y), y, y.utcoffset(), y.dst(), y.tzname(), y.timetuple().tm_isdst)
print(repr(u), u == y, hash(u) == hash(y), u - y, y.utctimetuple())
print(y.astimezone(tz1), y.astimezone(timezone(timedelta(hours=5, minutes=30, seconds=15))))
print(y.timestamp(), u.timestamp(), dt(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(y.replace(tzinfo=None) == y, y.replace(tzinfo=None) != y)
for expr in ["y < y.replace(tzinfo=None)", "y - y.replace(tzinfo=None)",
             "dt(1, 1, 1, tzinfo=tz1).utctimetuple()", "dt(1, 1, 1, tzinfo=tz1).astimezone(timezone.utc)"]:
    show(expr, lambda: eval(expr))
print(dt.fromtimestamp(0, timezone.utc), dt.fromtimestamp(1e9, ny), dt.utcfromtimestamp(86400.5))
print(dt.fromtimestamp(1.0000005, timezone.utc), dt.fromtimestamp(1.0000015, timezone.utc),
      dt.fromtimestamp(-1.0000005, timezone.utc), dt.utcfromtimestamp(-0.5))
for expr in ["dt.fromtimestamp('x')", "dt.fromtimestamp(float('nan'))", "dt.fromtimestamp(1e20)",
             "dt.utcfromtimestamp(1e12)", "dt.utcfromtimestamp(-62135596801)",
             "dt.fromtimestamp(0, tz=1)", "date.fromtimestamp(float('inf'))"]:
    show(expr, lambda: eval(expr))
now = dt.now(timezone.utc)
print(now.tzinfo, type(now).__name__, abs(dt.now(timezone.utc) - now) < timedelta(minutes=1))
print(abs(dt.utcnow() - now.replace(tzinfo=None)) < timedelta(minutes=1), type(date.today()).__name__)

print("== datetime.fromisoformat")
for s in ["2020-01-01", "2020-01-01T12", "2020-01-01T1230", "2020-01-01 12:30:45",
          "2020-01-01T12:30:45.5", "2020-01-01T12:30:45,123456789", "2020-01-01T12:30Z",
          "2020-01-01T12:30+0100", "2020-01-01T12:30-01:30:15.5", "2020-01-01é12:30",
          "2020-W01-1T10", "2020W011T10", "20200101T103000", "2020-01-01T24:00",
          "2020-01-01T12:30+24:00", "2020-01-01T12:30+00:00:00.5", "2020-01-01T",
          "2020-01-01T12:30:45.", "2020-01-01T12:30:45 +01:00", "2020-01-01T12.5Z",
          "2020-W01-12", "2020-W01-123", "2020", "2020-01-01T12:30:45:12", "0000-W01-1T10"]:
    show("fromisoformat(%r)" % s, lambda: dt.fromisoformat(s))
for value in [x, y, u, dt(1, 1, 1), dt(9999, 12, 31, 23, 59, 59, 999999, tz1)]:
    print(dt.fromisoformat(value.isoformat()) == value, dt.fromisoformat(str(value)) == value)

print("== timezone")
for off, name in [(timedelta(hours=1), None), (timedelta(hours=-1, seconds=1), None),
                  (timedelta(microseconds=1), None), (timedelta(0), None),
                  (timedelta(hours=5, minutes=30), "IST"), (timedelta(0), "UTC")]:
    z = timezone(off) if name is None else timezone(off, name)
    print(repr(z), str(z), z.utcoffset(None), z.dst(None), z.tzname(None), z.__getinitargs__())
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), "x"),
      hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "A")))
print(tz1.fromutc(dt(2020, 1, 1, tzinfo=tz1)), timezone.utc.utcoffset(x))
for expr in ["timezone(timedelta(hours=24))", "timezone(-timedelta(hours=24))", "timezone(5)",
             "timezone(timedelta(0), 5)", "timezone(timedelta(0), None)", "timezone()",
             "tz1.tzname(1)", "tz1.utcoffset(1)", "tz1.dst(1)", "tz1.fromutc(1)",
             "tz1.fromutc(dt(2020, 1, 1))", "tz1.fromutc(dt(2020, 1, 1, tzinfo=timezone(timedelta(hours=1))))"]:
    show(expr, lambda: eval(expr))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError", e)


print("== tzinfo subclasses")


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, when):
        return self.off

    def dst(self, when):
        return timedelta(0)

    def tzname(self, when):
        return self.name

    def __repr__(self):
        return "Fixed(%r)" % self.name


def first_sunday_on_or_after(day):
    return day + timedelta(days=(6 - day.weekday()) % 7)


class Eastern(tzinfo):
    """US Eastern time with 2007+ rules, fold-aware (like the docs' example)."""

    def _start_end(self, year):
        start = first_sunday_on_or_after(dt(year, 3, 8, 2))
        end = first_sunday_on_or_after(dt(year, 11, 1, 2))
        return start, end

    def dst(self, when):
        if when is None:
            return timedelta(0)
        start, end = self._start_end(when.year)
        naive = when.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if when.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if when.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, when):
        return timedelta(hours=-5) + self.dst(when)

    def tzname(self, when):
        return "EDT" if self.dst(when) else "EST"

    def fromutc(self, when):
        start, end = self._start_end(when.year)
        start = start.replace(tzinfo=self) + timedelta(hours=5)
        end = end.replace(tzinfo=self) + timedelta(hours=4)
        std = when + timedelta(hours=-5)
        day = when + timedelta(hours=-4)
        if end <= when < end + timedelta(hours=1):
            return std.replace(fold=1)
        if start <= when < end:
            return day
        return std


east = Eastern()
f30 = Fixed(-30, "M30")
e1 = dt(2023, 11, 5, 1, 30, tzinfo=east)
e2 = e1.replace(fold=1)
print(repr(f30), dt(2020, 1, 1, tzinfo=f30), dt(2020, 1, 1, tzinfo=f30).tzname())
print(e1, e1.tzname(), e2, e2.tzname(), e1 == e2, e1.utcoffset(), e2.utcoffset())
print(e1.astimezone(timezone.utc), e2.astimezone(timezone.utc))
print(e1 == e1.astimezone(timezone.utc), e2 == e2.astimezone(timezone.utc))
print(hash(e1) == hash(e2), e1 < e2, e2 - e1, e1.timestamp(), e2.timestamp())
u1 = dt(2023, 11, 5, 5, 30, tzinfo=timezone.utc)
for k in range(4):
    v = (u1 + timedelta(minutes=30 * k)).astimezone(east)
    print(v, v.fold, v.tzname(), v.strftime("%H:%M %Z %z"))
spring = dt(2023, 3, 12, 2, 30, tzinfo=east)
print(spring.utcoffset(), spring.replace(fold=1).utcoffset(), spring.astimezone(timezone.utc))
print(dt(2020, 6, 1, tzinfo=east).timetuple().tm_isdst, dt(2020, 1, 1, tzinfo=east).timetuple().tm_isdst)


class NoDst(tzinfo):
    def utcoffset(self, when):
        return timedelta(hours=2)

    def dst(self, when):
        return None


class Bad(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, when):
        return self.off

    def dst(self, when):
        return self.off

    def tzname(self, when):
        return 5


for expr in ["dt(2020, 1, 1, tzinfo=NoDst()).astimezone(NoDst())",
             "NoDst().fromutc(dt(2020, 1, 1, tzinfo=NoDst()))",
             "dt(2020, 1, 1, tzinfo=Bad(1)).utcoffset()",
             "dt(2020, 1, 1, tzinfo=Bad(timedelta(days=1))).utcoffset()",
             "dt(2020, 1, 1, tzinfo=Bad(timedelta(hours=-24))).dst()",
             "dt(2020, 1, 1, tzinfo=Bad(timedelta(0))).tzname()",
             "dt(2020, 1, 1, tzinfo=Bad(timedelta(0))).strftime('%Z')",
             "time(tzinfo=Bad(2)).isoformat()",
             "tzinfo().utcoffset(None)", "tzinfo().dst(None)", "tzinfo().tzname(None)",
             "tzinfo().fromutc(5)", "tzinfo().fromutc(dt(2020, 1, 1))"]:
    show(expr, lambda: eval(expr))

print("== subclasses")


class MyDate(date):
    def double_day(self):
        return self.day * 2


class MyDT(dt):
    pass


class MyDelta(timedelta):
    pass


class MyTime(time):
    pass


md = MyDate(2020, 1, 31)
print(repr(md), md.double_day(), type(md + timedelta(1)).__name__, md + timedelta(1))
print(type(timedelta(1) + md).__name__, type(md - timedelta(1)).__name__, md - date(2020, 1, 1))
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisoformat("2021-02-03")), repr(md.replace(day=1)))
print(repr(MyDate.fromisocalendar(2021, 5, 5)), type(MyDate.today()).__name__)
print(md == date(2020, 1, 31), md == dt(2020, 1, 31), md < dt(2020, 2, 1))
mx = MyDT(2020, 1, 2, 3, 4)
print(repr(mx), repr(mx + timedelta(1)), repr(mx.replace(hour=5)), repr(mx.replace(tzinfo=tz1).astimezone(timezone.utc)))
print(repr(MyDT.combine(date(2020, 1, 1), time(1, fold=1))), repr(MyDT.fromtimestamp(0, timezone.utc)))
print(repr(MyDT.strptime("2020", "%Y")), repr(MyDT.fromisoformat("2020-01-01T01:02")),
      repr(MyDT.utcfromtimestamp(0)), repr(MyDT.fromordinal(1)), type(MyDT.now()).__name__)
print(repr(mx.date()), repr(mx.time()), repr(mx - dt(2020, 1, 1)))
print(repr(MyDelta(1, 2, 3)), repr(MyDelta(1) + MyDelta(2)), repr(-MyDelta(1)), repr(MyDelta(1) * 2))
print(repr(MyTime(1, 2)), repr(MyTime(1).replace(hour=3)), repr(MyTime.fromisoformat("04:05")))
for expr in ["mx < md", "md < mx", "mx == md", "dt(2020, 1, 1) < md", "mx - md", "md - mx"]:
    show(expr, lambda: eval(expr))

print("== strftime")
fmts = ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %c", "%x %X %D %F %T %R %r", "%y %C %g %G %V %U %W %u %w %j",
        "%e|%k|%l|%I|%p|%P", "%n%t%%|%Q|%|%5%|%E|%Ey %EY %Od %OH %Ox",
        "%-d %_d %05d %5d %-5d %^a %#a %#A %^B %#p %^p %10Y %_10a %010a", "%z|%Z|%f|%%z",
        "%5q %^q %-H %_I %3Y %+Y %:z %1j %-1j %20D", "%^c|%#b|%#Eb|%^Eé|%5é|é%Y", ""]
samples = [date(5, 3, 7), date(2024, 12, 30), dt(1, 1, 1), dt(2024, 7, 4, 0, 4, 5, 60),
           dt(2024, 7, 4, 13, 4, 5, tzinfo=timezone(timedelta(hours=-5, seconds=-1, microseconds=-5))),
           dt(2024, 7, 4, 23, 59, tzinfo=timezone(timedelta(hours=5), "a%Yb")),
           dt(9999, 12, 31, 12), time(13, 4, 5, 60), time(0, 0, tzinfo=timezone.utc)]
for obj in samples:
    for f in fmts:
        print(repr(obj.strftime(f)))
print(format(x, ""), format(x, "%d/%m/%Y"), "{:%H.%M}".format(x), f"{date(2020, 1, 2):%j}", f"{time(1, 2)}")
print(repr(x.strftime("a\0b")), repr(x.strftime("%1234567890d")), len(x.strftime("%2000Y")),
      repr(x.strftime("%5000Y")))
print(date(2020, 1, 1).strftime(format="%Y"))

print("== strptime")
cases = [("2024-01-02 03:04:05.678", "%Y-%m-%d %H:%M:%S.%f"), ("Tue Jan  2 03:04:05 2024", "%c"),
         ("01/02/24", "%x"), ("03:04:05", "%X"), ("2 january 69", "%d %B %y"), ("31 dec 68", "%d %b %y"),
         ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("7 PM", "%I %p"), ("7", "%I"), ("2024 123", "%Y %j"),
         ("2024 10 3", "%Y %U %w"), ("2024 10 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"),
         ("2020 53 7", "%G %V %u"), ("2021 1 Monday", "%G %V %A"), ("0001 0 0", "%Y %U %w"),
         ("+0530", "%z"), ("-01:30:15.5", "%z"), ("Z", "%z"), ("Z UTC", "%z %Z"), ("UTC", "%Z"),
         ("+01:0000", "%z"), ("+0100:00", "%z"), ("+99:00", "%z"), ("02-29", "%m-%d"),
         ("2020", "%Q"), ("2020", "%"), ("2020", "% "), ("2020", "%Y%"), ("2020", "%."),
         ("2020x", "%Y"), ("20x", "%Y"), ("2020 5", "%G %V"), ("2020 5 1", "%Y %V %u"),
         ("2020 1", "%G %j"), ("05 1", "%V %u"), ("2020 1 1 3", "%G %V %u %j"),
         ("[2020]", "[%Y]"), ("(2020) a|b", "(%Y) a|b"), ("2020  \t 05", "%Y %m"),
         ("%2020", "%%%Y"), ("t12", "T%H"), ("2020-02-30", "%Y-%m-%d"), ("12:61", "%H:%S"),
         ("1999 12 31 23 59 59 999999", "%Y %m %d %H %M %S %f")]
for s, f in cases:
    show("strptime(%r, %r)" % (s, f), lambda: dt.strptime(s, f))
for expr in ["dt.strptime(1, '%Y')", "dt.strptime('1', 2)", "dt.strptime('2020 12', '%Y %d %d')"]:
    show(expr, lambda: eval(expr))
for value in [x, dt(1000, 2, 3, 4, 5, 6, 7), dt(9999, 12, 31, 23, 59, 59, 999999)]:
    f = "%Y-%m-%dT%H:%M:%S.%f %a %b %j"
    print(dt.strptime(value.strftime(f), f) == value)

print("== IsoCalendarDate")
ic = date(2021, 1, 1).isocalendar()
print(ic, repr(ic), ic.year, ic.week, ic.weekday, ic[0], ic[-1], len(ic), ic == (2020, 53, 5))
print(isinstance(ic, tuple), list(ic), ic + (1,), type(ic).__name__)
try:
    ic.year = 5
except AttributeError as e:
    print("AttributeError", e)

print("== sorting and dicts")
days = [date(2020, 5, 1), date(1999, 1, 1), date(2020, 1, 31), date(1, 1, 1)]
print(sorted(days), min(days), max(days))
stamps = [dt(2020, 1, 1, 12, tzinfo=timezone.utc), dt(2020, 1, 1, 7, tzinfo=ny), dt(2020, 1, 1, 13, tzinfo=tz1)]
print(sorted(stamps), len(set(stamps)))
deltas = [timedelta(hours=h) for h in (5, -3, 0, 30)]
print(sorted(deltas), sum(deltas, timedelta()), max(deltas))
counts = {}
for k in range(10):
    day = date(2020, 1, 1) + timedelta(days=k * 3)
    counts[day.weekday()] = counts.get(day.weekday(), 0) + 1
print(sorted(counts.items()))
