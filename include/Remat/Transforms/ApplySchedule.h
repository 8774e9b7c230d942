//===- ApplySchedule.h - materialize a rematerialization schedule -*- C++ -*-===//
//
// Shared by remat-apply (which rewrites the IR) and remat-plan (which applies a candidate
// plan to a copy of the function to predict its exact peak).
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_TRANSFORMS_APPLYSCHEDULE_H
#define REMAT_TRANSFORMS_APPLYSCHEDULE_H

#include "Remat/Analysis/CostModel.h"
#include "Remat/Analysis/TrainingGraph.h"
#include "Remat/IR/RematDialect.h"

namespace mlir::remat {

struct ApplyStats {
  /// Recomputation steps of the schedule (forward runs of a stage after its first).
  int64_t recomputations = 0;
  /// Ops cloned (and kept after removing clones nobody reads).
  int64_t clonedOps = 0;
  /// Cost of the cloned ops.
  OpCost recomputeCost;
  /// Optimization barriers inserted.
  int64_t barriers = 0;
};

struct ApplyOptions {
  /// Join the inputs of every recomputed segment with a backward value in a
  /// `stablehlo.optimization_barrier`, as jax.checkpoint does, so that XLA can neither fold the
  /// recomputation into the forward pass (CSE) nor hoist it out of the backward pass.
  bool optimizationBarriers = false;
};

/// Rewrites `func` (a training step whose ops carry `remat.stage`) to follow `schedule`: every
/// forward run of a stage after its first becomes clones of the stage's forward ops, placed
/// before the backward ops of the next backward step, tagged `remat.recomputed = N` for the
/// N-th recomputation; every backward op reads the values of the latest forward run. Clones
/// that nothing reads are removed. On bad input, emits an error naming the op and the fix and
/// fails with `func` unchanged.
FailureOr<ApplyStats> applySchedule(FunctionOpInterface func, ScheduleAttr schedule,
                                    CostModel &costs, const TrainingGraphOptions &options,
                                    const ApplyOptions &applyOptions = {});

} // namespace mlir::remat

#endif // REMAT_TRANSFORMS_APPLYSCHEDULE_H
