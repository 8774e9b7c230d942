#!/usr/bin/env python3
"""Exports JAX train steps at activation-dominated shapes for the plan-quality benchmark.

Uses the model definitions of examples/jax/export.py, lowers
jax.jit(jax.value_and_grad(loss)) on abstract arguments (nothing is allocated) and writes the
StableHLO in generic form to <out>/<name>.stablehlo.mlir.
Usage: export_steps.py <out-dir>      (needs JAX; python/requirements.txt pins it)
"""
import os
import sys

import jax
import jax.numpy as jnp

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "examples", "jax"))
import export  # noqa: E402  (model definitions: mlp, gpt, resnet)

# Shapes where activations, not parameters and gradients, dominate the peak.
STEPS = [
    ("mlp_tanh_d8_w256_b1024", export.mlp(8, 256, jnp.tanh), (1024, 256)),
    ("gpt_d4_e128_h4_s256_b8", export.gpt(4, 128, 4, 256), (8, 256, 128)),
    ("resnet_d8_c16_32x32_b16", export.resnet(8, 16), (16, 32, 32, 16)),
]


def main(out):
    os.makedirs(out, exist_ok=True)
    for name, (init, loss), xshape in STEPS:
        params = jax.eval_shape(init, jax.random.PRNGKey(0))
        x = jax.ShapeDtypeStruct(xshape, jnp.float32)
        lowered = jax.jit(jax.value_and_grad(loss)).lower(params, x)
        text = lowered.compiler_ir("stablehlo").operation.get_asm(
            print_generic_op_form=True, large_elements_limit=1 << 30)
        with open(os.path.join(out, name + ".stablehlo.mlir"), "w") as fh:
            fh.write(text)
        print(name, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
