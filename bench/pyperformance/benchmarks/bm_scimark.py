"""SciMark 2.0 kernels in pure Python (pyperformance "scimark" workload):
successive over-relaxation (100x100, 10 cycles), sparse matrix multiply
(1000x1000, 50,000 non-zeros, 10 cycles), Monte Carlo
pi (100,000 samples), LU factorization (100x100) and FFT (1024 points, 50
cycles). Each kernel's numeric result is checked.
"""

import math

import pyperf


class Random(object):
    """SciMark's portable lagged-Fibonacci generator (seed 7 by default)."""

    m1 = (1 << 30) + ((1 << 30) - 1)
    m2 = 1 << 16
    dm1 = 1.0 / float(m1)

    def __init__(self, seed):
        self.m = [0] * 17
        self.seed = seed
        jseed = min(abs(seed), self.m1)
        if jseed % 2 == 0:
            jseed -= 1
        k0 = 9069 % self.m2
        k1 = 9069 // self.m2
        j0 = jseed % self.m2
        j1 = jseed // self.m2
        for i in range(17):
            jseed = j0 * k0
            j1 = (jseed // self.m2 + j0 * k1 + j1 * k0) % (self.m2 // 2)
            j0 = jseed % self.m2
            self.m[i] = j0 + self.m2 * j1
        self.i = 4
        self.j = 16

    def next(self):
        k = self.m[self.i] - self.m[self.j]
        if k < 0:
            k += self.m1
        self.m[self.j] = k
        self.i = 16 if self.i == 0 else self.i - 1
        self.j = 16 if self.j == 0 else self.j - 1
        return self.dm1 * k

    def vector(self, n):
        return [self.next() for _ in range(n)]

    def matrix(self, rows, cols):
        return [self.vector(cols) for _ in range(rows)]


def check(ok, what):
    if not ok:
        raise RuntimeError("scimark self-check failed: " + what)


def sor(n, cycles, omega=1.25):
    g = Random(7).matrix(n, n)
    w4 = omega * 0.25
    w1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi, gim, gip = g[i], g[i - 1], g[i + 1]
            for j in range(1, n - 1):
                gi[j] = w4 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + w1 * gi[j]
    return sum(map(sum, g))


def sparse_mat_mult(n, nz, cycles):
    rnd = Random(7)
    x = rnd.vector(n)
    y = [0.0] * n
    nr = nz // n
    anz = nr * n
    val = rnd.vector(anz)
    col = [0] * anz
    row = [0] * (n + 1)
    for r in range(n):
        rowr = row[r]
        row[r + 1] = rowr + nr
        step = max(r // nr, 1)
        for i in range(nr):
            col[rowr + i] = i * step
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] = s
    return sum(y)


def monte_carlo(samples):
    rnd = Random(113)
    under = 0
    for _ in range(samples):
        x = rnd.next()
        y = rnd.next()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def lu_factor(a, pivot):
    n = len(a)
    for j in range(n):
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, n):
            ab = abs(a[i][j])
            if ab > t:
                jp, t = i, ab
        pivot[j] = jp
        if a[jp][j] == 0:
            raise ZeroDivisionError("singular matrix")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < n - 1:
            aj = a[j]
            for ii in range(j + 1, n):
                aii = a[ii]
                aiij = aii[j]
                for jj in range(j + 1, n):
                    aii[jj] -= aiij * aj[jj]


def lu(n):
    a = Random(7).matrix(n, n)
    pivot = [0] * n
    lu_factor(a, pivot)
    return sum(map(sum, a)), sum(pivot)


def fft_transform(data, direction):
    n = len(data) // 2
    if n == 1:
        return
    logn = n.bit_length() - 1
    # bit-reverse
    j = 0
    for i in range(n - 1):
        ii, jj = 2 * i, 2 * j
        k = n >> 1
        if i < j:
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    for _ in range(logn):
        w_real, w_imag = 1.0, 0.0
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for b in range(0, n, 2 * dual):
            i, j = 2 * b, 2 * (b + dual)
            wd_real, wd_imag = data[j], data[j + 1]
            data[j], data[j + 1] = data[i] - wd_real, data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real, w_imag = tmp_real, tmp_imag
            for b in range(0, n, 2 * dual):
                i, j = 2 * (b + a), 2 * (b + a + dual)
                z1_real, z1_imag = data[j], data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j], data[j + 1] = data[i] - wd_real, data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2


def fft(n, cycles):
    data = Random(7).vector(2 * n)
    orig = list(data)
    for _ in range(cycles):
        fft_transform(data, -1)
        fft_transform(data, 1)
        norm = 1.0 / n
        for i in range(len(data)):
            data[i] *= norm
    return max(abs(a - b) for a, b in zip(data, orig))


def bench_sor(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        r = sor(100, 10)
    dt = pyperf.perf_counter() - t0
    check(abs(r - EXPECTED_SOR) < 1e-6, "sor %r" % r)
    return dt


def bench_sparse(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        r = sparse_mat_mult(1000, 50000, 10)
    dt = pyperf.perf_counter() - t0
    check(abs(r - EXPECTED_SPARSE) < 1e-6, "sparse %r" % r)
    return dt


def bench_monte_carlo(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        r = monte_carlo(100000)
    dt = pyperf.perf_counter() - t0
    check(abs(r - math.pi) < 0.02 and r == EXPECTED_MC, "monte carlo %r" % r)
    return dt


def bench_lu(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        r = lu(100)
    dt = pyperf.perf_counter() - t0
    check(abs(r[0] - EXPECTED_LU[0]) < 1e-6 and r[1] == EXPECTED_LU[1], "lu %r" % (r,))
    return dt


def bench_fft(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        r = fft(1024, 50)
    dt = pyperf.perf_counter() - t0
    check(r < 1e-10, "fft round trip error %r" % r)
    return dt


# Results of CPython 3.11 (PyPy 7.3 agrees); the generator is deterministic.
EXPECTED_SOR = 5044.028639267283
EXPECTED_SPARSE = 12761.013958987858
EXPECTED_MC = 3.13532
EXPECTED_LU = (420.1093967973715, 7474)

BENCHMARKS = {
    "sor": bench_sor,
    "sparse_mat_mult": bench_sparse,
    "monte_carlo": bench_monte_carlo,
    "lu": bench_lu,
    "fft": bench_fft,
}


def add_cmdline_args(cmd, args):
    cmd.extend(args.benchmark)


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.metadata["description"] = "scimark benchmark"
    runner.argparser.add_argument("benchmark", nargs="*",
                                  help="any of: %s (default: all)" % ", ".join(BENCHMARKS))
    args = runner.parse_args()
    for name in args.benchmark:
        if name not in BENCHMARKS:
            runner.argparser.error("unknown benchmark %r" % name)
    for name in args.benchmark or list(BENCHMARKS):
        runner.bench_time_func("scimark_" + name, BENCHMARKS[name])
