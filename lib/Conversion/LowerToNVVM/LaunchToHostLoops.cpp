//===- LaunchToHostLoops.cpp - run GPU kernels as host loops --------------===//
//
// For checking the GPU pipeline on a machine without a GPU: every gpu.launch runs on the host,
// its blocks one after the other (loops over blocks z, y, x), and within a block its threads as
// loops over threads z, y, x. Memory ops (gpu.alloc, gpu.dealloc, gpu.memcpy) stay and are served
// by libremat_host_runtime.
//
// Kernels that synchronize their threads (gpu.barrier, with workgroup memory shared by the
// block's threads and private per-thread arrays carried across barriers) are split at their
// barriers: each stretch of the body between barriers becomes its own loop over the block's
// threads, so that every thread finishes the stretch before any thread starts the next, which is
// what the barrier guarantees. A barrier may sit in the body itself or in an scf.for whose bounds
// are the same for every thread (the loop then runs once per block, a thread loop per stretch
// inside it). Pure computations that do not depend on the thread run once per block, outside the
// thread loops; a pure per-thread value used after a barrier is computed again in the stretch
// that uses it. Anything else a thread keeps across a barrier must be in its private memory,
// which becomes one host array per launch with a slice per thread; workgroup memory becomes one
// host array per launch, reused by each block in turn. Both are host heap buffers, outside the
// runtime's counters, so emulated peaks stay those of the step's own buffers.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;

namespace {

bool containsBarrier(Operation *op) {
  return op->walk([](gpu::BarrierOp) { return WalkResult::interrupt(); }).wasInterrupted();
}

/// Emits the body of one block of a launch, its threads as loops between barriers.
class BlockEmulator {
public:
  BlockEmulator(gpu::LaunchOp launch, ArrayRef<Value> blockIds, ArrayRef<Value> privateArrays)
      : launch(launch), privateArrays(privateArrays) {
    Block &body = launch.getBody().front();
    gpu::KernelDim3 grid = launch.getGridSizeOperandValues();
    gpu::KernelDim3 block = launch.getBlockSizeOperandValues();
    // Body arguments: block ids, thread ids, grid size, block size (x, y, z each).
    Value uniform[] = {blockIds[0], blockIds[1], blockIds[2], grid.x, grid.y,
                       grid.z,      block.x,     block.y,     block.z};
    unsigned positions[] = {0, 1, 2, 6, 7, 8, 9, 10, 11};
    for (auto [value, position] : llvm::zip(uniform, positions))
      uniformMap.map(body.getArgument(position), value);
    blockSize = {block.x, block.y, block.z};
    threadArgs = {body.getArgument(3), body.getArgument(4), body.getArgument(5)};
  }

  void mapWorkgroup(Value attribution, Value array) { uniformMap.map(attribution, array); }

  LogicalResult emit(Block &source, OpBuilder &b) {
    SmallVector<Operation *> stretch;
    for (Operation &op : source.without_terminator()) {
      if (isa<gpu::BarrierOp>(op)) {
        if (failed(flush(stretch, b)))
          return failure();
        continue;
      }
      if (containsBarrier(&op)) {
        if (failed(flush(stretch, b)) || failed(emitLoop(&op, b)))
          return failure();
        continue;
      }
      if (isUniform(&op)) {
        b.clone(op, uniformMap);
        continue;
      }
      stretch.push_back(&op);
    }
    return flush(stretch, b);
  }

private:
  gpu::LaunchOp launch;
  ArrayRef<Value> privateArrays;
  IRMapping uniformMap;
  SmallVector<Value> blockSize;
  SmallVector<Value> threadArgs;

  bool isDefinedInLaunch(Value v) {
    Region *region = v.getParentRegion();
    return region && launch.getBody().isAncestor(region);
  }

  /// Available without the thread: mapped to a per-block value, or defined outside the launch.
  bool isUniformValue(Value v) { return uniformMap.contains(v) || !isDefinedInLaunch(v); }

  bool isUniform(Operation *op) {
    if (!isPure(op) || op->getNumRegions() != 0)
      return false;
    return llvm::all_of(op->getOperands(), [&](Value v) { return isUniformValue(v); });
  }

