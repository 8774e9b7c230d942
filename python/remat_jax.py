"""remat between jax.jit(...).lower() and XLA.

    import remat_jax
    step = jax.jit(jax.value_and_grad(loss))
    r = remat_jax.rematerialize(step, params, batch, budget="50%")
    loss, grads = r(params, batch)                # same calling convention as step
    r.memory_before.temp_bytes, r.memory_after.temp_bytes, r.report["peak_bytes_after"]

rematerialize() lowers the step to StableHLO (MLIR generic form, as
`lowered.compiler_ir("stablehlo")` prints it), runs remat-opt on the text (annotate, plan under the
budget, apply with optimization barriers, strip the remat.* attributes), and compiles the result
with XLA through the JAX backend's client (`Client.compile_and_load` of the StableHLO text, with the
compile options jax.jit uses for one device). The returned object calls the compiled step with the
original pytree calling convention and carries XLA's memory analysis of the original and of the
rematerialized step, and remat's plan report.

On CPU devices the compile options disable XLA:CPU's early barrier removal
(xla_compiler_options); docs/JAX.md explains why.

The pieces are public functions too: lower_to_stablehlo, run_remat_opt, compile_stablehlo,
CompiledStep, memory_analysis, parse_stablehlo.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import tempfile
from typing import Any, Callable, Sequence

import numpy as np

import jax
from jax.extend.backend import get_compile_options

__all__ = [
    "RematError", "InfeasibleBudgetError", "MemoryAnalysis", "CompiledStep", "RematResult",
    "find_remat_opt", "lower_to_stablehlo", "run_remat_opt", "compile_stablehlo",
    "memory_analysis", "rematerialize", "parse_stablehlo", "main_arity", "xla_compiler_options",
]


def _shorten(diagnostic: str, lines: int = 12, width: int = 240) -> str:
    """The diagnostic lines of remat-opt's output (without MLIR's source excerpts), cut."""
    all_lines = diagnostic.rstrip().splitlines()
    kept = [l for l in all_lines if re.search(r"(^|: )(error|warning|note|remark): ", l)] or all_lines
    out = [l if len(l) <= width else l[:width] + " ..." for l in kept]
    return "\n".join(out[:lines] + (["..."] if len(out) > lines else []))


class RematError(RuntimeError):
    """remat-opt failed; `diagnostic` holds its whole error output (the message shows it with
    long lines cut), `command` the command line."""

    def __init__(self, message: str, diagnostic: str = "", command: Sequence[str] = (),
                 returncode: int | None = None):
        super().__init__(message if not diagnostic else f"{message}\n{_shorten(diagnostic)}")
        self.diagnostic = diagnostic
        self.command = list(command)
        self.returncode = returncode


class InfeasibleBudgetError(RematError):
    """No plan of the strategy meets the budget; `minimum_bytes` is the smallest feasible budget
    that remat reported (None when the diagnostic does not name it)."""

    def __init__(self, message, diagnostic="", command=(), returncode=None, budget_bytes=None,
                 minimum_bytes=None):
        super().__init__(message, diagnostic, command, returncode)
        self.budget_bytes = budget_bytes
        self.minimum_bytes = minimum_bytes


@dataclasses.dataclass(frozen=True)
class MemoryAnalysis:
    """XLA's compiled memory statistics (bytes)."""
    temp_bytes: int
    argument_bytes: int
    output_bytes: int
    alias_bytes: int
    generated_code_bytes: int

    @classmethod
    def from_stats(cls, stats) -> "MemoryAnalysis":
        return cls(temp_bytes=int(stats.temp_size_in_bytes),
                   argument_bytes=int(stats.argument_size_in_bytes),
                   output_bytes=int(stats.output_size_in_bytes),
                   alias_bytes=int(stats.alias_size_in_bytes),
                   generated_code_bytes=int(stats.generated_code_size_in_bytes))

    @property
    def total_bytes(self) -> int:
        """Arguments + outputs + temporaries, less the output bytes that alias arguments."""
        return self.argument_bytes + self.output_bytes + self.temp_bytes - self.alias_bytes

    def as_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["total_bytes"] = self.total_bytes
        return d


