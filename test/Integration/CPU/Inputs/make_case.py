#!/usr/bin/env python3
"""make_case.py CASE OUT_DIR [--size N]

Writes OUT_DIR/argK.npy and OUT_DIR/resultK.npy for the CPU integration test CASE: inputs from
a fixed seed, results computed independently with numpy (float64 where rounding matters, then
cast to the result's type).
"""
import argparse
import math
import os

import numpy as np


def chain(rng, size):
    """exp, square, add the input back, sum: peak-bytes.mlir and recompute.mlir."""
    x = rng.uniform(-1.0, 1.0, size or 256).astype(np.float32)
    a = np.exp(x.astype(np.float64))
    c = a * a + x
    return [x], [np.float32(c.sum())]


def keep_or_recompute(rng, size):
    """d = (exp(x)^2 + x) * exp(x): recompute.mlir."""
    x = rng.uniform(-1.0, 1.0, 1024).astype(np.float32)
    a = np.exp(x.astype(np.float64))
    d = (a * a + x) * a
    return [x], [d.astype(np.float32)]


def erf(v):
    return np.vectorize(math.erf)(v)


def ops(rng, size):
    """ops.mlir: linalg named and generic ops, tensor reshapes, slices, padding, loops."""
    x = rng.standard_normal((4, 6)).astype(np.float32)
    w = rng.standard_normal((6, 5)).astype(np.float32)
    b = rng.standard_normal(5).astype(np.float32)
    img = rng.standard_normal((2, 5, 5, 3)).astype(np.float32)
    ker = rng.standard_normal((3, 3, 3, 4)).astype(np.float32)
    q = rng.standard_normal((2, 3, 4)).astype(np.float32)
    k = rng.standard_normal((2, 4, 3)).astype(np.float32)
    X, W, B, I, K, Q, KK = (a.astype(np.float64) for a in (x, w, b, img, ker, q, k))

    # 0: tanh(x @ w + b), then gelu-like erf, through a linalg.generic.
    h = np.tanh(X @ W + B)
    r0 = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))
    # 1: 3x3 convolution, NHWC x HWCF, zero padding 1 (tensor.pad), then relu.
    padded = np.pad(I, ((0, 0), (1, 1), (1, 1), (0, 0)))
    conv = np.zeros((2, 5, 5, 4))
    for kh in range(3):
        for kw in range(3):
            conv += np.einsum("nhwc,cf->nhwf", padded[:, kh:kh + 5, kw:kw + 5, :], K[kh, kw])
    r1 = np.maximum(conv, 0.0)
    # 2: softmax over the last axis of a batched matmul (reduce max, exp, reduce sum, divide).
    s = np.einsum("bij,bjk->bik", Q, KK)
    e = np.exp(s - s.max(axis=2, keepdims=True))
    r2 = e / e.sum(axis=2, keepdims=True)
    # 3: transpose of x, broadcast of b, concatenation.
    r3 = np.concatenate([X.T, np.broadcast_to(B[:, None], (5, 4))], axis=0)
    # 4: scf.for over tensors: row i of x scaled by (i + 1), collapse to 1-d, then reshape 2x12.
    scaled = X * (np.arange(4)[:, None] + 1.0)
    r4 = scaled.reshape(2, 12)
    results = [r0, r1, r2, r3, r4]
    return [x, w, b, img, ker, q, k], [r.astype(np.float32) for r in results]


def dtypes(rng, size):
    """dtypes.mlir: arithmetic in f64, f16, i32, i64, i8 and i1, compared bit for bit."""
    f64 = rng.standard_normal((3, 4))
    f16 = rng.standard_normal((3, 4)).astype(np.float16)
    i32 = rng.integers(-1000, 1000, (3, 4), dtype=np.int32)
    i64 = rng.integers(-(2**40), 2**40, (3, 4), dtype=np.int64)
    i8 = rng.integers(-100, 100, (3, 4), dtype=np.int8)
    flags = rng.integers(0, 2, (3, 4)).astype(np.bool_)
    results = [
        f64 * f64 + 1.0,
        (f16 + f16).astype(np.float16),
        (i32 * np.int32(3) + np.int32(7)).astype(np.int32),
        (i64 - np.int64(5)) * np.int64(2),
        (i8 + i8).astype(np.int8),  # wraps like i8 in MLIR
        np.logical_xor(flags, f64 > 0.0),
    ]
    return [f64, f16, i32, i64, i8, flags], results


def ranks(rng, size):
    """ranks.mlir: one array of every rank 0..6, each plus one."""
    shapes = [(), (2,), (2, 3), (2, 1, 3), (1, 2, 2, 3), (2, 1, 2, 1, 3), (1, 2, 1, 2, 1, 3)]
    args = [rng.standard_normal(s).astype(np.float32) for s in shapes]
    return args, [(a + np.float32(1.0)).astype(np.float32) for a in args]


def scalars(rng, size):
    """scalars.mlir: scalar arguments and results next to a tensor."""
    s = np.float32(1.5)
    t = rng.standard_normal(3).astype(np.float32)
    n = np.int64(7)
    flag = np.bool_(True)
    results = [np.bool_(not flag), (t * s).astype(np.float32), np.float32(s + t.sum(dtype=np.float32)),
               np.int64(n * 3)]
    return [np.asarray(s), t, np.asarray(n), np.asarray(flag)], [np.asarray(r) for r in results]


def dynamic(rng, size):
    """dynamic.mlir: a batch dimension that the function leaves dynamic."""
    x = rng.standard_normal((size or 3, 4)).astype(np.float32)
    return [x], [(x * x).astype(np.float32), (x * x).sum(axis=1, dtype=np.float64).astype(np.float32)]


def matmul256(rng, size):
    """perf.mlir: a 256x256x256 matmul and a 3x3 convolution on 16x32x32x16."""
    a = rng.standard_normal((256, 256)).astype(np.float32)
    b = rng.standard_normal((256, 256)).astype(np.float32)
    img = rng.standard_normal((16, 34, 34, 16)).astype(np.float32)
    ker = rng.standard_normal((3, 3, 16, 16)).astype(np.float32)
    mm = a.astype(np.float64) @ b.astype(np.float64)
    conv = np.zeros((16, 32, 32, 16))
    for kh in range(3):
        for kw in range(3):
            conv += np.einsum("nhwc,cf->nhwf", img[:, kh:kh + 32, kw:kw + 32, :].astype(np.float64),
                              ker[kh, kw].astype(np.float64))
    return [a, b, img, ker], [mm.astype(np.float32), conv.astype(np.float32)]


CASES = {f.__name__: f for f in (chain, keep_or_recompute, ops, dtypes, ranks, scalars, dynamic,
                                 matmul256)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("out")
    parser.add_argument("--size", type=int, default=0)
    options = parser.parse_args()
    rng = np.random.default_rng(20240607)
    args, results = CASES[options.case](rng, options.size)
    os.makedirs(options.out, exist_ok=True)
    for i, a in enumerate(args):
        np.save(os.path.join(options.out, f"arg{i}.npy"), a)
    for i, r in enumerate(results):
        np.save(os.path.join(options.out, f"result{i}.npy"), r)


if __name__ == "__main__":
    main()