  LogicalResult emitLoop(Operation *op, OpBuilder &b) {
    auto loop = dyn_cast<scf::ForOp>(op);
    if (!loop || loop.getNumRegionIterArgs() != 0)
      return op->emitError("a barrier is emulated on the host only in the kernel body or in an "
                           "scf.for without loop-carried values");
    for (Value bound : {loop.getLowerBound(), loop.getUpperBound(), loop.getStep()})
      if (!isUniformValue(bound))
        return op->emitError("a loop around a barrier must have the same bounds in every "
                             "thread to be emulated on the host");
    auto emulated =
        scf::ForOp::create(b, loop.getLoc(), uniformMap.lookupOrDefault(loop.getLowerBound()),
                           uniformMap.lookupOrDefault(loop.getUpperBound()),
                           uniformMap.lookupOrDefault(loop.getStep()));
    uniformMap.map(loop.getInductionVar(), emulated.getInductionVar());
    OpBuilder inner = OpBuilder::atBlockBegin(emulated.getBody());
    inner.setInsertionPoint(emulated.getBody()->getTerminator());
    return emit(*loop.getBody(), inner);
  }

  /// Makes `v` available in the current stretch (mapping `map`): computes again, in the
  /// stretch, a pure per-thread value defined in an earlier one.
  LogicalResult materialize(Value v, IRMapping &map, OpBuilder &b) {
    if (map.contains(v) || isUniformValue(v))
      return success();
    Operation *def = v.getDefiningOp();
    if (!def || !isPure(def) || def->getNumRegions() != 0)
      return launch.emitError("a per-thread value that is not in private memory is live across "
                              "a barrier; this kernel cannot be emulated on the host");
    for (Value operand : def->getOperands())
      if (failed(materialize(operand, map, b)))
        return failure();
    b.clone(*def, map);
    return success();
  }

