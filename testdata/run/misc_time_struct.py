import time
st = time.gmtime(86400 * 365.25 * 30)
print(st, len(st), st.tm_zone, st.tm_gmtoff, st[0], st[-1], st.tm_yday, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), tuple(st)[:3], st[1:3])
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.strftime('%c|%x|%X|%D|%e|%j|%U|%W|%u|%w|%V|%G|%g|%C|%y|%Y|%Z|%z|%k|%l|%p|%P|%q|%h|%n|%t|%%|%F|%T|%R|%r|%a %A %b %B', st))
for secs in [0, 1, 59 * 86400, 1e9, 1234567890.75, -86400 * 400, 951782400, 1104537600, 1230681600, 1293753600]:
    g = time.gmtime(secs)
    print(tuple(g), time.strftime('%Y-%m-%d %H:%M:%S %a %j %U %W %V %G %u', g), time.asctime(g))
print(time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1), 'x']:
    try:
        time.strftime('%Y', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime('%Y-%m-%d', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.mktime(time.localtime(1000)) == 1000.0, time.localtime(0).tm_year >= 1969)
print(type(time.timezone), type(time.daylight), len(time.tzname))
print(time.strftime('%Y', time.localtime()) == str(time.localtime().tm_year))
