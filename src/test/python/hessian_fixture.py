"""Reference Hessian spectra for the Java curvature code, computed with PyTorch autograd in float64.

Reads the points and parameters that dev.moons.curvature.TorchFixtureExport wrote (points.csv: x1,x2,y;
theta-relu.csv and theta-tanh.csv: θ [4H+1] in the app's layout w1 row-major [2,H], b1 [H], w2 [H], b2), forms the
Hessian of the mean binary cross-entropy of the 2-H-1 network with torch.autograd.functional.hessian, and writes
every eigenvalue (descending, torch.linalg.eigvalsh) to torch-hessian-eigenvalues.csv: activation,k,eigenvalue,
each in Python's round-trip repr. Usage: python3 hessian_fixture.py DIR (DIR holds the inputs and gets the output), with a python3 that has torch
(Debian: apt-get install python3-torch, then /usr/bin/python3). CI does not run it: its output is the fixture.
"""
import csv
import sys
from pathlib import Path

import torch

torch.set_default_dtype(torch.float64)


def read_points(path):
    rows = list(csv.DictReader(open(path)))
    x = torch.tensor([[float(r["x1"]), float(r["x2"])] for r in rows])
    y = torch.tensor([float(r["y"]) for r in rows])
    return x, y


def read_theta(path):
    return torch.tensor([float(r["theta"]) for r in csv.DictReader(open(path))])


def mean_bce(theta, x, y, act):
    h = (theta.numel() - 1) // 4
    w1 = theta[: 2 * h].reshape(2, h)
    b1 = theta[2 * h: 3 * h]
    w2 = theta[3 * h: 4 * h]
    b2 = theta[4 * h]
    logits = act(x @ w1 + b1) @ w2 + b2
    return torch.nn.functional.binary_cross_entropy_with_logits(logits, y)


def main(directory):
    d = Path(directory)
    x, y = read_points(d / "points.csv")
    out = ["activation,k,eigenvalue"]
    for name, act in (("relu", torch.relu), ("tanh", torch.tanh)):
        theta = read_theta(d / f"theta-{name}.csv")
        hessian = torch.autograd.functional.hessian(lambda t: mean_bce(t, x, y, act), theta)
        values = torch.linalg.eigvalsh(hessian).flip(0)
        out += [f"{name},{k},{v!r}" for k, v in enumerate(values.tolist())]
        print(f"{name}: H = {(theta.numel() - 1) // 4}, λ_max = {values[0].item():.12g}, "
              f"top 3 = {[round(v, 10) for v in values[:3].tolist()]}")
    (d / "torch-hessian-eigenvalues.csv").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
