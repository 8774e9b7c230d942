//===- MapLinalgToGPU.cpp - linalg ops of host code to GPU kernels --------===//
//
// Every linalg op left in host code (on device buffers) becomes one kernel:
//  - its loops become one scf.parallel over the output elements with the reductions as
//    sequential scf.for loops inside (PrepareLinalgForGPU put the parallel loops first), the
//    output element carried in a register through them;
//  - the parallel loops are collapsed into one linear index, whose innermost part is the last
//    output dimension, so consecutive threads touch consecutive elements (coalesced accesses);
//  - that index is tiled by the block size and mapped to blocks (outer) and threads (inner);
//    a loop shorter than a block gets a block of exactly its length.
// An op without parallel loops (a full reduction, a scalar op) runs as a one-thread kernel.
// Finally scf.parallel is converted to gpu.launch, and any load or store of a buffer that would
// still run on the host is reported, since every buffer lives in device memory.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Conversion/SCFToGPU/SCFToGPU.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/ParallelLoopMapper.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

#include <numeric>

using namespace mlir;

namespace {

gpu::ParallelLoopDimMappingAttr mapTo(MLIRContext *ctx, gpu::Processor processor) {
  AffineMap identity = AffineMap::getMultiDimIdentityMap(1, ctx);
  return gpu::ParallelLoopDimMappingAttr::get(ctx, processor, identity, identity);
}

struct MapLinalgToGPUPass : public PassWrapper<MapLinalgToGPUPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(MapLinalgToGPUPass)

  MapLinalgToGPUPass() = default;
  MapLinalgToGPUPass(const MapLinalgToGPUPass &other) : PassWrapper(other) {}
  explicit MapLinalgToGPUPass(int64_t blockSize) { this->blockSize = blockSize; }

  StringRef getArgument() const final { return "remat-gpu-map-linalg"; }
  StringRef getDescription() const final {
    return "Lower linalg ops on device buffers to gpu.launch kernels, one thread per output "
           "element";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<affine::AffineDialect, arith::ArithDialect, gpu::GPUDialect,
                    memref::MemRefDialect, scf::SCFDialect>();
  }

  Option<int64_t> blockSize{*this, "block-size", llvm::cl::desc("Threads per block (at most 1024)"),
                            llvm::cl::init(256)};

  LogicalResult lowerLinalg(func::FuncOp func);
  LogicalResult mapLoop(scf::ParallelOp loop);
  LogicalResult checkHostAccesses(func::FuncOp func);

  void runOnOperation() override {
    if (blockSize < 1 || blockSize > 1024) {
      getOperation().emitError() << "block-size " << static_cast<int64_t>(blockSize)
                                 << " is outside 1..1024 threads per block";
      return signalPassFailure();
    }
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal())
        continue;
      if (failed(lowerLinalg(func)))
        return signalPassFailure();
      SmallVector<scf::ParallelOp> loops;
      func.walk([&](scf::ParallelOp loop) {
        if (!loop->getParentOfType<scf::ParallelOp>() && !loop->getParentOfType<gpu::LaunchOp>())
          loops.push_back(loop);
      });
      for (scf::ParallelOp loop : loops)
        if (failed(mapLoop(loop)))
          return signalPassFailure();
    }

    RewritePatternSet patterns(&getContext());
    populateParallelLoopToGPUPatterns(patterns);
    ConversionTarget target(getContext());
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    configureParallelLoopToGPULegality(target);
    if (failed(applyPartialConversion(getOperation(), target, std::move(patterns))))
      return signalPassFailure();
    finalizeParallelLoopToGPUConversion(getOperation());

    for (auto func : getOperation().getOps<func::FuncOp>())
      if (failed(checkHostAccesses(func)))
        return signalPassFailure();
  }
};

