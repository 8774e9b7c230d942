"""The benchmark's two models in PyTorch, for the comparison with PyTorch's own checkpointing.

The same computation as bench/xla/models.py (and examples/jax/export.py), at float32:

* resnet: blocks conv3x3-relu-conv3x3 + skip, relu, no biases, 'SAME' padding, NHWC (the
  tensors are NCHW views in channels_last memory format, so they are laid out as NHWC);
* gpt: pre-LN blocks, causal attention written out (scores, mask, softmax, product: the same
  tensors the JAX model materializes, no fused attention kernel), GELU (tanh form, jax.nn.gelu's
  default) MLP, no biases in the products;

and the loss mean(x^2) of the last block's output. Parameters are one flat list in the order
of jax.tree_util.tree_leaves((params, x)) of the JAX model (resnet: w1, w2 per block; gpt: b1,
b2, g1, g2, w1, w2, wo, wqkv per block; then x), with the JAX shapes (HWIO kernels), so that
the same argK.npy files feed both and the gradients come out in the order of JAX's results.

Variants (`measure`):
  none        plain forward and backward;
  block       torch.utils.checkpoint.checkpoint around every block (use_reentrant=False);
  sqrt        torch.utils.checkpoint.checkpoint_sequential over the blocks with round(sqrt(n))
              segments (use_reentrant=False).
"""
import math
import os
import statistics
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint, checkpoint_sequential

VARIANTS = ("none", "block", "sqrt")
GPT_LEAVES = ("b1", "b2", "g1", "g2", "w1", "w2", "wo", "wqkv")


class ResBlock(torch.nn.Module):
    def __init__(self, w1, w2):
        super().__init__()
        # HWIO (JAX) -> OIHW (PyTorch) views of the same storage.
        self.w1, self.w2 = w1, w2

    def forward(self, x):
        w1 = self.w1.permute(3, 2, 0, 1)
        w2 = self.w2.permute(3, 2, 0, 1)
        y = F.relu(F.conv2d(x, w1, padding=1))
        return F.relu(x + F.conv2d(y, w2, padding=1))


class GPTBlock(torch.nn.Module):
    def __init__(self, p, heads):
        super().__init__()
        self.p, self.heads = p, heads

    def forward(self, x):
        p = self.p
        B, S, D = x.shape
        h = D // self.heads
        q, k, v = (F.layer_norm(x, (D,), p["g1"], p["b1"], 1e-5) @ p["wqkv"]).split(D, dim=-1)
        sh = lambda t: t.reshape(B, S, self.heads, h).transpose(1, 2)
        q, k, v = sh(q), sh(k), sh(v)
        mask = torch.ones(S, S, dtype=torch.bool, device=x.device).tril()
        s = torch.where(mask, q @ k.transpose(-1, -2) / math.sqrt(h), torch.tensor(-1e9, device=x.device))
        x = x + (torch.softmax(s, -1) @ v).transpose(1, 2).reshape(B, S, D) @ p["wo"]
        return x + F.gelu(F.layer_norm(x, (D,), p["g2"], p["b2"], 1e-5) @ p["w1"], approximate="tanh") @ p["w2"]


def leaf_shapes(model, config, xshape):
    """Shapes of the arguments, in JAX's tree-flatten order (parameters, then x)."""
    if model == "resnet":
        c = config["channels"]
        return [(3, 3, c, c)] * (2 * config["blocks"]) + [tuple(xshape)]
    d = config["d"]
    one = {"b1": (d,), "b2": (d,), "g1": (d,), "g2": (d,), "w1": (d, 4 * d), "w2": (4 * d, d),
           "wo": (d, d), "wqkv": (d, 3 * d)}
    return [one[k] for _ in range(config["blocks"]) for k in GPT_LEAVES] + [tuple(xshape)]


def random_leaves(model, config, xshape, device, seed=0):
    """Parameters initialised as the JAX models do (resnet: normal * 0.1; gpt: normal /
    sqrt(fan_in), layer-norm gains 1 and biases 0) and a standard normal batch."""
    g = torch.Generator(device="cpu").manual_seed(seed)
    leaves = []
    names = GPT_LEAVES * config["blocks"] if model == "gpt" else None
    for i, shape in enumerate(leaf_shapes(model, config, xshape)):
        if i == len(leaf_shapes(model, config, xshape)) - 1:
            t = torch.randn(shape, generator=g)
        elif model == "resnet":
            t = torch.randn(shape, generator=g) * 0.1
        elif names[i] in ("g1", "g2"):
            t = torch.ones(shape)
        elif names[i] in ("b1", "b2"):
            t = torch.zeros(shape)
        else:
            t = torch.randn(shape, generator=g) / math.sqrt(shape[0])
        leaves.append(t.to(device))
    return leaves


