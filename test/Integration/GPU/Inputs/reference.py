#!/usr/bin/env python3
"""Inputs and expected results (computed in float64 with numpy) for the GPU examples.

    reference.py EXAMPLE OUT_DIR [--seed N]

writes OUT_DIR/argK.npy and OUT_DIR/resultK.npy for the training step in EXAMPLE.mlir, drawn
fresh from the seed so that a bundle checks the computation rather than one set of numbers.
"""
import argparse
import os

import numpy as np


def mlp_train_step(rng):
    """Two-layer perceptron, ReLU, loss = 0.5 * mean((out - y)^2)."""
    b, d, h, c = 64, 128, 256, 16
    x = rng.standard_normal((b, d))
    y = rng.standard_normal((b, c))
    w1 = rng.standard_normal((d, h)) / np.sqrt(d)
    b1 = rng.standard_normal(h) * 0.1
    w2 = rng.standard_normal((h, c)) / np.sqrt(h)
    b2 = rng.standard_normal(c) * 0.1
    args = [x, y, w1, b1, w2, b2]
    args = [a.astype(np.float32).astype(np.float64) for a in args]
    x, y, w1, b1, w2, b2 = args
    pre = x @ w1 + b1
    act = np.maximum(pre, 0.0)
    out = act @ w2 + b2
    diff = out - y
    loss = 0.5 * np.mean(diff * diff)
    dout = diff / (b * c)
    dw2 = act.T @ dout
    db2 = dout.sum(axis=0)
    dact = dout @ w2.T
    dpre = np.where(pre > 0, dact, 0.0)
    dw1 = x.T @ dpre
    db1 = dpre.sum(axis=0)
    return args, [np.array(loss), dw1, db1, dw2, db2]


def conv_train_step(rng):
    """3x3 convolution (NCHW), tanh, global sum pooling, squared-error loss, and its gradients."""
    n, ci, co, hh, ww = 2, 4, 8, 10, 10
    x = rng.standard_normal((n, ci, hh, ww))
    w = rng.standard_normal((co, ci, 3, 3)) / np.sqrt(ci * 9)
    t = rng.standard_normal((n, co))
    args = [a.astype(np.float32).astype(np.float64) for a in (x, w, t)]
    x, w, t = args
    oh, ow = hh - 2, ww - 2
    conv = np.zeros((n, co, oh, ow))
    for kh in range(3):
        for kw in range(3):
            conv += np.einsum("nchw,fc->nfhw", x[:, :, kh:kh + oh, kw:kw + ow], w[:, :, kh, kw])
    act = np.tanh(conv)
    pooled = act.sum(axis=(2, 3))
    diff = pooled - t
    loss = np.sum(diff * diff)
    dpooled = 2.0 * diff
    dact = np.broadcast_to(dpooled[:, :, None, None], act.shape)
    dconv = dact * (1.0 - act * act)
    dw = np.zeros_like(w)
    for kh in range(3):
        for kw in range(3):
            dw[:, :, kh, kw] = np.einsum("nfhw,nchw->fc", dconv, x[:, :, kh:kh + oh, kw:kw + ow])
    return args, [np.array(loss), dw]


def softmax_train_step(rng):
    """Linear layer, softmax cross-entropy against one-hot labels (exp, log, max, division),
    large reductions over the batch; returns the mean loss and the weight gradient."""
    b, d, c = 512, 64, 10
    x = rng.standard_normal((b, d))
    w = rng.standard_normal((d, c)) / np.sqrt(d)
    labels = rng.integers(0, c, size=b)
    onehot = np.eye(c)[labels]
    args = [a.astype(np.float32).astype(np.float64) for a in (x, w, onehot)]
    x, w, onehot = args
    logits = x @ w
    m = logits.max(axis=1, keepdims=True)
    e = np.exp(logits - m)
    s = e.sum(axis=1, keepdims=True)
    logp = logits - m - np.log(s)
    loss = -np.sum(onehot * logp) / b
    p = e / s
    dlogits = (p - onehot) / b
    dw = x.T @ dlogits
    return args, [np.array(loss), dw]


def tensor_ops(rng):
    """Transpose, pad, batch matmul, reshape, dense constant, select, strided slice, concat,
    column sum, and an argument returned as it is."""
    a = rng.standard_normal((4, 6))
    b = rng.standard_normal((2, 3, 5))
    c = rng.standard_normal((2, 5, 4))
    args = [x.astype(np.float32).astype(np.float64) for x in (a, b, c)]
    a, b, c = args
    table = np.array([[1, 2, 3, 4, 5, 6], [0, 1, 0, 1, 0, 1], [2] * 6, [-1, -2, -3, -4, -5, -6]],
                     dtype=np.float64)
    bm = b @ c
    results = [a.T, np.pad(a.T, ((0, 0), (2, 2)), constant_values=0.5), bm, bm.reshape(-1),
               np.where(a > table, a, table), a[:, 0:6:2], np.concatenate([a, a], 0),
               a.sum(axis=0), a]
    return args, results


def reductions(rng):
    """Sum of squares, maximum, and negated sum, each over a whole matrix."""
    a = rng.standard_normal((128, 96)).astype(np.float32).astype(np.float64)
    b = rng.standard_normal((64, 80)).astype(np.float32).astype(np.float64)
    return [a, b], [np.array(np.sum(a * a)), np.array(b.max()), np.array(-b.sum())]


def contractions(rng):
    """Products and a convolution whose sizes are not multiples of the tiles of the tiled
    kernels (edge tiles along M, N and K), with both operand layouts, a batch, and a reduction
    long enough to be split among blocks."""
    shapes = [(100, 72), (72, 90), (130, 37), (37, 150), (52, 60), (52, 70), (60, 52), (70, 52),
              (3, 40, 20), (3, 20, 50), (20, 1100), (1100, 24), (2, 9, 9, 5), (3, 3, 5, 12)]
    args = [rng.standard_normal(s).astype(np.float32).astype(np.float64) for s in shapes]
    a0, b0, a1, b1, a2, b2, a3, b3, a4, b4, a5, b5, x, w = args
    conv = np.zeros((2, 7, 7, 12))
    for kh in range(3):
        for kw in range(3):
            conv += np.einsum("nhwc,cf->nhwf", x[:, kh:kh + 7, kw:kw + 7, :], w[kh, kw])
    return args, [a0 @ b0, a1 @ b1, a2.T @ b2, a3 @ b3.T, a4 @ b4, a5 @ b5, conv]


EXAMPLES = {
    "mlp_train_step": mlp_train_step,
    "conv_train_step": conv_train_step,
    "softmax_train_step": softmax_train_step,
    "tensor_ops": tensor_ops,
    "reductions": reductions,
    "contractions": contractions,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("example", choices=sorted(EXAMPLES))
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    rng = np.random.default_rng(options.seed)
    args, results = EXAMPLES[options.example](rng)
    os.makedirs(options.out, exist_ok=True)
    for i, a in enumerate(args):
        np.save(os.path.join(options.out, f"arg{i}.npy"), a.astype(np.float32))
    for i, r in enumerate(results):
        np.save(os.path.join(options.out, f"result{i}.npy"),
                np.array(r, dtype=np.float32, order="C"))


if __name__ == "__main__":
    main()
