"""Pure-Python AES-256 in CTR mode (pyperformance "crypto_pyaes"
workload): encrypt then decrypt 23,000 bytes per loop. The cipher is
checked against the FIPS-197 AES-256 test vector and the round trip.
"""

import pyperf

CLEARTEXT = b"This is a test. What could possibly go wrong? " * 500
KEY = b"\xa1\xf6%\x8c\x87}_\xcd\x89dHE8\xbf\xc9,"  # 16 bytes, doubled below
KEY = KEY + KEY[::-1]


def _xtime(a):
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def _mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xtime(a)
        b >>= 1
    return r


def _make_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if _mul(a, b) == 1:
                inv[a] = b
                break
    sbox = []
    for a in range(256):
        x = inv[a]
        s = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            s ^= x
        sbox.append(s ^ 0x63)
    return sbox


SBOX = _make_sbox()
MUL2 = [_mul(a, 2) for a in range(256)]
MUL3 = [_mul(a, 3) for a in range(256)]


class AES(object):
    def __init__(self, key):
        if len(key) not in (16, 24, 32):
            raise ValueError("invalid key size")
        nk = len(key) // 4
        self.rounds = nk + 6
        words = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
        rcon = 1
        for i in range(nk, 4 * (self.rounds + 1)):
            t = list(words[i - 1])
            if i % nk == 0:
                t = [SBOX[b] for b in t[1:] + t[:1]]
                t[0] ^= rcon
                rcon = _xtime(rcon)
            elif nk > 6 and i % nk == 4:
                t = [SBOX[b] for b in t]
            words.append([a ^ b for a, b in zip(words[i - nk], t)])
        self.round_keys = [sum(words[4 * r:4 * r + 4], []) for r in range(self.rounds + 1)]

    def encrypt_block(self, block):
        s = [b ^ k for b, k in zip(block, self.round_keys[0])]
        sbox, m2, m3 = SBOX, MUL2, MUL3
        for r in range(1, self.rounds + 1):
            # SubBytes + ShiftRows (state is column-major: s[4*c + row])
            t = [sbox[s[(i + 4 * (i % 4)) % 16]] for i in range(16)]
            if r != self.rounds:
                u = []
                for c in range(4):
                    a0, a1, a2, a3 = t[4 * c:4 * c + 4]
                    u.append(m2[a0] ^ m3[a1] ^ a2 ^ a3)
                    u.append(a0 ^ m2[a1] ^ m3[a2] ^ a3)
                    u.append(a0 ^ a1 ^ m2[a2] ^ m3[a3])
                    u.append(m3[a0] ^ a1 ^ a2 ^ m2[a3])
                t = u
            k = self.round_keys[r]
            s = [a ^ b for a, b in zip(t, k)]
        return s


class CounterMode(object):
    def __init__(self, aes, counter=1):
        self.aes = aes
        self.counter = counter
        self.stream = []

    def crypt(self, data):
        out = bytearray(len(data))
        stream = self.stream
        for i, b in enumerate(data):
            if not stream:
                stream = self.aes.encrypt_block(self.counter.to_bytes(16, "big"))
                stream.reverse()
                self.counter += 1
            out[i] = b ^ stream.pop()
        self.stream = stream
        return bytes(out)


def self_test():
    key = bytes(range(32))
    plain = bytes.fromhex("00112233445566778899aabbccddeeff")
    got = bytes(AES(key).encrypt_block(plain)).hex()
    if got != "8ea2b7ca516745bfeafc49904b496089":
        raise RuntimeError("crypto_pyaes self-check failed: FIPS-197 vector gave %s" % got)


def bench_pyaes(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        ciphertext = CounterMode(AES(KEY)).crypt(CLEARTEXT)
        plaintext = CounterMode(AES(KEY)).crypt(ciphertext)
    dt = pyperf.perf_counter() - t0
    if plaintext != CLEARTEXT or ciphertext == CLEARTEXT:
        raise RuntimeError("crypto_pyaes self-check failed: round trip")
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Pure-Python Implementation of the AES block-cipher"
    self_test()
    runner.bench_time_func("crypto_pyaes", bench_pyaes)
