//===- Passes.h - remat transformation passes -------------------*- C++ -*-===//
#ifndef REMAT_TRANSFORMS_PASSES_H
#define REMAT_TRANSFORMS_PASSES_H

#include "Remat/IR/RematDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Pass/Pass.h"

namespace mlir::remat {

#define GEN_PASS_DECL
#include "Remat/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Remat/Transforms/Passes.h.inc"

/// Registers the `remat` pass pipeline (annotate + plan + apply).
void registerRematPipeline();

/// The functions of `module` that the remat passes treat as training steps: the one named
/// `funcName` when it is not empty (an error when it does not exist), else every public function
/// with a body.
FailureOr<SmallVector<FunctionOpInterface>> selectTrainingSteps(ModuleOp module,
                                                                StringRef funcName);

} // namespace mlir::remat

#endif // REMAT_TRANSFORMS_PASSES_H
