#!/usr/bin/env python3
"""GPU benchmark: remat's plans measured on the device, next to PyTorch's checkpointing.

Three phases, because remat-opt (LLVM/MLIR, the CUDA toolkit) and the GPU are on different
machines:

  phase 1, where remat-opt and the CUDA toolkit are (JAX for the CPU; no GPU):
    run.py phase1 --out BUNDLE [--scale F] [--shape MODEL:KEY=V,...] [--variants ...]
  exports the JAX train step of each model (jax.value_and_grad of mean(blocks(x)^2), the model
  code of bench/xla/models.py) at abstract shapes, imports it (remat-import-stablehlo), plans it
  with every variant (no remat; sqrt; greedy; dp at 50%, 25% and 12.5% of the unplanned peak; a
  budget no plan can meet falls back to the smallest feasible one, labelled so), lowers each plan
  with remat-lower-to-nvvm and links it into a bundle with scripts/gpu-bundle. The full-size
  bundles carry no inputs: the harness fills the arguments itself (run --random-inputs SEED).
  Small-shape variants of both models (the shapes of examples/jax) are built the same way WITH
  their inputs and JAX's CPU results, so that their outputs are checked on the device.
  BUNDLE/manifest.json lists every bundle with its plan (predicted peak, budget, FLOPs).

  phase 2, on the GPU machine (the driver, PyTorch; no LLVM, no network):
    run.py phase2 --bundle BUNDLE --out DIR [--iters N] [--warmup N] [--time-budget S]
  runs every bundle (peak device bytes of one step from the runtime's counters, median step
  time), and PyTorch on the same models and shapes at float32 without TF32: no checkpointing,
  torch.utils.checkpoint per block, checkpoint_sequential with sqrt(n) segments
  (torch.cuda.max_memory_allocated around one step, median step time). Writes DIR/results.json
  and prints a table.

  phase 3, anywhere:
    run.py report --results DIR/results.json [--out docs/performance.md]
  writes the tables of docs/performance.md and checks the targets.
"""
import argparse
import concurrent.futures
import datetime
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
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# Full sizes of the two models (bench/xla uses the same).
FULL = {
    "resnet": {"blocks": 100, "channels": 64, "hw": 56, "batch": 32},
    "gpt": {"blocks": 24, "d": 1024, "heads": 16, "seq": 1024, "batch": 8},
}
# Small shapes whose outputs are checked against JAX: the steps of examples/jax (models.EXAMPLES).
CHECKS = {
    "resnet": ("resnet_d4_c8_8x8_b2", {"blocks": 4, "channels": 8, "hw": 8, "batch": 2}),
    "gpt": ("gpt_d2_e64_h4_s32_b2", {"blocks": 2, "d": 64, "heads": 4, "seq": 32, "batch": 2}),
}
DEFAULT_VARIANTS = "none,sqrt,greedy,dp:50%,dp:25%,dp:12.5%"
TORCH_VARIANTS = ("none", "block", "sqrt")
RANDOM_SEED = 1
_INFEASIBLE = re.compile(r"budget [^(]*\((\d+) bytes\) is below the minimum feasible [^(]*\((\d+) bytes\)")


def input_shape(model, c):
    if model == "resnet":
        return (c["batch"], c["hw"], c["hw"], c["channels"])
    return (c["batch"], c["seq"], c["d"])


def describe(model, c):
    if model == "resnet":
        return (f"{c['blocks']} blocks, {c['channels']} channels, {c['hw']}x{c['hw']}, "
                f"batch {c['batch']}, NHWC")
    return f"{c['blocks']} blocks, d={c['d']}, {c['heads']} heads, seq {c['seq']}, batch {c['batch']}"


def scaled_config(model, scale, overrides):
    """The full size with batch and blocks multiplied by `scale` (rounded; at least 2 blocks and
    batch 1), then `overrides` (KEY=V) applied."""
    c = dict(FULL[model])
    if scale != 1:
        c["blocks"] = max(2, round(c["blocks"] * scale))
        c["batch"] = max(1, round(c["batch"] * scale))
    for k, v in overrides.items():
        if k not in c:
            raise SystemExit(f"--shape {model}: unknown key {k!r} (keys: {', '.join(c)})")
        c[k] = int(v)
    if model == "gpt" and c["d"] % c["heads"]:
        raise SystemExit(f"--shape gpt: d={c['d']} is not a multiple of heads={c['heads']}")
    return c


def parse_variants(text):
    """'none,sqrt,greedy,dp:50%' -> [(name, strategy, budget or None)]."""
    out = []
    for item in filter(None, text.split(",")):
        strategy, _, budget = item.partition(":")
        if strategy not in ("none", "sqrt", "greedy", "dp"):
            raise SystemExit(f"--variants: unknown strategy {strategy!r} (none, sqrt, greedy, dp)")
        name = strategy + ("-" + budget.replace("%", "pct") if budget else "")
        out.append((name, strategy, budget or None))
    return out


def _run(cmd, **kw):
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return proc.returncode, proc.stdout, proc.stderr


def _dir_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


# ----------------------------------------------------------------------------- phase 1

