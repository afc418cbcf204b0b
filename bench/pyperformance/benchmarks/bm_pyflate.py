"""Pure-Python bzip2 and gzip decompression (pyperformance "pyflate" workload).

Setup builds a deterministic payload (pseudo-random words from a fixed-seed
LCG, repeated text, byte runs and a block of pseudo-random binary bytes) and
compresses it with the stdlib's bz2 and gzip modules. Each loop decompresses
both streams with the decoders below, which read their input bit by bit
through a bit-reader class:

* bzip2: stream/block headers, MTF-coded selectors, delta-coded Huffman
  tables, RUNA/RUNB + move-to-front decoding, inverse Burrows-Wheeler
  transform, run-length (RLE1) decoding, block and stream CRCs;
* gzip: member headers, deflate stored, fixed-Huffman and dynamic-Huffman
  blocks, LZ77 back-references, CRC-32 and ISIZE checks.

The gzip input is three members (level 9 text, level 0 binary, a short line)
so that all three deflate block types are decoded; the decoders' output must
equal the payload, whose sha256 is recorded below.
"""

import bz2
import gzip
import hashlib

import pyperf

PAYLOAD_SHA256 = "f386073629f9003aedcfc25ec6cdc2b07955d9b1cd0cbcf07c7e1128ef95977e"
DEFAULT_WORDS = 70000


class DecodeError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# Bit readers


class BitReader(object):
    """Reads bits least-significant first (deflate's order).

    After any read fewer than 8 bits are buffered, so ``align`` (drop the
    rest of the current byte) leaves ``pos`` at the next unread byte.
    """

    __slots__ = ("data", "pos", "buf", "nbits")

    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos
        self.buf = 0
        self.nbits = 0

    def _next_byte(self):
        pos = self.pos
        if pos >= len(self.data):
            raise DecodeError("unexpected end of compressed data")
        self.pos = pos + 1
        return self.data[pos]

    def bit(self):
        if not self.nbits:
            self.buf = self._next_byte()
            self.nbits = 8
        b = self.buf & 1
        self.buf >>= 1
        self.nbits -= 1
        return b

    def bits(self, n):
        while self.nbits < n:
            self.buf |= self._next_byte() << self.nbits
            self.nbits += 8
        value = self.buf & ((1 << n) - 1)
        self.buf >>= n
        self.nbits -= n
        return value

    def align(self):
        self.buf = 0
        self.nbits = 0


class MSBBitReader(BitReader):
    """Reads bits most-significant first (bzip2's order)."""

    __slots__ = ()

    def bit(self):
        if not self.nbits:
            self.buf = self._next_byte()
            self.nbits = 8
        self.nbits -= 1
        return (self.buf >> self.nbits) & 1

    def bits(self, n):
        while self.nbits < n:
            self.buf = ((self.buf & ((1 << self.nbits) - 1)) << 8) | self._next_byte()
            self.nbits += 8
        self.nbits -= n
        return (self.buf >> self.nbits) & ((1 << n) - 1)


# ---------------------------------------------------------------------------
# Canonical Huffman decoding, one bit at a time


class Huffman(object):
    """A canonical prefix code given by its code lengths (0 = unused).

    Codes are assigned in order of (length, symbol), as both deflate and
    bzip2 do. ``decode`` walks the code one bit at a time: at each length
    the codes of that length form a contiguous range starting at ``first``.
    """

    __slots__ = ("counts", "symbols", "maxlen")

    def __init__(self, lengths):
        maxlen = 0
        for n in lengths:
            if n > maxlen:
                maxlen = n
        counts = [0] * (maxlen + 1)
        for n in lengths:
            counts[n] += 1
        counts[0] = 0
        left = 1
        for n in range(1, maxlen + 1):
            left = (left << 1) - counts[n]
            if left < 0:
                raise DecodeError("over-subscribed Huffman code")
        order = sorted(range(len(lengths)), key=lengths.__getitem__)
        self.symbols = [s for s in order if lengths[s]]
        self.counts = counts
        self.maxlen = maxlen

    def decode(self, reader):
        counts = self.counts
        code = first = index = 0
        for length in range(1, self.maxlen + 1):
            code |= reader.bit()
            count = counts[length]
            if code - first < count:
                return self.symbols[index + code - first]
            index += count
            first = (first + count) << 1
            code <<= 1
        raise DecodeError("invalid Huffman code")


# ---------------------------------------------------------------------------
# CRCs