/// A reduction loop generated from linalg reads and writes the same output element in every
/// iteration. When nothing else in the loop touches that buffer, the element is loaded once
/// before the loop, carried in a register (an iter_arg), and stored once after it: one global
/// load and store per output instead of one per reduction step. Linalg semantics guarantee that
/// the inputs do not alias the output element being reduced.
/// Whether `a` and `b` always hold the same value: the same SSA value, or results of equivalent
/// side-effect-free ops on such values (loop lowering computes each access's indices anew).
bool sameValue(Value a, Value b) {
  if (a == b)
    return true;
  Operation *defA = a.getDefiningOp(), *defB = b.getDefiningOp();
  if (!defA || !defB || !isPure(defA) || !isPure(defB) ||
      cast<OpResult>(a).getResultNumber() != cast<OpResult>(b).getResultNumber())
    return false;
  return OperationEquivalence::isEquivalentTo(
      defA, defB, [](Value x, Value y) { return success(sameValue(x, y)); },
      /*markEquivalent=*/nullptr, OperationEquivalence::IgnoreLocations);
}

bool sameIndices(ValueRange a, ValueRange b) {
  return a.size() == b.size() && llvm::all_of(llvm::zip(a, b), [](auto pair) {
           return sameValue(std::get<0>(pair), std::get<1>(pair));
         });
}

void promoteAccumulator(scf::ForOp loop) {
  moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
  Block *body = loop.getBody();
  for (Operation &op : llvm::make_early_inc_range(body->without_terminator())) {
    auto store = dyn_cast<memref::StoreOp>(&op);
    if (!store)
      continue;
    Value buffer = store.getMemref();
    if (!loop.isDefinedOutsideOfLoop(buffer) ||
        !llvm::all_of(store.getIndices(), [&](Value v) { return loop.isDefinedOutsideOfLoop(v); }))
      continue;
    memref::LoadOp load;
    bool otherUse = false;
    for (OpOperand &use : buffer.getUses()) {
      Operation *user = use.getOwner();
      if (!loop->isProperAncestor(user) || user == store.getOperation())
        continue;
      auto candidate = dyn_cast<memref::LoadOp>(user);
      if (candidate && !load && candidate->getBlock() == body &&
          sameIndices(candidate.getIndices(), store.getIndices()) &&
          candidate->isBeforeInBlock(store)) {
        load = candidate;
        continue;
      }
      otherUse = true;
    }
    if (!load || otherUse)
      continue;

    IRRewriter rewriter(loop.getContext());
    rewriter.setInsertionPoint(loop);
    Value initial =
        memref::LoadOp::create(rewriter, load.getLoc(), buffer, load.getIndices()).getResult();
    Value stored = store.getValueToStore();
    SmallVector<Value> indices(store.getIndices());
    auto replaced = cast<LoopLikeOpInterface>(loop.getOperation())
                        .replaceWithAdditionalYields(
                            rewriter, ValueRange{initial}, /*replaceInitOperandUsesInLoop=*/false,
                            [&](OpBuilder &, Location, ArrayRef<BlockArgument> carried) {
                              rewriter.replaceAllUsesWith(load.getResult(), carried.front());
                              return SmallVector<Value>{stored};
                            });
    if (failed(replaced))
      return;
    auto newLoop = cast<scf::ForOp>(replaced->getOperation());
    rewriter.eraseOp(store);
    rewriter.eraseOp(load);
    rewriter.setInsertionPointAfter(newLoop);
    memref::StoreOp::create(rewriter, newLoop.getLoc(), newLoop.getResults().back(), buffer,
                            indices);
    // One accumulator per loop; the enclosing loop may take it further.
    return;
  }
}

