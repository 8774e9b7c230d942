//===- ShrinkLiveRanges.cpp - allocate late, free early -------------------===//
//
// One-shot bufferization allocates a buffer where its tensor.empty stood, often long before the
// op that first writes it, and ownership-based deallocation places every bufferization.dealloc
// at the end of the block that owns the buffer. In a training step (one long block) that keeps
// every activation alive from the top to the end and hides whatever rematerialization saved.
// This pass moves each memref.alloc down to just before the first op of its block that uses it,
// and each dealloc up to just after the last op of its block that touches any alias of the
// buffers it frees (or defines one of its operands), so device memory is held only while the
// program needs it.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;

namespace {

struct ShrinkLiveRangesPass
    : public PassWrapper<ShrinkLiveRangesPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ShrinkLiveRangesPass)

  StringRef getArgument() const final { return "remat-gpu-shrink-live-ranges"; }
  StringRef getDescription() const final {
    return "Move memref.alloc ops down to their first use and bufferization.dealloc ops up to "
           "the last use of the buffers they free";
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    // Allocate late: right before the first op of the block that uses the buffer.
    SmallVector<memref::AllocOp> allocs;
    func.walk([&](memref::AllocOp op) { allocs.push_back(op); });
    for (memref::AllocOp alloc : allocs) {
      Block *block = alloc->getBlock();
      Operation *first = nullptr;
      for (Operation *user : alloc->getUsers()) {
        Operation *ancestor = block->findAncestorOpInBlock(*user);
        if (ancestor && (!first || ancestor->isBeforeInBlock(first)))
          first = ancestor;
      }
      if (first && first != alloc->getNextNode())
        alloc->moveBefore(first);
    }

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

std::unique_ptr<Pass> mlir::remat::createShrinkLiveRangesPass() {
  return std::make_unique<ShrinkLiveRangesPass>();
}
