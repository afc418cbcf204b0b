import _locale
import locale
print(_locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.CHAR_MAX, _locale.CODESET)
print(_locale.localeconv())
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL))
print(locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12),
      locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)), locale.nl_langinfo(locale.YESEXPR))
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
print(locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, 'POSIX'))
for args in [(locale.LC_ALL, 'xx_YY.bogus'), (99,), (locale.LC_ALL, 5), ('x',)]:
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
print(locale.localeconv()['decimal_point'], locale.format_string('%d items', 1234567, grouping=True))
print(locale.format_string('%.2f', 3.14159), locale.str(2.5), locale.atof('3.5'), locale.atoi('42'))
print(locale.currency.__name__, locale.normalize('en_US'), locale.normalize('C.utf8'))
print(locale.delocalize('1,234.5'), locale.localize('1234.5'))
print(locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_ALL, ''))
print(locale.getlocale())