def memory_analysis(compiled) -> MemoryAnalysis:
    """MemoryAnalysis of a jax.stages.Compiled, a CompiledStep or an XLA LoadedExecutable."""
    if isinstance(compiled, CompiledStep):
        return compiled.memory
    if hasattr(compiled, "get_compiled_memory_stats"):
        return MemoryAnalysis.from_stats(compiled.get_compiled_memory_stats())
    return MemoryAnalysis.from_stats(compiled.memory_analysis())


# ----------------------------------------------------------------------------- remat-opt

def _has_remat_pipeline(exe: str) -> bool:
    try:
        proc = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "--remat-strip" in proc.stdout and "optimization-barriers" in proc.stdout


def find_remat_opt(path: str | None = None) -> str:
    """The remat-opt binary: `path`, else $REMAT_OPT, else build/bin/remat-opt of this checkout,
    else the newest build*/bin/remat-opt of this checkout that has the --remat pipeline, else
    remat-opt on PATH."""
    if path:
        if os.sep not in path and not os.path.isfile(path):
            path = shutil.which(path) or path
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise RematError(f"remat-opt not found or not executable: {path}")
        return os.path.abspath(path)
    env = os.environ.get("REMAT_OPT")
    if env:
        return find_remat_opt(env)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    candidates = []
    for entry in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        exe = os.path.join(root, entry, "bin", "remat-opt")
        if entry.startswith("build") and os.path.isfile(exe) and os.access(exe, os.X_OK):
            candidates.append(exe)
    candidates.sort(key=lambda e: (os.path.basename(os.path.dirname(os.path.dirname(e))) != "build",
                                   -os.path.getmtime(e)))
    on_path = shutil.which("remat-opt")
    for exe in candidates + ([on_path] if on_path else []):
        if _has_remat_pipeline(exe):
            return os.path.abspath(exe)
    raise RematError("remat-opt not found: pass remat_opt=PATH, set REMAT_OPT, or build it "
                     "(cmake --build build --target remat-opt)")


_INFEASIBLE = re.compile(r"budget [^(]*\((\d+) bytes\) is below the minimum feasible [^(]*"
                         r"\((\d+) bytes\)")


def _budget_text(budget) -> str:
    if isinstance(budget, (int, np.integer)):
        return str(int(budget))
    if isinstance(budget, float):
        raise ValueError("a float budget is ambiguous: give bytes as int or a string like '50%'")
    text = str(budget).strip()
    if not re.fullmatch(r"[0-9.]+\s*(%|[KMG]i?B|[kKMG]B)?", text):
        raise ValueError(f"bad budget {budget!r}: bytes (int), a size such as '512MiB', "
                         f"or a percentage of the unplanned peak such as '50%'")
    return text.replace(" ", "")


