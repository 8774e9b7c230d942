//===- PrepareLinalgForGPU.cpp - tensor-level preparation for GPU codegen -===//
//
// Runs on tensors, before bufferization:
//  - a splat tensor constant becomes linalg.fill of a fresh tensor, so that it is computed in
//    device memory instead of living in a host global;
//  - named linalg ops become linalg.generic, and the loops of every linalg.generic are permuted
//    so that all parallel loops come first. Loop lowering then produces one scf.parallel over all
//    outputs with the reductions as sequential loops inside it: one GPU thread per output element,
//    never a host loop launching one kernel per reduction step;
//  - a large reduction to a scalar is split into partial reductions and their combination.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
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

/// A reduction to a scalar (no parallel loop) would run on one GPU thread. When it is large, it is
/// split in two: partial results along its longest reduction dimension, one thread each, then
/// one thread combining the partials. The body must fold each element into the accumulator with
/// one associative, commutative op (add, mul, max, min, and, or, xor) that has a neutral element.
struct SplitFullReduction : public OpRewritePattern<linalg::GenericOp> {
  static constexpr int64_t kMinPartials = 32;
  static constexpr int64_t kMinElements = 4096;

  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op, PatternRewriter &rewriter) const override {
    if (op.getNumParallelLoops() != 0 || op.getNumReductionLoops() == 0 ||
        op.getNumDpsInits() != 1 || !op.hasPureTensorSemantics())
      return failure();
    auto initType = dyn_cast<RankedTensorType>(op.getDpsInits()[0].getType());
    if (!initType || initType.getRank() != 0)
      return failure();
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    int64_t total = 1, longest = -1, size = 0;
    for (auto [d, extent] : llvm::enumerate(ranges)) {
      if (ShapedType::isDynamic(extent))
        return failure();
      total *= extent;
      if (extent > size) {
        size = extent;
        longest = d;
      }
    }
    if (total < kMinElements || size < kMinPartials)
      return failure();

    Block &body = op.getRegion().front();
    BlockArgument acc = body.getArguments().back();
    auto yield = cast<linalg::YieldOp>(body.getTerminator());
    Operation *combiner = yield.getValues()[0].getDefiningOp();
    if (!combiner || combiner->getBlock() != &body || combiner->getNumOperands() != 2 ||
        combiner->getNumResults() != 1 || !acc.hasOneUse() ||
        !llvm::is_contained(combiner->getOperands(), Value(acc)) ||
        !isa<arith::AddFOp, arith::MulFOp, arith::MaximumFOp, arith::MinimumFOp, arith::MaxNumFOp,
             arith::MinNumFOp, arith::AddIOp, arith::MulIOp, arith::AndIOp, arith::OrIOp,
             arith::XOrIOp, arith::MaxSIOp, arith::MinSIOp, arith::MaxUIOp, arith::MinUIOp>(
            combiner))
      return failure();
    std::optional<TypedAttr> neutral = arith::getNeutralElement(combiner);
    if (!neutral)
      return failure();

    // Stage 1: one partial per index of the longest dimension, which becomes parallel.
    Location loc = op.getLoc();
    Type elementType = initType.getElementType();
    MLIRContext *ctx = getContext();
    Value identity = arith::ConstantOp::create(rewriter, loc, elementType, *neutral);
    Value empty = tensor::EmptyOp::create(rewriter, loc, ArrayRef<int64_t>{size}, elementType);
    Value partialInit = linalg::FillOp::create(rewriter, loc, identity, empty).getResult(0);
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    maps.back() = AffineMap::get(ranges.size(), 0, getAffineDimExpr(longest, ctx));
    SmallVector<utils::IteratorType> iterators(ranges.size(), utils::IteratorType::reduction);
    iterators[longest] = utils::IteratorType::parallel;
    auto partial =
        linalg::GenericOp::create(rewriter, loc, TypeRange{partialInit.getType()},
                                  op.getDpsInputs(), ValueRange{partialInit}, maps, iterators);
    rewriter.cloneRegionBefore(op.getRegion(), partial.getRegion(), partial.getRegion().end());

    // Stage 2: the partials folded into the original accumulator.
    AffineMap all = AffineMap::getMultiDimIdentityMap(1, ctx);
    AffineMap scalar = AffineMap::get(1, 0, ArrayRef<AffineExpr>{}, ctx);
    auto combine =
        linalg::GenericOp::create(rewriter, loc, TypeRange{initType}, partial.getResult(0),
                                  op.getDpsInits()[0], ArrayRef<AffineMap>{all, scalar},
                                  ArrayRef<utils::IteratorType>{utils::IteratorType::reduction},
                                  [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
                                    IRMapping mapping;
                                    Value other = combiner->getOperand(0) == acc
                                                      ? combiner->getOperand(1)
                                                      : combiner->getOperand(0);
                                    mapping.map(Value(acc), args[1]);
                                    mapping.map(other, args[0]);
                                    Operation *folded = b.clone(*combiner, mapping);
                                    linalg::YieldOp::create(b, bodyLoc, folded->getResult(0));
                                  });
    rewriter.replaceOp(op, combine.getResults());
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
    patterns.add<SplatConstantToFill, ParallelLoopsFirst, SplitFullReduction>(ctx);
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
