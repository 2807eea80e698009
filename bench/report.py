"""Prints the ratio table from JMH's JSON and the numpy baseline's JSON, and plots per-epoch time vs N.

Usage: report.py target/bench/jmh.json target/bench/numpy.json [scaling.png]
"""
import json
import sys


def jmh_scores(path):
    """{(benchmark 'Class.method', n or None): score in microseconds}."""
    scores = {}
    for run in json.load(open(path)):
        name = ".".join(run["benchmark"].split(".")[-2:])
        n = run.get("params", {}).get("n")
        scores[(name, int(n) if n else None)] = run["primaryMetric"]["score"]
    return scores


def fmt(v):
    return "—" if v is None else (f"{v:,.1f}" if v < 1000 else f"{v:,.0f}")


def ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.2f}×"


def main(jmh_path, numpy_path, png_path=None):
    j = jmh_scores(jmh_path)
    npy = json.load(open(numpy_path))
    rows = []

    def row(what, nd4j, plain, numpy, target, met):
        rows.append((what, fmt(nd4j), fmt(plain), fmt(numpy), ratio(nd4j, numpy), target,
                     "—" if met is None else ("yes" if met else "no")))

    step = j.get(("TrainStepBench.nd4j", None))
    numpy_step = min(npy["trainStep"], npy.get("epoch:1000", npy["trainStep"]))
    row("train step N=1000 (f64)", step, j.get(("TrainStepBench.plainJava", None)), numpy_step,
        "ND4J ≤ 1.0× numpy", None if step is None else step <= numpy_step)
    fwd = j.get(("LossForwardBench.nd4j", None))
    row("loss-only forward N=1000 (f64)", fwd, j.get(("LossForwardBench.plainJava", None)), npy.get("lossForward"),
        "ND4J ≤ 1.0× numpy", None if fwd is None else fwd <= npy["lossForward"])
    for n in (100, 200):
        g = j.get(("GridForwardBench.nd4j", n))
        row(f"grid forward {n}×{n} (ND4J f32 vs numpy f32)", g, None, npy.get(f"gridForward32:{n}"),
            "≤ 1000 µs" if n == 200 else "", None if g is None or n != 200 else g <= 1000)
        row(f"grid forward {n}×{n} (ND4J f32 vs numpy f64)", g, None, npy.get(f"gridForward64:{n}"), "", None)
        row(f"grid forward {n}×{n}, point list (not the app's path)", j.get(("GridForwardBench.nd4jPoints", n)),
            None, npy.get(f"gridForward32:{n}"), "", None)
    ns = (100, 1000, 10000, 100000)
    for n in ns:
        e = j.get(("EpochScalingBench.nd4j", n))
        row(f"epoch N={n:,}", e, j.get(("EpochScalingBench.plainJava", n)), npy.get(f"epoch:{n}"), "", None)
    header = ("measure", "ND4J µs", "plain Java µs", "numpy µs", "ND4J/numpy", "target", "met")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")

    print()
    print("numpy train step = min(trainStep, epoch:1000), the same step measured twice with different θ₀.")
    print("Linearity above 10k: (t(100k)/t(10k)) / 10, target ≤ 1.5")
    for label, key in (("ND4J", "EpochScalingBench.nd4j"), ("plain Java", "EpochScalingBench.plainJava")):
        a, b = j.get((key, 10000)), j.get((key, 100000))
        if a and b:
            print(f"  {label}: {b / a / 10:.2f}  ({'met' if b / a / 10 <= 1.5 else 'not met'})")
    a, b = npy.get("epoch:10000"), npy.get("epoch:100000")
    if a and b:
        print(f"  numpy: {b / a / 10:.2f}")
    print("Per point (ns/point/epoch): " + ", ".join(
        f"N={n:,}: ND4J {j[('EpochScalingBench.nd4j', n)] * 1e3 / n:.0f}"
        for n in ns if ("EpochScalingBench.nd4j", n) in j))

    if png_path:
        plot(j, npy, ns, png_path)


def plot(j, npy, ns, png_path):
    """Log-log per-epoch time vs N for ND4J, plain Java and numpy, with a linear reference."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not available: no plot")
        return
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=110)
    series = (("ND4J (bound ops, f64)", [j.get(("EpochScalingBench.nd4j", n)) for n in ns], "o-"),
              ("plain Java (double[])", [j.get(("EpochScalingBench.plainJava", n)) for n in ns], "s-"),
              ("numpy f64", [npy.get(f"epoch:{n}") for n in ns], "^-"))
    for label, ys, style in series:
        pts = [(n, y) for n, y in zip(ns, ys) if y]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], style, label=label)
    ref = npy.get("epoch:10000") or 1000
    ax.plot(ns, [ref * n / 10000 for n in ns], ":", color="gray", label="linear (through numpy at 10k)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("N points (full batch)")
    ax.set_ylabel("µs per epoch (forward + backward + update)")
    ax.set_title("2-16-1 MLP, one thread, per-epoch time vs N")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(png_path)
    print(f"plot: {png_path}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
