# Messages and reprs that differ between CPython's C _datetime and the
# pure-Python datetime pyjit runs are not printed.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal())
print(d + timedelta(days=1), d - date(2000, 1, 1), d.replace(year=2023, day=28), d.strftime('%Y/%m/%d %a %b %j'))
print(date.fromisoformat('2021-03-04'), date.fromordinal(738000), d.isoformat(), d.ctime())
print(date(2020, 1, 1) < date(2020, 1, 2), max(date(2020, 5, 1), date(2019, 1, 1)))
t = time(13, 5, 7, 123)
print(t, repr(t), t.isoformat(), t.replace(hour=1), t.strftime('%H-%M-%S'), time.fromisoformat('04:05:06.5'))
x = dt(2021, 12, 31, 23, 59, 30)
print(x, repr(x), x + timedelta(seconds=45), x.date(), x.time(), x.isoformat(' '), x.timetuple()[:6])
print(dt.fromisoformat('2020-05-06T07:08:09'), dt.combine(d, t))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=500000)
print(td, repr(td), td.total_seconds(), td * 2, td / 3, -td, abs(-td), td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(weeks=2, milliseconds=5), timedelta(microseconds=-1), str(timedelta(0)), timedelta.max, timedelta.min)
utc = timezone.utc
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = dt(2022, 6, 1, 12, 0, tzinfo=utc)
print(a, a.astimezone(tz), a.utcoffset(), tz.tzname(None), a.tzname(), timezone(timedelta(hours=-3)))
print(a.timestamp(), a == a.astimezone(tz), a.isoformat())
print(dt(2020, 1, 1).strftime('%A %B %d %I %p %%'), format(d, '%d.%m.%Y'), f'{x:%H:%M}')
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError')
try:
    dt(2020, 1, 1) - a
except TypeError as e:
    print('TypeError')
print(sorted([dt(2020, 1, 2), dt(2019, 5, 5), dt(2020, 1, 1, 5)]))
print(date.min, date.max, dt.min, time.max, datetime.MINYEAR, datetime.MAXYEAR)
print(hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)])
