#!/usr/bin/env python3
"""Inputs and expected results of the linalg example training steps.

    make_inputs.py [mlp|resnet ...] [--root examples/linalg] [--check]

For each example, writes <root>/<example>/argK.npy (the arguments of @train_step, in order,
float32, drawn from a fixed seed) and <root>/<example>/resultK.npy (the loss and the
gradients, computed in float64 with numpy and rounded to float32). The numpy forward and
backward follow the comments at the top of each train_step.mlir; --check also compares
numpy's gradients with central finite differences of the float64 loss along random
directions (one per parameter).
"""
import argparse
import os
import sys

import numpy as np

SEED = 20240611


def f32(a):
    """Round to float32 and back, so that numpy computes from exactly the values in the files."""
    return np.asarray(a, np.float32).astype(np.float64)


# --- mlp/train_step.mlir ---------------------------------------------------------------------
MLP = dict(batch=512, inputs=16, width=32, layers=10, outputs=8)


def mlp_args(rng):
    c = MLP
    x = rng.standard_normal((c["batch"], c["inputs"]))
    y = rng.standard_normal((c["batch"], c["outputs"]))
    args = [x, y]
    fan_in = c["inputs"]
    for _ in range(c["layers"]):
        args.append(rng.standard_normal((fan_in, c["width"])) / np.sqrt(fan_in))
        args.append(0.1 * rng.standard_normal(c["width"]))
        fan_in = c["width"]
    args.append(rng.standard_normal((c["width"], c["outputs"])) / np.sqrt(c["width"]))
    args.append(0.1 * rng.standard_normal(c["outputs"]))
    return [f32(a) for a in args]


def mlp_loss_and_grads(args):
    x, y = args[0], args[1]
    params = args[2:]
    ws, bs = params[0::2], params[1::2]
    hs = [x]
    for w, b in zip(ws[:-1], bs[:-1]):
        hs.append(np.tanh(hs[-1] @ w + b))
    out = hs[-1] @ ws[-1] + bs[-1]
    diff = out - y
    loss = 0.5 * np.mean(diff * diff)
    g = diff / diff.size
    grads = [None] * len(params)
    for k in range(len(ws) - 1, -1, -1):
        if k < len(ws) - 1:
            g = g * (1.0 - hs[k + 1] ** 2)  # through tanh
        grads[2 * k] = hs[k].T @ g
        grads[2 * k + 1] = g.sum(axis=0)
        g = g @ ws[k].T
    return loss, grads


# --- resnet/train_step.mlir ------------------------------------------------------------------
RESNET = dict(batch=512, inputs=16, width=32, blocks=10, outputs=8)


def resnet_args(rng):
    c = RESNET
    w = c["width"]
    x = rng.standard_normal((c["batch"], c["inputs"]))
    y = rng.standard_normal((c["batch"], c["outputs"]))
    args = [x, y, rng.standard_normal((c["inputs"], w)) / np.sqrt(c["inputs"]),
            0.1 * rng.standard_normal(w)]
    for _ in range(c["blocks"]):
        args += [rng.standard_normal((w, w)) / np.sqrt(w), 0.1 * rng.standard_normal(w),
                 0.5 * rng.standard_normal((w, w)) / np.sqrt(w), 0.1 * rng.standard_normal(w)]
    args += [rng.standard_normal((w, c["outputs"])) / np.sqrt(w),
             0.1 * rng.standard_normal(c["outputs"])]
    return [f32(a) for a in args]


def resnet_loss_and_grads(args):
    x, y, w_in, b_in = args[:4]
    blocks = [args[4 + 4 * k: 8 + 4 * k] for k in range((len(args) - 6) // 4)]
    w_out, b_out = args[-2], args[-1]
    hs = [np.tanh(x @ w_in + b_in)]
    us = []
    for wa, ba, wb, bb in blocks:
        us.append(np.tanh(hs[-1] @ wa + ba))
        hs.append(np.maximum(hs[-1] + us[-1] @ wb + bb, 0.0))
    out = hs[-1] @ w_out + b_out
    diff = out - y
    loss = 0.5 * np.mean(diff * diff)
    g_out = diff / diff.size
    grads = [None] * (len(args) - 2)
    grads[-2] = hs[-1].T @ g_out
    grads[-1] = g_out.sum(axis=0)
    g = g_out @ w_out.T
    for k in range(len(blocks) - 1, -1, -1):
        wa, ba, wb, bb = blocks[k]
        gs = np.where(hs[k + 1] > 0.0, g, 0.0)  # through the relu
        gu = gs @ wb.T
        ga = gu * (1.0 - us[k] ** 2)  # through tanh
        base = 2 + 4 * k
        grads[base:base + 4] = [hs[k].T @ ga, ga.sum(axis=0), us[k].T @ gs, gs.sum(axis=0)]
        g = gs + ga @ wa.T  # skip connection plus branch
    ga = g * (1.0 - hs[0] ** 2)
    grads[0] = x.T @ ga
    grads[1] = ga.sum(axis=0)
    return loss, grads


EXAMPLES = {
    "mlp": (mlp_args, mlp_loss_and_grads),
    "resnet": (resnet_args, resnet_loss_and_grads),
}


def check_gradients(name, args, loss_and_grads, rng):
    """numpy's gradients against central differences of the float64 loss."""
    _, grads = loss_and_grads(args)
    worst = 0.0
    for k, g in enumerate(grads):
        v = rng.standard_normal(g.shape)
        predicted = float(np.sum(g * v))
        eps = 1e-6
        plus = list(args)
        minus = list(args)
        plus[2 + k] = args[2 + k] + eps * v
        minus[2 + k] = args[2 + k] - eps * v
        fd = (loss_and_grads(plus)[0] - loss_and_grads(minus)[0]) / (2 * eps)
        err = abs(fd - predicted) / max(abs(fd), abs(predicted), 1e-12)
        worst = max(worst, err)
        if err > 1e-5:
            sys.exit(f"{name}: gradient {k} disagrees with finite differences: "
                     f"{predicted!r} vs {fd!r}")
    print(f"{name}: {len(grads)} gradients agree with finite differences "
          f"(worst relative error {worst:.1e})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="*", help="mlp, resnet (default: both)")
    parser.add_argument("--root", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args()
    for name in options.examples:
        if name not in EXAMPLES:
            parser.error(f"unknown example {name!r}; choose from {', '.join(sorted(EXAMPLES))}")
    for name in options.examples or sorted(EXAMPLES):
        make_args, loss_and_grads = EXAMPLES[name]
        rng = np.random.default_rng(SEED)
        args = make_args(rng)
        loss, grads = loss_and_grads(args)
        out = os.path.join(options.root, name)
        os.makedirs(out, exist_ok=True)
        for i, a in enumerate(args):
            np.save(os.path.join(out, f"arg{i}.npy"), a.astype(np.float32))
        for i, r in enumerate([np.array(loss)] + grads):
            np.save(os.path.join(out, f"result{i}.npy"), np.asarray(r, np.float32))
        print(f"{name}: {len(args)} arguments, loss {loss:.6f}, written to {out}")
        if options.check:
            check_gradients(name, args, loss_and_grads, np.random.default_rng(SEED + 1))


if __name__ == "__main__":
    main()