def export_step(model, config, out_dir, with_data, key_index=0):
    """Writes out_dir/step.stablehlo.mlir (the JAX train step in generic form); with `with_data`
    also argK.npy and resultK.npy computed by JAX on the CPU (keys as examples/jax/export.py).
    Returns (argument shapes, seconds)."""
    import numpy as np
    import jax
    from jax import random
    import models as M
    t0 = time.time()
    if model == "resnet":
        init, block = M.resnet(config["blocks"], config["channels"])
    else:
        init, block = M.gpt(config["blocks"], config["d"], config["heads"], config["seq"])
    xshape = input_shape(model, config)
    step = M.train_step(block)
    os.makedirs(out_dir, exist_ok=True)
    if with_data:
        cpu = jax.devices("cpu")[0]
        with jax.default_device(cpu):
            params = init(random.PRNGKey(100 + key_index))
            x = random.normal(random.PRNGKey(200 + key_index), xshape)
            lowered = step.lower(params, x)
            val, grads = step(params, x)
        for k, a in enumerate(jax.tree_util.tree_leaves((params, x))):
            np.save(os.path.join(out_dir, f"arg{k}.npy"), np.asarray(a, np.float32))
        for k, a in enumerate([val] + jax.tree_util.tree_leaves(grads)):
            np.save(os.path.join(out_dir, f"result{k}.npy"), np.asarray(a, np.float32))
    else:
        params, x = M.abstract_args(init, xshape)
        lowered = step.trace(params, x).lower()
    text = lowered.compiler_ir("stablehlo").operation.get_asm(print_generic_op_form=True,
                                                               large_elements_limit=1 << 30)
    with open(os.path.join(out_dir, "step.stablehlo.mlir"), "w") as fh:
        fh.write(text)
    shapes = [list(a.shape) for a in jax.tree_util.tree_leaves((params, x))]
    return shapes, time.time() - t0


def plan_variant(remat_opt, step, work, name, strategy, budget):
    """remat-opt --remat on the imported step. Returns a dict with the plan (report fields), the
    planned file, and, for a budget below what the strategy can reach, the requested budget and
    the minimum that was used instead."""
    report = os.path.join(work, name + ".report.json")
    planned = os.path.join(work, name + ".mlir")
    entry = {"strategy": strategy, "budget_request": budget}

    def attempt(b):
        opts = f"strategy={strategy}" + (f" budget={b}" if b else "") + f" report={report}"
        t0 = time.time()
        rc, _, err = _run([remat_opt, "--allow-unregistered-dialect", f"--remat={opts}", step, "-o", planned])
        return rc, err, time.time() - t0

    rc, err, seconds = attempt(budget)
    entry["plan_s"] = round(seconds, 2)
    if rc:
        m = _INFEASIBLE.search(err)
        if not m:
            raise RuntimeError(f"remat-opt {strategy} {budget}: {err.strip()[-2000:]}")
        entry["infeasible"] = {"budget_bytes": int(m.group(1)), "minimum_bytes": int(m.group(2))}
        rc, err, seconds = attempt(m.group(2))
        entry["plan_s"] = round(entry["plan_s"] + seconds, 2)
        if rc:
            raise RuntimeError(f"remat-opt {strategy} at the minimum {m.group(2)}: {err.strip()[-2000:]}")
    with open(report) as fh:
        r = json.load(fh)
    r = r[0] if isinstance(r, list) else r
    entry["plan"] = {k: r.get(k) for k in ("budget_bytes", "peak_bytes_before", "peak_bytes_after",
                                           "chain_peak_bytes", "forward_flops", "recompute_flops",
                                           "checkpoints", "recomputed_ops", "recomputations", "stages",
                                           "solve_ms")}
    entry["planned"] = planned
    return entry


def make_bundle(args, planned, data, out, name, emulate):
    """scripts/gpu-bundle of a planned step (linalg on tensors, remat.* attributes stripped by
    the lowering). Returns (seconds, kernels)."""
    cmd = [os.path.join(ROOT, "scripts", "gpu-bundle"), "--build", args.build, "--out", out, "--name", name]
    if emulate:
        cmd.append("--emulate")
    if args.lower_options:
        cmd += ["--options", args.lower_options]
    t0 = time.time()
    rc, stdout, err = _run(cmd + [planned, data])
    if rc:
        raise RuntimeError(f"gpu-bundle {name}: {(stdout + err).strip()[-3000:]}")
    with open(os.path.join(out, name, "manifest.json")) as fh:
        m = json.load(fh)
    return time.time() - t0, m.get("kernels"), m.get("signature")