def run_remat_opt(stablehlo: str, *, budget="50%", strategy: str = "dp",
                  optimization_barriers: bool = True, strip: bool = True,
                  loss_result: int | None = None, func: str | None = None,
                  memory_steps: int | None = None, remat_opt: str | None = None,
                  report: str | None = None, timeout: float | None = None,
                  search_limit: int | None = None, preallocated_results: bool = False):
    """Runs remat-opt's `--remat` pipeline (+ `--remat-strip`) on StableHLO text.

    preallocated_results: plan with the step's outputs live for the whole step, as XLA allocates
    them (remat-plan's preallocated-results); by default an output counts from the op that
    writes it. Returns (rematerialized StableHLO in generic form, the plan report as a dict).
    Raises InfeasibleBudgetError when the budget is below what the strategy can reach, and
    RematError with remat-opt's diagnostics for any other failure."""
    exe = find_remat_opt(remat_opt)
    if strategy not in ("none", "sqrt", "greedy", "dp"):
        raise ValueError(f"unknown strategy {strategy!r}: none, sqrt, greedy or dp")
    with tempfile.TemporaryDirectory(prefix="remat-jax-") as tmp:
        src = os.path.join(tmp, "step.mlir")
        dst = os.path.join(tmp, "step.remat.mlir")
        rep = os.path.join(tmp, "report.json")
        with open(src, "w") as fh:
            fh.write(stablehlo)
        opts = [f"budget={_budget_text(budget)}" if budget is not None else None,
                f"strategy={strategy}",
                "optimization-barriers=true" if optimization_barriers else None,
                "preallocated-results=true" if preallocated_results else None,
                f"loss-result={int(loss_result)}" if loss_result is not None else None,
                f"func={func}" if func else None,
                f"memory-steps={int(memory_steps)}" if memory_steps else None,
                f"search-limit={int(search_limit)}" if search_limit is not None else None,
                f"report={rep}"]
        cmd = [exe, "--allow-unregistered-dialect", "--mlir-print-op-on-diagnostic=false",
               "--remat=" + " ".join(o for o in opts if o)]
        if strip:
            cmd.append("--remat-strip")
        cmd += ["step.mlir", "-mlir-print-op-generic", "-o", dst]
        try:  # in the temporary folder, so that diagnostics name the file step.mlir
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired as e:
            raise RematError(f"remat-opt did not finish in {timeout} s", command=cmd) from e
        diag = (proc.stderr or "") + (proc.stdout or "")
        if proc.returncode != 0:
            m = _INFEASIBLE.search(diag)
            if m:
                raise InfeasibleBudgetError(
                    f"remat-opt: budget {budget} is infeasible for strategy {strategy} "
                    f"(smallest feasible: {int(m.group(2))} bytes)", diag, cmd, proc.returncode,
                    budget_bytes=int(m.group(1)), minimum_bytes=int(m.group(2)))
            raise RematError(f"remat-opt failed with exit code {proc.returncode}", diag, cmd,
                             proc.returncode)
        with open(dst) as fh:
            out = fh.read()
        with open(rep) as fh:
            plan = json.load(fh)
        if report:
            shutil.copyfile(rep, report)
    if isinstance(plan, list):  # one report per planned function: keep @main's
        plan = next((p for p in plan if p.get("function") == "main"), plan[0])
    return out, plan


def lower_to_stablehlo(fn: Callable, *args, **kwargs):
    """Lowers fn (jitted or plain) at example arguments (arrays or jax.ShapeDtypeStruct).

    Returns (jax.stages.Lowered, StableHLO text in MLIR generic form). A plain function is
    jitted with keep_unused=True so that the module takes every argument leaf."""
    jitted = fn if hasattr(fn, "lower") else jax.jit(fn, keep_unused=True)
    lowered = jitted.lower(*args, **kwargs)
    module = lowered.compiler_ir("stablehlo")
    text = module.operation.get_asm(print_generic_op_form=True, large_elements_limit=None)
    return lowered, text


def _kept_leaves(lowered, n_leaves: int, n_params: int) -> list[int]:
    """Indices of the flattened arguments the lowered module takes (jit drops unused ones)."""
    if n_params == n_leaves:
        return list(range(n_leaves))
    kept = getattr(getattr(lowered, "_lowering", None), "compile_args", {}).get("kept_var_idx")
    if kept is not None and len(kept) == n_params:
        return sorted(kept)
    raise RematError(f"the lowered module takes {n_params} arguments for {n_leaves} argument "
                     "leaves; jit the step with keep_unused=True (effects and ordered tokens "
                     "are not supported)")


