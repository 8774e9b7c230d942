#!/usr/bin/env python3
"""The README's worked example: rematerialize train steps and run them on the CPU.

For the embedded JAX GPT train step and the two linalg examples, runs remat at several budgets,
lowers each plan to the CPU, runs it, and prints the predicted peak, the heap peak the compiled
code really reached, the FLOPs recomputed, and whether the results are the unplanned step's,
bit for bit (and, for the JAX step, JAX's own within 1e-4).
Usage: scripts/demo.py [--build build] [--out build/demo]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def args_of(case):
    files = [f for f in os.listdir(case) if f.startswith("arg") and f.endswith(".npy")]
    return [os.path.join(case, f) for f in sorted(files, key=lambda f: int(f[3:-4]))]


def demo(build, out, title, source, case, budgets, importer):
    remat_opt = os.path.join(build, "bin", "remat-opt")
    remat_run = os.path.join(build, "bin", "remat-run")
    name = os.path.basename(case)
    os.makedirs(out, exist_ok=True)
    print(f"\n== {title}\n   {os.path.relpath(source, ROOT)}")
    step = source
    flags = []
    if importer:
        step = os.path.join(out, name + ".linalg.mlir")
        rc, _, err = run([remat_opt, "--allow-unregistered-dialect", "--remat-import-stablehlo",
                          source, "-o", step])
        if rc:
            sys.exit(err)
    reference = os.path.join(out, name + ".unplanned")
    rc, stdout, err = run([remat_run, step, "--case-dir", case, "--rtol", "1e-4", "--atol", "1e-6",
                           "--write-results", reference])
    base = json.loads(stdout)
    rows = [("none", base["peak_alloc_bytes"], base["peak_alloc_bytes"], 0,
             "yes" if base["outputs_match"] else "NO", "-")]
    svg = None
    for budget in budgets:
        planned = os.path.join(out, f"{name}.{budget.rstrip('%')}.mlir")
        report = os.path.join(out, f"{name}.{budget.rstrip('%')}.json")
        svg = os.path.join(out, f"{name}.{budget.rstrip('%')}.svg")
        rc, _, err = run([remat_opt, f"--remat=budget={budget} report={report} timeline={svg}",
                          step, "-o", planned])
        if rc:
            rows.append((budget, "-", "-", "-", err.strip().splitlines()[0].split("error: ")[-1], "-"))
            continue
        plan = json.load(open(report))
        exact = json.loads(run([remat_run, planned, "--args", *args_of(case), "--expect",
                                *[os.path.join(reference, f"result{k}.npy")
                                  for k in range(len(os.listdir(reference)))],
                                "--rtol", "0", "--atol", "0"])[1])
        # Bit-identical to the unplanned step, which matches the reference: so does the plan.
        matches = "yes" if exact["outputs_match"] and base["outputs_match"] else "NO"
        rows.append((budget, plan["peak_bytes_after"], exact["peak_alloc_bytes"],
                     plan["recompute_flops"], matches, "yes" if exact["outputs_match"] else "NO"))
    print(f"   {'budget':>6}  {'predicted peak':>14}  {'measured peak':>13}  {'recompute FLOPs':>15}"
          f"  {'matches reference':>17}  {'bit-identical':>13}")
    for budget, predicted, measured, flops, ref, exact in rows:
        fmt = lambda v: f"{v:,}" if isinstance(v, int) else str(v)
        if isinstance(predicted, str) and predicted == "-" and ref not in ("yes", "NO"):
            print(f"   {budget:>6}  {ref}")
            continue
        print(f"   {budget:>6}  {fmt(predicted):>14}  {fmt(measured):>13}  {fmt(flops):>15}"
              f"  {ref:>17}  {exact:>13}")
    if svg and os.path.exists(svg):
        print(f"   timeline of the last plan: {os.path.relpath(svg, ROOT)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    out = args.out or os.path.join(args.build, "demo")
    jax = os.path.join(ROOT, "examples", "jax", "gpt_d2_e64_h4_s32_b2")
    demo(args.build, out, "JAX GPT train step (2 blocks, d=64, seq 32, batch 2), imported from StableHLO",
         os.path.join(jax, "train_step.stablehlo.mlir"), jax, ["80%", "60%"], importer=True)
    for name, title in (("mlp", "linalg MLP train step"), ("resnet", "linalg residual-net train step")):
        case = os.path.join(ROOT, "examples", "linalg", name)
        demo(args.build, out, title, os.path.join(case, "train_step.mlir"), case,
             ["50%", "25%"], importer=False)
    print("\nPeaks are heap bytes of tensors; 'measured' is what the compiled code allocated on"
          " the CPU (remat-run), 'predicted' is remat-plan's peak for the rewritten IR.")


if __name__ == "__main__":
    main()
