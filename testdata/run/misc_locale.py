import _locale as locale
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.CHAR_MAX, locale.CODESET)
print(locale.localeconv())
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL))
print(locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12),
      locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)), locale.nl_langinfo(locale.YESEXPR))
print([locale.nl_langinfo(getattr(locale, 'DAY_' + str(i))) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, 'MON_' + str(i))) for i in range(1, 13)])
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
print(locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, 'POSIX'))
for args in [(locale.LC_ALL, 'xx_YY.bogus'), (99,), (99, 'C'), (locale.LC_ALL, 5), ('x',)]:
    try:
        locale.setlocale(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print(e)
print(issubclass(locale.Error, Exception), locale.Error.__module__, locale.Error.__name__)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strxfrm('abc'))
print(locale.gettext('hello'), locale.dgettext(None, 'hi'), locale.textdomain(None))
print(locale.setlocale(locale.LC_ALL, ''))
print(locale.nl_langinfo(locale.CODESET))
