//===- Passes.td - remat conversion passes -----------------*- tablegen -*-===//
#ifndef REMAT_CONVERSION_PASSES_TD
#define REMAT_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def RematImportStablehlo : Pass<"remat-import-stablehlo", "ModuleOp"> {
  let summary = "Convert a JAX train step in generic-form StableHLO to linalg on tensors";
  let description = [{
    Imports a module exported by JAX (`jax.jit(...).lower(...).as_text(dialect="stablehlo")`
    printed in MLIR generic form) into upstream dialects: every `stablehlo.*` op becomes
    `linalg` (mostly `linalg.generic`), `tensor`, `arith` and `math` ops on tensors, with the
    numerics of XLA on CPU. StableHLO is not a registered dialect here: parse the input with
    `--allow-unregistered-dialect`. Attributes such as `#stablehlo.dot<...>`,
    `#stablehlo.conv<...>` and `#stablehlo<comparison_direction GT>` arrive as opaque
    attributes; the pass reads their textual form and reports any form it does not know.

    Unsigned element types (`ui8` ... `ui64`) become signless integers; the unsigned meaning
    is kept by choosing unsigned arithmetic (`arith.divui`, `arith.cmpi ult`, `arith.uitofp`,
    ...). Function signatures change accordingly. Floating-point arithmetic on types narrower
    than `f32` is computed in `f32` and rounded back, as XLA does on CPU.

    `func.call` between functions of the module is inlined by default (`inline-calls`), and
    private functions left without callers are erased, so that each train step is one
    function body whose every op the remat planner can schedule. With `inline-calls=false`
    functions and calls are kept and every function body is converted.

    Any op that has no conversion is an error naming it ("unsupported StableHLO op
    'stablehlo.foo'"), as is an attribute form that cannot be read; the module is then left
    unchanged and the pass fails. docs/StablehloImport.md lists the supported ops and the
    semantics chosen where the StableHLO specification leaves them open.

    Example:
    ```
    remat-opt --allow-unregistered-dialect --remat-import-stablehlo train_step.stablehlo.mlir
    ```
  }];
  let options = [
    Option<"inlineCalls", "inline-calls", "bool", /*default=*/"true",
           "Inline func.call ops whose callee is defined in the module and erase private "
           "functions that no longer have callers">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

#endif // REMAT_CONVERSION_PASSES_TD
