//===- UploadConstants.cpp - dense constants into device buffers ----------===//
//
// Bufferization turns a non-splat tensor constant into memref.get_global of a host global. Kernels
// cannot read host memory, so each such use gets a fresh buffer filled by a copy from the global;
// that buffer is an ordinary allocation, later placed in device memory and freed like any other.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"

using namespace mlir;

namespace {

struct UploadConstantsPass : public PassWrapper<UploadConstantsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(UploadConstantsPass)

  StringRef getArgument() const final { return "remat-gpu-upload-constants"; }
  StringRef getDescription() const final {
    return "Copy memref.get_global of host functions into freshly allocated buffers";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<memref::MemRefDialect>();
  }

  void runOnOperation() override {
    SmallVector<memref::GetGlobalOp> globals;
    for (auto func : getOperation().getOps<func::FuncOp>())
      func.walk([&](memref::GetGlobalOp op) { globals.push_back(op); });
    for (memref::GetGlobalOp op : globals) {
      auto type = op.getType();
      if (!type.getLayout().isIdentity()) {
        op.emitError("a global with a non-identity layout cannot be copied to the device");
        return signalPassFailure();
      }
      OpBuilder b(op->getContext());
      b.setInsertionPointAfter(op);
      auto buffer = memref::AllocOp::create(b, op.getLoc(), type);
      op.getResult().replaceAllUsesWith(buffer.getResult());
      memref::CopyOp::create(b, op.getLoc(), op.getResult(), buffer);
    }
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createUploadConstantsPass() {
  return std::make_unique<UploadConstantsPass>();
}
