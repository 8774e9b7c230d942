"""Train steps of the XLA benchmark: the residual CNN and the GPT stack of examples/jax/export.py.

The model code (initialisation, blocks, loss mean(x^2)) is the same as in export.py; here each
model also exposes its block function, so that the jax.checkpoint variant can wrap every block
in jax.checkpoint, the standard way to rematerialize with JAX.
"""
import numpy as np

import jax
import jax.numpy as jnp
from jax import random


def dense_init(k, i, o):
    return random.normal(k, (i, o)) / np.sqrt(i)


def mlp(depth, width, act=jnp.tanh):
    """Dense layers act(x @ w + b); returns (init, block)."""
    def init(k):
        ks = random.split(k, depth)
        return [(dense_init(kk, width, width), jnp.full((width,), 0.01)) for kk in ks]
    def block(x, p):
        w, b = p
        return act(x @ w + b)
    return init, block


def ln(x, g, b):
    m = x.mean(-1, keepdims=True); v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) * jax.lax.rsqrt(v + 1e-5) * g + b


def gpt(depth, d, heads, seq):
    """Pre-LN GPT blocks (causal attention, GELU MLP); returns (init, block, loss)."""
    def init(k):
        ps = []
        for kk in random.split(k, depth):
            k1, k2, k3, k4 = random.split(kk, 4)
            ps.append(dict(wqkv=dense_init(k1, d, 3 * d), wo=dense_init(k2, d, d), w1=dense_init(k3, d, 4 * d),
                           w2=dense_init(k4, 4 * d, d), g1=jnp.ones(d), b1=jnp.zeros(d), g2=jnp.ones(d), b2=jnp.zeros(d)))
        return ps
    def block(x, p):
        B, S, D = x.shape
        q, k, v = jnp.split(ln(x, p["g1"], p["b1"]) @ p["wqkv"], 3, axis=-1)
        sh = lambda t: t.reshape(B, S, heads, D // heads).transpose(0, 2, 1, 3)
        q, k, v = sh(q), sh(k), sh(v)
        mask = jnp.tril(jnp.ones((S, S), bool))
        s = jnp.where(mask, q @ k.transpose(0, 1, 3, 2) / np.sqrt(D // heads), -1e9)
        x = x + (jax.nn.softmax(s, -1) @ v).transpose(0, 2, 1, 3).reshape(B, S, D) @ p["wo"]
        return x + jax.nn.gelu(ln(x, p["g2"], p["b2"]) @ p["w1"]) @ p["w2"]
    return init, block


DN = ("NHWC", "HWIO", "NHWC")


def conv(x, w, stride=1, groups=1):
    return jax.lax.conv_general_dilated(x, w, (stride, stride), "SAME", dimension_numbers=DN, feature_group_count=groups)


def resnet(depth, c):
    """Residual blocks conv3x3-relu-conv3x3 + skip, relu; NHWC; returns (init, block)."""
    def init(k):
        return [(random.normal(k1, (3, 3, c, c)) * 0.1, random.normal(k2, (3, 3, c, c)) * 0.1)
                for k1, k2 in (random.split(kk) for kk in random.split(k, depth))]
    def block(x, p):
        w1, w2 = p
        y = jax.nn.relu(conv(x, w1))
        return jax.nn.relu(x + conv(y, w2))
    return init, block


def make_loss(block, checkpoint=False):
    """loss(params, x) = mean(stack(x)^2); with checkpoint, every block is jax.checkpoint(block)."""
    blk = jax.checkpoint(block) if checkpoint else block
    def loss(ps, x):
        for p in ps:
            x = blk(x, p)
        return jnp.mean(x ** 2)
    return loss


# name -> (builder, builder args, input shape); the full sizes of the benchmark and the --small ones.
MODELS = {
    "resnet": {"full": (resnet, (100, 64), (32, 56, 56, 64)),
               "small": (resnet, (8, 16), (4, 16, 16, 16))},
    "gpt": {"full": (gpt, (24, 1024, 16, 1024), (8, 1024, 1024)),
            "small": (gpt, (4, 128, 4, 128), (2, 128, 128))},
}

# The train steps of examples/jax that these builders reproduce (same init keys as export.py).
EXAMPLES = {
    "mlp_tanh_d6_w64_b16": (mlp, (6, 64), (16, 64), 0),
    "gpt_d2_e64_h4_s32_b2": (gpt, (2, 64, 4, 32), (2, 32, 64), 1),
    "resnet_d4_c8_8x8_b2": (resnet, (4, 8), (2, 8, 8, 8), 2),
}


def build(name, size="full"):
    """(init, block, input shape) of a benchmark model."""
    builder, args, xshape = MODELS[name][size]
    init, block = builder(*args)
    return init, block, xshape


def train_step(block, checkpoint=False):
    """jax.jit(jax.value_and_grad(loss)), as export.py builds it."""
    return jax.jit(jax.value_and_grad(make_loss(block, checkpoint)))


def abstract_args(init, xshape, dtype=jnp.float32):
    """ShapeDtypeStructs of (params, x): nothing is allocated."""
    params = jax.eval_shape(init, jax.ShapeDtypeStruct((2,), jnp.uint32))
    return params, jax.ShapeDtypeStruct(xshape, dtype)
