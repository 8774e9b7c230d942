//===- RematAttrs.td - remat attributes --------------------*- tablegen -*-===//
#ifndef REMAT_IR_REMATATTRS_TD
#define REMAT_IR_REMATATTRS_TD

include "Remat/IR/RematDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/EnumAttr.td"

class Remat_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Remat_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Remat_PolicyKind : I32EnumAttr<"Policy", "rematerialization decision", [
    I32EnumAttrCase<"save", 0>,
    I32EnumAttrCase<"recompute", 1>
  ]> {
  let cppNamespace = "::mlir::remat";
  let genSpecializedAttr = 0;
}

def Remat_PolicyAttr : EnumAttr<Remat_Dialect, Remat_PolicyKind, "policy"> {
  let summary = "Keep (`save`) or rematerialize (`recompute`) an activation";
  let description = [{
    `#remat.policy<save>` keeps the results of the op alive from the forward to the backward
    phase; `#remat.policy<recompute>` frees them after their last forward use and recomputes
    them before their first backward use. Written by `remat-plan`; when a user writes it first,
    the planner honours it (compare PyTorch's MUST_SAVE / MUST_RECOMPUTE).
  }];
  let assemblyFormat = "`<` $value `>`";
}

def Remat_PhaseKind : I32EnumAttr<"Phase", "phase of a training step", [
    I32EnumAttrCase<"forward", 0>,
    I32EnumAttrCase<"backward", 1>
  ]> {
  let cppNamespace = "::mlir::remat";
  let genSpecializedAttr = 0;
}

def Remat_PhaseAttr : EnumAttr<Remat_Dialect, Remat_PhaseKind, "phase"> {
  let summary = "Phase of an op in a training step";
  let description = [{
    `#remat.phase<forward>` or `#remat.phase<backward>`. By default the forward phase is the
    backward slice of the loss (result 0 of the function, or the `loss-result` option); an
    explicit `remat.phase` on an op overrides that.
  }];
  let assemblyFormat = "`<` $value `>`";
}

def Remat_LifetimeAttr : Remat_Attr<"Lifetime", "lifetime"> {
  let summary = "Lifetime of an activation in the linearized schedule";
  let description = [{
    Positions are indices of top-level ops in the function body (the schedule), starting at 0.
    * `def`: position of the op that defines the activation.
    * `last_fwd`: position of its last forward-phase user, or -1 when only the backward reads it.
    * `first_bwd`, `last_bwd`: positions of its first and last backward-phase users.
    * `bytes`: total size of the op's results that are activations.

    Example: `remat.lifetime = #remat.lifetime<def = 2, last_fwd = 3, first_bwd = 9, last_bwd = 11, bytes = 4096>`
  }];
  let parameters = (ins "int64_t":$def, "int64_t":$last_fwd, "int64_t":$first_bwd,
                        "int64_t":$last_bwd, "int64_t":$bytes);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Remat_MemorySummaryAttr : Remat_Attr<"MemorySummary", "memory"> {
  let summary = "Memory summary of a training step";
  let description = [{
    Attached to the function by `remat-annotate-lifetimes`: the peak of live tensor bytes over
    the schedule (arguments excluded: they are resident), the step where it is reached, and the
    number and total bytes of activations.

    Example: `remat.memory = #remat.memory<peak_bytes = 81920, peak_step = 14, activations = 6, activation_bytes = 24576>`
  }];
  let parameters = (ins "int64_t":$peak_bytes, "int64_t":$peak_step, "int64_t":$activations,
                        "int64_t":$activation_bytes);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Remat_PlanAttr : Remat_Attr<"Plan", "plan"> {
  let summary = "Summary of a rematerialization plan";
  let description = [{
    Attached to the function by `remat-plan`. `strategy` is one of `none`, `sqrt`, `greedy`,
    `dp`; `budget` is the byte budget the plan was asked to meet (-1: none given); the peaks are
    the predicted peak live bytes before and after the plan; the FLOPs are those of one forward
    pass and of the recomputation the plan adds.

    Example: `remat.plan = #remat.plan<strategy = "dp", budget = 40960, peak_before = 81920, peak_after = 40448, forward_flops = 1048576, recompute_flops = 262144>`
  }];
  let parameters = (ins StringRefParameter<"strategy">:$strategy, "int64_t":$budget,
                        "int64_t":$peak_before, "int64_t":$peak_after,
                        "int64_t":$forward_flops, "int64_t":$recompute_flops);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Remat_ScheduleAttr : Remat_Attr<"Schedule", "schedule"> {
  let summary = "The step sequence of a rematerialization plan";
  let description = [{
    Attached to the function by `remat-plan` and consumed by `remat-apply`. The forward ops of
    the training step are grouped into stages (`remat.stage` on each op); the schedule lists,
    in execution order, what happens to each stage:
    * `fn k`: run stage k forward, keeping only its output;
    * `fc k`: run stage k forward and keep its input as a checkpoint;
    * `fa k`: run stage k forward and keep everything its backward reads;
    * `b k`: run the backward ops of stage k.
    The first forward step of each stage is the original forward pass; every later forward
    step of a stage is a recomputation, materialized by `remat-apply` as clones.

    Example: `remat.schedule = #remat.schedule<[fc 0, fn 1, fa 2, b 2, fa 1, b 1, fa 0, b 0]>`
  }];
  let parameters = (ins ArrayRefParameter<"::mlir::remat::ScheduleStep">:$steps);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Number of stages the schedule refers to (largest stage index + 1).
    int64_t getNumStages() const;
  }];
}

#endif // REMAT_IR_REMATATTRS_TD
