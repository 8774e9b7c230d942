//===- CheckpointDP.h - Exact DP over rotor's model (internal) -*- C++ -*-===//
//
// Opt(s, t, m): least cost of the backward of stages s..t when x_s is stored,
// the gradient of x_{t+1} is live and m memory units are free (the gradient
// included). docs/Planner.md gives the recurrence; CheckpointDP.cpp explains
// how it is evaluated.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_LIB_PLANNER_CHECKPOINTDP_H
#define REMAT_LIB_PLANNER_CHECKPOINTDP_H

#include "ChainModel.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace remat::planner::detail {

class CheckpointDP {
public:
  /// Solves the whole chain with up to `capacity` free units. Only the
  /// optimum of the whole chain is exact: other intervals are solved exactly
  /// only as far as that optimum needs (see CheckpointDP.cpp), which is what
  /// makes the search fast.
  /// `searchLimit` (0: none) bounds the interval values the branch and bound
  /// solves; past it the result is feasible but not proven optimal.
  CheckpointDP(const ChainModel &units, int64_t capacity, int64_t searchLimit = 0)
      : CheckpointDP(units, capacity, searchLimit, IntervalClasses(units)) {}
  /// The same with the chain's interval classes already computed.
  CheckpointDP(const ChainModel &units, int64_t capacity, int64_t searchLimit,
               IntervalClasses classes);

  /// Opt(s, t, m) for m <= capacity; kInfCost when infeasible. Exact for the
  /// whole chain at the full capacity; elsewhere it may be a lower bound.
  double cost(int s, int t, int64_t m);
  /// An optimal schedule of the whole chain with m <= capacity free units;
  /// empty when Opt(0, L-1, m) is infinite.
  PlanTree reconstruct(int64_t m);

  /// Statistics: values of intervals other than suffixes solved.
  size_t innerValues() const { return cells.size(); }
  /// True when the search stopped at its limit: cost(0, L-1, capacity) and
  /// reconstruct() describe a feasible schedule, not a proven optimum.
  bool hitSearchLimit() const { return limited; }

private:
  /// The recomputation Opt - base of another interval at one m: exact, or
  /// only known to be at least `value`.
  struct Cell {
    double value;
    int32_t choice;
    bool exact;
  };

  Interval canonical(int s, int t) const { return classes.canonical(s, t); }
  static uint64_t cellKey(Interval c, int64_t m) {
    return (uint64_t(c.s) << 44) | (uint64_t(c.t) << 24) | uint64_t(m);
  }

  /// Solves every suffix [s, L-1]; `splitsThatFit` considers only splits
  /// whose left part fits whole (a fast feasible upper bound).
  void solveChainEnd(bool splitsThatFit);
  /// Opt(s, t, m) - base(s, t), exact when below `cut`; otherwise some lower
  /// bound at least `cut`.
  double recompute(int s, int t, int64_t m, double cut);

  const ChainModel &model;
  int64_t capacity;
  int numStages;
  IntervalClasses classes;
  /// Opt(s, L-1, m) at [m * L + s] for every m <= capacity, and its first
  /// decision (-1: F_all(s); else the split s', as s' - s so that identical
  /// intervals share values).
  std::vector<double> endCost;
  std::vector<int32_t> endChoice;
  std::unordered_map<uint64_t, Cell> cells;
  /// Recomputation above which no interval's value can matter (see .cpp).
  double cutoff;
  int64_t searchLimit;
  int64_t searched = 0;
  bool limited = false;
};

/// The exact optimum of the whole chain with `capacity` free units and a
/// schedule reaching it (empty if infeasible), by TabulatedDP or CheckpointDP
/// as `evaluation` says (Auto: see solveChainDP in CheckpointDP.cpp).
struct DPSolution {
  double cost = kInfCost;
  PlanTree tree;
  /// False when CheckpointDP stopped at `searchLimit`.
  bool optimal = true;
};
DPSolution solveChainDP(const ChainModel &units, int64_t capacity, int64_t searchLimit = 0,
                        PlannerOptions::Evaluation evaluation = PlannerOptions::Evaluation::Auto);

} // namespace remat::planner::detail

#endif // REMAT_LIB_PLANNER_CHECKPOINTDP_H
