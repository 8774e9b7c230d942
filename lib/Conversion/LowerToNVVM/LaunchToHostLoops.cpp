//===- LaunchToHostLoops.cpp - run GPU kernels as host loops --------------===//
//
// For checking the GPU pipeline on a machine without a GPU: every gpu.launch becomes six nested
// scf.for loops (blocks z, y, x, then threads z, y, x) around its body, executed on the host. The
// kernels remat-lower-to-nvvm generates have no barriers, shared memory or inter-thread
// communication, so running their threads one after the other computes the same results. Memory
// ops (gpu.alloc, gpu.dealloc, gpu.memcpy) stay and are served by libremat_host_runtime.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace {

LogicalResult launchToLoops(gpu::LaunchOp launch) {
  if (launch.getAsyncToken() || !launch.getAsyncDependencies().empty())
    return launch.emitError("asynchronous launches are not emulated on the host");
  if (!launch.getWorkgroupAttributions().empty() || !launch.getPrivateAttributions().empty())
    return launch.emitError("kernels with workgroup or private memory are not emulated on the "
                            "host");
  if (!launch.getBody().hasOneBlock())
    return launch.emitError("only single-block kernels are emulated on the host");
  WalkResult unsupported = launch.getBody().walk([&](Operation *op) {
    if (isa<gpu::TerminatorOp>(op) || op->getDialect() != launch->getDialect())
      return WalkResult::advance();
    op->emitError() << op->getName()
                    << " needs threads running together and is not emulated on the host";
    return WalkResult::interrupt();
  });
  if (unsupported.wasInterrupted())
    return failure();

  IRRewriter rewriter(launch.getContext());
  rewriter.setInsertionPoint(launch);
  Location loc = launch.getLoc();
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  gpu::KernelDim3 grid = launch.getGridSizeOperandValues();
  gpu::KernelDim3 block = launch.getBlockSizeOperandValues();
  SmallVector<Value> bounds = {grid.z, grid.y, grid.x, block.z, block.y, block.x};
  SmallVector<Value> ivs;
  for (Value bound : bounds) {
    auto loop = scf::ForOp::create(rewriter, loc, zero, bound, one);
    ivs.push_back(loop.getInductionVar());
    rewriter.setInsertionPointToStart(loop.getBody());
  }
  // Body arguments: block ids, thread ids, grid size, block size (x, y, z each).
  SmallVector<Value> replacements = {ivs[2], ivs[1], ivs[0], ivs[5],  ivs[4],  ivs[3],
                                     grid.x, grid.y, grid.z, block.x, block.y, block.z};
  Block &body = launch.getBody().front();
  Operation *yield = rewriter.getInsertionBlock()->getTerminator();
  rewriter.inlineBlockBefore(&body, yield, replacements);
  rewriter.eraseOp(yield->getPrevNode()); // the gpu.terminator
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
    registry.insert<arith::ArithDialect, scf::SCFDialect>();
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
