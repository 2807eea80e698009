"""Writes src/test/resources/dev/moons/optim/torch-optim-fixture.json: theta after each of 5 steps of
torch.optim.SGD (momentum, Nesterov) and torch.optim.Adam in float64 on a fixed tiny problem,
L(theta) = 1/2 (theta - t)^T A (theta - t) + 1/4 sum(theta^4), gradient A (theta - t) + theta^3.
TorchOptimizerFixtureTest reproduces every theta to 1e-12. Run once from the repository root:
    python3 src/test/python/torch_optim_fixture.py
(Debian: apt-get install -y python3-torch; the fixture was written with torch 1.13.)"""
import json
import pathlib

import torch

A = [[3.0, 0.5, -0.2], [0.5, 2.0, 0.3], [-0.2, 0.3, 1.0]]
TARGET = [1.0, -0.5, 0.25]
THETA0 = [0.3, 1.2, -0.7]
STEPS = 5

RUNS = [
    {"method": "momentum", "lr": 0.05, "mu": 0.9, "nesterov": False},
    {"method": "nesterov", "lr": 0.05, "mu": 0.9, "nesterov": True},
    {"method": "momentum", "lr": 0.2, "mu": 0.5, "nesterov": False},
    {"method": "adam", "lr": 0.05, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
    {"method": "adam", "lr": 0.1, "beta1": 0.8, "beta2": 0.99, "eps": 1e-3},
]


def loss(theta):
    a = torch.tensor(A, dtype=torch.float64)
    d = theta - torch.tensor(TARGET, dtype=torch.float64)
    return 0.5 * d @ (a @ d) + 0.25 * (theta ** 4).sum()


def optimizer(run, params):
    if run["method"] == "adam":
        return torch.optim.Adam(params, lr=run["lr"], betas=(run["beta1"], run["beta2"]), eps=run["eps"])
    return torch.optim.SGD(params, lr=run["lr"], momentum=run["mu"], dampening=0, nesterov=run["nesterov"])


def trajectory(run):
    theta = torch.tensor(THETA0, dtype=torch.float64, requires_grad=True)
    opt = optimizer(run, [theta])
    thetas = []
    for _ in range(STEPS):
        opt.zero_grad()
        loss(theta).backward()
        opt.step()
        thetas.append(theta.detach().tolist())
    return thetas


def main():
    fixture = {
        "torch": torch.__version__,
        "A": A,
        "target": TARGET,
        "theta0": THETA0,
        "runs": [dict(run, thetas=trajectory(run)) for run in RUNS],
    }
    out = pathlib.Path("src/test/resources/dev/moons/optim/torch-optim-fixture.json")
    out.write_text(json.dumps(fixture, indent=2) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
