//===- DeviceBuffers.cpp - put every host-side buffer in device memory ----===//
//
// After bufferization and ownership-based deallocation, the host code of a training step
// allocates, copies and frees buffers with memref and bufferization ops. This pass makes those
// buffers device buffers:
//   memref.alloc            -> gpu.alloc
//   memref.dealloc          -> gpu.dealloc
//   bufferization.dealloc   -> base-pointer comparisons and conditional gpu.dealloc (the same
//                              semantics as the upstream lowering, without host arrays)
//   memref.copy             -> gpu.memcpy for dense buffers, linalg.copy (a kernel) otherwise
//   bufferization.clone     -> gpu.alloc and gpu.memcpy
// The ops are synchronous here; gpu-async-region later chains them and the kernel launches on
// one stream, so a buffer freed on the host is reused only by work queued after its last use.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "DeviceOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

namespace {

bool isDense(MemRefType type) { return type.getLayout().isIdentity(); }

LogicalResult lowerAlloc(memref::AllocOp op) {
  OpBuilder b(op);
  Value memref = remat::allocateOnDevice(b, op.getLoc(), op.getType(), op.getDynamicSizes(),
                                         op.getSymbolOperands());
  op.getResult().replaceAllUsesWith(memref);
  op.erase();
  return success();
}

LogicalResult lowerDealloc(memref::DeallocOp op) {
  OpBuilder b(op);
  remat::freeOnDevice(b, op.getLoc(), op.getMemref());
  op.erase();
  return success();
}

LogicalResult lowerCopy(memref::CopyOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  auto source = cast<MemRefType>(op.getSource().getType());
  auto target = cast<MemRefType>(op.getTarget().getType());
  if (isDense(source) && isDense(target)) {
    remat::copyOnDevice(b, loc, op.getTarget(), op.getSource());
  } else {
    linalg::CopyOp::create(b, loc, op.getSource(), op.getTarget());
  }
  op.erase();
  return success();
}

/// bufferization.clone -> a fresh device buffer filled by a copy.
LogicalResult lowerClone(bufferization::CloneOp op) {
  auto type = cast<MemRefType>(op.getType());
  if (!isDense(type))
    return op.emitError("cannot clone a buffer with a non-identity layout into device memory");
  OpBuilder b(op);
  Location loc = op.getLoc();
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(memref::DimOp::create(b, loc, op.getInput(), d));
  auto alloc = memref::AllocOp::create(b, loc, type, sizes);
  auto copy = memref::CopyOp::create(b, loc, op.getInput(), alloc);
  op.getResult().replaceAllUsesWith(alloc.getResult());
  op.erase();
  if (failed(lowerCopy(copy)))
    return failure();
  return lowerAlloc(alloc);
}

/// bufferization.dealloc (%m_i) if (%c_i) retain (%r_j):
///   m_i is freed iff c_i, m_i aliases no r_j, and no earlier m_k with c_k aliases m_i;
///   the ownership result for r_j is OR_i (c_i and m_i aliases r_j).
/// Two buffers alias iff their aligned base pointers are equal.
LogicalResult lowerBufferizationDealloc(bufferization::DeallocOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  auto basePointer = [&](Value memref) -> Value {
    return memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  };
  SmallVector<Value> memrefs(op.getMemrefs()), conditions(op.getConditions()),
      retained(op.getRetained());
  SmallVector<Value> memrefBases, retainedBases;
  for (Value m : memrefs)
    memrefBases.push_back(basePointer(m));
  for (Value r : retained)
    retainedBases.push_back(basePointer(r));
  Value trueValue = arith::ConstantOp::create(b, loc, b.getBoolAttr(true));

  for (auto [i, memref] : llvm::enumerate(memrefs)) {
    Value free = conditions[i];
    for (Value r : retainedBases) {
      Value differs = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, memrefBases[i], r);
      free = arith::AndIOp::create(b, loc, free, differs);
    }
    for (size_t k = 0; k < i; ++k) {
      Value same =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, memrefBases[k], memrefBases[i]);
      Value freedBefore = arith::AndIOp::create(b, loc, conditions[k], same);
      Value notFreedBefore = arith::XOrIOp::create(b, loc, freedBefore, trueValue);
      free = arith::AndIOp::create(b, loc, free, notFreedBefore);
    }
    auto ifOp = scf::IfOp::create(b, loc, free, /*withElseRegion=*/false);
    OpBuilder thenBuilder = ifOp.getThenBodyBuilder();
    remat::freeOnDevice(thenBuilder, loc, memref);
  }

  SmallVector<Value> ownership;
  for (Value r : retainedBases) {
    Value owned;
    for (auto [i, m] : llvm::enumerate(memrefBases)) {
      Value same = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, m, r);
      Value transferred = arith::AndIOp::create(b, loc, conditions[i], same);
      owned = owned ? arith::OrIOp::create(b, loc, owned, transferred).getResult() : transferred;
    }
    if (!owned)
      owned = arith::ConstantOp::create(b, loc, b.getBoolAttr(false));
    ownership.push_back(owned);
  }
  op->replaceAllUsesWith(ownership);
  op.erase();
  return success();
}

struct DeviceBuffersPass : public PassWrapper<DeviceBuffersPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(DeviceBuffersPass)

  StringRef getArgument() const final { return "remat-gpu-device-buffers"; }
  StringRef getDescription() const final {
    return "Allocate, copy and free the buffers of host functions in device memory";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, gpu::GPUDialect, linalg::LinalgDialect,
                    memref::MemRefDialect, scf::SCFDialect>();
  }

  void runOnOperation() override {
    SmallVector<Operation *> ops;
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      func.walk([&](Operation *op) {
        if (op->getParentOfType<gpu::LaunchOp>())
          return;
        if (isa<memref::AllocOp, memref::DeallocOp, memref::CopyOp, bufferization::DeallocOp,
                bufferization::CloneOp, memref::AllocaOp>(op))
          ops.push_back(op);
      });
    }
    for (Operation *op : ops) {
      LogicalResult result =
          llvm::TypeSwitch<Operation *, LogicalResult>(op)
              .Case<memref::AllocOp>(lowerAlloc)
              .Case<memref::DeallocOp>(lowerDealloc)
              .Case<memref::CopyOp>(lowerCopy)
              .Case<bufferization::DeallocOp>(lowerBufferizationDealloc)
              .Case<bufferization::CloneOp>(lowerClone)
              .Case<memref::AllocaOp>([](memref::AllocaOp alloca) {
                return alloca.emitError(
                    "memref.alloca in host code would place a tensor in host memory; "
                    "allocate it with memref.alloc");
              });
      if (failed(result))
        return signalPassFailure();
    }
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createDeviceBuffersPass() {
  return std::make_unique<DeviceBuffersPass>();
}
