//===- PrepareLinalgForGPU.cpp - tensor-level preparation for GPU codegen -===//
//
// Runs on tensors, before bufferization:
//  - a splat tensor constant becomes linalg.fill of a fresh tensor, so that it is computed in
//    device memory instead of living in a host global;
//  - named linalg ops become linalg.generic, and the loops of every linalg.generic are permuted
//    so that all parallel loops come first. Loop lowering then produces one scf.parallel over all
//    outputs with the reductions as sequential loops inside it: one GPU thread per output element,
//    never a host loop launching one kernel per reduction step.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace {

/// arith.constant dense<v> : tensor<...> -> linalg.fill(v, tensor.empty).
struct SplatConstantToFill : public OpRewritePattern<arith::ConstantOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::ConstantOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    auto dense = dyn_cast<SplatElementsAttr>(op.getValue());
    if (!type || !dense || !type.hasStaticShape())
      return failure();
    Location loc = op.getLoc();
    Value scalar = arith::ConstantOp::create(rewriter, loc, type.getElementType(),
                                             dense.getSplatValue<TypedAttr>());
    Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(), type.getElementType());
    rewriter.replaceOpWithNewOp<linalg::FillOp>(op, scalar, empty);
    return success();
  }
};

/// Permutes the loops of a linalg.generic so that every parallel loop precedes every reduction
/// loop (each group keeps its order). Reordering loops of a generic op never changes what it
/// computes, only the order of the sequential reduction.
struct ParallelLoopsFirst : public OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op, PatternRewriter &rewriter) const override {
    SmallVector<unsigned> parallel, reduction;
    for (auto [i, type] : llvm::enumerate(op.getIteratorTypesArray())) {
      if (type == utils::IteratorType::parallel)
        parallel.push_back(i);
      else
        reduction.push_back(i);
    }
    if (reduction.empty() || parallel.empty() || parallel.back() < reduction.front())
      return failure();
    SmallVector<unsigned> permutation(parallel);
    permutation.append(reduction);
    if (failed(linalg::interchangeGenericOp(rewriter, op, permutation)))
      return failure();
    return success();
  }
};

struct PrepareLinalgForGPUPass
    : public PassWrapper<PrepareLinalgForGPUPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(PrepareLinalgForGPUPass)

  StringRef getArgument() const final { return "remat-gpu-prepare-linalg"; }
  StringRef getDescription() const final {
    return "Splat tensor constants to linalg.fill; named linalg ops to linalg.generic with the "
           "parallel loops outermost";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, linalg::LinalgDialect, tensor::TensorDialect>();
  }

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    RewritePatternSet patterns(ctx);
    patterns.add<SplatConstantToFill, ParallelLoopsFirst>(ctx);
    linalg::populateLinalgNamedOpsGeneralizationPatterns(patterns);
    FrozenRewritePatternSet frozen(std::move(patterns));
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal())
        continue;
      if (failed(applyPatternsGreedily(func, frozen)))
        return signalPassFailure();
    }
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createPrepareLinalgForGPUPass() {
  return std::make_unique<PrepareLinalgForGPUPass>();
}
