//===- EarlyDealloc.cpp - free buffers right after their last use ---------===//
//
// Ownership-based buffer deallocation places every bufferization.dealloc at the end of the block
// that owns the buffer. In a training step (one long block) that keeps every activation alive to
// the end and hides whatever rematerialization saved. This pass moves each dealloc up to just
// after the last op in its block that touches any alias of the buffers it frees (or defines one
// of its operands), so device memory is released as soon as the program no longer needs it.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"

using namespace mlir;

namespace {

struct EarlyDeallocPass : public PassWrapper<EarlyDeallocPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(EarlyDeallocPass)

  StringRef getArgument() const final { return "remat-gpu-early-dealloc"; }
  StringRef getDescription() const final {
    return "Move bufferization.dealloc ops right after the last use of the buffers they free";
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    BufferViewFlowAnalysis aliases(func);
    SmallVector<bufferization::DeallocOp> deallocs;
    func.walk([&](bufferization::DeallocOp op) { deallocs.push_back(op); });

    for (bufferization::DeallocOp dealloc : deallocs) {
      Block *block = dealloc->getBlock();
      // The latest op of `block` that must stay before the dealloc; null means the block start.
      Operation *last = nullptr;
      auto keepAfter = [&](Operation *op) {
        Operation *ancestor = block->findAncestorOpInBlock(*op);
        if (!ancestor || ancestor == dealloc.getOperation())
          return;
        if (!ancestor->isBeforeInBlock(dealloc))
          return;
        if (!last || last->isBeforeInBlock(ancestor))
          last = ancestor;
      };
      for (Value operand : dealloc->getOperands())
        if (Operation *def = operand.getDefiningOp())
          keepAfter(def);
      for (Value memref : dealloc.getMemrefs())
        for (Value alias : aliases.resolve(memref))
          for (Operation *user : alias.getUsers())
            keepAfter(user);

      if (!last) {
        dealloc->moveBefore(block, block->begin());
        continue;
      }
      if (last->getNextNode() != dealloc.getOperation())
        dealloc->moveAfter(last);
    }
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createEarlyDeallocPass() {
  return std::make_unique<EarlyDeallocPass>();
}