def parse_stablehlo(text: str):
    """Parses StableHLO text with JAX's MLIR bindings (the StableHLO, CHLO and func dialects are
    registered there, so generic and pretty forms both parse). Returns the ir.Module; raises
    RematError with MLIR's diagnostics when the text does not parse or verify."""
    from jax._src.interpreters import mlir as jax_mlir
    from jax._src.lib.mlir import ir
    context = jax_mlir.make_ir_context()
    try:
        with context:
            return ir.Module.parse(text)
    except Exception as e:  # MLIRError: the parser's and verifier's diagnostics
        raise RematError("the StableHLO text does not parse in JAX's MLIR", str(e)) from e


def main_arity(module) -> int:
    """Number of arguments of the module's public @main function."""
    for op in module.body.operations:
        if op.operation.name == "func.func" and \
                str(op.attributes["sym_name"]).strip('"') == "main":
            return len(op.regions[0].blocks[0].arguments)
    raise RematError("no @main function in the module")


def xla_compiler_options(device=None, keep_barriers: bool | None = None) -> dict:
    """XLA options under which optimization barriers fence recomputation.

    XLA:CPU removes every stablehlo.optimization_barrier early in its pipeline (the pass
    OptimizationBarrierExpander, named cse_barrier_expander, runs before layout assignment and the
    CSE and fusion passes after it); CSE then folds each recomputed op back into its forward
    original, and the recomputation is gone — for jax.checkpoint as for remat. XLA:GPU runs the
    expander only after scheduling. keep_barriers (default: on for CPU devices) disables the
    early expander, so that barriers reach buffer assignment and scheduling as on the GPU."""
    device = device or jax.devices()[0]
    if keep_barriers is None:
        keep_barriers = device.platform == "cpu"
    return {"xla_disable_hlo_passes": "cse_barrier_expander"} if keep_barriers else {}


def compile_stablehlo(text: str, device=None, compiler_options: dict | None = None):
    """Compiles StableHLO text (generic or pretty form) for one device with XLA, with the compile
    options jax.jit uses for one device (plus `compiler_options`, XLA debug options by name, as
    jax.stages.Lowered.compile takes them; default: xla_compiler_options(device)).
    Returns the XLA LoadedExecutable."""
    device = device or jax.devices()[0]
    if compiler_options is None:
        compiler_options = xla_compiler_options(device)
    options = get_compile_options(num_replicas=1, num_partitions=1,
                                  device_assignment=np.array([[device]], dtype=object),
                                  env_options_overrides=dict(compiler_options))
    from jax._src.lib import _jax  # DeviceList: the devices an executable is loaded on
    return device.client.compile_and_load(text, executable_devices=_jax.DeviceList((device,)),
                                          compile_options=options)


class CompiledStep:
    """A step compiled from StableHLO text, called with the pytree convention of `lowered`."""

    def __init__(self, text: str, lowered, device=None, executable=None,
                 compiler_options: dict | None = None):
        self.stablehlo = text
        self.device = device or jax.devices()[0]
        self.in_tree = lowered.in_tree
        self.out_tree = lowered.out_tree
        self._in_avals = jax.tree_util.tree_leaves(lowered.in_avals)
        self._kept = _kept_leaves(lowered, len(self._in_avals), main_arity(parse_stablehlo(text)))
        self.executable = executable or compile_stablehlo(text, self.device, compiler_options)
        self.memory = MemoryAnalysis.from_stats(self.executable.get_compiled_memory_stats())

    def __call__(self, *args, **kwargs):
        leaves, tree = jax.tree_util.tree_flatten((args, kwargs))
        if tree != self.in_tree:
            raise TypeError(f"arguments have structure {tree}, the step was compiled for "
                            f"{self.in_tree}")
        inputs = []
        for i in self._kept:
            leaf, aval = leaves[i], self._in_avals[i]
            if (tuple(np.shape(leaf)) != tuple(aval.shape)
                    or np.dtype(getattr(leaf, "dtype", np.asarray(leaf).dtype)) != aval.dtype):
                leaf = np.asarray(leaf, dtype=aval.dtype)
                if leaf.shape != tuple(aval.shape):
                    raise TypeError(f"argument leaf {i} has shape {leaf.shape}, the step was "
                                    f"compiled for {tuple(aval.shape)}")
            inputs.append(jax.device_put(leaf, self.device))
        outputs = self.executable.execute(inputs)
        return jax.tree_util.tree_unflatten(self.out_tree, outputs)