def phase1(args):
    t_start = time.time()
    out = os.path.abspath(args.out)
    work = os.path.abspath(args.work or out.rstrip("/") + "-work")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    os.makedirs(work, exist_ok=True)
    args.build = os.path.abspath(args.build)
    remat_opt = os.path.join(args.build, "bin", "remat-opt")
    for f in (remat_opt, os.path.join(args.build, "lib", "libremat_gpu_harness.a")):
        if not os.path.exists(f):
            raise SystemExit(f"missing {f}: cmake --build {args.build} --target remat-opt "
                             "remat_cuda_runtime remat_gpu_harness")
    import jax
    jax.config.update("jax_default_matmul_precision", "highest")
    sys.path.insert(0, os.path.join(ROOT, "bench", "xla"))
    import models as M
    overrides = {}
    for spec in args.shape or []:
        model, _, kvs = spec.partition(":")
        overrides.setdefault(model, {}).update(kv.split("=", 1) for kv in kvs.split(",") if kv)
    variants = parse_variants(args.variants)
    manifest = {"format": 1, "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                "jax": jax.__version__, "scale": args.scale, "emulated_on_host": args.emulate,
                "random_seed": RANDOM_SEED, "lower_options": args.lower_options,
                "commit": _run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])[1].strip() or None,
                "models": {}, "bundles": [], "phase1_s": {}}
    jobs = []  # (group, variant name, strategy, budget)
    groups = []
    for model in args.models.split(","):
        if model not in FULL:
            raise SystemExit(f"--models: unknown model {model!r} ({', '.join(FULL)})")
        if not args.no_bench:
            groups.append((model, model, scaled_config(model, args.scale, overrides.get(model, {})), False))
        if not args.no_checks:
            example, config = CHECKS[model]
            groups.append((model + "-check", model, dict(config), True))
    for group, model, config, check in groups:
        t0 = time.time()
        gdir = os.path.join(work, group)
        # The checks use the keys of examples/jax/export.py (its case index), so their arguments
        # are those of the example.
        shapes, export_s = export_step(model, config, gdir, with_data=check,
                                       key_index=M.EXAMPLES[CHECKS[model][0]][3] if check else 0)
        stablehlo = os.path.join(gdir, "step.stablehlo.mlir")
        step = os.path.join(gdir, "step.mlir")
        t1 = time.time()
        rc, _, err = _run([remat_opt, "--allow-unregistered-dialect", "--remat-import-stablehlo", stablehlo, "-o", step])
        if rc:
            raise SystemExit(f"remat-import-stablehlo {group}: {err.strip()[-2000:]}")
        import_s = time.time() - t1
        args_bytes = sum(4 * math.prod(s) for s in shapes)
        if not check:
            # gpu-bundle wants a DATA_DIR with arg0.npy; these bundles get their arguments from the
            # harness (--random-inputs), so only argument 0's type is written and inputs/ is
            # removed from the bundle afterwards.
            import numpy as np
            np.save(os.path.join(gdir, "arg0.npy"), np.ones(shapes[0], np.float32))
        entry = {"model": model, "check": check, "config": config, "description": describe(model, config),
                 "input_shape": list(input_shape(model, config)), "arguments": len(shapes),
                 "args_bytes": args_bytes, "stablehlo_ops": open(stablehlo).read().count('"stablehlo.'),
                 "export_s": round(export_s, 2), "import_s": round(import_s, 2)}
        if check:
            entry["example"] = CHECKS[model][0]
        manifest["models"][group] = entry
        print(f"{group}: {entry['description']}; {entry['stablehlo_ops']} StableHLO ops, "
              f"arguments {args_bytes / 2**20:.1f} MiB; export {export_s:.1f} s, import {import_s:.1f} s",
              flush=True)
        for name, strategy, budget in variants:
            jobs.append((group, gdir, step, name, strategy, budget))

    # Plans first (quick), then the bundles (slow: NVVM, ptxas, llc), several at once with --jobs.
    # A variant whose plan is another's (two budgets below the minimum both fall back to it) is
    # not built twice: it is recorded with same_as and measured once.
    plans = []
    for group, gdir, step, name, strategy, budget in jobs:
        entry = plan_variant(remat_opt, step, gdir, name, strategy, budget)
        entry.update(name=f"{group}.{name}", group=group, model=manifest["models"][group]["model"],
                     variant=name, check=manifest["models"][group]["check"], gdir=gdir)
        key = (group, strategy, entry["plan"]["budget_bytes"], entry["plan"]["peak_bytes_after"],
               entry["plan"]["recompute_flops"])
        twin = next((p for p in plans if p.get("key") == key), None)
        if twin and entry["plan"]["budget_bytes"] is not None:
            entry["same_as"] = twin["name"]
            os.remove(entry["planned"])
        entry["key"] = key
        plans.append(entry)
        p = entry["plan"]
        label = f"{strategy}" + (f" {budget}" if budget else "")
        if "infeasible" in entry:
            label += f" (infeasible, smallest feasible {entry['infeasible']['minimum_bytes']} B used)"
        print(f"{group} {label}: predicted peak {p['peak_bytes_before']} -> {p['peak_bytes_after']} B, "
              f"recompute {p['recompute_flops'] / max(1, p['forward_flops']):.2f}x forward FLOPs, "
              f"plan {entry['plan_s']:.1f} s" + (f"; same plan as {twin['name']}" if "same_as" in entry else ""),
              flush=True)

    def do(entry):
        if "same_as" in entry:
            return entry
        bundle_s, kernels, signature = make_bundle(args, entry["planned"], entry["gdir"], out, entry["name"],
                                                   args.emulate)
        bdir = os.path.join(out, entry["name"])
        if not entry["check"]:
            shutil.rmtree(os.path.join(bdir, "inputs"), ignore_errors=True)
        if not args.keep_planned:
            os.remove(entry["planned"])
        entry.update(bundle_s=round(bundle_s, 2), kernels=kernels, signature=signature,
                     bundle_bytes=_dir_bytes(bdir))
        print(f"{entry['name']}: bundle {bundle_s:.1f} s, {kernels} kernels, "
              f"{entry['bundle_bytes'] / 2**20:.1f} MiB", flush=True)
        return entry

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for entry in pool.map(do, plans):
            for k in ("key", "gdir", "planned"):
                entry.pop(k, None)
            entry["inputs"] = "files" if entry["check"] else "random"
            manifest["bundles"].append(entry)
    # Identical plans of one group (a fallback that equals another variant) stay: each variant
    # is measured as asked.
    for group in manifest["models"]:
        manifest["phase1_s"][group] = round(
            manifest["models"][group]["export_s"] + manifest["models"][group]["import_s"]
            + sum(b["plan_s"] + b.get("bundle_s", 0) for b in manifest["bundles"] if b["group"] == group), 1)
    manifest["unpacked_bytes"] = _dir_bytes(out)
    if args.pack:
        # The executables hold one cubin per kernel, mostly the same kernels again and again (every
        # block, every variant): xz with a dictionary larger than one bundle stores them once.
        t0 = time.time()
        names = [b["name"] for b in manifest["bundles"] if "same_as" not in b]
        _pack(out, names)
        for n in names:
            shutil.rmtree(os.path.join(out, n))
        manifest["packed"] = PACK
        manifest["phase1_s"]["pack"] = round(time.time() - t0, 1)
        print(f"packed {len(names)} bundles into {PACK}: {manifest['unpacked_bytes'] / 2**20:.1f} MiB -> "
              f"{os.path.getsize(os.path.join(out, PACK)) / 2**20:.1f} MiB in {time.time() - t0:.0f} s", flush=True)
    manifest["phase1_s"]["wall"] = round(time.time() - t_start, 1)
    manifest["bundle_bytes"] = _dir_bytes(out)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    print(f"bundle {out}: {len(manifest['bundles'])} bundles, {manifest['bundle_bytes'] / 2**20:.1f} MiB; "
          f"phase 1 took {manifest['phase1_s']['wall']:.0f} s", flush=True)
    if manifest["bundle_bytes"] > args.max_mib * 2**20:
        print(f"error: the bundle folder is over {args.max_mib} MiB", file=sys.stderr)
        return 1
    return 0


