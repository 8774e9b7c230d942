//===- ShrinkBufferLiveRanges.cpp - allocate late, free early --------------===//
//
// One-shot bufferization allocates a buffer where the tensor.empty (or the op that needs a
// copy) stood, and ownership-based deallocation frees every buffer at the end of the block
// that owns it. Both are correct, but they keep every intermediate of a straight-line training
// step alive until the function returns, so the heap peak is the sum of all activations and no
// rematerialization plan could ever lower it. This pass gives buffers the live ranges their
// tensors had:
//  * a memref.alloc moves down to right before the first op of its block that uses it;
//  * a memref.dealloc (or an `scf.if` that only deallocates, as lower-deallocations emits for
//    buffers whose ownership is known at run time only) moves up to right after the last op of
//    its block that uses the buffer or any value that may alias it (views, casts, loop-carried
//    copies, call results), as computed by BufferViewFlowAnalysis. Pure ops that only compute
//    the freed value (memref.extract_strided_metadata) move with it.
// A deallocation stays where it is when an alias is used outside its block or escapes as a
// raw pointer.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToCPU.h"

#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/RegionUtils.h"

#include "llvm/ADT/SetVector.h"

using namespace mlir;

namespace {

/// `scf.if %c { memref.dealloc ... }` with no else branch and no results.
bool isConditionalFree(Operation *op) {
  auto ifOp = dyn_cast<scf::IfOp>(op);
  if (!ifOp || ifOp.getNumResults() != 0 || !ifOp.getElseRegion().empty())
    return false;
  Block &body = ifOp.getThenRegion().front();
  return llvm::all_of(body.without_terminator(),
                      [](Operation &inner) { return isa<memref::DeallocOp>(inner); }) &&
         !body.without_terminator().empty();
}

SmallVector<Value> freedBuffers(Operation *freeOp) {
  if (auto dealloc = dyn_cast<memref::DeallocOp>(freeOp))
    return {dealloc.getMemref()};
  SmallVector<Value> freed;
  for (Operation &inner : cast<scf::IfOp>(freeOp).getThenRegion().front().without_terminator())
    freed.push_back(cast<memref::DeallocOp>(inner).getMemref());
  return freed;
}

/// Ops through which a buffer's address leaves the memref world, where no alias analysis can
/// follow it.
bool isEscape(Operation *user) {
  return isa<memref::ExtractAlignedPointerAsIndexOp, UnrealizedConversionCastOp>(user) ||
         isa<LLVM::LLVMDialect>(user->getDialect());
}

/// Moves `alloc` down to right before the first op of its block that uses it.
void sinkToFirstUse(memref::AllocOp alloc) {
  Block *block = alloc->getBlock();
  Operation *first = nullptr;
  for (Operation *user : alloc->getUsers()) {
    Operation *ancestor = block->findAncestorOpInBlock(*user);
    if (!ancestor)
      return;
    if (!first || ancestor->isBeforeInBlock(first))
      first = ancestor;
  }
  if (first && alloc->getNextNode() != first)
    alloc->moveBefore(first);
}

class FreeHoister {
public:
  explicit FreeHoister(const BufferViewFlowAnalysis &aliases) : aliases(aliases) {}

