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
// With tile-contractions, products and convolutions on f32 buffers are instead built directly as
// shared-memory tiled kernels (TiledContraction.cpp).
// Finally scf.parallel is converted to gpu.launch, and any load or store of a buffer that would
// still run on the host is reported, since every buffer lives in device memory.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "Kernels.h"

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
#include "mlir/IR/IRMapping.h"
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
  MapLinalgToGPUPass(int64_t blockSize, int64_t coarsenMinThreads, bool tileContractions) {
    this->blockSize = blockSize;
    this->coarsenMinThreads = coarsenMinThreads;
    this->tileContractions = tileContractions;
  }

  StringRef getArgument() const final { return "remat-gpu-map-linalg"; }
  StringRef getDescription() const final {
    return "Lower linalg ops on device buffers to gpu.launch kernels, one thread per output "
           "element (products and convolutions: shared-memory tiled kernels)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<affine::AffineDialect, arith::ArithDialect, gpu::GPUDialect,
                    memref::MemRefDialect, scf::SCFDialect>();
  }

  Option<int64_t> blockSize{*this, "block-size", llvm::cl::desc("Threads per block (at most 1024)"),
                            llvm::cl::init(256)};
  Option<int64_t> coarsenMinThreads{
      *this, "coarsen-min-threads",
      llvm::cl::desc("Ops with reductions compute 4 (or 4x4) outputs per thread while at least "
                     "this many threads remain"),
      llvm::cl::init(32768)};
  Option<bool> tileContractions{
      *this, "tile-contractions",
      llvm::cl::desc("Products and convolutions on f32 buffers become shared-memory tiled kernels"),
      llvm::cl::init(true)};

  LogicalResult lowerLinalg(func::FuncOp func);
  void coarsenReduction(scf::ParallelOp loop);
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

/// The load/store pairs, one per element, through which `loop` accumulates into `buffer`; empty
/// when anything else in the loop touches the buffer.
SmallVector<std::pair<memref::LoadOp, memref::StoreOp>> accumulations(scf::ForOp loop,
                                                                      Value buffer) {
  SmallVector<std::pair<memref::LoadOp, memref::StoreOp>> pairs;
  Block *body = loop.getBody();
  auto invariant = [&](ValueRange indices) {
    return llvm::all_of(indices, [&](Value v) { return loop.isDefinedOutsideOfLoop(v); });
  };
  SmallVector<Operation *> users;
  for (Operation *user : buffer.getUsers())
    if (loop->isProperAncestor(user))
      users.push_back(user);
  for (Operation *user : users) {
    if (user->getBlock() != body)
      return {};
    ValueRange indices;
    if (auto load = dyn_cast<memref::LoadOp>(user))
      indices = load.getIndices();
    else if (auto store = dyn_cast<memref::StoreOp>(user))
      indices = store.getIndices();
    else
      return {};
    if (!invariant(indices))
      return {};
    auto *pair = llvm::find_if(pairs, [&](auto &p) {
      return sameIndices(indices, p.first ? p.first.getIndices() : p.second.getIndices());
    });
    if (pair == pairs.end()) {
      pairs.emplace_back();
      pair = std::prev(pairs.end());
    }
    if (auto load = dyn_cast<memref::LoadOp>(user)) {
      if (pair->first)
        return {};
      pair->first = load;
    } else {
      if (pair->second)
        return {};
      pair->second = cast<memref::StoreOp>(user);
    }
  }
  for (auto &[load, store] : pairs)
    if (!load || !store || !load->isBeforeInBlock(store))
      return {};
  return pairs;
}

/// A reduction loop generated from linalg reads and writes the same output elements in every
/// iteration. When nothing else in the loop touches that buffer, each element is loaded once
/// before the loop, carried in a register (an iter_arg), and stored once after it: one global
/// load and store per output instead of one per reduction step. Linalg semantics guarantee that
/// the inputs do not alias the output elements being reduced.
void promoteAccumulators(scf::ForOp loop) {
  moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
  SmallVector<Value> buffers;
  for (Operation &op : loop.getBody()->without_terminator())
    if (auto store = dyn_cast<memref::StoreOp>(&op))
      if (loop.isDefinedOutsideOfLoop(store.getMemref()) &&
          !llvm::is_contained(buffers, store.getMemref()))
        buffers.push_back(store.getMemref());
  for (Value buffer : buffers) {
    auto pairs = accumulations(loop, buffer);
    if (pairs.empty())
      continue;
    IRRewriter rewriter(loop.getContext());
    rewriter.setInsertionPoint(loop);
    SmallVector<Value> initial;
    for (auto &[load, store] : pairs)
      initial.push_back(
          memref::LoadOp::create(rewriter, load.getLoc(), buffer, load.getIndices()).getResult());
    auto replaced = cast<LoopLikeOpInterface>(loop.getOperation())
                        .replaceWithAdditionalYields(
                            rewriter, initial, /*replaceInitOperandUsesInLoop=*/false,
                            [&](OpBuilder &, Location, ArrayRef<BlockArgument> carried) {
                              for (auto [pair, arg] : llvm::zip(pairs, carried))
                                rewriter.replaceAllUsesWith(pair.first.getResult(), arg);
                              // Read after the replacement: a store of the loaded value itself
                              // now stores the carried value.
                              SmallVector<Value> stored;
                              for (auto &pair : pairs)
                                stored.push_back(pair.second.getValueToStore());
                              return stored;
                            });
    if (failed(replaced))
      return;
    auto newLoop = cast<scf::ForOp>(replaced->getOperation());
    rewriter.setInsertionPointAfter(newLoop);
    size_t first = newLoop.getNumResults() - pairs.size();
    for (auto [i, pair] : llvm::enumerate(pairs)) {
      memref::StoreOp::create(rewriter, newLoop.getLoc(), newLoop.getResult(first + i), buffer,
                              pair.second.getIndices());
      rewriter.eraseOp(pair.second);
      rewriter.eraseOp(pair.first);
    }
    // The loop was replaced; the enclosing loop may take the accumulators further.
    return;
  }
}