# ----------------------------------------------------------------------------- phase 2

PACK = "bundles.tar.xz"


def _pack(out, names):
    import lzma
    import tarfile
    filters = [{"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 512 << 20}]
    with lzma.open(os.path.join(out, PACK), "wb", format=lzma.FORMAT_XZ, filters=filters) as xz:
        with tarfile.open(fileobj=xz, mode="w") as tar:
            for n in sorted(names):
                tar.add(os.path.join(out, n), arcname=n)


def _unpack(bdir, dest):
    import tarfile
    with tarfile.open(os.path.join(bdir, PACK), "r:xz") as tar:
        tar.extractall(dest, filter="tar") if hasattr(tarfile, "data_filter") else tar.extractall(dest)

def run_bundle(bdir, entry, iters, warmup, timeout):
    exe = os.path.join(bdir, "run")
    if os.path.exists(exe) and not os.access(exe, os.X_OK):  # a copy that lost the mode bits
        os.chmod(exe, 0o755)
    cmd = [exe, "--iters", str(iters), "--warmup", str(warmup)]
    if entry["inputs"] == "random":
        cmd += ["--random-inputs", str(RANDOM_SEED)]
    t0 = time.time()
    try:
        rc, stdout, err = _run(cmd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s", "wall_s": round(time.time() - t0, 1)}
    wall = round(time.time() - t0, 1)
    try:
        r = json.loads(stdout[stdout.index("{"):])
    except ValueError:
        return {"error": f"exit {rc}: {(stdout + err).strip()[-1500:]}", "wall_s": wall}
    r["exit"], r["wall_s"] = rc, wall
    return r


def run_torch(group, entry, variant, iters, warmup, timeout, bundle):
    """One PyTorch variant in a fresh process (its own allocator, nothing left from another)."""
    cmd = [sys.executable, os.path.abspath(__file__), "_torch", "--model", entry["model"],
           "--config", json.dumps(entry["config"]), "--variant", variant,
           "--iters", str(iters), "--warmup", str(warmup)]
    if entry["check"]:
        ref = next(b for b in bundle["bundles"] if b["group"] == group)
        cmd += ["--inputs", os.path.join(bundle["path"], ref["name"], "inputs"),
                "--expected", os.path.join(bundle["path"], ref["name"], "expected")]
    t0 = time.time()
    try:
        rc, stdout, err = _run(cmd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s", "wall_s": round(time.time() - t0, 1)}
    line = next((l for l in stdout.splitlines() if l.startswith("RESULT ")), None)
    r = json.loads(line[7:]) if line else {"error": f"exit {rc}: {(stdout + err).strip()[-1500:]}"}
    r["wall_s"] = round(time.time() - t0, 1)
    return r


def torch_child(args):
    sys.path.insert(0, HERE)
    config = json.loads(args.config)
    try:
        import torch_models as T
        r = T.measure(args.model, config, input_shape(args.model, config), args.variant,
                      iters=args.iters, warmup=args.warmup, inputs=args.inputs, expected=args.expected)
    except Exception as e:  # out of memory and the like: recorded, the others go on
        r = {"error": f"{type(e).__name__}: {str(e)[:1500]}"}
    print("RESULT " + json.dumps(r), flush=True)
    return 0


def _mib(v):
    return "-" if v is None else f"{v / 2**20:,.1f}"


def _bytes(v):
    """Bytes for tables: GiB, MiB or KiB with three significant digits or more."""
    if v is None:
        return "-"
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if abs(v) >= size:
            return f"{v / size:,.{2 if v / size < 100 else 1}f} {unit}"
    return f"{v:,} B"


def _loss(r):
    """The loss (result 0) a harness run printed, or None."""
    outs = r.get("outputs") or []
    return outs[0].get("value") if outs else None


def _outputs(r):
    if r.get("outputs_match") is True:
        return "match"
    if r.get("outputs_match") is False:
        return "MISMATCH"
    finite = r.get("outputs_finite", r.get("loss_finite"))
    text = {True: "finite", False: "NOT FINITE", None: "-"}[finite]
    if r.get("loss_equal_none") is not None:
        text += ", loss " + ("=" if r["loss_equal_none"] else "!=") + " no-remat's"
    return text


def phase2(args):
    t_start = time.time()
    bdir = os.path.abspath(args.bundle)
    with open(os.path.join(bdir, "manifest.json")) as fh:
        bundle = json.load(fh)
    os.makedirs(args.out, exist_ok=True)
    if bundle.get("packed"):
        t0 = time.time()
        unpacked = args.unpack_dir or tempfile.mkdtemp(prefix="gpubench-")
        _unpack(bdir, unpacked)
        print(f"unpacked {bundle['packed']} into {unpacked} in {time.time() - t0:.1f} s", flush=True)
        bdir = unpacked
    bundle["path"] = bdir
    log = open(os.path.join(args.out, "phase2.log"), "w")

    def say(text):
        print(text, flush=True)
        log.write(text + "\n")
        log.flush()

    have_torch = not args.no_torch
    if have_torch:
        rc, stdout, _ = _run([sys.executable, "-c", "import torch; print(torch.__version__, torch.cuda.is_available())"])
        have_torch = rc == 0
        say(f"pytorch: {stdout.strip() if rc == 0 else 'not importable, skipped'}")
    gpu = None
    if shutil.which("nvidia-smi"):
        rc, stdout, _ = _run(["nvidia-smi", "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader"])
        gpu = stdout.strip() if rc == 0 else None
    say(f"device: {gpu or 'none (emulated bundles run on the host)'}")

    groups = [g for g in bundle["models"] if not args.models or bundle["models"][g]["model"] in args.models.split(",")]
    # The checks first (small and quick), then the benchmark models.
    groups.sort(key=lambda g: (not bundle["models"][g]["check"], g))
    items = []
    for group in groups:
        items += [(group, "remat", b) for b in bundle["bundles"] if b["group"] == group]
        if have_torch:
            items += [(group, "pytorch", v) for v in TORCH_VARIANTS]
    rows = []
    deadline = t_start + args.time_budget
    estimate = {}  # (group, framework) -> a generous step time in ms, from the runs so far
    for i, (group, framework, item) in enumerate(items):
        entry = bundle["models"][group]
        check = entry["check"]
        remaining = deadline - time.time()
        iters = args.check_iters if check else args.iters
        warmup = args.check_warmup if check else args.warmup
        ms = estimate.get((group, framework))
        if ms and not check:
            # Fit the timed steps into this run's share of the time left (at least 3), with one
            # step for the memory and the warm-up on top.
            share = max(0.0, remaining) / (len(items) - i) * 1e3
            iters = max(3, min(iters, int(share / ms) - 1 - warmup))
        timeout = max(120.0, remaining)
        if framework == "remat":
            if "same_as" in item:
                twin = next((o for o in rows if o.get("bundle") == item["same_as"]), {"error": "not run"})
                r = {k: v for k, v in twin.items() if k not in ("variant", "bundle")}
                r["same_as"] = item["same_as"]
            else:
                r = run_bundle(os.path.join(bdir, item["name"]), item, iters, warmup, timeout)
            r.update(framework="remat", group=group, model=entry["model"], check=check,
                     variant=item["variant"], bundle=item["name"], plan=item["plan"],
                     budget_request=item["budget_request"], strategy=item["strategy"],
                     infeasible=item.get("infeasible"), kernels=item.get("kernels"))
        else:
            r = run_torch(group, entry, item, iters, warmup, timeout, bundle)
            r.update(framework="pytorch", group=group, model=entry["model"], check=check, variant=item)
        if r.get("median_ms") and "same_as" not in r:
            estimate[(group, framework)] = max(ms or 0, 1.3 * r["median_ms"])
        rows.append(r)
        say(f"{group} {framework} {r['variant']}: " + (
            r["error"].splitlines()[0] if "error" in r else
            f"peak {_mib(r.get('peak_device_bytes'))} MiB (step {_mib(r.get('step_peak_bytes'))} MiB), "
            f"median {r['median_ms']:.2f} ms over {r['iters']}, outputs_match {r.get('outputs_match')}, "
            f"{r['wall_s']:.1f} s"))
    results = {"format": 1, "gpu": gpu, "bundle_manifest": {k: v for k, v in bundle.items() if k != "path"},
               "phase2_s": round(time.time() - t_start, 1), "iters": args.iters, "warmup": args.warmup,
               "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "results": rows}
    path = os.path.join(args.out, "results.json")
    with open(path, "w") as fh:
        json.dump(results, fh, indent=1)
    say("")
    for line in summary_table(results):
        say(line)
    say(f"\nphase 2 took {results['phase2_s']:.0f} s; wrote {path}")
    failed = [r for r in rows if "error" in r or r.get("outputs_match") is False]
    if failed:
        say("failed: " + ", ".join(f"{r['group']} {r['framework']} {r['variant']}" for r in failed))
    return 1 if failed and args.strict else 0


# ----------------------------------------------------------------------------- phase 3

def _base(rows, r):
    """The no-remat run of r's framework and group."""
    return next((o for o in rows if o["group"] == r["group"] and o["framework"] == r["framework"]
                 and o["variant"] == "none" and "error" not in o), None)


def derive(results):
    """Adds the ratios to every row of `results` against its own framework's unplanned run."""
    rows = results["results"]
    for r in rows:
        if "error" in r:
            continue
        b = _base(rows, r)
        if b and r.get("peak_device_bytes") and b.get("peak_device_bytes"):
            r["peak_reduction"] = b["peak_device_bytes"] / r["peak_device_bytes"]
            r["activation_reduction"] = b["step_peak_bytes"] / max(1, r["step_peak_bytes"])
        if b and r.get("median_ms") and b.get("median_ms"):
            r["time_overhead"] = r["median_ms"] / b["median_ms"] - 1
        if r["framework"] == "remat" and b and r is not b and _loss(r) is not None and _loss(b) is not None:
            # remat's plans recompute the same ops in the same order: the loss is bit-identical.
            r["loss_equal_none"] = _loss(r) == _loss(b)
        if r["framework"] == "remat" and r.get("step_peak_bytes") is not None:
            pred = r["plan"]["peak_bytes_after"]
            r["prediction_error"] = (r["step_peak_bytes"] - pred) / pred
            budget = r["plan"].get("budget_bytes")
            r["within_budget"] = None if budget is None else r["step_peak_bytes"] <= budget
            r["over_budget_bytes"] = None if budget is None else r["step_peak_bytes"] - budget
    return rows


def _label(r):
    if r["framework"] == "pytorch":
        return {"none": "no checkpointing", "block": "checkpoint per block",
                "sqrt": "checkpoint_sequential, sqrt(n) segments"}[r["variant"]]
    s = {"none": "no remat", "sqrt": "sqrt", "greedy": "greedy", "dp": "dp"}[r["strategy"]]
    if r.get("budget_request"):
        s += f" {r['budget_request']}"
        if r.get("infeasible"):
            s += f" (infeasible: smallest feasible, {_bytes(r['infeasible']['minimum_bytes'])}, used)"
    return s


def _f(v, fmt):
    return "-" if v is None else format(v, fmt)


def summary_table(results):
    rows = derive(results)
    lines = ["| model | framework | variant | peak | activation | act. reduction | step ms | time vs none "
             "| predicted | error | outputs |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['group']} | {r['framework']} | {r['variant']} | error: "
                         f"{r['error'].splitlines()[0][:80]} |||||||")
            continue
        pred = r["plan"]["peak_bytes_after"] if r["framework"] == "remat" else None
        lines.append(
            f"| {r['group']} | {r['framework']} | {r['variant']} | {_bytes(r.get('peak_device_bytes'))} | "
            f"{_bytes(r.get('step_peak_bytes'))} | {_f(r.get('activation_reduction'), '.2f')}x | "
            f"{r['median_ms']:.2f} | {_f(r.get('time_overhead'), '+.1%')} | {_bytes(pred)} | "
            f"{_f(r.get('prediction_error'), '+.2%')} | {_outputs(r)} |")
    return lines


def targets(rows, model):
    """(best remat row for the memory/time target, its pass, prediction pass, list of failures)."""
    remat = [r for r in rows if r["group"] == model and r["framework"] == "remat" and "error" not in r]
    ok = [r for r in remat if r["variant"] != "none" and (r.get("activation_reduction") or 0) >= 8
          and r.get("time_overhead") is not None and r["time_overhead"] <= 0.30]
    best = max(ok or [r for r in remat if r["variant"] != "none"] or [None],
               key=lambda r: (r.get("activation_reduction") or 0) if r else 0)
    within10 = all(abs(r["prediction_error"]) <= 0.10 for r in remat if "prediction_error" in r)
    never_above = all(r["within_budget"] is not False for r in remat)
    return best, bool(ok), within10 and bool(remat), never_above and bool(remat)


def report(args):
    with open(args.results) as fh:
        results = json.load(fh)
    rows = derive(results)
    man = results["bundle_manifest"]
    L = []
    emul = man.get("emulated_on_host")
    L.append("# Performance: remat's plans on the GPU\n")
    L.append(f"Generated by `bench/gpu/run.py report` from `{os.path.relpath(os.path.abspath(args.results), ROOT)}` "
             f"(phase 2 of {results['created']}, bundles of commit {man.get('commit')}). "
             "How to reproduce: [bench/gpu/README.md](../bench/gpu/README.md).\n")
    L.append(f"**Device:** {results.get('gpu') or 'none: kernels emulated on the host (a dry run; no GPU numbers)'}"
             + (" (emulated bundles)" if emul else "") + "\n")
    L.append("Every remat variant is the JAX train step (`jax.value_and_grad` of mean(blocks(x)^2)) "
             "imported from StableHLO, planned by `remat-opt --remat=\"strategy=... budget=...\"`, lowered by "
             "`remat-lower-to-nvvm` and run by the GPU harness; its peak is the runtime's exact count of live "
             "device bytes during one step. PyTorch runs the same models at float32 with TF32 off; its peak is "
             "`torch.cuda.max_memory_allocated()` around one step after `reset_peak_memory_stats()`.\n")
    L.append("Columns: *peak* is all device memory the step holds at its peak, parameters and batch "
             "included; *activation* is the peak minus the arguments resident before the step "
             "(parameters and batch; for PyTorch everything allocated before the step), i.e. what the "
             "step itself needs: activations, temporaries and the gradients it returns; *reduction* is "
             "the unplanned run's value over the variant's (of the same framework); *time* is the median "
             "step time (forward and backward, synchronized) and its overhead over the unplanned run; "
             "*predicted* is remat's predicted peak of the rewritten step, compared with the measured "
             "activation peak (the quantity remat's memory model counts).\n")
    shapes_note = []
    for group, m in man["models"].items():
        if m["check"]:
            continue
        full = FULL[m["model"]]
        shapes_note.append(f"- **{group}**: {m['description']} ({m['arguments']} arguments, "
                           f"{_bytes(m['args_bytes'])})" + ("" if m["config"] == full else
                                                        f"; the full size is {describe(m['model'], full)}"))
    L.append("## Shapes\n")
    L.extend(shapes_note)
    if man.get("scale", 1) != 1 or any(man["models"][g]["config"] != FULL[man["models"][g]["model"]]
                                       for g in man["models"] if not man["models"][g]["check"]):
        L.append("\nThe benchmark ran at reduced shapes (phase 1 `--scale "
                 f"{man.get('scale')}`): " + (args.scale_reason or "see bench/gpu/README.md for why.") + "\n")
    else:
        L.append("")
    for group, m in man["models"].items():
        gr = [r for r in rows if r["group"] == group]
        if not gr:
            continue
        L.append(f"## {group}: {m['description']}\n")
        if m["check"]:
            L.append(f"Small shapes of `examples/jax/{m.get('example')}`, with JAX's CPU results as the "
                     "expected outputs (harness tolerance: |a - e| <= 1e-5 max|e| + 1e-4 |e|).\n")
        L.append("| framework | variant | peak | reduction | activation | reduction | step ms | time overhead "
                 "| predicted | error | budget kept | outputs |")
        L.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for r in gr:
            if "error" in r:
                L.append(f"| {r['framework']} | {_label(r) if r['framework'] == 'pytorch' or 'strategy' in r else r['variant']} "
                         f"| error: {r['error'].splitlines()[0][:100]} |||||||||||")
                continue
            pred = r["plan"]["peak_bytes_after"] if r["framework"] == "remat" else None
            L.append(f"| {r['framework']} | {_label(r)} | {_bytes(r.get('peak_device_bytes'))} | "
                     f"{_f(r.get('peak_reduction'), '.2f')}x | {_bytes(r.get('step_peak_bytes'))} | "
                     f"{_f(r.get('activation_reduction'), '.2f')}x | {r['median_ms']:.1f} | "
                     f"{_f(r.get('time_overhead'), '+.1%')} | {_bytes(pred)} | {_f(r.get('prediction_error'), '+.2%')} | "
                     + ("-" if r.get("within_budget") is None else "yes" if r["within_budget"]
                        else f"**no** (+{r['over_budget_bytes']:,} B)") + f" | {_outputs(r)} |")
        plans = [b for b in man["bundles"] if b["group"] == group]
        if plans:
            L.append("\nPlans: " + "; ".join(
                f"{b['variant']}: {b['plan']['recompute_flops'] / max(1, b['plan']['forward_flops']):.2f}x forward "
                f"FLOPs recomputed" + (f", {b['kernels']} kernels" if b.get("kernels") else "")
                for b in plans) + ".\n")
    L.append("## Targets\n")
    L.append("| model | >= 8x less activation memory at <= +30% time | best remat variant | measured within 10% of predicted | never above budget |")
    L.append("|---|---|---|---|---|")
    verdicts = []
    for group, m in man["models"].items():
        if m["check"] or not any(r["group"] == group for r in rows):
            continue
        best, ok, pred_ok, budget_ok = targets(rows, group)
        verdicts += [ok, pred_ok, budget_ok]
        best_s = "-" if not best else (f"{_label(best)}: {_f(best.get('activation_reduction'), '.2f')}x at "
                                       f"{_f(best.get('time_overhead'), '+.1%')}")
        L.append(f"| {group} | {'pass' if ok else '**fail**'} | {best_s} | {'pass' if pred_ok else '**fail**'} | "
                 f"{'pass' if budget_ok else '**fail**'} |")
    mism = [r for r in rows if r.get("outputs_match") is False or "error" in r]
    L.append("")
    if mism:
        L.append("Failed or mismatching runs: " + ", ".join(f"{r['group']} {r['framework']} {r['variant']}" for r in mism) + ".\n")
    L.append(f"Phase 2 took {results['phase2_s']:.0f} s on the device; phase 1 (export, plan, lower, link) "
             + ", ".join(f"{g} {s:.0f} s" for g, s in man["phase1_s"].items()) + ".\n")
    text = "\n".join(L).rstrip() + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as fh:
        fh.write(text)
    print(text)
    return 0


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("phase1", help="export, plan, lower and link every bundle (here)")
    p.add_argument("--out", default=os.path.join(ROOT, ".bundle", "gpubench"), help="bundle folder")
    p.add_argument("--work", default=None, help="intermediate files (default: OUT-work)")
    p.add_argument("--build", default=os.path.join(ROOT, "build-gpubench"),
                   help="build folder with bin/remat-opt, lib/libremat_cuda_runtime.so, lib/libremat_gpu_harness.a")
    p.add_argument("--models", default="resnet,gpt")
    p.add_argument("--variants", default=DEFAULT_VARIANTS,
                   help="strategy[:budget],... (budgets as remat takes them: 50%%, 1GiB, bytes)")
    p.add_argument("--scale", type=float, default=1.0,
                   help="multiply the full sizes' batch and block count by this (keeps the block structure)")
    p.add_argument("--shape", action="append", metavar="MODEL:KEY=V,...",
                   help="override a size, e.g. gpt:seq=512,batch=4 (keys: resnet blocks channels hw batch; "
                        "gpt blocks d heads seq batch)")
    p.add_argument("--no-checks", action="store_true", help="skip the small-shape bundles checked against JAX")
    p.add_argument("--no-bench", action="store_true", help="only the small-shape bundles")
    p.add_argument("--emulate", action="store_true", help="kernels as host loops (gpu-bundle --emulate): runs here")
    p.add_argument("--lower-options", default="", help="options of remat-lower-to-nvvm")
    p.add_argument("--jobs", type=int, default=1, help="variants planned and bundled at once")
    p.add_argument("--keep-planned", action="store_true", help="keep the planned .mlir files in the work folder")
    p.add_argument("--max-mib", type=float, default=60, help="fail when the bundle folder is larger")
    p.add_argument("--no-pack", dest="pack", action="store_false",
                   help=f"leave the bundles as folders instead of packing them into {PACK}")
    p = sub.add_parser("phase2", help="run every bundle and PyTorch (on the GPU machine)")
    p.add_argument("--bundle", required=True)
    p.add_argument("--out", required=True, help="folder for results.json and phase2.log")
    p.add_argument("--models", default=None)
    p.add_argument("--iters", type=int, default=5, help="timed steps per variant (fewer if time runs short)")
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--check-iters", type=int, default=3)
    p.add_argument("--check-warmup", type=int, default=1)
    p.add_argument("--time-budget", type=float, default=450,
                   help="seconds for the whole phase; timed steps are cut to fit (at least 3 each)")
    p.add_argument("--no-torch", action="store_true")
    p.add_argument("--unpack-dir", default=None, help=f"where a packed {PACK} is unpacked (default: a new temporary folder)")
    p.add_argument("--strict", action="store_true", help="exit 1 when a run fails or mismatches")
    p = sub.add_parser("report", help="write docs/performance.md from phase 2's results.json")
    p.add_argument("--results", required=True)
    p.add_argument("--out", default=os.path.join(ROOT, "docs", "performance.md"))
    p.add_argument("--scale-reason", default=None, help="why reduced shapes were used (for the page)")
    p = sub.add_parser("_torch")
    p.add_argument("--model", required=True)
    p.add_argument("--config", required=True)
    p.add_argument("--variant", required=True)
    p.add_argument("--iters", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--inputs", default=None)
    p.add_argument("--expected", default=None)
    args = ap.parse_args()
    return {"phase1": phase1, "phase2": phase2, "report": report, "_torch": torch_child}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
