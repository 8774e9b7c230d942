#!/usr/bin/env python3
"""Differential testing of remat on random training steps, executed on the CPU.

    run_differential.py --seeds 1000 --build build [--first-seed 0] [--jobs 2]
                        [--strategies none,sqrt,greedy,dp] [--budgets 100,80,60,40,25]
                        [--json summary.json] [--work DIR] [--gradient-check]
                        [--min-comparisons N]

For each seed, gen_train_step.py writes a random linalg-on-tensors training step with its
inputs. The original step runs under remat-run; its loss and gradients must match a float64
numpy evaluation of the same graph (and numpy's gradients must match finite differences of
the float64 loss along random directions), so that a wrong backward in the generator cannot
pass. Then, for every strategy and budget:

  1. remat-opt --remat="strategy=S budget=B%" --remat-annotate-lifetimes rewrites the step.
     A budget below the strategy's minimum ("below the minimum feasible") is skipped; any
     other error is a failure.
  2. The rewritten step's peak, measured by remat-annotate-lifetimes on the rewritten IR
     (remat.memory peak_bytes), must equal the plan's prediction (remat.plan peak_after),
     and the prediction must be within the budget.
  3. remat-run runs the rewritten step against the original's results with --rtol 0
     --atol 0: every output must be bit-identical.

The measured heap peak of the compiled code (remat-run's peak_alloc_bytes) is reported
against the prediction. Every failure prints the seed, strategy, budget and the commands that
reproduce it. Exit status: 0 when nothing failed (and at least --min-comparisons bit-exact
comparisons ran), 1 otherwise.

--gradient-check (slow) also compares every gradient element of the original step with a
central finite difference of the float64 loss.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_train_step  # noqa: E402

INFEASIBLE = "below the minimum feasible"
# "budget 3.1 KiB (3152 bytes) is below the minimum feasible 3.8 KiB (3940 bytes) for ..."
MINIMUM_RE = re.compile(r"budget [^(]*\((\d+) bytes\) is below the minimum feasible [^(]*\((\d+) bytes\)")


def run(cmd, timeout=300):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout, proc.stderr


def quote(cmd):
    return " ".join(shlex.quote(c) for c in cmd)


def parse_json(text):
    try:
        return json.loads(text)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# Checks of the original step against numpy
# ---------------------------------------------------------------------------------------


def close(got, expected, rtol, scale_atol):
    """|got - expected| <= rtol * |expected| + scale_atol * max|expected| (+ a tiny floor)."""
    got = np.asarray(got, np.float64)
    expected = np.asarray(expected, np.float64)
    if got.shape != expected.shape or not np.all(np.isfinite(got)):
        return False, float("inf")
    scale = float(np.max(np.abs(expected))) if expected.size else 0.0
    err = np.abs(got - expected)
    bound = rtol * np.abs(expected) + scale_atol * scale + 1e-7
    worst = float(np.max(err / bound)) if err.size else 0.0
    return bool(np.all(err <= bound)), worst


def directional_check(case, grads, rng):
    """numpy's float64 gradients against central differences of the float64 loss along a
    random direction per parameter. Returns an error message or None."""
    params = [case.inputs[i].astype(np.float64) for i in range(1, len(case.inputs))]
    for k, (p, g) in enumerate(zip(params, grads)):
        v = rng.standard_normal(p.shape)
        predicted = float(np.sum(g * v))
        ok = False
        for eps in (1e-6, 1e-7, 1e-5):
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[k] = p + eps * v
            minus[k] = p - eps * v
            fd = (case.loss(plus) - case.loss(minus)) / (2 * eps)
            if abs(fd - predicted) <= 1e-5 * max(abs(fd), abs(predicted)) + 1e-9:
                ok = True
                break
        if not ok:
            return (f"numpy gradient of parameter {k} disagrees with finite differences "
                    f"along a random direction: {predicted!r} vs {fd!r}")
    return None


def elementwise_gradient_check(case, got_grads):
    """Every element of the step's (float32) gradients against central differences of the
    float64 loss. Returns an error message or None."""
    params = [case.inputs[i].astype(np.float64) for i in range(1, len(case.inputs))]
    for k, (p, got) in enumerate(zip(params, got_grads)):
        fd = np.zeros_like(p)
        flat = p.reshape(-1)
        for i in range(flat.size):
            estimates = []
            for eps in (1e-6, 1e-5):
                plus = [q.copy() for q in params]
                minus = [q.copy() for q in params]
                plus[k].reshape(-1)[i] += eps
                minus[k].reshape(-1)[i] -= eps
                estimates.append((case.loss(plus) - case.loss(minus)) / (2 * eps))
            fd.reshape(-1)[i] = estimates[0]
            # A kink of relu within eps of the point makes one estimate off; take the one
            # closer to the step's value when the two disagree.
            if abs(estimates[0] - estimates[1]) > 1e-6 * max(1.0, abs(estimates[0])):
                g = float(np.asarray(got).reshape(-1)[i])
                fd.reshape(-1)[i] = min(estimates, key=lambda e: abs(e - g))
        ok, worst = close(got, fd, 1e-3, 1e-4)
        if not ok:
            return (f"gradient of parameter {k} disagrees with elementwise finite differences "
                    f"(worst error {worst:.3g} x tolerance)")
    return None


# ---------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------


class Tools:
    def __init__(self, remat_opt, remat_run):
        self.remat_opt = remat_opt
        self.remat_run = remat_run


PEAK_RE = re.compile(r"remat\.memory = #remat\.memory<peak_bytes = (\d+)")
PLAN_RE = re.compile(r"remat\.plan = #remat\.plan<[^>]*peak_after = (\d+)")


def run_case(seed, tools, work, strategies, budgets, gradient_check, tight):
    """Returns a dict with the case's records; never raises for a failing check."""
    started = time.time()
    case_dir = os.path.join(work, f"seed{seed}")
    os.makedirs(case_dir, exist_ok=True)
    record = {"seed": seed, "plans": [], "failures": [], "skipped": 0, "comparisons": 0,
              "repeats": 0}
    regenerate = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                               "gen_train_step.py"),
                  "--seed", str(seed), "--out", case_dir]

    def fail(kind, message, commands, strategy=None, budget=None):
        record["failures"].append({
            "seed": seed, "strategy": strategy, "budget": budget, "kind": kind,
            "message": message, "reproduce": [quote(regenerate)] + [quote(c) for c in commands]})

    try:
        case = gen_train_step.write_case(seed, case_dir)
    except Exception as e:  # a generator bug is a failure of the suite, reported as such
        fail("generator", f"{type(e).__name__}: {e}", [])
        return record
    step = os.path.join(case_dir, "train_step.mlir")
    args = [os.path.join(case_dir, f"arg{i}.npy") for i in range(len(case.inputs))]
    num_results = 1 + len(case.params)
    record["ops"] = len(case.nodes)
    record["params"] = len(case.params)

    # The original step, against numpy.
    orig_dir = os.path.join(case_dir, "original")
    cmd = [tools.remat_run, step, "--entry", "train_step", "--args", *args,
           "--write-results", orig_dir]
    rc, out, err = run(cmd)
    report = parse_json(out)
    if rc != 0 or report is None:
        fail("original", f"remat-run exited {rc}: {err.strip()[-2000:]}", [cmd])
        return record
    record["original_peak_alloc_bytes"] = report["peak_alloc_bytes"]
    got = [np.load(os.path.join(orig_dir, f"result{i}.npy")) for i in range(num_results)]
    loss, grads = case.gradients()
    ok, worst = close(got[0], loss, 1e-4, 0.0)
    if not ok:
        fail("numpy-loss", f"loss {float(got[0])!r} differs from numpy's {loss!r}", [cmd])
    for k, (g, r) in enumerate(zip(got[1:], grads)):
        ok, worst = close(g, r, 1e-3, 1e-4)
        if not ok:
            fail("numpy-gradient", f"gradient of parameter {k} differs from numpy's reverse "
                 f"mode (worst error {worst:.3g} x tolerance)", [cmd])
    message = directional_check(case, grads, np.random.default_rng(seed + 1))
    if message:
        fail("finite-differences", message, [])
    if gradient_check:
        message = elementwise_gradient_check(case, got[1:])
        if message:
            fail("finite-differences", message, [cmd])
    if record["failures"]:
        return record
    expect = [os.path.join(orig_dir, f"result{i}.npy") for i in range(num_results)]

    # Every plan, bit for bit against the original. After the percentages, each strategy
    # also plans at the smallest budget it reported feasible (its tightest plan), which must
    # then be feasible.
    executed = {}
    for strategy in strategies:
        minimum = None
        plans = [(b, f"{b}%", f"{b}%") for b in budgets]
        k = 0
        while k < len(plans):
            budget, option, budget_text = plans[k]
            k += 1
            tag = f"{strategy}_{budget}"
            planned = os.path.join(case_dir, f"planned_{tag}.mlir")
            plan_json = os.path.join(case_dir, f"plan_{tag}.json")
            opt = [tools.remat_opt, step,
                   f"--remat=strategy={strategy} budget={option} report={plan_json}",
                   "--remat-annotate-lifetimes", "--mlir-print-op-on-diagnostic=false",
                   "-o", planned]
            rc, out, err = run(opt)
            if rc != 0:
                found = MINIMUM_RE.search(err) if rc == 1 and INFEASIBLE in err else None
                if found and budget != "min":
                    record["skipped"] += 1
                    asked, least = int(found.group(1)), int(found.group(2))
                    record["plans"].append({"strategy": strategy, "budget": budget_text,
                                            "feasible": False, "budget_bytes": asked,
                                            "minimum_feasible_bytes": least})
                    # The smallest feasible budget is one number per strategy and case.
                    if minimum is not None and least != minimum:
                        fail("minimum", f"the smallest feasible budget is reported as {minimum} "
                             f"and as {least} bytes", [opt], strategy, budget_text)
                    if asked >= least:
                        fail("minimum", f"budget {asked} bytes is refused although the smallest "
                             f"feasible budget is {least} bytes", [opt], strategy, budget_text)
                    if minimum is None:
                        minimum = least
                        if tight and strategy != "none":
                            plans.append(("min", str(minimum), f"{minimum} B (smallest feasible)"))
                else:
                    fail("remat-opt", f"remat-opt exited {rc}: {err.strip()[-2000:]}", [opt],
                         strategy, budget_text)
                continue
            with open(planned) as f:
                text = f.read()
            with open(plan_json) as f:
                plan = json.load(f)
            plan = plan[0] if isinstance(plan, list) else plan
            peak = PEAK_RE.search(text)
            after = PLAN_RE.search(text)
            if minimum is not None and plan.get("budget_bytes", minimum) < minimum:
                fail("minimum", f"budget {plan['budget_bytes']} bytes is feasible although the "
                     f"smallest feasible budget was reported as {minimum} bytes", [opt],
                     strategy, budget_text)
            entry = {"strategy": strategy, "budget": budget_text, "feasible": True,
                     "budget_bytes": plan.get("budget_bytes"),
                     "peak_bytes_before": plan.get("peak_bytes_before"),
                     "predicted_peak_bytes": plan.get("peak_bytes_after"),
                     "recompute_flops": plan.get("recompute_flops"),
                     "recomputed_ops": plan.get("recomputed_ops")}
            record["plans"].append(entry)
            if not peak or not after:
                fail("annotation", "the rewritten step lacks remat.memory or remat.plan", [opt],
                     strategy, budget_text)
                continue
            entry["rewritten_peak_bytes"] = int(peak.group(1))
            if int(peak.group(1)) != int(after.group(1)):
                fail("peak-prediction", f"remat-annotate-lifetimes measures the rewritten step at "
                     f"{peak.group(1)} bytes but the plan predicts {after.group(1)}", [opt],
                     strategy, budget_text)
            if int(after.group(1)) != plan.get("peak_bytes_after"):
                fail("report", f"report peak_bytes_after {plan.get('peak_bytes_after')} differs "
                     f"from remat.plan peak_after {after.group(1)}", [opt], strategy, budget_text)
            if plan.get("budget_bytes") is not None and plan["peak_bytes_after"] > plan["budget_bytes"]:
                fail("budget", f"predicted peak {plan['peak_bytes_after']} exceeds the budget "
                     f"{plan['budget_bytes']}", [opt], strategy, budget_text)
            # remat-apply is deterministic in the schedule: a schedule already executed for
            # this case gives the same program, which is not run again.
            key = json.dumps(plan.get("schedule"))
            if key in executed:
                entry.update(executed[key])
                entry["same_schedule_as"] = executed[key]["tag"]
                record["repeats"] += 1
                continue
            exe = [tools.remat_run, planned, "--entry", "train_step", "--args", *args,
                   "--expect", *expect, "--rtol", "0", "--atol", "0"]
            rc, out, err = run(exe)
            report = parse_json(out)
            if report is None or rc not in (0, 1):
                fail("remat-run", f"remat-run exited {rc}: {err.strip()[-2000:]}", [opt, exe],
                     strategy, budget_text)
                continue
            record["comparisons"] += 1
            entry["bit_identical"] = bool(report.get("outputs_match"))
            entry["measured_peak_bytes"] = report.get("peak_alloc_bytes")
            executed[key] = {"tag": f"{strategy} {budget_text}",
                             "bit_identical": entry["bit_identical"],
                             "measured_peak_bytes": entry["measured_peak_bytes"]}
            if rc != 0 or not report.get("outputs_match"):
                bad = [r for r in report.get("results", []) if not r.get("match")]
                detail = "; ".join(f"result {r['index']}: max_abs_err {r.get('max_abs_err')}, "
                                   f"{r.get('mismatches')} mismatches" for r in bad)
                fail("mismatch", f"outputs differ from the original's: {detail}", [opt, exe],
                     strategy, budget_text)
        if minimum is not None:
            for p in record["plans"]:
                if p["strategy"] == strategy and p["feasible"] and \
                        p.get("budget_bytes") is not None and p["budget_bytes"] < minimum:
                    fail("minimum", f"budget {p['budget_bytes']} bytes ({p['budget']}) was feasible "
                         f"but a smaller budget reports {minimum} bytes as the smallest feasible",
                         [], strategy, p["budget"])
    record["seconds"] = round(time.time() - started, 2)
    return record


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def find_tool(name, build):
    candidates = []
    if build:
        candidates += [os.path.join(build, "bin", name), os.path.join(build, name)]
    for c in candidates:
        if os.access(c, os.X_OK):
            return c
    found = shutil.which(name)
    if found:
        return found
    sys.exit(f"run_differential.py: cannot find {name}; pass --build <build dir> "
             f"(with bin/{name}) or --{name} <path>")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("--seeds", type=int, default=20, help="number of seeds")
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--build", help="build directory holding bin/remat-opt and bin/remat-run")
    parser.add_argument("--remat-opt", dest="remat_opt")
    parser.add_argument("--remat-run", dest="remat_run")
    parser.add_argument("--strategies", default="none,sqrt,greedy,dp")
    parser.add_argument("--budgets", default="100,80,60,40,25",
                        help="percentages of the unplanned peak")
    parser.add_argument("--no-tightest", action="store_true",
                        help="do not plan again at the smallest feasible budget that an "
                             "infeasible one reports")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", help="folder for the cases (default: a temporary one, removed "
                                       "unless something fails)")
    parser.add_argument("--json", help="write the summary and every record here")
    parser.add_argument("--gradient-check", action="store_true",
                        help="also check every gradient element against finite differences")
    parser.add_argument("--min-comparisons", type=int, default=0,
                        help="fail unless at least this many bit-exact comparisons ran")
    options = parser.parse_args()

    tools = Tools(options.remat_opt or find_tool("remat-opt", options.build),
                  options.remat_run or find_tool("remat-run", options.build))
    strategies = [s for s in options.strategies.split(",") if s]
    budgets = [b.rstrip("%") for b in options.budgets.split(",") if b]
    work = options.work or tempfile.mkdtemp(prefix="remat-differential-")
    os.makedirs(work, exist_ok=True)
    seeds = list(range(options.first_seed, options.first_seed + options.seeds))

    started = time.time()
    records = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = {pool.submit(run_case, s, tools, work, strategies, budgets,
                               options.gradient_check, not options.no_tightest): s for s in seeds}
        for future in concurrent.futures.as_completed(futures):
            records.append(future.result())
    records.sort(key=lambda r: r["seed"])
    elapsed = time.time() - started

    failures = [f for r in records for f in r["failures"]]
    comparisons = sum(r["comparisons"] for r in records)
    skipped = sum(r["skipped"] for r in records)
    feasible = [p for r in records for p in r["plans"] if p.get("feasible")]
    repeats = sum(r["repeats"] for r in records)
    measured = [p for p in feasible
                if p.get("measured_peak_bytes") is not None and "same_schedule_as" not in p]
    deviations = [abs(p["measured_peak_bytes"] - p["predicted_peak_bytes"]) / p["predicted_peak_bytes"]
                  for p in measured if p["predicted_peak_bytes"]]
    worst = max(deviations) if deviations else 0.0
    worst_plan = None
    for r in records:
        for p in r["plans"]:
            if p.get("measured_peak_bytes") is not None and p["predicted_peak_bytes"] and \
                    "same_schedule_as" not in p and \
                    abs(p["measured_peak_bytes"] - p["predicted_peak_bytes"]) / p["predicted_peak_bytes"] == worst:
                worst_plan = worst_plan or {"seed": r["seed"], **p}
    exact = sum(1 for p in measured if p["measured_peak_bytes"] == p["predicted_peak_bytes"])
    by_strategy = {}
    for r in records:
        for p in r["plans"]:
            s = by_strategy.setdefault(p["strategy"], {"feasible": 0, "skipped": 0})
            s["feasible" if p.get("feasible") else "skipped"] += 1

    summary = {
        "cases": len(records),
        "seeds": [seeds[0], seeds[-1]] if seeds else [],
        "strategies": strategies,
        "budgets_percent": [float(b) for b in budgets],
        "comparisons": comparisons,
        "feasible_plans": len(feasible),
        "plans_repeating_an_executed_schedule": repeats,
        "skipped": skipped,
        "failures": len(failures),
        "measured_peak_equals_predicted": exact,
        "max_rel_measured_vs_predicted_peak": worst,
        "worst_measured_vs_predicted": worst_plan,
        "plans_by_strategy": by_strategy,
        "seconds": round(elapsed, 1),
    }

    for f in failures:
        print(f"FAIL seed {f['seed']} strategy {f['strategy']} budget {f['budget']}: "
              f"[{f['kind']}] {f['message']}")
        for c in f["reproduce"]:
            print(f"  reproduce: {c}")
    print(f"differential: {summary['cases']} cases (seeds {seeds[0]}..{seeds[-1]}), "
          f"{comparisons} bit-exact comparisons, {skipped} skipped (infeasible budget), "
          f"{len(failures)} failures, {elapsed:.1f} s")
    print(f"differential: {len(feasible)} feasible plans; {repeats} of them have the schedule of "
          f"a plan already executed for the same case and were not run again")
    for s, counts in by_strategy.items():
        print(f"differential: strategy {s}: {counts['feasible']} feasible plans, "
              f"{counts['skipped']} infeasible budgets")
    print(f"differential: measured heap peak equals the predicted peak in {exact} of "
          f"{len(measured)} plans; max |measured - predicted| / predicted = {worst:.4f}")
    if options.min_comparisons and comparisons < options.min_comparisons:
        print(f"differential: only {comparisons} comparisons ran, fewer than "
              f"--min-comparisons {options.min_comparisons}")
    if options.json:
        with open(options.json, "w") as f:
            json.dump({"summary": summary, "failures": failures, "cases": records}, f, indent=1)
    ok = not failures and comparisons >= options.min_comparisons
    if not options.work and not failures:
        shutil.rmtree(work, ignore_errors=True)
    elif failures:
        print(f"differential: cases kept in {work}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