def _make_crc_tables():
    msb = []   # bzip2: CRC-32/BZIP2, polynomial 0x04C11DB7, not reflected
    lsb = []   # gzip: CRC-32, reflected polynomial 0xEDB88320
    for i in range(256):
        c = i << 24
        r = i
        for _ in range(8):
            c = ((c << 1) ^ 0x04C11DB7) if c & 0x80000000 else (c << 1)
            r = ((r >> 1) ^ 0xEDB88320) if r & 1 else (r >> 1)
        msb.append(c & 0xFFFFFFFF)
        lsb.append(r)
    return msb, lsb


BZ_CRC_TABLE, GZ_CRC_TABLE = _make_crc_tables()


def bzip2_crc(data):
    table = BZ_CRC_TABLE
    crc = 0xFFFFFFFF
    for b in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[(crc >> 24) ^ b]
    return crc ^ 0xFFFFFFFF


def crc32(data):
    table = GZ_CRC_TABLE
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


# ---------------------------------------------------------------------------
# bzip2

BZ_BLOCK_MAGIC = 0x314159265359
BZ_END_MAGIC = 0x177245385090


def bzip2_block(r, max_block):
    """Decodes one block after its magic and CRC; returns its bytes."""
    if r.bit():
        raise DecodeError("randomised bzip2 blocks are not supported")
    orig_ptr = r.bits(24)

    # Symbol map: which byte values occur, in two levels of 16.
    used = r.bits(16)
    seq = []
    for i in range(16):
        if used & (0x8000 >> i):
            row = r.bits(16)
            for j in range(16):
                if row & (0x8000 >> j):
                    seq.append(i * 16 + j)
    if not seq:
        raise DecodeError("bzip2 block uses no symbols")
    alpha_size = len(seq) + 2

    # Huffman table selectors, unary- and MTF-coded.
    n_groups = r.bits(3)
    if not 2 <= n_groups <= 6:
        raise DecodeError("bad number of bzip2 Huffman groups")
    n_selectors = r.bits(15)
    if n_selectors < 1:
        raise DecodeError("no bzip2 selectors")
    group_mtf = list(range(n_groups))
    selectors = []
    for _ in range(n_selectors):
        j = 0
        while r.bit():
            j += 1
            if j >= n_groups:
                raise DecodeError("bad bzip2 selector")
        g = group_mtf.pop(j)
        group_mtf.insert(0, g)
        selectors.append(g)

    # Delta-coded code lengths.
    tables = []
    for _ in range(n_groups):
        length = r.bits(5)
        lengths = []
        for _ in range(alpha_size):
            while True:
                if not 1 <= length <= 20:
                    raise DecodeError("bad bzip2 code length")
                if not r.bit():
                    break
                if r.bit():
                    length -= 1
                else:
                    length += 1
            lengths.append(length)
        tables.append(Huffman(lengths))

    # Huffman + RUNA/RUNB + move-to-front decoding.
    eob = alpha_size - 1
    mtf = seq[:]
    block = []
    counts = [0] * 256
    run = 0
    weight = 1
    selector = 0
    left = 0
    table = None
    while True:
        if not left:
            if selector >= n_selectors:
                raise DecodeError("bzip2 selectors exhausted")
            table = tables[selectors[selector]]
            selector += 1
            left = 50
        left -= 1
        sym = table.decode(r)
        if sym <= 1:              # RUNA (0) adds weight, RUNB (1) twice that
            run += weight << sym
            weight <<= 1
            if run > max_block:
                raise DecodeError("bzip2 run too long")
            continue
        if run:
            b = mtf[0]
            block.extend([b] * run)
            counts[b] += run
            run = 0
            weight = 1
        if sym == eob:
            break
        b = mtf.pop(sym - 1)
        mtf.insert(0, b)
        block.append(b)
        counts[b] += 1
        if len(block) > max_block:
            raise DecodeError("bzip2 block too long")
    n = len(block)
    if orig_ptr >= n:
        raise DecodeError("bad bzip2 origin pointer")

    # Inverse Burrows-Wheeler transform: link[j] is the position that
    # follows position j in the original text.
    starts = [0] * 256
    total = 0
    for b in range(256):
        starts[b] = total
        total += counts[b]
    link = [0] * n
    for i in range(n):
        b = block[i]
        link[starts[b]] = i
        starts[b] += 1

    # Walk the links, undoing RLE1 (4 equal bytes + a repeat count).
    out = bytearray()
    p = link[orig_ptr]
    last = -1
    same = 0
    for _ in range(n):
        b = block[p]
        p = link[p]
        if same == 4:
            out.extend(bytes((last,)) * b)
            same = 0
            last = -1
            continue
        if b == last:
            same += 1
        else:
            last = b
            same = 1
        out.append(b)
    return out


