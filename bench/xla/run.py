#!/usr/bin/env python3
"""XLA benchmark of remat against jax.checkpoint: residual CNN and GPT stack train steps.

Two phases, because remat-opt (LLVM/MLIR) and the GPU are on different machines:

  phase 1, where remat-opt is built (CPU, JAX installed; nothing big is allocated):
    run.py export --out BUNDLE [--small] [--budgets 50%,25%,12.5%] [--remat-opt PATH]
  lowers each model's train step (jax.jit(jax.value_and_grad(loss)) at abstract shapes, for the
  GPU platform) to StableHLO: the original, jax.checkpoint around every block, and remat dp at
  each budget (remat-opt with optimization barriers and remat-strip). BUNDLE gets the .mlir files, remat's reports, a manifest and
  copies of run.py, models.py and remat_jax.py, so that BUNDLE alone is what the GPU machine needs.

  phase 2, on the GPU machine (JAX with CUDA, no network, no LLVM):
    python3 BUNDLE/run.py measure --bundle BUNDLE [--runs 20] [--warmup 3]
  compiles every variant with XLA on the device, each in a fresh process, runs it on the same
  random parameters and batch, and records XLA's memory analysis (temp, argument, output bytes),
  the device's peak bytes in use (memory_stats), the median step time over the timed runs and a
  digest of the results (loss, per-leaf sums and sums of squares) compared with the original's.
  Writes BUNDLE/results-<platform>.json (or --out) and prints a table.

  both, for a dry run on the CPU at small shapes:
    run.py all --small --out BUNDLE

  a results file as Markdown tables (as docs/performance.md shows them):
    run.py report BUNDLE/results-<platform>.json

  kernel time per step of variants measured with `measure --kernels N`, side by side:
    run.py kernels BUNDLE/results-<platform>.json --model gpt --variants checkpoint,remat-50pct
"""
import argparse
import glob
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# models.py and remat_jax.py: beside this file in a bundle; bench/xla and python/ in the checkout.
for _p in (os.path.join(HERE, "..", "..", "python"), HERE):
    if os.path.isdir(_p) and _p not in sys.path:
        sys.path.insert(0, _p)

# Budgets of the remat variants: shares of remat's predicted peak of the original step, bytes,
# 'checkpoint' (remat's predicted peak of the jax.checkpoint step: variant remat-ckpt),
# 'checkpoint*F' (that peak times F: variant remat-ckpt-xF) or 'min'
# (the smallest budget dp can meet: variant remat-min; an infeasible budget falls back to it).
DEFAULT_BUDGETS = "50%,25%,12.5%,checkpoint,checkpoint*0.995"


def _slug(budget):
    """Variant name of a budget: remat-50pct for 50%."""
    return "remat-" + str(budget).replace("%", "pct")


# ----------------------------------------------------------------------------- phase 1