def build(model, config, leaves):
    """(blocks, x) over `leaves`: a list of torch.nn.Module blocks and the input batch in the
    layout the blocks take (resnet: NCHW view in channels_last memory, i.e. NHWC storage)."""
    params, x = leaves[:-1], leaves[-1]
    if model == "resnet":
        blocks = [ResBlock(params[2 * i], params[2 * i + 1]) for i in range(config["blocks"])]
        x = x.permute(0, 3, 1, 2)  # NHWC storage seen as NCHW: channels_last
        assert x.is_contiguous(memory_format=torch.channels_last)
    else:
        n = len(GPT_LEAVES)
        blocks = [GPTBlock(dict(zip(GPT_LEAVES, params[n * i:n * i + n])), config["heads"])
                  for i in range(config["blocks"])]
    return blocks, x


def forward(blocks, x, variant):
    if variant == "none":
        for b in blocks:
            x = b(x)
    elif variant == "block":
        for b in blocks:
            x = checkpoint(b, x, use_reentrant=False)
    elif variant == "sqrt":
        segments = max(1, round(math.sqrt(len(blocks))))
        x = checkpoint_sequential(torch.nn.Sequential(*blocks), segments, x, use_reentrant=False)
    else:
        raise ValueError(f"unknown variant {variant!r}: {', '.join(VARIANTS)}")
    return (x * x).mean()


def _compare(actual, expected, rtol, atol):
    """The harness's comparison: |a - e| <= atol * max|e| + rtol * |e| per element."""
    a = np.asarray(actual, np.float64)
    e = np.asarray(expected, np.float64)
    if a.shape != e.shape:
        return False, float("inf"), float("inf")
    scale = float(np.max(np.abs(e))) if e.size and np.max(np.abs(e)) > 0 else 1.0
    d = np.abs(a - e)
    ok = bool(np.all(d <= atol * scale + rtol * np.abs(e)) and not np.any(np.isnan(a)))
    rel = float(np.sqrt(np.sum(d * d) / max(np.sum(e * e), 1e-300)))
    return ok, float(np.max(d)) if d.size else 0.0, rel


def measure(model, config, xshape, variant, iters=5, warmup=1, inputs=None, expected=None,
            rtol=1e-4, atol=1e-5, device=None):
    """One variant: the memory of one step and the median step time; with `inputs` (a folder of
    argK.npy) and `expected` (resultK.npy: loss, then the gradients), the results are compared
    as the harness compares them. Returns a dict."""
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    cuda = device.type == "cuda"
    out = {"framework": "pytorch", "torch": torch.__version__, "variant": variant,
           "device": torch.cuda.get_device_name(device) if cuda else "cpu",
           "tf32": bool(torch.backends.cuda.matmul.allow_tf32 or torch.backends.cudnn.allow_tf32)}
    if inputs:
        n = len(leaf_shapes(model, config, xshape))
        leaves = [torch.from_numpy(np.load(os.path.join(inputs, f"arg{k}.npy"))).to(device) for k in range(n)]
        out["inputs"] = "files"
    else:
        leaves = random_leaves(model, config, xshape, device)
        out["inputs"] = "random"
    for t in leaves[:-1]:
        t.requires_grad_(True)
    blocks, x = build(model, config, leaves)
    params = leaves[:-1]

    def step():
        for t in params:
            t.grad = None
        loss = forward(blocks, x, variant)
        loss.backward()
        return loss

    def sync():
        if cuda:
            torch.cuda.synchronize(device)

    # Warm-up (cuDNN/cuBLAS handles and workspaces, the allocator's pools), then one step for the
    # memory: bytes allocated before it (parameters, batch, library workspaces) and its peak.
    for _ in range(max(1, warmup)):
        step()
    for t in params:
        t.grad = None
    sync()
    if cuda:
        torch.cuda.reset_peak_memory_stats(device)
        before = torch.cuda.memory_allocated(device)
    loss = step()
    sync()
    if cuda:
        peak = torch.cuda.max_memory_allocated(device)
        out.update(peak_device_bytes=peak, args_bytes=before, step_peak_bytes=peak - before,
                   results_bytes=torch.cuda.memory_allocated(device) - before)
    else:
        out.update(peak_device_bytes=None, args_bytes=None, step_peak_bytes=None, results_bytes=None)
    out["param_bytes"] = sum(t.numel() * t.element_size() for t in leaves)
    if expected:
        results = [loss.detach()] + [t.grad for t in params]
        oks, errs, rels = [], [], []
        for k, r in enumerate(results):
            ok, err, rel = _compare(r.detach().cpu().numpy(), np.load(os.path.join(expected, f"result{k}.npy")),
                                    rtol, atol)
            oks.append(ok), errs.append(err), rels.append(rel)
        out.update(outputs_match=all(oks), max_abs_err=max(errs), max_rel_l2_err=max(rels),
                   mismatched_results=[k for k, ok in enumerate(oks) if not ok])
    else:
        out["outputs_match"] = None
        out["loss_finite"] = bool(torch.isfinite(loss).item())
    times = []
    for _ in range(iters):
        sync()
        t0 = time.perf_counter()
        step()
        sync()
        times.append((time.perf_counter() - t0) * 1e3)
    out.update(median_ms=statistics.median(times), min_ms=min(times), mean_ms=statistics.fmean(times),
               iters=iters, warmup=warmup, times_ms=times)
    return out
