//===- StageChain.h - a training step cut into a chain of stages -*- C++ -*-===//
//
// Training graphs are DAGs (residual adds, attention, skips), the checkpointing DP works on
// chains. The forward graph is cut at articulation values: an op v is an articulation when it
// post-dominates, in the forward graph ending at the loss, every op scheduled before it; and the
// schedule is cut there when no other forward value crosses v's position. Between two cuts
// lies a stage. Where no articulation exists for a long span (a U-Net skip, an attention
// block), the stage is simply large.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_ANALYSIS_STAGECHAIN_H
#define REMAT_ANALYSIS_STAGECHAIN_H

#include "Remat/Analysis/CostModel.h"
#include "Remat/Analysis/MemoryModel.h"
#include "Remat/Analysis/TrainingGraph.h"

namespace mlir::remat {

/// One stage: the forward ops on paths to the loss at schedule positions [begin, end], ending
/// with the articulation op at `end` (the loss for the last stage). Residuals (forward ops off
/// those paths) join the stage of their latest operand wherever the schedule puts them.
struct ChainStage {
  int64_t begin = 0;
  int64_t end = 0;
  /// Forward cost and the cost of the backward ops assigned to the stage.
  OpCost forwardCost;
  OpCost backwardCost;
  /// Bytes of the stage output (the results of the op at `end`).
  int64_t outputBytes = 0;
  /// Bytes of the stage's activations (what its backward reads), output included.
  int64_t savedBytes = 0;
  /// Most bytes of the stage's own forward temporaries (values neither saved for the backward
  /// nor the output) live at once while its forward runs.
  int64_t forwardTransientBytes = 0;
  /// Most bytes its backward ops hold at once beyond the gradient of its input and the
  /// function results it writes: the backward's temporaries.
  int64_t backwardTransientBytes = 0;
  /// Bytes of function results (parameter gradients) its backward writes: they stay live until
  /// the step returns.
  int64_t resultBytes = 0;
  /// Positions of the backward ops assigned to this stage, in schedule order.
  SmallVector<int64_t> backwardOps;
  /// The first op of the stage that cannot be rerun, if any.
  Operation *notRecomputable = nullptr;
};

class StageChain {
public:
  /// `memory` is the memory model of `graph`: it gives the bytes each value owns.
  StageChain(const TrainingGraph &graph, CostModel &costs, const MemoryModel &memory);

  ArrayRef<ChainStage> getStages() const { return stages; }
  int64_t size() const { return stages.size(); }
  /// Stage of the forward op at `pos`, or the stage whose backward the op at `pos` belongs to.
  int64_t getStageOf(int64_t pos) const { return stageOf[pos]; }
  /// Ops that are articulations of the forward graph (by post-dominance).
  int64_t getNumArticulations() const { return numArticulations; }
  /// Articulations that the schedule does not allow to cut at (another forward value crosses).
  int64_t getNumInterleavedArticulations() const { return numInterleaved; }
  /// Total forward cost.
  OpCost getForwardCost() const;

  void print(raw_ostream &os) const;

private:
  SmallVector<ChainStage> stages;
  SmallVector<int64_t> stageOf;
  int64_t numArticulations = 0;
  int64_t numInterleaved = 0;
};

} // namespace mlir::remat

#endif // REMAT_ANALYSIS_STAGECHAIN_H
