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

def RematStrip : Pass<"remat-strip"> {
  let summary = "Remove every remat.* attribute";
  let description = [{
    Removes the discardable attributes of the remat dialect (`remat.lifetime`, `remat.phase`,
    `remat.policy`, `remat.recomputed`, `remat.memory`, `remat.plan`) from every op, so that the
    IR can go to a consumer that does not know the dialect. Recomputed ops stay in place.
  }];
}

#endif // REMAT_TRANSFORMS_PASSES_TD
