//===- Passes.td - remat transformation passes -------------*- tablegen -*-===//
#ifndef REMAT_TRANSFORMS_PASSES_TD
#define REMAT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def RematAnnotateLifetimes : Pass<"remat-annotate-lifetimes", "ModuleOp"> {
  let summary = "Mark every activation of a training step with its lifetime";
  let description = [{
    Analyses each training step of the module: a `func.func` with one block that computes a loss
    (result 0, or `loss-result`) and its gradients. The top-level ops of the body, in order, are
    the schedule. The forward phase is the backward slice of the loss together with every op
    scheduled before the loss (autodiff computes residuals such as tanh's derivative alongside
    the forward); explicit `remat.phase` attributes override it. An activation is a
    non-constant value defined in the forward phase and read in the backward phase.

    The pass attaches `remat.lifetime` to every op that defines an activation and
    `remat.memory` (peak live bytes, the step of the peak, activation count and bytes) to the
    function. Bytes come from static tensor types; constants and views (reshapes, casts) take
    no bytes of their own, and destination-style ops write into a dying init operand as
    bufferization does.

    Unregistered ops (generic-form StableHLO from JAX) are analysed like any other op; ops with
    regions are single schedule steps.

    Example:
    ```
    remat-opt --allow-unregistered-dialect --remat-annotate-lifetimes=print step.mlir
    ```
  }];
  let options = [
    Option<"funcName", "func", "std::string", /*default=*/"\"\"",
           "Name of the training-step function; by default every public function with a body">,
    Option<"lossResult", "loss-result", "unsigned", /*default=*/"0",
           "Index of the function result that holds the loss">,
    Option<"print", "print", "bool", /*default=*/"false",
           "Emit a remark for each activation and one for the function summary">
  ];
  let dependentDialects = ["::mlir::remat::RematDialect"];
}

