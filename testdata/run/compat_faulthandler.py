# The faulthandler module: the enabled flag, dump_traceback, the watchdog API.
import faulthandler, sys, io
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
def inner():
    buf = io.StringIO()
    try:
        faulthandler.dump_traceback(buf, all_threads=False)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
inner()
faulthandler.dump_traceback(sys.stdout, all_threads=False)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print(e)
faulthandler.dump_traceback_later(60, exit=True)
faulthandler.cancel_dump_traceback_later()
