"""remat_jax.rematerialize on the benchmark's models at their --small shapes, on the CPU.

Prints one line per check; exits 1 when a check fails. Checks:
- the StableHLO text path (compile_stablehlo) compiles the original step to the same XLA memory
  statistics as jax.jit's own compile with the same options;
- the rematerialized step takes and returns the original pytrees and computes the original's
  results (rtol 1e-5), and its XLA temp bytes fall below the original's; jax.checkpoint per
  block is compiled alongside for comparison;
- an infeasible budget raises InfeasibleBudgetError carrying remat-opt's diagnostic and the
  smallest feasible budget, which then works;
- plain (unjitted) functions, keyword arguments and unused arguments keep their calling
  convention; a jitted function whose module drops an unused argument is called correctly;
- bad budgets, a missing remat-opt and text remat-opt cannot parse give clear errors.
"""
import os
import sys

import numpy as np

import jax
import jax.numpy as jnp
from jax import random

import models as M
import remat_jax as R

failures = []


def check(name, ok, detail=""):
    print(f"{name}: {'ok' if ok else 'FAILED'}{' ' + detail if detail else ''}")
    if not ok:
        failures.append(name)


def same_tree(a, b, rtol=1e-5, atol=1e-6):
    la, ta = jax.tree_util.tree_flatten(a)
    lb, tb = jax.tree_util.tree_flatten(b)
    return ta == tb and all(np.allclose(x, y, rtol=rtol, atol=atol) for x, y in zip(la, lb))


for name in ("gpt", "resnet"):
    init, block, xshape = M.build(name, "small")
    params = init(random.PRNGKey(1))
    x = random.normal(random.PRNGKey(2), xshape)
    step = M.train_step(block)
    expected = step(params, x)
    opts = R.xla_compiler_options()

    r = R.rematerialize(step, params, x, budget="50%")
    text_path = R.memory_analysis(R.compile_stablehlo(r.stablehlo_before))
    check(f"{name} original through the text path", text_path == r.memory_before,
          f"temp {text_path.temp_bytes} vs jit {r.memory_before.temp_bytes}")
    out = r(params, x)
    ckpt = M.train_step(block, checkpoint=True).lower(params, x).compile(compiler_options=opts)
    ckpt_temp = R.memory_analysis(ckpt).temp_bytes
    check(f"{name} 50% results", same_tree(out, expected))
    check(f"{name} 50% temp falls", r.memory_after.temp_bytes < r.memory_before.temp_bytes,
          f"XLA temp {r.memory_before.temp_bytes} -> {r.memory_after.temp_bytes} B "
          f"(jax.checkpoint per block: {ckpt_temp} B); predicted peak "
          f"{r.report['peak_bytes_before']} -> {r.report['peak_bytes_after']} B")
    check(f"{name} 50% no remat attributes", "remat." not in r.stablehlo_after)

    try:
        R.rematerialize(step, params, x, budget="25%")
        check(f"{name} 25% feasible", True)
    except R.InfeasibleBudgetError as e:
        ok = "is below the minimum feasible" in str(e) and e.minimum_bytes > e.budget_bytes
        check(f"{name} 25% infeasible error", ok,
              f"smallest feasible {e.minimum_bytes} B for {e.budget_bytes} B")
        m = R.rematerialize(step, params, x, budget=e.minimum_bytes)
        check(f"{name} smallest feasible budget", same_tree(m(params, x), expected)
              and m.memory_after.temp_bytes < r.memory_before.temp_bytes,
              f"XLA temp {m.memory_before.temp_bytes} -> {m.memory_after.temp_bytes} B")

# Plain function, keyword arguments, an unused argument leaf.
init, block, xshape = M.build("resnet", "small")
params = init(random.PRNGKey(3))
batch = {"x": random.normal(random.PRNGKey(4), xshape), "unused": jnp.arange(5.0)}


def loss(ps, batch, *, scale):
    return M.make_loss(block)(ps, batch["x"]) * scale


plain = jax.value_and_grad(loss)
r = R.rematerialize(plain, params, batch, example_kwargs={"scale": 2.0}, budget="50%")
check("plain function with kwargs and an unused leaf",
      same_tree(r(params, batch, scale=2.0), jax.jit(plain)(params, batch, scale=2.0)),
      f"XLA temp {r.memory_before.temp_bytes} -> {r.memory_after.temp_bytes} B")
jitted = jax.jit(jax.value_and_grad(lambda ps, batch: loss(ps, batch, scale=1.0)))
r = R.rematerialize(jitted, params, batch, budget="50%")
check("jitted function whose module drops the unused leaf",
      R.main_arity(R.parse_stablehlo(r.stablehlo_after)) == len(jax.tree_util.tree_leaves(params)) + 1
      and same_tree(r(params, batch), jitted(params, batch)))
try:
    r(params, batch["x"])
    check("wrong argument structure raises", False)
except TypeError as e:
    check("wrong argument structure raises", "structure" in str(e))

# Errors.
try:
    R.rematerialize(jitted, params, batch, budget="half")
    check("bad budget raises", False)
except ValueError as e:
    check("bad budget raises", "bad budget" in str(e))
try:
    R.run_remat_opt("func.func @f(", budget="50%")
    check("unparsable input raises", False)
except R.RematError as e:
    check("unparsable input raises", "remat-opt failed" in str(e) and "error" in e.diagnostic,
          e.diagnostic.strip().splitlines()[0])
relative = os.path.relpath(R.find_remat_opt())
_, plan = R.run_remat_opt(r.stablehlo_before, budget="50%", remat_opt=relative)
check("remat-opt given by a relative path", plan["peak_bytes_after"] <= plan["budget_bytes"], relative)
try:
    R.run_remat_opt("", remat_opt="/nonexistent/remat-opt")
    check("missing remat-opt raises", False)
except R.RematError as e:
    check("missing remat-opt raises", "not found" in str(e))

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
