"""Markov decision process solved by value iteration (pyperformance "mdp"
workload): a two-fighter battle where the player chooses each turn to
attack or heal against a random opponent; value iteration computes the
optimal win probability of every (hp, hp) state. The value of the start
state and the iteration count are checked.
"""

import pyperf

MAX_HP = 20
HIT_PROB = 0.7
DAMAGES = (1, 2, 3, 4)
HEALS = (1, 2, 3)
TOLERANCE = 1e-10
EXPECTED = (0.897452802, 367, 264)  # (start value, iterations, heal states) from CPython 3.11


def outcomes(hp_me, hp_foe, action):
    """[(probability, hp_me, hp_foe)] after our action and the foe's reply."""
    after = []
    if action == "attack":
        after.append((1 - HIT_PROB, hp_me, hp_foe))
        for d in DAMAGES:
            after.append((HIT_PROB / len(DAMAGES), hp_me, max(0, hp_foe - d)))
    else:
        for h in HEALS:
            after.append((1.0 / len(HEALS), min(MAX_HP, hp_me + h), hp_foe))
    result = []
    for p, me, foe in after:
        if foe == 0:
            result.append((p, me, 0))
            continue
        # the foe attacks at random with the same odds
        result.append((p * (1 - HIT_PROB), me, foe))
        for d in DAMAGES:
            result.append((p * HIT_PROB / len(DAMAGES), max(0, me - d), foe))
    return result


def solve():
    states = [(a, b) for a in range(1, MAX_HP + 1) for b in range(1, MAX_HP + 1)]
    trans = {s: {act: outcomes(s[0], s[1], act) for act in ("attack", "heal")} for s in states}
    value = {}
    for a in range(MAX_HP + 1):
        for b in range(MAX_HP + 1):
            value[(a, b)] = 1.0 if b == 0 and a > 0 else 0.0
    iterations = 0
    while True:
        iterations += 1
        delta = 0.0
        for s in states:
            best = 0.0
            for act, outs in trans[s].items():
                v = 0.0
                for p, me, foe in outs:
                    v += p * value[(me, foe)]
                if v > best:
                    best = v
            d = abs(best - value[s])
            if d > delta:
                delta = d
            value[s] = best
        if delta < TOLERANCE:
            break
    policy = sum(1 for s in states
                 if max(trans[s], key=lambda act: sum(p * value[(m, f)] for p, m, f in trans[s][act])) == "heal")
    return round(value[(MAX_HP, MAX_HP)], 9), iterations, policy


def bench_mdp(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        result = solve()
    dt = pyperf.perf_counter() - t0
    if result != EXPECTED:
        raise RuntimeError("mdp self-check failed: %r != %r" % (result, EXPECTED))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "MDP benchmark"
    runner.bench_time_func("mdp", bench_mdp)
