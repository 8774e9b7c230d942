//===- TabulatedDP.h - The DP tabulated bottom-up (internal) ---*- C++ -*-===//
//
// Opt(s, t, m) for every interval and every m up to a capacity, bottom-up,
// each interval trying every split: O(I * L * M) for I distinct intervals.
// Intervals that repeat with a period of the chain are solved once
// (IntervalClasses), so on chains with long runs of identical stages
// (Revolve's model) or of identical blocks of a few stages, I is O(L) and this
// is the fastest exact evaluation; CheckpointDP is for heterogeneous chains.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_LIB_PLANNER_TABULATEDDP_H
#define REMAT_LIB_PLANNER_TABULATEDDP_H

#include "ChainModel.h"

#include <cstdint>
#include <vector>

namespace remat::planner::detail {

class TabulatedDP {
public:
  /// Solves Opt(s, t, m) for every interval and every m <= capacity;
  /// intervals repeating with a period up to `maxPeriod` are solved once
  /// (0: every interval on its own, for tests).
  TabulatedDP(const ChainModel &units, int64_t capacity, int maxPeriod = 32)
      : TabulatedDP(units, capacity, IntervalClasses(units, maxPeriod)) {}
  /// The same with the chain's interval classes already computed.
  TabulatedDP(const ChainModel &units, int64_t capacity, IntervalClasses classes);

  /// Opt(s, t, m) for m <= capacity; kInfCost when infeasible.
  double cost(int s, int t, int64_t m) const;
  /// An optimal schedule of the whole chain with m free units; empty when
  /// Opt(0, L-1, m) is infinite.
  PlanTree reconstruct(int64_t m) const;

  /// Number of intervals that needed a table (for statistics).
  size_t tabulatedIntervals() const { return numTabulated; }
  size_t tabulatedPoints() const { return points.size(); }

private:
  /// One breakpoint of the step function m -> Opt(s, t, m): from memory m on,
  /// cost `cost` is reachable with first decision `choice` (-1: F_all(s),
  /// else the split s').
  struct Point {
    int32_t m;
    int32_t choice;
    double cost;
  };
  /// Breakpoints of one interval in `points`. An interval without breakpoints
  /// is trivial: Opt = base cost from storeAllPeak on, infinite below.
  struct Entry {
    uint32_t start = 0, count = 0;
    /// Opt(s, t, m) for m in [denseLo, denseHi) at dense[denseStart + m -
    /// denseLo], when stored (denseStart >= 0).
    int64_t denseStart = -1;
    int32_t denseLo = 0, denseHi = 0;
  };
  Interval canonical(int s, int t) const { return classes.canonical(s, t); }
  /// Entries of canonical intervals only: [s, t] with s <= classes.lastStart(t).
  size_t entryIndex(int s, int t) const { return columnStart[t] + s; }
  const Entry &entry(int s, int t) const { return entries[entryIndex(s, t)]; }
  /// Least m at which Opt(s, t, m) is finite (may exceed the capacity).
  int64_t firstFeasible(int s, int t) const;
  /// out[k] = Opt(s, t, from + k) for k in [0, n).
  void expand(int s, int t, int64_t from, int64_t n, double *out) const;
  /// The same values: a pointer into the dense table when it holds them all,
  /// else `scratch` filled by expand.
  const double *values(int s, int t, int64_t from, int64_t n, double *scratch) const;
  void solveInterval(int s, int t);

  const ChainModel &model;
  int64_t capacity;
  int numStages;
  IntervalClasses classes;
  std::vector<Entry> entries;
  std::vector<size_t> columnStart;
  std::vector<Point> points;
  /// Every interval's values over its table span, while they fit in
  /// kMaxDenseValues: the splits then read them in place instead of expanding
  /// breakpoints.
  std::vector<double> dense;
  size_t numTabulated = 0;
  // Scratch buffers of solveInterval.
  std::vector<double> best, right, left;
  std::vector<int32_t> choice;
};

} // namespace remat::planner::detail

#endif // REMAT_LIB_PLANNER_TABULATEDDP_H
