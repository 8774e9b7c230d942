#!/usr/bin/env python3
"""Run an example train step under remat at several budgets and strategies.

    budgets.py EXAMPLE_DIR [--build build] [--strategies none,sqrt,greedy,dp]
               [--budgets 100,50,25] [--work DIR] [--json FILE] [--check]

EXAMPLE_DIR holds train_step.mlir, argK.npy and resultK.npy (see make_inputs.py). The
original step runs under remat-run and must match resultK.npy (--rtol 1e-4 --atol 1e-6);
its outputs become the expectation for every plan. For each strategy and budget,
`remat-opt --remat="strategy=S budget=B%"` rewrites the step and remat-run runs it against
the original's outputs bit for bit (--rtol 0 --atol 0). Prints a table of the predicted peak
(the plan's peak_bytes_after), the measured heap peak (remat-run's peak_alloc_bytes), the
recomputed FLOPs and whether the outputs are bit-identical. A budget below what a strategy
can reach is listed as infeasible with the smallest feasible budget.

--check exits with status 1 unless the original matches numpy, every feasible plan is
bit-identical, every measured peak is within 10% of the prediction, and the measured peak of
the last strategy drops strictly from budget to budget (given in decreasing order).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

MINIMUM_RE = re.compile(r"below the minimum feasible [^(]*\((\d+) bytes\)")


def tool(build, name):
    for path in (os.path.join(build, "bin", name), os.path.join(build, name)):
        if os.access(path, os.X_OK):
            return path
    return shutil.which(name) or sys.exit(f"budgets.py: cannot find {name} in {build}/bin or PATH")


def count(folder, prefix):
    k = 0
    while os.path.exists(os.path.join(folder, f"{prefix}{k}.npy")):
        k += 1
    return k


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("example")
    parser.add_argument("--build", default="build")
    parser.add_argument("--strategies", default="none,sqrt,greedy,dp")
    parser.add_argument("--budgets", default="100,50,25", help="percentages of the unplanned peak")
    parser.add_argument("--work", help="folder for the rewritten steps and reports")
    parser.add_argument("--json", help="write the rows as JSON here")
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args()

    remat_opt, remat_run = tool(options.build, "remat-opt"), tool(options.build, "remat-run")
    step = os.path.join(options.example, "train_step.mlir")
    args = [os.path.join(options.example, f"arg{i}.npy") for i in range(count(options.example, "arg"))]
    work = options.work or tempfile.mkdtemp(prefix="remat-budgets-")
    os.makedirs(work, exist_ok=True)
    problems = []

    original = os.path.join(work, "original")
    proc = subprocess.run([remat_run, step, "--case-dir", options.example, "--rtol", "1e-4",
                           "--atol", "1e-6", "--write-results", original],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"budgets.py: remat-run failed on {step}:\n{proc.stderr}")
    report = json.loads(proc.stdout)
    if not report["outputs_match"]:
        problems.append(f"the original step does not match the expected results in {options.example}")
    print(f"{step}: outputs match numpy: {'yes' if report['outputs_match'] else 'NO'}; "
          f"measured heap peak {report['peak_alloc_bytes']} bytes")
    expect = [os.path.join(original, f"result{i}.npy") for i in range(count(original, "result"))]

    rows = []
    print("| strategy | budget | predicted peak | measured peak | recompute FLOPs | bit-identical |")
    print("|---|---|---|---|---|---|")
    for strategy in options.strategies.split(","):
        for budget in options.budgets.split(","):
            tag = f"{strategy}_{budget}"
            plan_json = os.path.join(work, f"{tag}.json")
            planned = os.path.join(work, f"{tag}.mlir")
            proc = subprocess.run([remat_opt, step,
                                   f"--remat=strategy={strategy} budget={budget}% report={plan_json}",
                                   "-o", planned], capture_output=True, text=True)
            row = {"strategy": strategy, "budget_percent": float(budget)}
            if proc.returncode != 0:
                found = MINIMUM_RE.search(proc.stderr)
                if not found:
                    sys.exit(f"budgets.py: remat-opt failed ({strategy}, {budget}%):\n{proc.stderr}")
                row["feasible"] = False
                row["minimum_feasible_bytes"] = int(found.group(1))
                rows.append(row)
                print(f"| {strategy} | {budget}% | infeasible (minimum {found.group(1)}) | | | |")
                continue
            with open(plan_json) as f:
                plan = json.load(f)
            plan = plan[0] if isinstance(plan, list) else plan
            proc = subprocess.run([remat_run, planned, "--args", *args, "--expect", *expect,
                                   "--rtol", "0", "--atol", "0"], capture_output=True, text=True)
            if proc.returncode not in (0, 1):
                sys.exit(f"budgets.py: remat-run failed on {planned}:\n{proc.stderr}")
            run = json.loads(proc.stdout)
            row.update(feasible=True, budget_bytes=plan["budget_bytes"],
                       peak_bytes_before=plan["peak_bytes_before"],
                       predicted_peak_bytes=plan["peak_bytes_after"],
                       measured_peak_bytes=run["peak_alloc_bytes"],
                       recompute_flops=plan["recompute_flops"],
                       forward_flops=plan["forward_flops"],
                       bit_identical=bool(run["outputs_match"]) and proc.returncode == 0)
            rows.append(row)
            print(f"| {strategy} | {budget}% | {row['predicted_peak_bytes']} | "
                  f"{row['measured_peak_bytes']} | {row['recompute_flops']} | "
                  f"{'yes' if row['bit_identical'] else 'NO'} |")
            if not row["bit_identical"]:
                problems.append(f"{strategy} at {budget}%: outputs differ from the original's")
            predicted, measured = row["predicted_peak_bytes"], row["measured_peak_bytes"]
            if abs(measured - predicted) > 0.1 * predicted:
                problems.append(f"{strategy} at {budget}%: measured peak {measured} is more than 10% "
                                f"away from the predicted {predicted}")

    last = options.strategies.split(",")[-1]
    peaks = [r["measured_peak_bytes"] for r in rows if r["strategy"] == last and r["feasible"]]
    drops = all(a > b for a, b in zip(peaks, peaks[1:]))
    print(f"{last}: measured peak by budget: {' > '.join(map(str, peaks)) if drops else peaks}")
    if not drops or len(peaks) < len(options.budgets.split(",")):
        problems.append(f"the measured peak of {last} does not drop strictly with the budget "
                        f"over every budget: {peaks}")
    if options.json:
        with open(options.json, "w") as f:
            json.dump({"example": step, "original_peak_alloc_bytes": report["peak_alloc_bytes"],
                       "rows": rows}, f, indent=1)
    if not options.work:
        shutil.rmtree(work, ignore_errors=True)
    for p in problems:
        print(f"problem: {p}")
    return 1 if options.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
