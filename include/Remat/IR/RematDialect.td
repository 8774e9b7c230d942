//===- RematDialect.td - the remat dialect -----------------*- tablegen -*-===//
#ifndef REMAT_IR_REMATDIALECT_TD
#define REMAT_IR_REMATDIALECT_TD

include "mlir/IR/DialectBase.td"

def Remat_Dialect : Dialect {
  let name = "remat";
  let cppNamespace = "::mlir::remat";
  let summary = "Activation lifetimes and rematerialization plans for training steps";
  let description = [{
    The `remat` dialect has no operations. It defines the discardable attributes that the remat
    passes attach to a training step (forward, loss and backward in one `func.func`):

    * `remat.lifetime` on each op whose result is an *activation* (a forward value read by the
      backward phase): schedule positions of its definition, last forward use, first and last
      backward use, and its size in bytes.
    * `remat.phase` on an op: `forward` or `backward`. Set by a user, it overrides the phase that
      the analysis derives from the loss.
    * `remat.policy` on an op: `save` (keep the activation) or `recompute` (free it after the
      forward and recompute it before the backward needs it). Written by `remat-plan`; a policy
      that a user writes is honoured by the planner.
    * `remat.recomputed = N` on every op cloned by `remat-apply`: the clone belongs to the N-th
      recomputation of the plan's schedule (1-based). It records provenance and, being distinct
      per recomputation, keeps CSE from folding a clone into its original or into the clone of
      another recomputation.
    * `remat.stage = K` on an op: the stage of the plan the op belongs to (forward ops) or whose
      backward it is part of (backward ops). Written by `remat-plan`.
    * `remat.memory` on the function: the memory summary computed by `remat-annotate-lifetimes`.
    * `remat.plan` on the function: the plan's summary (strategy, budget, peaks, FLOPs).
    * `remat.schedule` on the function: the plan's step sequence over stages, which
      `remat-apply` materializes.

    The dialect verifies every `remat.*` attribute on any operation, registered or not, and
    rejects unknown names and values of the wrong kind. `remat-strip` removes them all.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let discardableAttrs = (ins
    "::mlir::remat::LifetimeAttr":$lifetime,
    "::mlir::remat::PhaseAttr":$phase,
    "::mlir::remat::PolicyAttr":$policy,
    "::mlir::IntegerAttr":$recomputed,
    "::mlir::remat::MemorySummaryAttr":$memory,
    "::mlir::remat::PlanAttr":$plan,
    "::mlir::remat::ScheduleAttr":$schedule,
    "::mlir::IntegerAttr":$stage
  );
  let extraClassDeclaration = [{
    /// Names of every discardable attribute of the dialect, with the prefix.
    static ::llvm::ArrayRef<::llvm::StringRef> getAttributeNames();
  }];
}

#endif // REMAT_IR_REMATDIALECT_TD