def bunzip2(data):
    """Decompresses one or more concatenated bzip2 streams."""
    r = MSBBitReader(data)
    out = bytearray()
    while r.pos < len(data):
        if r.bits(24) != 0x425A68:          # "BZh"
            raise DecodeError("not a bzip2 stream")
        level = r.bits(8) - 0x30
        if not 1 <= level <= 9:
            raise DecodeError("bad bzip2 block size")
        combined = 0
        while True:
            magic = r.bits(48)
            if magic == BZ_BLOCK_MAGIC:
                crc = r.bits(32)
                block = bzip2_block(r, level * 100000)
                if bzip2_crc(block) != crc:
                    raise DecodeError("bzip2 block CRC mismatch")
                combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ crc
                out += block
            elif magic == BZ_END_MAGIC:
                if r.bits(32) != combined:
                    raise DecodeError("bzip2 stream CRC mismatch")
                r.align()
                break
            else:
                raise DecodeError("bad bzip2 block magic")
    return bytes(out)


# ---------------------------------------------------------------------------
# deflate / gzip

LENGTH_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
               35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258)
LENGTH_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
DIST_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
             257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
             8193, 12289, 16385, 24577)
DIST_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
              7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
CODE_LENGTH_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)

FIXED_LITERALS = Huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
FIXED_DISTANCES = Huffman([5] * 30)


def read_dynamic_tables(r):
    n_lit = r.bits(5) + 257
    n_dist = r.bits(5) + 1
    n_clen = r.bits(4) + 4
    if n_lit > 286 or n_dist > 30:
        raise DecodeError("bad dynamic block header")
    clen = [0] * 19
    for i in range(n_clen):
        clen[CODE_LENGTH_ORDER[i]] = r.bits(3)
    clen_code = Huffman(clen)
    total = n_lit + n_dist
    lengths = []
    while len(lengths) < total:
        sym = clen_code.decode(r)
        if sym < 16:
            lengths.append(sym)
        elif sym == 16:
            if not lengths:
                raise DecodeError("repeat with no previous length")
            lengths.extend([lengths[-1]] * (3 + r.bits(2)))
        elif sym == 17:
            lengths.extend([0] * (3 + r.bits(3)))
        else:
            lengths.extend([0] * (11 + r.bits(7)))
    if len(lengths) > total:
        raise DecodeError("code lengths overflow")
    if not lengths[256]:
        raise DecodeError("no end-of-block code")
    return Huffman(lengths[:n_lit]), Huffman(lengths[n_lit:])


def inflate_codes(r, out, literals, distances):
    bits = r.bits
    while True:
        sym = literals.decode(r)
        if sym < 256:
            out.append(sym)
        elif sym == 256:
            return
        else:
            sym -= 257
            if sym >= 29:
                raise DecodeError("bad length code")
            length = LENGTH_BASE[sym] + bits(LENGTH_EXTRA[sym])
            sym = distances.decode(r)
            if sym >= 30:
                raise DecodeError("bad distance code")
            distance = DIST_BASE[sym] + bits(DIST_EXTRA[sym])
            start = len(out) - distance
            if start < 0:
                raise DecodeError("distance too far back")
            for i in range(start, start + length):    # may overlap
                out.append(out[i])


def inflate(data, pos, block_types):
    """Decodes the raw deflate stream at data[pos:]; returns (bytes, end)."""
    r = BitReader(data, pos)
    out = bytearray()
    while True:
        final = r.bit()
        btype = r.bits(2)
        block_types[btype] += 1
        if btype == 0:
            r.align()
            p = r.pos
            if p + 4 > len(data):
                raise DecodeError("truncated stored block")
            n = data[p] | (data[p + 1] << 8)
            if n ^ (data[p + 2] | (data[p + 3] << 8)) != 0xFFFF:
                raise DecodeError("stored block length check failed")
            p += 4
            if p + n > len(data):
                raise DecodeError("truncated stored block")
            out += data[p:p + n]
            r.pos = p + n
        elif btype == 1:
            inflate_codes(r, out, FIXED_LITERALS, FIXED_DISTANCES)
        elif btype == 2:
            literals, distances = read_dynamic_tables(r)
            inflate_codes(r, out, literals, distances)
        else:
            raise DecodeError("reserved deflate block type")
        if final:
            break
    r.align()
    return out, r.pos


def _le32(data, pos):
    if pos + 4 > len(data):
        raise DecodeError("truncated gzip trailer")
    return data[pos] | (data[pos + 1] << 8) | (data[pos + 2] << 16) | (data[pos + 3] << 24)


