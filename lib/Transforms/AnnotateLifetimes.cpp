//===- AnnotateLifetimes.cpp - mark activations with their lifetimes ------===//
#include "Remat/Analysis/MemoryModel.h"
#include "Remat/Analysis/TrainingGraph.h"
#include "Remat/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/MapVector.h"

namespace mlir::remat {
#define GEN_PASS_DEF_REMATANNOTATELIFETIMES
#include "Remat/Transforms/Passes.h.inc"
} // namespace mlir::remat

using namespace mlir;
using namespace mlir::remat;

namespace {
struct RematAnnotateLifetimesPass
    : remat::impl::RematAnnotateLifetimesBase<RematAnnotateLifetimesPass> {
  using Base::Base;

  LogicalResult annotate(FunctionOpInterface func) {
    TrainingGraphOptions options;
    options.lossResult = lossResult;
    FailureOr<TrainingGraph> graph = TrainingGraph::build(func, options);
    if (failed(graph))
      return failure();
    MemoryModel memory(*graph);
    MLIRContext *ctx = func.getContext();

    // One lifetime per op: results of a multi-result op are merged (sum of bytes, union of
    // uses), since the op is the unit that is saved or recomputed.
    llvm::MapVector<Operation *, LifetimeAttr> lifetimes;
    int64_t activationBytes = 0, activations = 0;
    for (const ValueLifetime *info : graph->getActivations()) {
      ++activations;
      activationBytes += info->bytes;
      Operation *op = info->value.getDefiningOp();
      LifetimeAttr &attr = lifetimes[op];
      if (!attr) {
        attr = LifetimeAttr::get(ctx, info->def, info->lastForwardUse, info->firstBackwardUse,
                                 info->lastBackwardUse, info->bytes);
        continue;
      }
      attr = LifetimeAttr::get(ctx, info->def,
                               std::max(attr.getLastFwd(), info->lastForwardUse),
                               std::min(attr.getFirstBwd(), info->firstBackwardUse),
                               std::max(attr.getLastBwd(), info->lastBackwardUse),
                               attr.getBytes() + info->bytes);
    }
    for (auto [op, attr] : lifetimes) {
      op->setAttr("remat.lifetime", attr);
      if (print)
        op->emitRemark() << "activation: def " << attr.getDef() << ", last forward use "
                         << attr.getLastFwd() << ", backward uses " << attr.getFirstBwd()
                         << ".." << attr.getLastBwd() << ", " << attr.getBytes() << " bytes";
    }
    func->setAttr("remat.memory",
                  MemorySummaryAttr::get(ctx, memory.getPeakBytes(), memory.getPeakStep(),
                                         activations, activationBytes));
    if (print)
      func->emitRemark() << "@" << func.getName() << ": " << graph->size() << " ops, peak "
                         << memory.getPeakBytes() << " bytes at step " << memory.getPeakStep()
                         << ", " << activations << " activations, " << activationBytes
                         << " activation bytes";
    return success();
  }

  void runOnOperation() override {
    auto steps = selectTrainingSteps(getOperation(), funcName);
    if (failed(steps))
      return signalPassFailure();
    bool ok = true;
    for (FunctionOpInterface func : *steps)
      ok &= succeeded(annotate(func));
    if (!ok)
      signalPassFailure();
  }
};
} // namespace
