"""The end-to-end comparison of `compare`, written independently in numpy: for each seed, two moons (n samples,
noise 0.2, sklearn's make_moons), a stratified 70/30 split, standardization fitted on the training part, a 2-H-1
ReLU network (He init), fixed-LR gradient descent and backtracking Armijo gradient descent (alpha0 1, rho 0.5,
c 1e-4, at most 50 trials) for E epochs from the same weights; every epoch records the train and test loss and
accuracy and the gradient norm, like compare's history. Writes history.csv (first seed), summary.json and, if
matplotlib is installed, loss.png and boundary.png (200x200 heatmap), then prints the mean final test accuracy.
Usage: OPENBLAS_NUM_THREADS=1 python3 e2e_numpy.py OUT_DIR [--hidden 8] [--seeds 10] [--epochs 1000]
"""
import argparse
import csv
import json
import os
import time

import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split


def init(rng, h):
    return [rng.normal(0, np.sqrt(2.0 / 2), (2, h)), np.zeros(h), rng.normal(0, np.sqrt(2.0 / h), (h, 1)),
            np.zeros(1)]


def forward(p, x):
    w1, b1, w2, b2 = p
    pre = x @ w1 + b1
    hid = np.maximum(pre, 0)
    return pre, hid, (hid @ w2 + b2).ravel()


def bce(z, y):
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def loss_and_acc(p, x, y):
    z = forward(p, x)[2]
    return bce(z, y), float(np.mean((z >= 0) == (y == 1)))


def loss_and_grad(p, x, y):
    w1, b1, w2, b2 = p
    pre, hid, z = forward(p, x)
    n = len(y)
    d = (1 / (1 + np.exp(-z)) - y).reshape(-1, 1) / n
    dh = (d @ w2.T) * (pre > 0)
    return bce(z, y), [x.T @ dh, dh.sum(0), hid.T @ d, d.sum(0)]


def train(p, xtr, ytr, xte, yte, epochs, lr=None, alpha0=1.0, rho=0.5, c=1e-4, max_trials=50):
    p = [a.copy() for a in p]
    history = []
    evals = 0
    t0 = time.perf_counter()
    for epoch in range(epochs + 1):
        if epoch > 0:
            loss, g = loss_and_grad(p, xtr, ytr)
            evals += 1
            gn2 = sum(float(np.sum(a * a)) for a in g)
            if lr is not None:
                step = lr
                p = [a - lr * b for a, b in zip(p, g)]
            else:
                alpha = alpha0
                for _ in range(max_trials):
                    trial = [a - alpha * b for a, b in zip(p, g)]
                    evals += 1
                    if loss_and_acc(trial, xtr, ytr)[0] <= loss - c * alpha * gn2:
                        p = trial
                        break
                    alpha *= rho
                step = alpha
        else:
            g = loss_and_grad(p, xtr, ytr)[1]
            step = float('nan')
        trl, tra = loss_and_acc(p, xtr, ytr)
        tel, tea = loss_and_acc(p, xte, yte)
        gnorm = float(np.sqrt(sum(float(np.sum(a * a)) for a in g)))
        history.append((epoch, trl, tel, tra, tea, step, evals, gnorm, (time.perf_counter() - t0) * 1e3))
    return p, history


def problem(seed, n):
    x, y = make_moons(n_samples=n, noise=0.2, random_state=seed)
    xtr, xte, ytr, yte = train_test_split(x, y.astype(float), train_size=0.7, stratify=y, random_state=seed)
    mu, sd = xtr.mean(0), xtr.std(0)
    return (xtr - mu) / sd, ytr, (xte - mu) / sd, yte


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--hidden', type=int, default=8)
    ap.add_argument('--seeds', type=int, default=10)
    ap.add_argument('--epochs', type=int, default=1000)
    ap.add_argument('--samples', type=int, default=1000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    finals = {'fixed': [], 'backtracking': []}
    first = None
    for k in range(a.seeds):
        seed = 42 + k
        xtr, ytr, xte, yte = problem(seed, a.samples)
        p0 = init(np.random.default_rng(seed), a.hidden)
        runs = {m: train(p0, xtr, ytr, xte, yte, a.epochs, lr=0.01 if m == 'fixed' else None) for m in finals}
        for m, (p, h) in runs.items():
            finals[m].append(h[-1])
        if first is None:
            first = (runs, xtr, ytr)
    with open(os.path.join(a.out, 'history.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['method', 'epoch', 'train_loss', 'test_loss', 'train_acc', 'test_acc', 'step', 'loss_evals',
                    'grad_norm', 'time_ms'])
        for m, (p, h) in first[0].items():
            for r in h:
                w.writerow([m, *r])
    summary = {m: {'test_acc': float(np.mean([r[4] for r in rs])), 'train_loss': float(np.mean([r[1] for r in rs]))}
               for m, rs in finals.items()}
    with open(os.path.join(a.out, 'summary.json'), 'w') as f:
        json.dump(summary, f, indent=2)
    try:
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt
    except ImportError:
        plt = None
    if plt is not None:
        fig, ax = plt.subplots(figsize=(8, 5))
        for m, (p, h) in first[0].items():
            ax.plot([r[0] for r in h], [r[1] for r in h], label=m)
        ax.set_yscale('log')
        ax.legend()
        fig.savefig(os.path.join(a.out, 'loss.png'), dpi=100)
        fig, axes = plt.subplots(1, 2, figsize=(10, 5))
        g = np.linspace(-3, 3, 200)
        gx, gy = np.meshgrid(g, g)
        pts = np.c_[gx.ravel(), gy.ravel()]
        for ax, (m, (p, h)) in zip(axes, first[0].items()):
            z = forward(p, pts)[2].reshape(200, 200)
            ax.imshow(1 / (1 + np.exp(-z)), origin='lower', extent=(-3, 3, -3, 3), cmap='RdBu')
            ax.contour(gx, gy, z, levels=[0], colors='k')
            ax.scatter(first[1][:, 0], first[1][:, 1], c=first[2], s=4, cmap='bwr')
        fig.savefig(os.path.join(a.out, 'boundary.png'), dpi=100)
    print(' '.join(f"{m} test acc {s['test_acc']:.3f}" for m, s in summary.items()))


if __name__ == '__main__':
    main()