def export(args):
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    import jax
    import models as M
    import remat_jax as R
    if args.precision != "default":
        jax.config.update("jax_default_matmul_precision", args.precision)
    size = "small" if args.small else "full"
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    remat_opt = R.find_remat_opt(args.remat_opt)
    manifest = {"format": 1, "jax": jax.__version__, "platform": args.platform, "size": size,
                "precision": args.precision, "remat_opt": remat_opt, "models": {}}
    for name in args.models.split(","):
        builder, config, xshape = M.MODELS[name][size]
        init, block = builder(*config)
        params, x = M.abstract_args(init, xshape)
        os.makedirs(os.path.join(out, name), exist_ok=True)
        entry = {"builder": builder.__name__, "config": list(config), "input_shape": list(xshape),
                 "parameters": int(sum(math.prod(p.shape) for p in jax.tree_util.tree_leaves(params))),
                 "variants": []}
        texts = {}
        for variant, checkpoint in (("original", False), ("checkpoint", True)):
            t0 = time.time()
            lowered = M.train_step(block, checkpoint).trace(params, x).lower(
                lowering_platforms=(args.platform,))
            text = lowered.compiler_ir("stablehlo").operation.get_asm(print_generic_op_form=True)
            texts[variant] = text
            path = os.path.join(name, variant + ".mlir")
            with open(os.path.join(out, path), "w") as fh:
                fh.write(text)
            entry["variants"].append({"name": variant, "file": path, "export_s": round(time.time() - t0, 2),
                                      "stablehlo_ops": text.count('"stablehlo.')})
            print(f"{name} {variant}: {text.count(chr(34) + 'stablehlo.')} StableHLO ops, "
                  f"{len(text) / 1e6:.1f} MB, exported in {time.time() - t0:.1f} s", flush=True)
        budgets = [b for b in args.budgets.split(",") if b]
        done = set()
        for asked in budgets:
            t0 = time.time()
            variant = {"min": "remat-min", "checkpoint": "remat-ckpt"}.get(asked, _slug(asked))
            budget = asked
            if asked.startswith("checkpoint"):
                # remat's predicted peak of the jax.checkpoint step: remat at the memory of
                # jax.checkpoint, to compare what each recomputes for it; checkpoint*F scales it
                # (variant remat-ckpt-xF).
                factor = float(asked.split("*", 1)[1]) if "*" in asked else 1.0
                if factor != 1.0:
                    variant = f"remat-ckpt-x{factor:g}"
                # Every plan here counts the step's outputs as XLA allocates them: for the
                # whole step (remat-plan's preallocated-results).
                _, ck = R.run_remat_opt(texts["checkpoint"], budget=None, strategy="none",
                                        remat_opt=remat_opt, preallocated_results=True)
                budget = str(int(ck["peak_bytes_before"] * factor))
                entry["checkpoint_predicted_peak"] = ck["peak_bytes_before"]
            try:
                text, plan = R.run_remat_opt(texts["original"],
                                                       budget=1 if asked == "min" else budget,
                                                       strategy="dp", remat_opt=remat_opt,
                                                       search_limit=args.search_limit,
                                                       preallocated_results=True)
            except R.InfeasibleBudgetError as e:
                if asked != "min":
                    print(f"{name} remat {asked}: infeasible, smallest feasible budget "
                          f"{e.minimum_bytes} B ({time.time() - t0:.1f} s)", flush=True)
                    entry.setdefault("infeasible", []).append(
                        {"budget": asked, "budget_bytes": e.budget_bytes, "minimum_bytes": e.minimum_bytes})
                budget, variant = str(e.minimum_bytes), "remat-min"
                entry["minimum_bytes"] = e.minimum_bytes
                if budget in done:
                    continue
                t0 = time.time()
                text, plan = R.run_remat_opt(texts["original"], budget=budget,
                                                       strategy="dp", remat_opt=remat_opt,
                                                       search_limit=args.search_limit,
                                                       preallocated_results=True)
            done.add(budget)
            seconds = time.time() - t0
            path = os.path.join(name, variant + ".mlir")
            with open(os.path.join(out, path), "w") as fh:
                fh.write(text)
            with open(os.path.join(out, name, variant + ".report.json"), "w") as fh:
                json.dump(plan, fh)
            summary = {k: plan.get(k) for k in ("budget_bytes", "peak_bytes_before", "peak_bytes_after",
                                                 "forward_flops", "recompute_flops", "checkpoints",
                                                 "recomputations", "stages", "solve_ms")}
            entry["variants"].append({"name": variant, "budget": asked, "budget_bytes": int(plan["budget_bytes"]),
                                      "file": path,
                                      "remat_s": round(seconds, 2), "plan": summary,
                                      "stablehlo_ops": text.count('"stablehlo.')})
            print(f"{name} {variant} (budget {plan['budget_bytes']} B): predicted peak {plan['peak_bytes_before']} -> "
                  f"{plan['peak_bytes_after']} B, recompute {plan['recompute_flops'] / max(1, plan['forward_flops']):.2f}x "
                  f"forward FLOPs, remat-opt {seconds:.1f} s (solve {plan['solve_ms'] / 1e3:.1f} s)",
                  flush=True)
        if args.xla_cpu_analysis:
            cpu = jax.devices("cpu")[0]
            for v in entry["variants"]:
                with open(os.path.join(out, v["file"])) as fh:
                    exe = R.compile_stablehlo(fh.read(), cpu)
                v["xla_cpu"] = R.memory_analysis(exe).as_dict()
                print(f"{name} {v['name']}: XLA:CPU temp {v['xla_cpu']['temp_bytes']} B", flush=True)
        manifest["models"][name] = entry
    for f in ("run.py", "models.py", "xla_memory.py"):
        if os.path.abspath(os.path.join(HERE, f)) != os.path.join(out, f):
            shutil.copyfile(os.path.join(HERE, f), os.path.join(out, f))
    import remat_jax
    shutil.copyfile(remat_jax.__file__, os.path.join(out, "remat_jax.py"))
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(out) for f in fs)
    print(f"bundle {out}: {total / 1e6:.1f} MB", flush=True)
    return out