/// Gives each thread `factor` consecutive elements of parallel dimension `dim` of a loop nest
/// `scf.parallel { scf.for { ... { body } } }`: the step of `dim` becomes `factor` and the body
/// is repeated for dim + 1, ..., dim + factor - 1 inside the same reduction loops (unroll and
/// jam). Loads that do not depend on `dim` are then shared by the repeated bodies, and every
/// thread has `factor` independent accumulations in flight.
bool coarsen(scf::ParallelOp loop, unsigned dim, int64_t factor) {
  auto lb = getConstantIntValue(loop.getLowerBound()[dim]);
  auto ub = getConstantIntValue(loop.getUpperBound()[dim]);
  auto step = getConstantIntValue(loop.getStep()[dim]);
  if (!lb || !ub || !step || *lb != 0 || *step != 1 || *ub % factor != 0)
    return false;
  Block *inner = loop.getBody();
  bool hasReduction = false;
  while (true) {
    auto ops = inner->without_terminator();
    if (!llvm::hasSingleElement(ops) || !isa<scf::ForOp>(ops.begin()))
      break;
    inner = cast<scf::ForOp>(*ops.begin()).getBody();
    hasReduction = true;
  }
  if (!hasReduction)
    return false;
  SmallVector<Operation *> original;
  for (Operation &op : inner->without_terminator())
    original.push_back(&op);
  OpBuilder b(inner->getTerminator());
  Value iv = loop.getInductionVars()[dim];
  Location loc = loop.getLoc();
  for (int64_t v = 1; v < factor; ++v) {
    IRMapping mapping;
    Value offset = arith::ConstantIndexOp::create(b, loc, v);
    mapping.map(iv, arith::AddIOp::create(b, loc, iv, offset).getResult());
    for (Operation *op : original)
      b.clone(*op, mapping);
  }
  b.setInsertionPoint(loop);
  loop.getStepMutable()[dim].set(arith::ConstantIndexOp::create(b, loc, factor));
  return true;
}

/// Ops with reductions (products, convolutions) whose output has enough elements compute 4
/// consecutive outputs per thread along the last dimension, and 4x4 along the last two when there
/// are enough outputs for that too; `coarsenMinThreads` threads must remain.
void MapLinalgToGPUPass::coarsenReduction(scf::ParallelOp loop) {
  int64_t outputs = 1;
  for (unsigned d = 0; d < loop.getNumLoops(); ++d) {
    auto lb = getConstantIntValue(loop.getLowerBound()[d]);
    auto ub = getConstantIntValue(loop.getUpperBound()[d]);
    auto step = getConstantIntValue(loop.getStep()[d]);
    if (!lb || !ub || !step || *step != 1)
      return;
    outputs *= *ub - *lb;
  }
  constexpr int64_t kFactor = 4;
  unsigned last = loop.getNumLoops() - 1;
  if (outputs / kFactor < coarsenMinThreads || !coarsen(loop, last, kFactor))
    return;
  if (last > 0 && outputs / (kFactor * kFactor) >= coarsenMinThreads)
    coarsen(loop, last - 1, kFactor);
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
    if (auto generic = dyn_cast<linalg::GenericOp>(op.getOperation()))
      if (tileContractions && succeeded(remat::lowerContractionToTiledKernel(rewriter, generic)))
        continue;
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
    // A rank-0 op has no loops at all.
    if (!loops->empty())
      if (auto parallel = dyn_cast<scf::ParallelOp>(loops->front()))
        coarsenReduction(parallel);
    // Innermost reduction loop first, so accumulators move out through the whole nest.
    for (Operation *loop : llvm::reverse(*loops))
      if (auto forOp = dyn_cast<scf::ForOp>(loop))
        promoteAccumulators(forOp);
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

std::unique_ptr<Pass> mlir::remat::createMapLinalgToGPUPass(int64_t blockSize,
                                                            int64_t coarsenMinThreads,
                                                            bool tileContractions) {
  return std::make_unique<MapLinalgToGPUPass>(blockSize, coarsenMinThreads, tileContractions);
}
