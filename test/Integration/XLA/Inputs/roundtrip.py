"""Round trip of a JAX train step of examples/jax through remat and XLA on the CPU.

    roundtrip.py CASE_DIR [--budgets 50%,25%]

For every budget: run remat-opt (dp, optimization barriers, remat-strip) on the step's StableHLO
through remat_jax; when the budget is infeasible, say so and use the smallest feasible budget that
remat reports instead (once per case). Compile the original and the rematerialized text with XLA,
run both on the case's arguments, and print one line per budget:

  CASE budget B: predicted P0 -> P1 B, XLA temp T0 -> T1 B (R%) [(without fencing the waits:
    T2 B)], recomputed OPS ops,
    barriers N, results match JAX: yes|no, match original: yes|no, temp falls: yes|no|n/a

'temp falls' is n/a when remat's plan recomputes nothing (the smallest feasible budget is the
unplanned peak: the step's peak is its returned gradients). Exits 1 when a result differs or
when a plan that recomputes does not lower XLA's temp bytes.
"""
import argparse
import json
import os
import sys

import numpy as np

import jax
import remat_jax as R


def load(case):
    with open(os.path.join(case, "train_step.stablehlo.mlir")) as fh:
        text = fh.read()
    n_args = sum(1 for f in os.listdir(case) if f.startswith("arg") and f.endswith(".npy"))
    n_res = sum(1 for f in os.listdir(case) if f.startswith("result") and f.endswith(".npy"))
    args = [np.load(os.path.join(case, f"arg{k}.npy")) for k in range(n_args)]
    results = [np.load(os.path.join(case, f"result{k}.npy")) for k in range(n_res)]
    return text, args, results


def run(executable, args):
    return [np.asarray(r) for r in executable.execute([jax.device_put(a) for a in args])]


def close(a, b, rtol, atol):
    return len(a) == len(b) and all(
        x.shape == y.shape and np.allclose(x, y, rtol=rtol, atol=atol) for x, y in zip(a, b))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case")
    ap.add_argument("--budgets", default="50%,25%")
    a = ap.parse_args()
    name = os.path.basename(os.path.normpath(a.case))
    text, args, expected = load(a.case)
    original = R.compile_stablehlo(text)
    before = R.memory_analysis(original)
    ref = run(original, args)
    ok = close(ref, expected, 1e-4, 1e-5)
    print(f"{name}: original step: XLA temp {before.temp_bytes} B, results match JAX: "
          f"{'yes' if ok else 'no'}")
    failed = not ok
    done = set()
    for budget in a.budgets.split(","):
        try:
            after_text, plan = R.run_remat_opt(text, budget=budget, strategy="dp")
        except R.InfeasibleBudgetError as e:
            pct = float(budget.rstrip("%")) * e.minimum_bytes / e.budget_bytes
            asked, budget = budget, str(e.minimum_bytes)
            print(f"{name} budget {asked} ({e.budget_bytes} B): infeasible; smallest feasible budget "
                  f"{e.minimum_bytes} B ({pct:.1f}% of the unplanned peak), used instead"
                  + (" (checked above)" if budget in done else ""))
            if budget in done:
                continue
            after_text, plan = R.run_remat_opt(text, budget=budget, strategy="dp")
        done.add(budget)
        if "remat." in after_text:
            print(f"{name} budget {budget}: remat.* attributes left in the output")
            failed = True
        exe = R.compile_stablehlo(after_text)
        after = R.memory_analysis(exe)
        out = run(exe, args)
        match_jax = close(out, expected, 1e-4, 1e-5)
        match_orig = close(out, ref, 1e-5, 1e-6)
        recomputes = plan["recomputed_ops"] > 0
        falls = after.temp_bytes < before.temp_bytes
        falls_text = ("yes" if falls else "no") if recomputes else "n/a"
        print(f"{name} budget {budget}: predicted {plan['peak_bytes_before']} -> "
              f"{plan['peak_bytes_after']} B, XLA temp {before.temp_bytes} -> {after.temp_bytes} B "
              f"({100.0 * after.temp_bytes / before.temp_bytes:.1f}%), recomputed "
              f"{plan['recomputed_ops']} ops, barriers {after_text.count('stablehlo.optimization_barrier')}"
              f", results match JAX: "
              f"{'yes' if match_jax else 'no'}, match original: {'yes' if match_orig else 'no'}, "
              f"temp falls: {falls_text}")
        if not recomputes and after.temp_bytes > before.temp_bytes:
            failed = True
        failed |= not (match_jax and match_orig) or (recomputes and not falls)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