  LogicalResult flush(SmallVector<Operation *> &stretch, OpBuilder &b) {
    if (stretch.empty())
      return success();
    Location loc = launch.getLoc();
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    IRMapping map = uniformMap;
    SmallVector<Value> ids(3);
    OpBuilder inner = b;
    for (int d = 2; d >= 0; --d) {
      auto loop = scf::ForOp::create(inner, loc, zero, blockSize[d], one);
      ids[d] = loop.getInductionVar();
      inner.setInsertionPoint(loop.getBody()->getTerminator());
    }
    for (int d = 0; d < 3; ++d)
      map.map(threadArgs[d], ids[d]);
    if (!privateArrays.empty()) {
      // Thread (x, y, z) owns elements [t * n, (t + 1) * n) of a private array of n elements per
      // thread, t = x + X * (y + Y * z).
      Value linear = arith::AddIOp::create(
          inner, loc, ids[0],
          arith::MulIOp::create(
              inner, loc, blockSize[0],
              arith::AddIOp::create(inner, loc, ids[1],
                                    arith::MulIOp::create(inner, loc, blockSize[1], ids[2]))));
      for (auto [arg, array] : llvm::zip(launch.getPrivateAttributions(), privateArrays)) {
        int64_t size = cast<MemRefType>(arg.getType()).getDimSize(0);
        Value start = arith::MulIOp::create(inner, loc, linear,
                                            arith::ConstantIndexOp::create(inner, loc, size));
        Value row = memref::SubViewOp::create(inner, loc, array, ArrayRef<OpFoldResult>{start},
                                              ArrayRef<OpFoldResult>{inner.getIndexAttr(size)},
                                              ArrayRef<OpFoldResult>{inner.getIndexAttr(1)});
        map.map(arg, row);
      }
    }
    for (Operation *op : stretch) {
      // Values the op (or any op nested in it) takes from earlier stretches.
      WalkResult result = op->walk([&](Operation *nested) {
        for (Value operand : nested->getOperands()) {
          Operation *owner = isa<BlockArgument>(operand)
                                 ? cast<BlockArgument>(operand).getOwner()->getParentOp()
                                 : operand.getDefiningOp();
          if (op->isAncestor(owner))
            continue;
          if (failed(materialize(operand, map, inner)))
            return WalkResult::interrupt();
        }
        return WalkResult::advance();
      });
      if (result.wasInterrupted())
        return failure();
      inner.clone(*op, map);
    }
    stretch.clear();
    return success();
  }
};

LogicalResult launchToLoops(gpu::LaunchOp launch) {
  if (launch.getAsyncToken() || !launch.getAsyncDependencies().empty())
    return launch.emitError("asynchronous launches are not emulated on the host");
  if (!launch.getBody().hasOneBlock())
    return launch.emitError("only single-block kernels are emulated on the host");
  WalkResult unsupported = launch.getBody().walk([&](Operation *op) {
    if (isa<gpu::TerminatorOp, gpu::BarrierOp>(op) || op->getDialect() != launch->getDialect())
      return WalkResult::advance();
    op->emitError() << op->getName()
                    << " needs threads running together and is not emulated on the host";
    return WalkResult::interrupt();
  });
  if (unsupported.wasInterrupted())
    return failure();
  SmallVector<Value> attributions(launch.getWorkgroupAttributions());
  llvm::append_range(attributions, launch.getPrivateAttributions());
  for (Value attribution : attributions) {
    auto type = cast<MemRefType>(attribution.getType());
    if (!type.hasStaticShape() || type.getRank() != 1)
      return launch.emitError("only static one-dimensional workgroup and private memory is "
                              "emulated on the host");
    for (Operation *user : attribution.getUsers())
      if (!isa<memref::LoadOp, memref::StoreOp>(user))
        return user->emitError("workgroup and private memory is emulated on the host only "
                               "through memref.load and memref.store");
  }

  IRRewriter rewriter(launch.getContext());
  rewriter.setInsertionPoint(launch);
  Location loc = launch.getLoc();
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  gpu::KernelDim3 grid = launch.getGridSizeOperandValues();
  gpu::KernelDim3 block = launch.getBlockSizeOperandValues();

  // Host arrays for workgroup memory (one per launch) and private memory (a row per thread).
  SmallVector<Value> buffers, privateArrays;
  for (BlockArgument arg : launch.getWorkgroupAttributions()) {
    auto type = cast<MemRefType>(arg.getType());
    buffers.push_back(memref::AllocOp::create(
        rewriter, loc, MemRefType::get(type.getShape(), type.getElementType())));
  }
  if (!launch.getPrivateAttributions().empty()) {
    Value threads = arith::MulIOp::create(rewriter, loc, block.x,
                                          arith::MulIOp::create(rewriter, loc, block.y, block.z));
    for (BlockArgument arg : launch.getPrivateAttributions()) {
      auto type = cast<MemRefType>(arg.getType());
      Value count =
          arith::MulIOp::create(rewriter, loc, threads,
                                arith::ConstantIndexOp::create(rewriter, loc, type.getDimSize(0)));
      Value array = memref::AllocOp::create(
          rewriter, loc, MemRefType::get({ShapedType::kDynamic}, type.getElementType()),
          ValueRange{count});
      privateArrays.push_back(array);
      buffers.push_back(array);
    }
  }

  SmallVector<Value> blockIds(3);
  OpBuilder b = rewriter;
  Value bounds[] = {grid.z, grid.y, grid.x};
  for (int i = 0; i < 3; ++i) {
    auto loop = scf::ForOp::create(b, loc, zero, bounds[i], one);
    blockIds[2 - i] = loop.getInductionVar();
    b.setInsertionPoint(loop.getBody()->getTerminator());
  }
  BlockEmulator emulator(launch, blockIds, privateArrays);
  for (auto [arg, buffer] : llvm::zip(launch.getWorkgroupAttributions(), buffers))
    emulator.mapWorkgroup(arg, buffer);
  if (failed(emulator.emit(launch.getBody().front(), b)))
    return failure();
  for (Value buffer : buffers)
    memref::DeallocOp::create(rewriter, loc, buffer);
  rewriter.eraseOp(launch);
  return success();
}

struct LaunchToHostLoopsPass : public PassWrapper<LaunchToHostLoopsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(LaunchToHostLoopsPass)

  StringRef getArgument() const final { return "remat-gpu-launch-to-host-loops"; }
  StringRef getDescription() const final {
    return "Run gpu.launch bodies as host loops over blocks and threads (GPU emulation)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, memref::MemRefDialect, scf::SCFDialect>();
  }

  void runOnOperation() override {
    SmallVector<gpu::LaunchOp> launches;
    getOperation().walk([&](gpu::LaunchOp launch) { launches.push_back(launch); });
    for (gpu::LaunchOp launch : launches)
      if (failed(launchToLoops(launch)))
        return signalPassFailure();
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createLaunchToHostLoopsPass() {
  return std::make_unique<LaunchToHostLoopsPass>();
}
