# logging: loggers, levels, handlers, formatters, filters, propagation,
# LoggerAdapter, exception logging and dictConfig.
import io
import logging
import logging.config

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.WARNING)

log = logging.getLogger("app.db")
log.debug("hidden")
log.warning("disk %d%% full", 91)
log.setLevel(logging.DEBUG)
log.debug("now visible: %s", {"k": 1})
log.info("info")
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLevelName(30), logging.getLevelName("ERROR"))
print(log.parent.name, logging.getLogger("app").getChild("db") is log)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


f = OnlyOdd()
log.addFilter(f)
for i in range(4):
    log.error("n=%d", i)
log.removeFilter(f)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.warning("adapted")
child = logging.getLogger("app.db.pool")
child.propagate = False
child.error("not propagated")
print(stream.getvalue().replace("\n", "|").split("Traceback")[0])
print("ZeroDivisionError: division by zero" in stream.getvalue())

out = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "[%(levelname)s] %(name)s %(message)s"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": out, "formatter": "f", "level": "INFO"}},
    "loggers": {"svc": {"handlers": ["h"], "level": "DEBUG", "propagate": False}},
})
svc = logging.getLogger("svc")
svc.debug("below handler level")
svc.info("started %s", "ok")
svc.critical("boom")
print(out.getvalue(), end="")
rec = logging.LogRecord("n", logging.INFO, "p.py", 3, "m %s", ("a",), None)
print(rec.getMessage(), rec.levelname, rec.lineno)
logging.shutdown()
