"""numpy baseline of the same problem as the JMH benchmarks: 2-16-1 MLP (ReLU, sigmoid output, mean BCE).

Times a full-batch GD step (forward + backward + update, N=1000, float64), a loss-only forward, the grid
forward (n x n points, float64 and float32) and the per-epoch step over N; writes JSON (microseconds).
Run with Debian's /usr/bin/python3 and OPENBLAS_NUM_THREADS=1.
"""
import json
import sys
import timeit

import numpy as np

H = 16
LR = 1e-3


def moons(n, rng):
    """Two interleaved half circles with Gaussian noise 0.2: x [n,2], y [n,1]."""
    n0 = n // 2
    t0 = rng.uniform(0, np.pi, n0)
    t1 = rng.uniform(0, np.pi, n - n0)
    x = np.concatenate([np.c_[np.cos(t0), np.sin(t0)], np.c_[1 - np.cos(t1), 0.5 - np.sin(t1)]])
    x += rng.normal(0, 0.2, x.shape)
    y = np.concatenate([np.zeros(n0), np.ones(n - n0)]).reshape(-1, 1)
    return x, y


def params(rng, dtype=np.float64):
    """He-initialized w1 [2,H], b1 [H], w2 [H,1], b2 [1]."""
    return [rng.normal(0, 1.0, (2, H)).astype(dtype), np.zeros(H, dtype),
            rng.normal(0, np.sqrt(2.0 / H), (H, 1)).astype(dtype), np.zeros(1, dtype)]


def loss(p, x, y):
    """Mean BCE from logits, stable form."""
    w1, b1, w2, b2 = p
    z = np.maximum(x @ w1 + b1, 0) @ w2 + b2
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def step(p, x, y):
    """Forward, backward, in-place GD update; returns the loss."""
    w1, b1, w2, b2 = p
    n = x.shape[0]
    pre = x @ w1 + b1
    h = np.maximum(pre, 0)
    z = h @ w2 + b2
    value = np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))
    d = (1.0 / (1.0 + np.exp(-z)) - y) / n
    gw2 = h.T @ d
    gb2 = d.sum(0)
    dh = (d @ w2.T) * (pre > 0)
    gw1 = x.T @ dh
    gb1 = dh.sum(0)
    w1 -= LR * gw1
    b1 -= LR * gb1
    w2 -= LR * gw2
    b2 -= LR * gb2
    return float(value)


def grid_forward(p, g):
    """sigma(network) at the grid points g [m,2]."""
    w1, b1, w2, b2 = p
    z = np.maximum(g @ w1 + b1, 0) @ w2 + b2
    return 1.0 / (1.0 + np.exp(-z))


def per_call_us(fn, reset=lambda: None, repeats=7, repeat_seconds=0.15):
    """Best-of-repeats mean microseconds per call after ~0.3 s of warm-up; reset() runs before each repeat
    (the JMH benchmarks reset theta per iteration too, so that training does not drift into other regimes)."""
    t = timeit.Timer(fn)
    number, elapsed = t.autorange()
    warm_until = timeit.default_timer() + 0.3
    while timeit.default_timer() < warm_until:
        fn()
    number = max(1, int(number * repeat_seconds / max(elapsed, 1e-9)))
    best = float("inf")
    for _ in range(repeats):
        reset()
        best = min(best, t.timeit(number))
    return best / number * 1e6


def main(out_path):
    rng = np.random.default_rng(42)
    x, y = moons(1000, rng)
    p0 = params(rng)
    p = [a.copy() for a in p0]

    def reset(target, source):
        for a, b in zip(target, source):
            a[...] = b

    results = {"trainStep": per_call_us(lambda: step(p, x, y), lambda: reset(p, p0)),
               "lossForward": per_call_us(lambda: loss(p, x, y))}
    for n in (100, 200):
        lin = (np.arange(n) + 0.5) / n * 5.0 - 2.5
        g64 = np.stack(np.meshgrid(lin, -lin), -1).reshape(-1, 2)
        g32 = g64.astype(np.float32)
        p32 = [a.astype(np.float32) for a in p]
        results[f"gridForward64:{n}"] = per_call_us(lambda: grid_forward(p, g64))
        results[f"gridForward32:{n}"] = per_call_us(lambda: grid_forward(p32, g32))
    for n in (100, 1000, 10000, 100000):
        xs, ys = moons(n, rng)
        ps0 = params(rng)
        ps = [a.copy() for a in ps0]
        results[f"epoch:{n}"] = per_call_us(lambda: step(ps, xs, ys), lambda: reset(ps, ps0))
    results["numpy"] = np.__version__
    results["python"] = sys.version.split()[0]
    with open(out_path, "w") as f:
        json.dump(results, f, indent=2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        print("usage: numpy_baseline.py [OUT.json]   (default target/bench/numpy.json)", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1] if len(sys.argv) > 1 else "target/bench/numpy.json")