LogicalResult MapLinalgToGPUPass::lowerLinalg(func::FuncOp func) {
  SmallVector<linalg::LinalgOp> ops;
  func.walk([&](linalg::LinalgOp op) {
    if (!op->getParentOfType<gpu::LaunchOp>())
      ops.push_back(op);
  });
  IRRewriter rewriter(func.getContext());
  for (linalg::LinalgOp op : ops) {
    if (!op.hasPureBufferSemantics())
      return op->emitError("expected a linalg op on buffers; run bufferization first");
    if (op.getNumParallelLoops() == 0) {
      // A one-iteration parallel loop around the op makes it a (one-thread) kernel.
      rewriter.setInsertionPoint(op);
      Location loc = op.getLoc();
      Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
      Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
      auto wrapper = scf::ParallelOp::create(rewriter, loc, ValueRange{zero}, ValueRange{one},
                                             ValueRange{one});
      op->moveBefore(wrapper.getBody()->getTerminator());
    }
    rewriter.setInsertionPoint(op);
    FailureOr<linalg::LinalgLoops> loops = linalg::linalgOpToParallelLoops(rewriter, op);
    if (failed(loops))
      return op->emitError("cannot lower this linalg op to loops");
    rewriter.eraseOp(op);
    // Innermost reduction loop first, so an accumulator moves out through the whole nest.
    for (Operation *loop : llvm::reverse(*loops))
      if (auto forOp = dyn_cast<scf::ForOp>(loop))
        promoteAccumulator(forOp);
  }
  return success();
}

LogicalResult MapLinalgToGPUPass::mapLoop(scf::ParallelOp loop) {
  MLIRContext *ctx = loop.getContext();
  IRRewriter rewriter(ctx);
  unsigned rank = loop.getNumLoops();
  // The trip count of the whole nest, known before collapsing folds it into arithmetic.
  std::optional<int64_t> trips = 1;
  for (unsigned d = 0; d < rank && trips; ++d) {
    auto lb = getConstantIntValue(loop.getLowerBound()[d]);
    auto ub = getConstantIntValue(loop.getUpperBound()[d]);
    auto step = getConstantIntValue(loop.getStep()[d]);
    if (!lb || !ub || !step || *step <= 0)
      trips = std::nullopt;
    else
      *trips *= llvm::divideCeil(std::max<int64_t>(*ub - *lb, 0), *step);
  }
  if (rank > 1) {
    Operation *next = loop->getNextNode();
    std::vector<unsigned> all(rank);
    std::iota(all.begin(), all.end(), 0u);
    collapseParallelLoops(rewriter, loop, {all});
    loop = cast<scf::ParallelOp>(next->getPrevNode());
  }
  int64_t tile = blockSize;
  if (trips)
    tile = std::clamp<int64_t>(*trips, 1, blockSize);
  auto [outer, inner] = scf::tileParallelLoop(loop, {tile}, /*noMinMaxBounds=*/true);
  if (failed(gpu::setMappingAttr(outer, {mapTo(ctx, gpu::Processor::BlockX)})) ||
      failed(gpu::setMappingAttr(inner, {mapTo(ctx, gpu::Processor::ThreadX)})))
    return outer.emitError("cannot map this loop to GPU blocks and threads");
  // Parallel loops nested deeper run sequentially inside each thread.
  inner.getBody()->walk([&](scf::ParallelOp nested) {
    SmallVector<gpu::ParallelLoopDimMappingAttr> sequential(nested.getNumLoops(),
                                                            mapTo(ctx, gpu::Processor::Sequential));
    (void)gpu::setMappingAttr(nested, sequential);
  });
  return success();
}

LogicalResult MapLinalgToGPUPass::checkHostAccesses(func::FuncOp func) {
  WalkResult result = func.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (isa<gpu::LaunchOp>(op))
      return WalkResult::skip();
    if (isa<memref::LoadOp, memref::StoreOp>(op)) {
      op->emitError() << op->getName()
                      << " would run on the host, but every buffer lives in device memory; "
                         "express the computation as a linalg op on tensors";
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}

} // namespace

std::unique_ptr<Pass> mlir::remat::createMapLinalgToGPUPass(int64_t blockSize) {
  return std::make_unique<MapLinalgToGPUPass>(blockSize);
}