def gunzip(data, block_types):
    """Decompresses one or more concatenated gzip members."""
    out = bytearray()
    pos = 0
    while pos < len(data):
        if data[pos:pos + 3] != b"\x1f\x8b\x08" or pos + 10 > len(data):
            raise DecodeError("not a gzip member")
        flags = data[pos + 3]
        pos += 10
        if flags & 4:                                   # FEXTRA
            pos += 2 + (data[pos] | (data[pos + 1] << 8))
        if flags & 8:                                   # FNAME
            pos = data.index(b"\0", pos) + 1
        if flags & 16:                                  # FCOMMENT
            pos = data.index(b"\0", pos) + 1
        if flags & 2:                                   # FHCRC
            pos += 2
        member, pos = inflate(data, pos, block_types)
        if _le32(data, pos) != crc32(member):
            raise DecodeError("gzip CRC-32 mismatch")
        if _le32(data, pos + 4) != len(member) & 0xFFFFFFFF:
            raise DecodeError("gzip ISIZE mismatch")
        pos += 8
        out += member
    return bytes(out)


# ---------------------------------------------------------------------------
# Input


def make_inputs(n_words):
    """Returns (payload, text, binary, tail): payload = text + binary + tail."""
    state = [20240611]

    def rand(n):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        return (state[0] >> 8) % n

    letters = "etaoinshrdlucmfwypvbgkjqxz"
    vocab = []
    for _ in range(400):
        size = 2 + rand(6) + rand(5)
        vocab.append("".join(letters[min(rand(26), rand(26))] for _ in range(size)))

    lines = []
    words = []
    for i in range(n_words):
        w = vocab[min(rand(400), rand(400), rand(400))]
        if not words:
            w = w.capitalize()
        words.append(w)
        if len(words) >= 6 + rand(10):
            lines.append(" ".join(words) + (".", ",", ";", "!", "?")[rand(5)])
            words = []
        if i % 700 == 699:
            lines.append("")
    lines.append(" ".join(words) + ".")
    verse = ("The quick brown fox jumps over the lazy dog; "
             "pack my box with five dozen liquor jugs.\n")
    parts = ["\n".join(lines), "\n", verse * 40, "=" * 600, "\n", "ab" * 300, "\n"]
    for k in range(60):
        parts.append("%05d|%s|%08x\n" % (k, vocab[k % 37], (k * 2654435761) & 0xFFFFFFFF))
    text = "".join(parts).encode("ascii") + b"\0" * 3000 + bytes(range(256)) * 4
    binary = bytes(rand(256) for _ in range(3000))
    tail = b"\nend of payload - pyflate\n"
    return text + binary + tail, text, binary, tail


def make_streams(n_words):
    payload, text, binary, tail = make_inputs(n_words)
    bz = bz2.compress(payload, 1)
    gz = (gzip.compress(text, 9, mtime=0)       # dynamic Huffman blocks
          + gzip.compress(binary, 0, mtime=0)   # stored blocks
          + gzip.compress(tail, 9, mtime=0))    # a fixed Huffman block
    if bz2.decompress(bz) != payload or gzip.decompress(gz) != payload:
        raise RuntimeError("pyflate setup: stdlib round trip failed")
    return payload, bz, gz


def bench_pyflate(loops, bz, gz, payload, digest):
    elapsed = 0.0
    for _ in range(loops):
        block_types = [0, 0, 0, 0]
        t0 = pyperf.perf_counter()
        a = bunzip2(bz)
        b = gunzip(gz, block_types)
        elapsed += pyperf.perf_counter() - t0
        if a != payload or hashlib.sha256(a).hexdigest() != digest:
            raise RuntimeError("pyflate self-check failed: bzip2 output differs")
        if b != payload:
            raise RuntimeError("pyflate self-check failed: gzip output differs")
        if not (block_types[0] and block_types[1] and block_types[2]):
            raise RuntimeError("pyflate self-check failed: deflate block types %r"
                               % (block_types[:3],))
    return elapsed


def add_cmdline_args(cmd, args):
    cmd.extend(("--words", str(args.words)))


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.metadata["description"] = "Pure-Python bzip2 and gzip decompression"
    runner.argparser.add_argument("--words", type=int, default=DEFAULT_WORDS,
                                  help="pseudo-random words in the payload (default: %d)"
                                  % DEFAULT_WORDS)
    args = runner.parse_args()
    payload, bz, gz = make_streams(args.words)
    digest = hashlib.sha256(payload).hexdigest()
    if args.words == DEFAULT_WORDS and digest != PAYLOAD_SHA256:
        raise RuntimeError("pyflate self-check failed: payload sha256 %s" % digest)
    runner.bench_time_func("pyflate", bench_pyflate, bz, gz, payload, digest)
