"""Regular expressions in the style of V8's regexp benchmark (pyperformance
"regex_v8" workload): the kinds of expressions web pages run (URL and
cookie parsing, user-agent sniffing, HTML scrubbing, whitespace trimming,
CSS selectors) over a corpus generated at start-up from a fixed seed, with
search, match, sub, split and findall. A digest of all results is checked.
"""

import hashlib
import random
import re

import pyperf

EXPECTED = "a7ddf4f5ddcf4de3"  # sha1 prefix of repr(results), from CPython 3.11

WORDS = ("alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega "
         "news sports video mail search maps images shopping finance").split()
AGENTS = [
    "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.8.1.7) Gecko/20070914 Firefox/2.0.0.7",
    "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0; SLCC1; .NET CLR 2.0.50727)",
    "Opera/9.23 (Windows NT 5.1; U; en)",
    "Mozilla/5.0 (Macintosh; U; Intel Mac OS X; en) AppleWebKit/522.11 (KHTML, like Gecko) Safari/3.0.2",
]


def make_corpus(seed=42):
    rnd = random.Random(seed)
    w = lambda: rnd.choice(WORDS)
    urls = ["http://www.%s.com/%s/%s.html?id=%d&q=%s#%s" % (w(), w(), w(), rnd.randrange(10 ** 6), w(), w())
            for _ in range(200)]
    cookies = ["; ".join("%s=%d" % (w(), rnd.randrange(10 ** 9)) for _ in range(8)) for _ in range(50)]
    html = ["<div class=\"%s %s\" id=\"n%d\"><a href=\"%s\">%s &amp; %s</a><br/>\n  <span>%s</span></div>"
            % (w(), w(), i, rnd.choice(urls), w(), w(), w()) for i in range(300)]
    padded = ["%s%s %s%s" % (" " * rnd.randrange(5), w(), w(), "\t" * rnd.randrange(3)) for _ in range(300)]
    selectors = ["%s.%s > #%s:hover, %s[%s=\"%s\"]" % (w(), w(), w(), w(), w(), w()) for _ in range(100)]
    return urls, cookies, html, padded, selectors


RE_URL = re.compile(r"^(\w+)://([^/:?#]+)(?::(\d+))?(/[^?#]*)?(?:\?([^#]*))?(?:#(.*))?$")
RE_PARAM = re.compile(r"([^&=]+)=([^&]*)")
RE_COOKIE = re.compile(r"(?:^|;\s*)([^=;\s]+)=([^;]*)")
RE_AGENT = re.compile(r"(MSIE|Firefox|Opera|Safari)[/ ]([\d.]+)")
RE_WINDOWS = re.compile(r"Windows NT (\d+\.\d+)")
RE_TAG = re.compile(r"<[^>]+>")
RE_ENTITY = re.compile(r"&(amp|lt|gt|quot);")
RE_CLASS = re.compile(r"class=\"([^\"]*)\"")
RE_TRIM = re.compile(r"^\s+|\s+$")
RE_SPACES = re.compile(r"\s+")
RE_SELECTOR = re.compile(r"([#.:]?)([\w-]+)|\[(\w+)=\"([^\"]*)\"\]|\s*([>,])\s*")
ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}


def workload(corpus):
    urls, cookies, html, padded, selectors = corpus
    out = []
    for u in urls:
        m = RE_URL.match(u)
        out.append(m.group(2))
        out.extend(k + v for k, v in RE_PARAM.findall(m.group(5) or ""))
    for c in cookies:
        out.append(len(RE_COOKIE.findall(c)))
    for a in AGENTS * 25:
        m = RE_AGENT.search(a)
        out.append(m.group(1) if m else "")
        m = RE_WINDOWS.search(a)
        out.append(m.group(1) if m else "-")
    for h in html:
        text = RE_ENTITY.sub(lambda m: ENTITIES[m.group(1)], RE_TAG.sub("", h))
        out.append(text)
        out.extend(RE_CLASS.search(h).group(1).split())
    for p in padded:
        out.append(RE_SPACES.sub(" ", RE_TRIM.sub("", p)))
        out.append(len(RE_SPACES.split(p)))
    for s in selectors:
        out.append(len(RE_SELECTOR.findall(s)))
    return out


def digest(result):
    return hashlib.sha1(repr(result).encode()).hexdigest()[:16]


def bench_regex_v8(loops, corpus):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        result = workload(corpus)
    dt = pyperf.perf_counter() - t0
    if digest(result) != EXPECTED:
        raise RuntimeError("regex_v8 self-check failed: digest %s, expected %s" % (digest(result), EXPECTED))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Test the performance of regexps using V8's benchmarks"
    runner.bench_time_func("regex_v8", bench_regex_v8, make_corpus())
