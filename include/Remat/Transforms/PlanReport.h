//===- PlanReport.h - the plan as JSON and as a picture ---------*- C++ -*-===//
#ifndef REMAT_TRANSFORMS_PLANREPORT_H
#define REMAT_TRANSFORMS_PLANREPORT_H

#include "Remat/IR/RematDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/JSON.h"

#include <string>

namespace mlir::remat {

/// Everything remat-plan tells about the plan of one function (schema in docs/Planning.md).
struct PlanReport {
  std::string function;
  std::string strategy;
  int64_t budgetBytes = -1;
  int64_t peakBytesBefore = 0;
  /// Peak of the function after remat-apply, measured on the rewritten IR.
  int64_t peakBytesAfter = 0;
  /// Peak the planner's chain model predicts for the schedule.
  int64_t chainPeakBytes = 0;
  int64_t forwardFlops = 0;
  int64_t recomputeFlops = 0;
  int64_t checkpoints = 0;
  int64_t recomputedOps = 0;
  int64_t recomputations = 0;
  int64_t stages = 0;
  double solveMs = 0;
  /// dp only: false when the planner's search stopped at its limit (search-limit) for the
  /// chosen plan, which is then feasible but not proven optimal for the chain model.
  bool optimal = true;
  SmallVector<ScheduleStep> schedule;
  /// Live bytes at each schedule step, before and after the plan.
  SmallVector<int64_t> timelineBefore;
  SmallVector<int64_t> timelineAfter;
};

/// Writes `reports` as JSON to `path`: one object for one function, else a list.
LogicalResult writePlanReports(StringRef path, ArrayRef<PlanReport> reports, ModuleOp module);

/// Writes `values` as JSON to `path`: the value itself for one function, else a list.
LogicalResult writeJSONValues(StringRef path, ArrayRef<llvm::json::Value> values,
                              ModuleOp module);

/// Writes an SVG of live bytes over the schedule, before and after, with the budget line.
LogicalResult writeTimelineSvg(StringRef path, ArrayRef<PlanReport> reports, ModuleOp module);

/// Parses a budget: bytes with an optional KiB/MiB/GiB or kB/MB/GB suffix, or a percentage of
/// `unplannedPeak`. On failure sets `error` to a message that shows the accepted forms.
FailureOr<int64_t> parseBudget(StringRef text, int64_t unplannedPeak, std::string &error);

/// "1.50 MiB", "12.0 KiB", "512 B".
std::string formatBytes(int64_t bytes);

} // namespace mlir::remat

#endif // REMAT_TRANSFORMS_PLANREPORT_H
