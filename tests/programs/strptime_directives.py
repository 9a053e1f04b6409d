import time, datetime

def t(s, f=None):
    try:
        r = time.strptime(s) if f is None else time.strptime(s, f)
        print(repr(s), repr(f), tuple(r), r.tm_zone, r.tm_gmtoff)
    except (ValueError, TypeError) as e:
        print(repr(s), repr(f), type(e).__name__, e)

def d(s, f):
    try:
        r = datetime.datetime.strptime(s, f)
        print(repr(s), repr(f), repr(r))
    except (ValueError, TypeError) as e:
        print(repr(s), repr(f), type(e).__name__, e)

t('2024-02-29 13:45:07', '%Y-%m-%d %H:%M:%S')
t('Tue Dec  8 01:23:26 2026')
t('Thursday, March 14 2024', '%A, %B %d %Y')
t('thu mar 14 24', '%a %b %d %y')
t('69', '%y')
t('68', '%y')
t('07:05 PM', '%I:%M %p')
t('12:00 am', '%I:%M %p')
t('12:30 pm', '%I:%M %p')
t('12', '%I')
t('060', '%j')
t('2024 060', '%Y %j')
t('2023 366', '%Y %j')
t('100%', '%d%%')
t('2024-01-02T03:04:05+0530', '%Y-%m-%dT%H:%M:%S%z')
t('2024-01-02 -07:30', '%Y-%m-%d %z')
t('2024-01-02 Z', '%Y-%m-%d %z')
t('2024 UTC', '%Y %Z')
t('2024 gmt', '%Y %Z')
t('2024 EST', '%Y %Z')
t('   2024   12', '%Y %m')
t('2024    12', '%Y %m')
t('2024\t\n12', '%Y %m')
t('202412', '%Y %m')
t('2024-13-01', '%Y-%m-%d')
t('2024-02-30', '%Y-%m-%d')
t('2024-01-01 extra', '%Y-%m-%d')
t('2024-01-01', '%Y-%m-%d %H')
t('2024', '%Y %')
t('2024', '%Q')
t('2024', '%Y% ')
t('02/29', '%m/%d')
t('12/31/99', '%x')
t('23:59:60', '%X')
t('Mon Jan  1 00:00:00 2024', '%c')
t('2024 10 3', '%Y %W %w')
t('2024 0 0', '%Y %U %w')
t('2024 10 Mon', '%G %V %a')
t('2024 10', '%G %V')
t('10 1', '%V %u')
t('2024 1 1', '%Y %V %u')
t('1.5', '%S.%f')
t(2024, '%Y')
t('2024', 5)
t('x', '')
t('', '')
t('Jan (x) [y]', '%b (x) [y]')
try:
    time.strptime()
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strptime('2020', format='%Y')
except TypeError as e:
    print(type(e).__name__, e)
print(time.strptime('2020', '%Y'))
d('2024-02-29 13:45:07.25', '%Y-%m-%d %H:%M:%S.%f')
d('2024-01-02T03:04:05+05:30', '%Y-%m-%dT%H:%M:%S%z')
d('2024-01-02T03:04:05-0000 UTC', '%Y-%m-%dT%H:%M:%S%z %Z')
d('2024-01-02 UTC', '%Y-%m-%d %Z')
d('2024-01-02 +01:30:15.5', '%Y-%m-%d %z')
d('2024-01-02 +01:3015', '%Y-%m-%d %z')
d('feb 29', '%b %d')
d('nope', '%Y')
d(1, '%Y')
d('1', 1)

class D(datetime.datetime):
    pass
print(type(D.strptime('2020', '%Y')).__name__)
print(datetime.datetime.strptime('5', '%d').date())