def RematPlan : Pass<"remat-plan", "ModuleOp"> {
  let summary = "Choose which activations to keep and which to recompute under a byte budget";
  let description = [{
    Cuts each training step into a chain of stages at articulation values of its forward graph
    (ops that post-dominate every earlier forward op and that no other forward value crosses in
    the schedule), weighs each stage (forward and backward FLOPs, output bytes, bytes its
    backward reads), and plans a schedule of forward recomputations:

    * `none`: keep everything;
    * `sqrt`: Chen et al.'s sqrt(n) segments, each recomputed once;
    * `greedy`: Chen et al.'s budget greedy, with its search over the segment threshold;
    * `dp` (default): the exact dynamic program over heterogeneous chains with multi-level
      recomputation (least recompute cost under the budget).

    The predicted peak is exact for the rewritten IR: each candidate plan is applied to a copy
    of the function and measured with the memory model of `remat-annotate-lifetimes`; the plan
    kept is the cheapest whose peak fits the budget. A budget no plan of the strategy can meet
    is an error that names the smallest feasible budget. Without a budget, `dp` minimizes the
    peak with at most one extra forward pass (Chen et al.'s setting), and the other strategies
    give their least-memory plan.

    The pass writes `remat.stage` on every op, `remat.policy` on every activation (`save` when
    the original forward keeps it, `recompute` otherwise), and `remat.schedule` and `remat.plan`
    on the function; `remat-apply` then rewrites the IR. A `remat.policy` written before
    planning is honoured: `save` values are never recomputed, and a stage holding an op that
    cannot be rerun (side effects, randomness, unknown unregistered ops) is never recomputed.

    Example:
    ```
    remat-opt --allow-unregistered-dialect \
      --remat-plan="budget=50% strategy=dp report=plan.json timeline=plan.svg" step.mlir
    ```
  }];
  let options = [
    Option<"funcName", "func", "std::string", /*default=*/"\"\"",
           "Name of the training-step function; by default every public function with a body">,
    Option<"lossResult", "loss-result", "unsigned", /*default=*/"0",
           "Index of the function result that holds the loss">,
    Option<"budget", "budget", "std::string", /*default=*/"\"\"",
           "Peak-memory budget: bytes with an optional KiB/MiB/GiB (or kB/MB/GB) suffix, or a "
           "percentage of the unplanned peak such as 50%; empty: minimize memory">,
    Option<"strategy", "strategy", "std::string", /*default=*/"\"dp\"",
           "Planning strategy: none, sqrt, greedy or dp">,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write the plan as JSON to this file (with the live-bytes timeline)">,
    Option<"timeline", "timeline", "std::string", /*default=*/"\"\"",
           "Write an SVG picture of live bytes over the schedule, before and after, to this file">,
    Option<"chainFile", "chain", "std::string", /*default=*/"\"\"",
           "Write the planner's input (stage chain, budget, strategy, options) as remat-solve "
           "JSON to this file">,
    Option<"memorySteps", "memory-steps", "int64_t", /*default=*/"1000",
           "Memory resolution of the dp strategy (budget steps)">,
    Option<"searchLimit", "search-limit", "int64_t", /*default=*/"100000",
           "Interval values the dp strategy's branch and bound may solve on a heterogeneous "
           "chain (0: no limit); past it the plan is feasible but not proven optimal, and the "
           "report says optimal: false">,
    ListOption<"pureOps", "pure-ops", "std::string",
               "Unregistered ops (or dialect.* wildcards) that are safe to recompute, beyond "
               "the built-in StableHLO table">,
    Option<"preallocatedResults", "preallocated-results", "bool", /*default=*/"false",
           "Count the buffers of the function's results as live for the whole step, as XLA "
           "allocates its outputs before the step runs (for StableHLO that XLA compiles); by "
           "default a result's buffer lives from the op that writes it">,
    Option<"print", "print", "bool", /*default=*/"false",
           "Emit remarks describing the stages and the plan">
  ];
  let dependentDialects = ["::mlir::remat::RematDialect"];
}

def RematApply : Pass<"remat-apply", "ModuleOp"> {
  let summary = "Rewrite a training step to follow its rematerialization plan";
  let description = [{
    Materializes the `remat.schedule` that `remat-plan` attached: every forward run of a stage
    after its first becomes clones of the stage's forward ops, placed right before the backward
    ops of the next backward step in the schedule, in schedule order (a recomputed segment may
    itself be recomputed from checkpoints recomputed earlier). Each clone carries
    `remat.recomputed = N` for the N-th recomputation, which keeps CSE from folding it back.
    Backward ops are rewired to the latest recomputed values, so the originals die after their
    last forward use; clones nothing reads are removed.

    With `optimization-barriers`, the inputs of every recomputed segment pass through a
    `stablehlo.optimization_barrier` together with the latest backward value, the way
    jax.checkpoint fences its recomputation: XLA can then neither fold the recomputation into
    the forward pass (CSE) nor hoist it out of the backward pass. A segment recomputed after
    another before the same backward step reads the earlier one's clones directly, not through
    a barrier, so that XLA can fuse across them; its own barrier fences only what it reads from
    outside that run (parameters, checkpoints). The barrier also waits for the
    step's results computed before it (parameter gradients), so that XLA cannot defer them, and
    the recomputed values they read, to the end of the step. Use it for StableHLO that goes
    back to XLA.

    A function without a plan, a plan that would rerun an op with side effects, or a function
    that already holds recomputed clones is an error, and the IR is left unchanged.
  }];
  let options = [
    Option<"optimizationBarriers", "optimization-barriers", "bool", /*default=*/"false",
           "Fence each recomputed segment with a stablehlo.optimization_barrier (for XLA)">,
    Option<"funcName", "func", "std::string", /*default=*/"\"\"",
           "Name of the training-step function; by default every public function with a body">,
    Option<"lossResult", "loss-result", "unsigned", /*default=*/"0",
           "Index of the function result that holds the loss">,
    ListOption<"pureOps", "pure-ops", "std::string",
               "Unregistered ops (or dialect.* wildcards) that are safe to recompute">
  ];
  let dependentDialects = ["::mlir::remat::RematDialect"];
}

def RematStrip : Pass<"remat-strip"> {
  let summary = "Remove every remat.* attribute";
  let description = [{
    Removes the discardable attributes of the remat dialect (`remat.lifetime`, `remat.phase`,
    `remat.policy`, `remat.recomputed`, `remat.memory`, `remat.plan`) from every op, so that the
    IR can go to a consumer that does not know the dialect. Recomputed ops stay in place.
  }];
}

#endif // REMAT_TRANSFORMS_PASSES_TD