# ----------------------------------------------------------------------------- phase 2

def _digest(tree):
    """Per result leaf: element count, sum, sum of squares and a projection on a fixed random
    vector, in float64: enough to compare results across processes."""
    import numpy as np
    import jax
    out = []
    for k, leaf in enumerate(jax.tree_util.tree_leaves(tree)):
        a = np.asarray(leaf, dtype=np.float64).ravel()
        r = np.random.default_rng(k).standard_normal(a.size)
        out.append([int(a.size), float(a.sum()), float(a @ a), float(a @ r)])
    return out


def _setup(args):
    """What both measuring children need: the bundle's manifest entry of args.model, its block
    function and initializer, the device, and the modules (jax, models, remat_jax)."""
    import jax
    import models as M
    import remat_jax as R
    with open(os.path.join(args.bundle, "manifest.json")) as fh:
        manifest = json.load(fh)
    if manifest["precision"] != "default":
        jax.config.update("jax_default_matmul_precision", manifest["precision"])
    model = manifest["models"][args.model]
    init, block = getattr(M, model["builder"])(*model["config"])
    return jax, M, R, model, init, block, jax.devices()[0]


def _load_variant(R, bundle, model, name, lowered, device):
    """The bundle's StableHLO of variant `name`, compiled by XLA."""
    v = next(v for v in model["variants"] if v["name"] == name)
    with open(os.path.join(bundle, v["file"])) as fh:
        return R.CompiledStep(fh.read(), lowered, device)


def interleaved(args):
    """Several variants of one model in one process, timed in alternation: each round runs every
    variant `--runs` times, starting with a different variant each round, so that a drift of
    the device's speed over the minutes of the run weighs on all of them alike. Prints one JSON
    line: per variant the median over all rounds and its ratio to the first variant's."""
    jax, M, R, model, init, block, device = _setup(args)
    from jax import random
    names = args.variants.split(",")
    result = {"model": args.model, "variants": names, "device": str(device.device_kind),
              "rounds": args.rounds, "runs_per_round": args.runs}
    try:
        params = jax.jit(init)(random.PRNGKey(0))
        x = random.normal(random.PRNGKey(1), tuple(model["input_shape"]))
        lowered = M.train_step(block).lower(params, x)
        steps = {name: _load_variant(R, args.bundle, model, name, lowered, device)
                 for name in names}
        times = {name: [] for name in names}
        for name in names:  # warm-up
            for _ in range(args.warmup):
                jax.block_until_ready(steps[name](params, x))
        for r in range(args.rounds):
            for k in range(len(names)):
                name = names[(r + k) % len(names)]
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    jax.block_until_ready(steps[name](params, x))
                    times[name].append(time.perf_counter() - t0)
        medians = {name: statistics.median(ts) for name, ts in times.items()}
        result["step_s_median"] = medians
        result["vs_first"] = {name: medians[name] / medians[names[0]] for name in names}
        result["step_s_all"] = times
    except Exception as e:
        result["error"] = f"{type(e).__name__}: {str(e)[:2000]}"
    print("RESULT " + json.dumps(result), flush=True)


def child(args):
    """One variant in a fresh process: prints one JSON line."""
    jax, M, R, model, init, block, device = _setup(args)
    from jax import random
    result = {"model": args.model, "variant": args.variant, "device": str(device.device_kind),
              "platform": device.platform}
    try:
        params = jax.jit(init)(random.PRNGKey(0))
        x = random.normal(random.PRNGKey(1), tuple(model["input_shape"]))
        jax.block_until_ready((params, x))
        stats = device.memory_stats() or {}
        result["bytes_in_use_args"] = stats.get("bytes_in_use")
        lowered = M.train_step(block).lower(params, x)
        t0 = time.perf_counter()
        if args.variant == "native":
            step = lowered.compile(compiler_options=R.xla_compiler_options(device) or None)
        else:
            step = _load_variant(R, args.bundle, model, args.variant, lowered, device)
        result["compile_s"] = round(time.perf_counter() - t0, 3)
        result["xla"] = R.memory_analysis(step).as_dict()
        times = []
        out = None
        for i in range(args.warmup + args.runs):
            out = None  # free the previous results before the next step
            t0 = time.perf_counter()
            out = step(params, x)
            jax.block_until_ready(out)
            if i >= args.warmup:
                times.append(time.perf_counter() - t0)
        result["digest"] = _digest(out)
        result["step_s_median"] = statistics.median(times)
        result["step_s_all"] = times
        stats = device.memory_stats() or {}
        result["peak_bytes_in_use"] = stats.get("peak_bytes_in_use")
        if args.kernels:
            with tempfile.TemporaryDirectory(prefix="remat-xla-trace-") as trace:
                with jax.profiler.trace(trace):
                    for _ in range(args.kernels):
                        out = None
                        out = step(params, x)
                        jax.block_until_ready(out)
                result["kernels"] = _kernel_times(trace, args.kernels)
    except Exception as e:  # out of memory, compile failures: recorded, the others go on
        result["error"] = f"{type(e).__name__}: {str(e)[:2000]}"
    print("RESULT " + json.dumps(result), flush=True)


