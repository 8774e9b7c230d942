//===- MathToLibm.cpp - math ops with a libm function become calls ----------===//
//
// Upstream's convert-math-to-libm rejects the whole module when it meets a math op it has no
// libm function for (math.absi, math.copysign, ...). This pass applies the same rewrite
// patterns without that rule: ops with a libm function become calls to it, every other math
// op is left for convert-math-to-llvm.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToCPU.h"

#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace {

struct MathToLibmPass : public PassWrapper<MathToLibmPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(MathToLibmPass)

  StringRef getArgument() const final { return "remat-math-to-libm"; }
  StringRef getDescription() const final {
    return "Turn math ops that have a libm function into calls to it and leave the others "
           "(math.absi, math.copysign, ...) for convert-math-to-llvm";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, func::FuncDialect, vector::VectorDialect>();
  }

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathToLibmConversionPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createMathToLibmPass() {
  return std::make_unique<MathToLibmPass>();
}
