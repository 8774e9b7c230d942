//===- Schedule.cpp - Replaying a schedule --------------------------------===//
//
// The simulator is deliberately independent of the planner's formulas: it
// tracks which buffers are live after every operation and measures the peak
// directly, so tests can compare the two.
//
//===----------------------------------------------------------------------===//

#include "Remat/Planner/Schedule.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace remat::planner {

const char *stepKindName(StepKind kind) {
  switch (kind) {
  case StepKind::ForwardNone:
    return "F_none";
  case StepKind::ForwardCheckpoint:
    return "F_ck";
  case StepKind::ForwardAll:
    return "F_all";
  case StepKind::Backward:
    return "B";
  }
  return "?";
}

std::string formatStep(const Step &step) {
  return std::string(stepKindName(step.kind)) + " " + std::to_string(step.stage);
}

std::optional<Step> parseStep(std::string_view text) {
  size_t space = text.find(' ');
  if (space == std::string_view::npos)
    return std::nullopt;
  std::string_view name = text.substr(0, space), number = text.substr(space + 1);
  std::optional<StepKind> kind;
  for (StepKind k : {StepKind::ForwardNone, StepKind::ForwardCheckpoint, StepKind::ForwardAll,
                     StepKind::Backward})
    if (name == stepKindName(k))
      kind = k;
  if (!kind || number.empty() || number.size() > 9 ||
      !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return Step{*kind, int32_t(std::atoi(std::string(number).c_str()))};
}

namespace {

/// Live buffers of a partially run schedule.
class Replay {
public:
  explicit Replay(const Chain &chain)
      : chain(chain), numStages(int(chain.size())), checkpoint(numStages + 1, false),
        savedAll(numStages, false), gradPos(numStages) {
    live = chain.inputBytes + chain.gradientBytes(numStages);
    peak = live;
  }

  /// Applies one step; returns an error message, empty on success.
  std::string apply(const Step &step) {
    int i = step.stage;
    if (i < 0 || i >= numStages)
      return "stage " + std::to_string(i) + " is out of range [0, " +
             std::to_string(numStages - 1) + "]";
    bool consumesFront = step.kind != StepKind::Backward && front == i;
    if (!consumesFront)
      dropFront();
    if (step.kind == StepKind::Backward)
      return backward(i);
    return forward(step.kind, i);
  }

  std::string finish() const {
    if (gradPos != 0)
      return "the schedule ends before the backward of stage " + std::to_string(gradPos - 1);
    return "";
  }

  int64_t peakBytes() const { return peak; }
  double totalCost() const { return cost; }

private:
  int64_t activationBytes(int j) const { return j == 0 ? chain.inputBytes : chain.stages[j - 1].a; }
  /// x_j is held by x_0, a checkpoint, or the saved abar of stage j - 1.
  bool stored(int j) const { return j == 0 || checkpoint[j] || savedAll[j - 1]; }

  void dropFront() {
    if (front >= 0 && frontStandalone)
      live -= activationBytes(front);
    front = -1;
    frontStandalone = false;
  }

  std::string forward(StepKind kind, int i) {
    if (i >= gradPos)
      return "stage " + std::to_string(i) + " runs forward after its backward";
    bool inputIsFront = front == i;
    if (!inputIsFront && !stored(i))
      return "input x_" + std::to_string(i) + " of stage " + std::to_string(i) +
             " is not available (neither stored nor just computed)";
    if (kind == StepKind::ForwardAll && savedAll[i])
      return "stage " + std::to_string(i) + " already holds its saved values";
    const Stage &st = chain.stages[i];
    int64_t output = kind == StepKind::ForwardAll ? st.abar : st.a;
    peak = std::max(peak, live + output + st.of);
    cost += st.f;
    live += output;
    if (inputIsFront && frontStandalone) {
      if (kind == StepKind::ForwardNone)
        live -= activationBytes(i);
      else
        checkpoint[i] = true;
    }
    front = i + 1;
    if (kind == StepKind::ForwardAll) {
      savedAll[i] = true;
      frontStandalone = false;
    } else if (stored(i + 1)) {
      // Recomputing a value that is already stored: the copy is not kept.
      live -= st.a;
      frontStandalone = false;
    } else {
      frontStandalone = true;
    }
    return "";
  }

  std::string backward(int i) {
    if (i != gradPos - 1)
      return "B " + std::to_string(i) + " out of order: the next backward is stage " +
             std::to_string(gradPos - 1);
    if (!savedAll[i])
      return "B " + std::to_string(i) + " without its saved values (no F_all " + std::to_string(i) +
             " before it)";
    if (!stored(i))
      return "B " + std::to_string(i) + " without its input x_" + std::to_string(i);
    const Stage &st = chain.stages[i];
    // B(i) writes g_i and its persistent outputs, which are never freed.
    int64_t written = chain.gradientBytes(i) + st.gout;
    peak = std::max(peak, live + written + st.ob);
    cost += st.b;
    live += written - chain.gradientBytes(i + 1) - st.abar;
    savedAll[i] = false;
    if (i > 0 && checkpoint[i]) {
      live -= activationBytes(i);
      checkpoint[i] = false;
    }
    gradPos = i;
    return "";
  }

  const Chain &chain;
  int numStages;
  std::vector<bool> checkpoint; // standalone stored copies of x_j, j >= 1
  std::vector<bool> savedAll;   // abar_i live
  int gradPos;                  // the live gradient is g_gradPos
  int front = -1;               // x_front was written by the last step
  bool frontStandalone = false; // ... into its own buffer
  int64_t live = 0, peak = 0;
  double cost = 0;
};

} // namespace

SimulationResult simulateSchedule(const Chain &chain, const std::vector<Step> &schedule) {
  SimulationResult result;
  Replay replay(chain);
  for (size_t k = 0; k < schedule.size(); ++k) {
    std::string error = replay.apply(schedule[k]);
    if (!error.empty()) {
      result.error = "step " + std::to_string(k) + " (" + formatStep(schedule[k]) + "): " + error;
      return result;
    }
  }
  result.error = replay.finish();
  result.valid = result.error.empty();
  result.peakBytes = replay.peakBytes();
  result.cost = replay.totalCost();
  return result;
}

} // namespace remat::planner