def _op_kind(op):
    """An HLO instruction's name without its number: loop_add_fusion.22 -> loop_add_fusion."""
    return re.sub(r"([._]\d+)+$", "", op)


def _kernel_times(trace_dir, steps):
    """Per step: the time the traced steps spent in each kind of XLA instruction and in each
    kernel, from jax.profiler's trace. On a GPU these are the device's kernel events (the
    stream lines of the /device: planes), keyed by their XLA instruction or, inside a command
    buffer (CUDA graph), by the kernel's name, both without their numbers; without a GPU, the
    host's events that XLA annotates with an HLO instruction (XLA:CPU's thunks). On the device
    also the time between kernels: the union of the kernel intervals leaves gaps; the steps-1
    longest are the host's time between steps and are left out, the others are the step's idle
    time (busy + idle = the span of one step on the device)."""
    from jax.profiler import ProfileData
    files = glob.glob(os.path.join(trace_dir, "**", "*.xplane.pb"), recursive=True)
    if not files:
        raise RuntimeError(f"jax.profiler wrote no trace under {trace_dir}")
    data = ProfileData.from_file(files[0])
    planes = [p for p in data.planes if p.name.startswith("/device:")]
    on_device = bool(planes)
    by_kind, by_kernel, busy, spans = {}, {}, 0.0, []
    for plane in planes or data.planes:
        for line in plane.lines:
            for e in line.events:
                op = next((v for k, v in e.stats if k == "hlo_op"), None)
                if on_device and (op is None or op == "command_buffer"):
                    op = e.name  # a kernel of a command buffer, or one without an instruction
                if op is None or not e.duration_ns:
                    continue
                us = e.duration_ns / 1e3
                busy += us
                spans.append((e.start_ns, e.start_ns + e.duration_ns))
                for table, key in ((by_kind, _op_kind(str(op))), (by_kernel, e.name)):
                    n, t = table.get(key, (0, 0.0))
                    table[key] = (n + 1, t + us)
    def per_step(table, top=None):
        rows = sorted(table.items(), key=lambda kv: -kv[1][1])[:top]
        return {k: [round(n / steps, 2), round(t / steps / 1e3, 4)] for k, (n, t) in rows}
    result = {"steps": steps, "source": "device" if on_device else "host",
              "busy_ms": round(busy / steps / 1e3, 4), "by_kind": per_step(by_kind),
              "by_kernel": per_step(by_kernel, 60)}
    if on_device and spans:
        spans.sort()
        gaps, end = [], spans[0][1]
        for a, b in spans[1:]:
            if a > end:
                gaps.append(a - end)
            end = max(end, b)
        gaps.sort()
        inner = gaps[:max(0, len(gaps) - (steps - 1))]
        result["idle_ms"] = round(sum(inner) / steps / 1e6, 4)
        result["gaps_per_step"] = round(len(inner) / steps, 2)
        result["gaps_over_10us_per_step"] = round(sum(g > 1e4 for g in inner) / steps, 2)
    return result


