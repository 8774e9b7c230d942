//===- Schedule.h - Operations of a checkpointing schedule ------*- C++ -*-===//
//
// A schedule is a sequence of forward and backward operations on the stages of
// a Chain. simulateSchedule replays one step by step, tracking live buffers,
// and is the reference for the memory accounting of docs/Planner.md.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_PLANNER_SCHEDULE_H
#define REMAT_PLANNER_SCHEDULE_H

#include "Remat/Planner/Chain.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace remat::planner {

enum class StepKind {
  /// F_none(i): run stage i forward keeping only its output; its input is
  /// freed unless it is stored (x_0, a checkpoint, or part of a saved abar).
  ForwardNone,
  /// F_ck(i): run stage i forward and keep its input as a checkpoint.
  ForwardCheckpoint,
  /// F_all(i): run stage i forward saving abar_i for its backward; the input
  /// is kept too, because the backward reads it.
  ForwardAll,
  /// B(i): backward of stage i; consumes abar_i and the gradient of x_{i+1},
  /// writes the gradient of x_i, and frees x_i if it was a checkpoint.
  Backward,
};

struct Step {
  StepKind kind;
  int32_t stage;

  bool operator==(const Step &other) const { return kind == other.kind && stage == other.stage; }
  bool operator!=(const Step &other) const { return !(*this == other); }
};

/// "F_none", "F_ck", "F_all" or "B".
const char *stepKindName(StepKind kind);
/// "F_ck 3".
std::string formatStep(const Step &step);
/// Parses formatStep's output; std::nullopt on anything else.
std::optional<Step> parseStep(std::string_view text);

struct SimulationResult {
  /// False when an operation is invalid or the schedule does not finish the
  /// backward of stage 0; `error` then says which step and why.
  bool valid = false;
  std::string error;
  /// Largest number of live bytes during any operation, x_0 included.
  int64_t peakBytes = 0;
  /// Sum of the forward costs of all forward operations plus the b of every
  /// backward operation.
  double cost = 0;
};

/// Replays `schedule` on `chain` and measures its peak memory and cost.
SimulationResult simulateSchedule(const Chain &chain, const std::vector<Step> &schedule);

} // namespace remat::planner

#endif // REMAT_PLANNER_SCHEDULE_H
