import time
from datetime import datetime as dt, timedelta, timezone, date
print(dt.strptime('2020-01-02 03:04', '%Y-%m-%d %H:%M'), dt.strptime('Mar 5 1999', '%b %d %Y').date())
print(time.strptime('2021-07-04', '%Y-%m-%d')[:7], time.strftime('%j', time.strptime('31 Dec 2020', '%d %b %Y')))
td = timedelta(days=1.5, hours=2, minutes=3, seconds=4.5)
print(td, td.total_seconds(), timedelta(seconds=0.1) * 3, td / 3)
print(dt.fromtimestamp(0, timezone.utc), dt.fromtimestamp(1234567890.5, timezone.utc), dt.utcfromtimestamp(86400 * 365))
print(date.fromtimestamp(0) <= date(1970, 1, 2), dt(2020, 2, 29, 12).timestamp() > 0)
print(dt(2024, 3, 10, 8, 30).strftime('%a %d %b %Y %H:%M:%S %j %U %W %y %p %I'), format(dt(2001, 2, 3), '%x %X %c'))