@dataclasses.dataclass
class RematResult:
    """What rematerialize() returns. Calling it runs the rematerialized step."""
    step: CompiledStep                 # the rematerialized step
    original: Any                      # jax.stages.Compiled of the unmodified step
    memory_before: MemoryAnalysis      # XLA's analysis of the original step
    memory_after: MemoryAnalysis       # XLA's analysis of the rematerialized step
    report: dict                       # remat's plan report (budget, peaks, FLOPs, timeline...)
    stablehlo_before: str
    stablehlo_after: str
    lowered: Any

    def __call__(self, *args, **kwargs):
        return self.step(*args, **kwargs)

    def summary(self) -> str:
        b, a, r = self.memory_before, self.memory_after, self.report
        return (f"remat {r.get('strategy')} budget {r.get('budget_bytes')} B: predicted peak "
                f"{r.get('peak_bytes_before')} -> {r.get('peak_bytes_after')} B; XLA temp "
                f"{b.temp_bytes} -> {a.temp_bytes} B; recompute FLOPs {r.get('recompute_flops')} "
                f"over forward {r.get('forward_flops')}")


def rematerialize(fn: Callable, *example_args, budget="50%", strategy: str = "dp",
                  remat_opt: str | None = None, report: str | None = None,
                  optimization_barriers: bool = True, loss_result: int | None = None,
                  memory_steps: int | None = None, device=None, example_kwargs: dict | None = None,
                  keep_barriers: bool | None = None, compiler_options: dict | None = None,
                  timeout: float | None = None,
                  preallocated_results: bool = False) -> RematResult:
    """Rematerializes the train step `fn` (jitted or plain; jax.value_and_grad-style: the loss is
    result 0 unless loss_result says otherwise) for arguments shaped like `example_args`
    (arrays or jax.ShapeDtypeStruct; keyword arguments in example_kwargs).

    budget: bytes (int), a size string ('512MiB') or a percentage of remat's predicted peak of
    the unplanned step ('50%'). strategy: dp (default), greedy, sqrt or none. report: also copy
    remat's JSON report there. preallocated_results: see run_remat_opt. keep_barriers /
    compiler_options: see xla_compiler_options; both the original and the rematerialized step are
    compiled with the same options.
    Raises InfeasibleBudgetError / RematError with remat-opt's diagnostics when remat-opt fails,
    RematError with XLA's message when XLA rejects the result."""
    example_kwargs = example_kwargs or {}
    device = device or jax.devices()[0]
    if compiler_options is None:
        compiler_options = xla_compiler_options(device, keep_barriers)
    lowered, text = lower_to_stablehlo(fn, *example_args, **example_kwargs)
    original = lowered.compile(compiler_options=dict(compiler_options) or None)
    after, plan = run_remat_opt(
        text, budget=budget, strategy=strategy,
        optimization_barriers=optimization_barriers, loss_result=loss_result,
        memory_steps=memory_steps, remat_opt=remat_opt, report=report, timeout=timeout,
        preallocated_results=preallocated_results)
    try:
        step = CompiledStep(after, lowered, device, compiler_options=compiler_options)
    except jax.errors.JaxRuntimeError as e:
        raise RematError("XLA rejected the rematerialized StableHLO", str(e)) from e
    return RematResult(step=step, original=original, memory_before=memory_analysis(original),
                       memory_after=step.memory, report=plan, stablehlo_before=text,
                       stablehlo_after=after, lowered=lowered)
