#!/usr/bin/env python3
"""Speed of remat-solve's DP on random heterogeneous chains.

For each chain length L it builds a random chain (seeded, so every run sees
the same chains), picks budgets from the chain itself and runs remat-solve
several times, keeping the median of the solve_ms it reports. Writes
results.json next to this script and prints a table.

Budgets (docs/Planner.md, "Measured speed"):
  sqrt   the peak of Chen's sqrt(n) plan: the budget a user of sqrt(n) has
  tight  halfway between the DP's least feasible budget and the sqrt peak

Usage: run.py [--remat-solve PATH] [--lengths 100,1000,10000] [--repeats 5]
              [--memory-steps 1000] [--budgets sqrt,tight] [--timeout 600]
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MIB = 1 << 20


def random_chain(length, seed):
    """Stage sizes vary 64x and costs 10x, like layers of mixed widths."""
    rng = random.Random(seed)
    stages = []
    for _ in range(length):
        f = rng.randint(1, 10) * 10**9
        a = rng.randint(1, 64) * MIB
        stages.append({
            "f": f,
            "b": 2 * f + rng.randint(0, 10) * 10**8,
            "a": a,
            "abar": a * rng.randint(1, 4) + rng.randint(0, 8) * MIB,
        })
    return {"stages": stages, "input_bytes": rng.randint(1, 64) * MIB}


def solve(tool, chain_path, args, timeout):
    """Runs remat-solve; returns its JSON plus the CPU time of the process."""
    cmd = [tool, chain_path, "--no-schedule", "--compact"] + args
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            raise
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 2):
            sys.exit("remat-solve failed: %s\n%s" % (" ".join(cmd), err.read().decode()))
        result = json.loads(out.read().decode())
    result["process_cpu_ms"] = 1000.0 * (usage.ru_utime + usage.ru_stime)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--remat-solve", default=os.path.join(ROOT, "build", "bin", "remat-solve"))
    parser.add_argument("--lengths", default="100,1000,10000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--memory-steps", type=int, default=1000)
    parser.add_argument("--budgets", default="sqrt,tight")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--output", default=os.path.join(HERE, "results.json"))
    opts = parser.parse_args()
    if not os.path.exists(opts.remat_solve):
        sys.exit("remat-solve not found at %s: build it or pass --remat-solve" % opts.remat_solve)

    results = {"memory_steps": opts.memory_steps, "repeats": opts.repeats,
               "cpus": os.cpu_count(), "load_average": os.getloadavg(), "runs": []}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for length in [int(x) for x in opts.lengths.split(",")]:
            chain = random_chain(length, seed=length)
            path = os.path.join(tmp, "chain%d.json" % length)
            with open(path, "w") as f:
                json.dump(chain, f)
            sqrt_peak = solve(opts.remat_solve, path, ["--strategy", "sqrt", "--budget", str(1 << 60)],
                              opts.timeout)["peak_bytes"]
            least = solve(opts.remat_solve, path, ["--budget", "0"],
                          opts.timeout)["min_feasible_budget"]
            budgets = {"sqrt": sqrt_peak, "tight": (least + sqrt_peak) // 2}
            for name in opts.budgets.split(","):
                budget = budgets[name]
                args = ["--budget", str(budget), "--memory-steps", str(opts.memory_steps)]
                times, cpu, plan = [], [], None
                for _ in range(opts.repeats):
                    plan = solve(opts.remat_solve, path, args, opts.timeout)
                    times.append(plan["solve_ms"])
                    cpu.append(plan["process_cpu_ms"])
                sqrt_plan = solve(opts.remat_solve, path, ["--strategy", "sqrt", "--budget", str(budget)],
                                  opts.timeout)
                run = {
                    "stages": length,
                    "budget_kind": name,
                    "budget": budget,
                    "median_solve_ms": statistics.median(times),
                    "solve_ms": times,
                    "median_process_cpu_ms": statistics.median(cpu),
                    "feasible": plan["feasible"],
                    "recompute_cost": plan["recompute_cost"],
                    "sqrt_recompute_cost": sqrt_plan["recompute_cost"] if sqrt_plan["feasible"] else None,
                    "forward_cost": sum(s["f"] for s in chain["stages"]),
                }
                results["runs"].append(run)
                rows.append(run)
                print("L=%-6d %-6s median %10.2f ms (process CPU %.2f ms)   recompute %.3f fwd (sqrt: %s)" % (
                    length, name, run["median_solve_ms"], run["median_process_cpu_ms"],
                    run["recompute_cost"] / run["forward_cost"],
                    "%.3f" % (run["sqrt_recompute_cost"] / run["forward_cost"])
                    if run["sqrt_recompute_cost"] is not None else "infeasible"), flush=True)
    with open(opts.output, "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    print("\n%8s %7s %14s %18s" % ("stages", "budget", "median ms", "process CPU ms"))
    for run in rows:
        print("%8d %7s %14.2f %18.2f" % (run["stages"], run["budget_kind"], run["median_solve_ms"],
                                         run["median_process_cpu_ms"]))
    print("wrote %s" % opts.output)


if __name__ == "__main__":
    main()
