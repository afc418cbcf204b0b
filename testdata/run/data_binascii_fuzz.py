# Random base64, quoted-printable and uu inputs through binascii's lenient
# and strict decoders, compared with CPython.
import binascii, _random
r = _random.Random(3)
alpha = b'ABCDEFGHabcdefgh0123+/=== \n!-_'
out = []
for n in range(800):
    s = bytes(alpha[int(r.random() * len(alpha))] for _ in range(int(r.random() * 14)))
    for strict in (False, True):
        try:
            out.append(binascii.a2b_base64(s, strict_mode=strict).hex())
        except binascii.Error as e:
            out.append('E' + str(e))
    q = bytes(int(r.random() * 256) if r.random() < 0.3 else alpha[int(r.random() * len(alpha))] for _ in range(int(r.random() * 100)))
    out.append(binascii.b2a_qp(q, r.random() < 0.5, r.random() < 0.5, r.random() < 0.5).hex())
    out.append(binascii.a2b_qp(q, r.random() < 0.5).hex())
    try:
        out.append(binascii.a2b_uu(q[:62]).hex())
    except binascii.Error as e:
        out.append('U' + str(e))
print('\n'.join(out))
