"""Parsing of date and time strings by format (Gilt's _strptime).

The one parser behind time.strptime (`_strptime_time`, a time.struct_time) and
datetime.datetime.strptime (`_strptime_datetime`). It follows CPython 3.11's rules for the
C locale: the directives a A b B c d f G H I j m M p S u U V w W x X y Y z Z %, a run of
whitespace in the format matching any run of whitespace (at least one), letters matched
without regard to case, %Z naming UTC, GMT or time.tzname, and CPython's error messages
("time data ... does not match format ...", "unconverted data remains: ...", bad and
stray directives, the ISO week rules).
"""

import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday")
_DAY_ABBRS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_MONTH_ABBRS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                "nov", "dec")

_SIMPLE = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}
_LOCALE_FORMATS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_SPECIAL = frozenset("\\.^$*+?(){}[]|")
_cache = {}
_zones = None
_re = None


def _alternatives(name, words):
    words = sorted(words, key=len, reverse=True)
    if not any(words):
        return ""
    return "(?P<%s>%s)" % (name, "|".join([_re.escape(w) for w in words]))


def _zone_sets():
    """(names meaning standard time, names meaning daylight time), lower-case, for the
    current time.tzname (the table of patterns is rebuilt when it changes)."""
    global _zones
    key = (_time.tzname, _time.daylight)
    if _zones is None or _zones[0] != key:
        plain = ["utc", "gmt"]
        if _time.tzname[0].lower() not in plain:
            plain.append(_time.tzname[0].lower())
        saving = [_time.tzname[1].lower()] if _time.daylight else []
        table = {
            "a": _alternatives("a", _DAY_ABBRS),
            "A": _alternatives("A", _DAY_NAMES),
            "b": _alternatives("b", _MONTH_ABBRS),
            "B": _alternatives("B", _MONTH_NAMES),
            "p": _alternatives("p", ["am", "pm"]),
            "Z": _alternatives("Z", plain + saving),
        }
        _zones = (key, (plain, saving), table)
    return _zones


def _pattern(fmt, names, keys):
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c == "%":
            i += 1
            if i >= n:
                raise IndexError
            c = fmt[i]
            i += 1
            if c in _SIMPLE:
                out.append(_SIMPLE[c])
                if c != "%":
                    keys.append(c)
            elif c in names:
                out.append(names[c])
                keys.append(c)
            elif c in _LOCALE_FORMATS:
                out.append(_pattern(_LOCALE_FORMATS[c], names, keys))
            elif c.isspace() or c in _SPECIAL:
                # CPython escapes the format before reading directives: '%' then sees '\'
                raise KeyError("\\")
            else:
                raise KeyError(c)
        elif c.isspace():
            i += 1
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        elif c in _SPECIAL:
            out.append("\\" + c)
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _compile(fmt):
    global _re
    if _re is None:
        import re
        _re = re
    zones = _zone_sets()
    key = (fmt, zones[0])
    entry = _cache.get(key)
    if entry is None:
        keys = []
        try:
            pattern = _pattern(fmt, zones[2], keys)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) \
                from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        entry = (_re.compile(pattern, _re.IGNORECASE), keys)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[key] = entry
    return entry


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _julian_uw(year, week, wd, monday_first):
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        wd = (wd + 1) % 7
    if week == 0:
        return 1 + wd - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + wd


def _julian_v(iso_year, iso_week, iso_wd):
    correction = _date(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_wd - correction
    if ordinal < 1:
        ordinal += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= _date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _offset(v):
    """%z's text as (seconds, microseconds) east of UTC."""
    if v == "Z":
        return 0, 0
    z = v
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % v)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    rest = z[8:]
    fraction = int(rest + "0" * (6 - len(rest)))
    if z[0] == "-":
        return -seconds, -fraction
    return seconds, fraction


def _strptime(data, fmt="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff),
    microseconds, gmtoff's microseconds) for `data` read as `fmt` describes it."""
    for index, arg in enumerate([data, fmt]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg)))
    regex, keys = _compile(fmt)
    found = regex.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    groups = found.groupdict()
    for key in keys:
        v = groups[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _MONTH_NAMES.index(v.lower()) + 1
        elif key == "b":
            month = _MONTH_ABBRS.index(v.lower()) + 1
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = (groups.get("p") or "").lower()
            if ampm == "" or ampm == "am":
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _DAY_NAMES.index(v.lower())
        elif key == "a":
            weekday = _DAY_ABBRS.index(v.lower())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key == "U" or key == "W":
            week_of_year = int(v)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            gmtoff, gmtoff_fraction = _offset(v)
        elif key == "Z":
            isdst = _zone_isdst(v.lower())
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', "
                             "'%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with "
                             "ISO year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', "
                             "'%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_uw(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_v(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        result = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year = result.year
        month = result.month
        day = result.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst,
             groups.get("Z"), gmtoff), fraction, gmtoff_fraction)


def _zone_isdst(zone):
    """tm_isdst for a %Z name: 0 or 1 by time.tzname, -1 when that cannot tell."""
    plain, saving = _zone_sets()[1]
    for isdst, names in enumerate((plain, saving)):
        if zone in names:
            if (_time.tzname[0] == _time.tzname[1] and _time.daylight
                    and zone not in ("utc", "gmt")):
                return -1
            return isdst
    return -1


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a time.struct_time."""
    return _time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data, fmt="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of `cls`, aware when the format had %z."""
    tt, fraction, gmtoff_fraction = _strptime(data, fmt)
    zone, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(delta, zone) if zone else _timezone(delta),)
    return cls(*args)