  /// Moves `freeOp` (and the pure ops that only feed it) to right after the last use of the
  /// freed buffers in its block. Returns true when it moved.
  bool hoistToLastUse(Operation *freeOp) {
    Block *block = freeOp->getBlock();
    llvm::SetVector<Operation *> group = collectFeeders(freeOp);
    group.insert(freeOp);
    auto inGroup = [&](Operation *ancestor) { return group.contains(ancestor); };

    Operation *last = nullptr;
    auto noteUse = [&](Operation *ancestor) {
      if (!last || last->isBeforeInBlock(ancestor))
        last = ancestor;
    };

    // Every value that may point into a freed buffer must be dead at the new position.
    llvm::SmallPtrSet<Value, 16> aliasSet;
    for (Value freed : freedBuffers(freeOp))
      for (Value source : aliases.resolveReverse(freed))
        for (Value alias : aliases.resolve(source))
          aliasSet.insert(alias);
    for (Value alias : aliasSet) {
      for (OpOperand &use : alias.getUses()) {
        Operation *user = use.getOwner();
        if (isEscape(user))
          return false;
        Operation *ancestor = block->findAncestorOpInBlock(*user);
        if (!ancestor)
          return false;
        if (!inGroup(ancestor))
          noteUse(ancestor);
      }
    }

    // Operands of the moved ops must still dominate them.
    for (Operation *op : group) {
      SetVector<Value> used;
      for (Value operand : op->getOperands())
        used.insert(operand);
      for (Region &region : op->getRegions())
        getUsedValuesDefinedAbove(region, used);
      for (Value value : used) {
        Operation *def = value.getDefiningOp();
        if (!def)
          continue;
        Operation *ancestor = block->findAncestorOpInBlock(*def);
        if (ancestor && !inGroup(ancestor))
          noteUse(ancestor);
      }
    }

    if (last && !last->isBeforeInBlock(freeOp))
      return false;
    // Only worth it when some op that is not part of the group would end up after the free.
    Operation *cursor = last ? last->getNextNode() : &block->front();
    while (cursor != freeOp && inGroup(cursor))
      cursor = cursor->getNextNode();
    if (cursor == freeOp)
      return false;

    // Keep the group's order: feeders were collected in def-before-use order.
    SmallVector<Operation *> ordered(group.begin(), group.end());
    llvm::sort(ordered, [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
    for (Operation *op : ordered) {
      if (last)
        op->moveAfter(last);
      else
        op->moveBefore(&block->front());
      last = op;
    }
    return true;
  }

private:
  /// Pure ops of `freeOp`'s block whose results are used only by `freeOp` or by other such ops,
  /// e.g. the memref.extract_strided_metadata that recovers the base buffer to free.
  llvm::SetVector<Operation *> collectFeeders(Operation *freeOp) {
    Block *block = freeOp->getBlock();
    llvm::SetVector<Operation *> feeders;
    SmallVector<Value> worklist(freeOp->getOperands());
    if (isConditionalFree(freeOp))
      llvm::append_range(worklist, freedBuffers(freeOp));
    while (!worklist.empty()) {
      Value value = worklist.pop_back_val();
      Operation *def = value.getDefiningOp();
      if (!def || def->getBlock() != block || feeders.contains(def) || !isMemoryEffectFree(def) ||
          def->getNumRegions() != 0)
        continue;
      bool onlyFeedsFree = llvm::all_of(def->getUsers(), [&](Operation *user) {
        Operation *ancestor = block->findAncestorOpInBlock(*user);
        return ancestor == freeOp || feeders.contains(ancestor);
      });
      if (!onlyFeedsFree)
        continue;
      feeders.insert(def);
      llvm::append_range(worklist, def->getOperands());
    }
    return feeders;
  }

  const BufferViewFlowAnalysis &aliases;
};

struct ShrinkBufferLiveRangesPass
    : public PassWrapper<ShrinkBufferLiveRangesPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ShrinkBufferLiveRangesPass)

  StringRef getArgument() const final { return "remat-shrink-buffer-live-ranges"; }
  StringRef getDescription() const final {
    return "Move memref.alloc down to the first use and memref.dealloc up to the last use of "
           "the buffer or any alias of it, within their blocks";
  }

  void runOnOperation() final {
    func::FuncOp func = getOperation();
    SmallVector<memref::AllocOp> allocs;
    SmallVector<Operation *> frees;
    func.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (auto alloc = dyn_cast<memref::AllocOp>(op))
        allocs.push_back(alloc);
      if (isConditionalFree(op)) {
        frees.push_back(op);
        return WalkResult::skip();
      }
      if (isa<memref::DeallocOp>(op))
        frees.push_back(op);
      return WalkResult::advance();
    });

    for (memref::AllocOp alloc : allocs)
      sinkToFirstUse(alloc);

    BufferViewFlowAnalysis aliases(func);
    FreeHoister hoister(aliases);
    for (Operation *freeOp : frees)
      hoister.hoistToLastUse(freeOp);
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createShrinkBufferLiveRangesPass() {
  return std::make_unique<ShrinkBufferLiveRangesPass>();
}