def kernels(args):
    """Compares the kernel time of measured variants (measure --kernels): per instruction kind,
    each variant's launches and milliseconds per step, and the difference to the first."""
    with open(args.results) as fh:
        res = json.load(fh)
    rows = {r["variant"]: r["kernels"] for r in res["results"]
            if r["model"] == args.model and "kernels" in r}
    names = args.variants.split(",")
    missing = [v for v in names if v not in rows]
    if missing:
        raise SystemExit(f"error: no kernel times for {args.model} {', '.join(missing)} in "
                         f"{args.results} (measured with --kernels: {', '.join(rows) or 'none'})")
    first = rows[names[0]]
    print(f"{args.model}: kernel time per step ({first['source']} events), "
          f"ms (launches); difference to {names[0]}")
    print("| kind | " + " | ".join(names) + " | " + " | ".join(f"{v} - {names[0]}" for v in names[1:]) + " |")
    print("|---|" + "---:|" * (2 * len(names) - 1))
    kinds = sorted({k for v in names for k in rows[v]["by_kind"]},
                   key=lambda k: -max(abs(rows[v]["by_kind"].get(k, [0, 0])[1]
                                          - first["by_kind"].get(k, [0, 0])[1]) for v in names))
    def cell(v, k):
        n, t = rows[v]["by_kind"].get(k, [0, 0.0])
        return f"{t:.3f} ({n:g})"
    for k in kinds[:args.top]:
        diffs = [rows[v]["by_kind"].get(k, [0, 0.0])[1] - first["by_kind"].get(k, [0, 0.0])[1]
                 for v in names[1:]]
        print(f"| {k} | " + " | ".join(cell(v, k) for v in names) + " | "
              + " | ".join(f"{d:+.3f}" for d in diffs) + " |")
    print(f"| all kernels | " + " | ".join(f"{rows[v]['busy_ms']:.3f}" for v in names) + " | "
          + " | ".join(f"{rows[v]['busy_ms'] - first['busy_ms']:+.3f}" for v in names[1:]) + " |")
    if all("idle_ms" in rows[v] for v in names):
        print(f"| idle between kernels | " + " | ".join(
            f"{rows[v]['idle_ms']:.3f} ({rows[v]['gaps_per_step']:g})" for v in names) + " | "
            + " | ".join(f"{rows[v]['idle_ms'] - first['idle_ms']:+.3f}" for v in names[1:]) + " |")
    return 0


def _compare(digest, reference):
    """Largest relative difference: sums of squares relative to themselves; sums and projections
    relative to sqrt(n * sum of squares), the bound of their error for elementwise relative
    errors (a plain relative error of a sum that cancels to about zero would say nothing)."""
    if len(digest) != len(reference):
        return float("inf")
    worst = 0.0
    for (n, s, q, p), (rn, rs, rq, rp) in zip(digest, reference):
        if n != rn:
            return float("inf")
        scale = max((rn * rq) ** 0.5, 1e-30)
        worst = max(worst, abs(q - rq) / max(rq, 1e-30), abs(s - rs) / scale, abs(p - rp) / scale)
    return worst


def _mb(v):
    return "-" if v is None else f"{v / 2**20:,.1f}"


def _median_ratios(groups):
    """For each variant of the first alternation: the median over `groups` of its ratio to the
    first variant, and the ratios themselves."""
    ratios = {v: [g["vs_first"][v] for g in groups if v in g.get("vs_first", {})]
              for v in groups[0]["variants"]}
    return ", ".join(f"{v} median {statistics.median(r):.3f}x (" + " ".join(f"{x:.3f}" for x in r)
                     + ")" for v, r in ratios.items() if r)


def _run_child(cmd, env, timeout, identity):
    """Runs a measuring child; returns its RESULT line as a dict, or `identity` with the error,
    and the wall time."""
    t0 = time.time()
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
        line = next((l for l in proc.stdout.splitlines() if l.startswith("RESULT ")), None)
        result = json.loads(line[7:]) if line else dict(
            identity, error=f"exit {proc.returncode}: {(proc.stderr or '')[-2000:]}")
    except subprocess.TimeoutExpired:
        result = dict(identity, error=f"timeout after {timeout} s")
    result["wall_s"] = round(time.time() - t0, 1)
    return result


def measure(args):
    bundle = os.path.abspath(args.bundle)
    with open(os.path.join(bundle, "manifest.json")) as fh:
        manifest = json.load(fh)
    import jax
    if jax.__version__ != manifest["jax"]:
        print(f"note: the bundle was exported with JAX {manifest['jax']}, this is JAX {jax.__version__}",
              flush=True)
    env = dict(os.environ)
    env.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")
    env.setdefault("XLA_PYTHON_CLIENT_MEM_FRACTION", "0.95")
    if args.platform:
        env["JAX_PLATFORMS"] = args.platform
    env["PYTHONPATH"] = os.pathsep.join([HERE, os.path.normpath(os.path.join(HERE, "..", "..", "python"))]
                                        + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    models = args.models.split(",") if args.models else list(manifest["models"])
    unknown = [m for m in models if m not in manifest["models"]]
    if unknown:
        raise SystemExit(f"error: no model {', '.join(unknown)} in the bundle "
                         f"(it has {', '.join(manifest['models'])})")
    if args.variants and args.variants != "none":
        known = {"native"} | {v["name"] for m in models for v in manifest["models"][m]["variants"]}
        unknown = [v for v in args.variants.split(",") if v not in known]
        if unknown:
            raise SystemExit(f"error: no variant {', '.join(unknown)} in the bundle's "
                             f"{', '.join(models)} (it has {', '.join(sorted(known))}; "
                             "'none' runs only the --interleave groups)")
    rows = []
    for name in models:
        model = manifest["models"][name]
        variants = [v["name"] for v in model["variants"]]
        if not args.no_native:
            variants.insert(1, "native")
        if args.variants:
            variants = [v for v in variants if v in args.variants.split(",")]
        for variant in variants:
            cmd = [sys.executable, os.path.abspath(__file__), "_child", "--bundle", bundle,
                   "--model", name, "--variant", variant, "--runs", str(args.runs),
                   "--warmup", str(args.warmup), "--kernels", str(args.kernels)]
            child_env = env
            if args.xla_dump:
                dump = os.path.join(os.path.abspath(args.xla_dump), name, variant)
                shutil.rmtree(dump, ignore_errors=True)
                child_env = dict(env, XLA_FLAGS=" ".join(
                    f for f in (env.get("XLA_FLAGS"), f"--xla_dump_to={dump}",
                                "--xla_dump_hlo_as_text") if f))
            result = _run_child(cmd, child_env, args.timeout, {"model": name, "variant": variant})
            if args.xla_dump and "error" not in result:
                # XLA's own view of the step's temporaries (xla_memory.py): the module with the
                # largest temp allocation is the step (the others make parameters and batch).
                import xla_memory
                try:
                    analysis = xla_memory.analyze(xla_memory.find_module(dump), top=12, windows=24)
                    analysis.pop("profile")
                    result["xla_memory"] = analysis
                except (SystemExit, OSError, KeyError, ValueError) as e:
                    result["xla_memory"] = {"error": str(e)}
            v = next((v for v in model["variants"] if v["name"] == variant), None)
            if v and "plan" in v:
                result["plan"] = v["plan"]
            rows.append(result)
            print(f"{name} {variant}: " + (result["error"].splitlines()[0] if "error" in result else
                  f"XLA temp {_mb(result['xla']['temp_bytes'])} MiB, peak {_mb(result.get('peak_bytes_in_use'))} MiB, "
                  f"step {result['step_s_median'] * 1e3:.2f} ms"), flush=True)
    # Variants timed in alternation in one process (after the per-variant processes).
    groups = []
    for spec in args.interleave or []:
        name, _, names = spec.partition("=")
        if args.models and name not in args.models.split(","):
            continue
        cmd = [sys.executable, os.path.abspath(__file__), "_interleaved", "--bundle", bundle,
               "--model", name, "--variants", names, "--runs", str(args.interleave_runs),
               "--rounds", str(args.interleave_rounds), "--warmup", str(args.warmup)]
        # Each repeat is a process of its own, with its own compiles: the spread between
        # repeats is the spread that comes with a process.
        repeats = []
        for repeat in range(max(1, args.interleave_repeats)):
            group = _run_child(cmd, env, args.timeout, {"model": name, "variants": names.split(",")})
            group["repeat"] = repeat
            repeats.append(group)
            print(f"{name} interleaved: " + (group["error"].splitlines()[0] if "error" in group else ", ".join(
                f"{v} {group['step_s_median'][v] * 1e3:.2f} ms ({group['vs_first'][v]:.3f}x)"
                for v in group["variants"])), flush=True)
        groups += repeats
        if args.interleave_repeats > 1:
            print(f"{name} interleaved, {args.interleave_repeats} processes: {_median_ratios(repeats)}",
                  flush=True)
    # Results against the original (compiled from the same bundle).
    platform = next((r["platform"] for r in rows if "platform" in r), "unknown")
    rtol = args.rtol if args.rtol is not None else (1e-4 if platform == "cpu" else 2e-3)
    for r in rows:
        ref = next((o for o in rows if o["model"] == r["model"] and o["variant"] == "original"
                    and "digest" in o), None)
        if ref and "digest" in r:
            r["max_rel_diff"] = _compare(r["digest"], ref["digest"])
            r["results_match"] = r["max_rel_diff"] <= rtol
            r["temp_vs_original"] = r["xla"]["temp_bytes"] / max(1, ref["xla"]["temp_bytes"])
            if r.get("peak_bytes_in_use") and ref.get("peak_bytes_in_use"):
                r["peak_vs_original"] = r["peak_bytes_in_use"] / ref["peak_bytes_in_use"]
            r["time_vs_original"] = r["step_s_median"] / ref["step_s_median"]
    out = args.out or os.path.join(bundle, f"results-{platform}.json")
    with open(out, "w") as fh:
        json.dump({"manifest": {k: manifest[k] for k in ("jax", "platform", "size", "precision")},
                   "runs": args.runs, "warmup": args.warmup, "rtol": rtol,
                   "device": next((r["device"] for r in rows if "device" in r), None),
                   "results": rows, "interleaved": groups}, fh, indent=1)
    print()
    print(f"| model | variant | XLA temp MiB | vs orig | device peak MiB | vs orig | step ms | vs orig | results match |")
    print(f"|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        if "error" in r:
            print(f"| {r['model']} | {r['variant']} | error: {r['error'].splitlines()[0][:60]} | | | | | | |")
            continue
        print(f"| {r['model']} | {r['variant']} | {_mb(r['xla']['temp_bytes'])} | "
              f"{r.get('temp_vs_original', float('nan')):.2f} | {_mb(r.get('peak_bytes_in_use'))} | "
              + (f"{r['peak_vs_original']:.2f}" if "peak_vs_original" in r else "-")
              + f" | {r['step_s_median'] * 1e3:.2f} | {r.get('time_vs_original', float('nan')):.2f} | "
              + ("yes" if r.get("results_match") else "no" if "results_match" in r else "-")
              + f" ({r.get('max_rel_diff', float('nan')):.1e}) |")
    print(f"\nwrote {out}")
    failed = [r for r in rows if "error" in r or r.get("results_match") is False]
    return 1 if failed and args.strict else 0


def report(args):
    """A results file as Markdown: one table per model, as docs/performance.md shows them."""
    with open(args.results) as fh:
        res = json.load(fh)
    print(f"Device: {res.get('device')}; JAX {res['manifest']['jax']} bundle, "
          f"{res['runs']} steps per variant after {res['warmup']} warm-ups.")
    models = []
    for r in res["results"]:
        if r["model"] not in models:
            models.append(r["model"])
    for group in res.get("interleaved", []):
        if group["model"] not in models:
            models.append(group["model"])
    for model in models:
        if args.models and model not in args.models.split(","):
            continue
        groups = [g for g in res.get("interleaved", []) if g["model"] == model and "vs_first" in g]
        print()
        print(f"| {model} variant | XLA temp MiB | vs original | device peak MiB | step ms | "
              "interleaved ms (vs first) | results |")
        print("|---|---:|---:|---:|---:|---:|---|")
        names = [r["variant"] for r in res["results"] if r["model"] == model]
        names += [v for g in groups for v in g["variants"] if v not in names]
        for name in names:
            r = next((r for r in res["results"] if r["model"] == model and r["variant"] == name), None)
            cells = ["-"] * 4
            if r and "error" in r:
                cells = ["error: " + r["error"].splitlines()[0][:40], "", "", ""]
            elif r:
                cells = [_mb(r["xla"]["temp_bytes"]),
                         f"{r['temp_vs_original']:.2f}x" if "temp_vs_original" in r else "-",
                         _mb(r.get("peak_bytes_in_use")), f"{r['step_s_median'] * 1e3:.2f}"]
            inter = []
            for g in groups:
                if name in g["variants"]:
                    inter.append(f"{g['step_s_median'][name] * 1e3:.2f} ({g['vs_first'][name]:.3f})")
            match = "-"
            if r and name == "original":
                match = "reference"
            elif r and "results_match" in r:
                match = f"{'match' if r['results_match'] else 'DIFFER'} ({r['max_rel_diff']:.1e})"
            print(f"| {name} | " + " | ".join(cells) + f" | {'; '.join(inter) or '-'} | {match} |")
        if len(groups) > 1:
            print()
            print(f"{len(groups)} alternations (each its own process), ratio to "
                  f"{groups[0]['variants'][0]}: {_median_ratios(groups)}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for cmd in ("export", "all"):
        p = sub.add_parser(cmd)
        p.add_argument("--out", required=True, help="bundle folder")
        p.add_argument("--small", action="store_true", help="shrunken shapes (models.MODELS[...]['small'])")
        p.add_argument("--models", default="resnet,gpt")
        p.add_argument("--budgets", default=DEFAULT_BUDGETS)
        p.add_argument("--remat-opt", default=None, help="remat-opt binary (default: $REMAT_OPT or build*/bin)")
        p.add_argument("--search-limit", type=int, default=None,
                       help="remat-plan's search-limit for the dp plans (0: exact search, no limit)")
        p.add_argument("--platform", default=None,
                       help="platform to lower for (default: cuda for export, the local one for all)")
        p.add_argument("--precision", default="default", choices=["default", "high", "highest"],
                       help="jax_default_matmul_precision at export")
        p.add_argument("--xla-cpu-analysis", action="store_true",
                       help="also compile every variant with XLA:CPU here and record its memory analysis")
    for cmd in ("measure", "all"):
        p = sub.choices[cmd] if cmd in sub.choices else sub.add_parser(cmd)
        if cmd == "measure":
            p.add_argument("--bundle", required=True)
            p.add_argument("--models", default=None)
            p.add_argument("--platform", default=None, help="JAX_PLATFORMS for the measuring processes")
        p.add_argument("--variants", default=None, help="comma-separated subset (original, native, checkpoint, remat-...); "
                       "none: only the --interleave groups")
        p.add_argument("--runs", type=int, default=20)
        p.add_argument("--warmup", type=int, default=3)
        p.add_argument("--rtol", type=float, default=None,
                       help="tolerance of the result digests against the original (default 1e-4 CPU, 2e-3 GPU)")
        p.add_argument("--timeout", type=float, default=3600, help="seconds per variant")
        p.add_argument("--no-native", action="store_true", help="skip jax.jit's own compile of the original")
        p.add_argument("--strict", action="store_true", help="exit 1 when a variant fails or its results differ")
        p.add_argument("--out-json", dest="json_out", default=None, help="results file (default BUNDLE/results-<platform>.json)")
        p.add_argument("--interleave", action="append", default=None, metavar="MODEL=V1,V2,...",
                       help="also time these variants of MODEL in alternation in one process "
                            "(ratios to V1); repeatable")
        p.add_argument("--interleave-runs", type=int, default=10, help="steps per variant and round")
        p.add_argument("--interleave-rounds", type=int, default=6)
        p.add_argument("--xla-dump", default=None, metavar="DIR",
                       help="dump XLA's buffer assignment of every variant under DIR/MODEL/VARIANT and "
                            "record xla_memory.py's analysis of it (peak, live values) in the results")
        p.add_argument("--interleave-repeats", type=int, default=1,
                       help="processes per --interleave group (each compiles its variants anew)")
        p.add_argument("--kernels", type=int, default=0, metavar="N",
                       help="trace N more steps of every variant with jax.profiler and record the "
                            "time per step of each kind of XLA instruction and each kernel "
                            "(compare them with `run.py kernels`)")
    for cmd, which, runs in (("_child", "--variant", 20), ("_interleaved", "--variants", 10)):
        p = sub.add_parser(cmd)
        for a in ("--bundle", "--model", which):
            p.add_argument(a, required=True)
        p.add_argument("--runs", type=int, default=runs)
        p.add_argument("--warmup", type=int, default=3)
    sub.choices["_interleaved"].add_argument("--rounds", type=int, default=6)
    sub.choices["_child"].add_argument("--kernels", type=int, default=0)
    p = sub.add_parser("kernels", help="kernel time per step of variants measured with --kernels")
    p.add_argument("results", help="results JSON written by measure --kernels")
    p.add_argument("--model", required=True)
    p.add_argument("--variants", required=True, help="comma-separated; differences are to the first")
    p.add_argument("--top", type=int, default=25, help="instruction kinds listed (largest differences first)")
    p = sub.add_parser("report", help="a results file as Markdown tables")
    p.add_argument("results", help="results JSON written by measure")
    p.add_argument("--models", default=None)
    args = ap.parse_args()
    if args.cmd == "report":
        return report(args)
    if args.cmd == "kernels":
        return kernels(args)
    if args.cmd == "_child":
        return child(args)
    if args.cmd == "_interleaved":
        return interleaved(args)
    if args.cmd in ("export", "all"):
        if args.platform is None:
            args.platform = "cuda" if args.cmd == "export" else None
        if args.cmd == "all" and args.platform is None:
            os.environ.setdefault("JAX_PLATFORMS", "cpu")
            import jax
            args.platform = jax.devices()[0].platform
        bundle = export(args)
        if args.cmd == "export":
            return 0
        args.bundle = bundle
        args.models = None
        args.platform = None
    args.out = args.json_out
    return measure(args)


if __name__ == "__main__":
    sys.exit(main())
