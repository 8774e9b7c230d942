//===- ChainModel.h - Sizes, bounds and plan trees (internal) --*- C++ -*-===//
//
// Internal to the planner. ChainModel holds a chain with every size counted
// in units of a fixed number of bytes (1 for exact bytes, the DP's memory
// step otherwise) and answers the range queries that the memory formulas of
// docs/Planner.md need in O(1). PlanTree is the recursive form of a schedule
// that every strategy produces; its peak and cost follow the same formulas as
// the DP, and simulateSchedule checks them independently.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_LIB_PLANNER_CHAINMODEL_H
#define REMAT_LIB_PLANNER_CHAINMODEL_H

#include "Remat/Planner/Planner.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace remat::planner::detail {

constexpr double kInfCost = std::numeric_limits<double>::infinity();
constexpr int64_t kInfBytes = std::numeric_limits<int64_t>::max() / 4;

/// Range maximum in O(1) after O(n log n) preprocessing.
template <typename T> class RangeMax {
public:
  RangeMax() = default;
  explicit RangeMax(const std::vector<T> &values) : table(values) {
    size_t n = values.size();
    offsets.push_back(0);
    for (size_t width = 2; width <= n; width *= 2) {
      size_t prev = offsets.back(), start = table.size();
      for (size_t i = 0; i + width <= n; ++i) {
        T larger = std::max(table[prev + i], table[prev + i + width / 2]);
        table.push_back(larger);
      }
      offsets.push_back(start);
    }
  }
  /// Maximum over [lo, hi]; requires lo <= hi.
  T query(int lo, int hi) const {
    int k = 31 - __builtin_clz(unsigned(hi - lo + 1));
    const T *level = table.data() + offsets[k];
    return std::max(level[lo], level[hi - (1 << k) + 1]);
  }

private:
  /// All levels back to back; level k (maxima over 2^k values) starts at
  /// offsets[k].
  std::vector<T> table;
  std::vector<size_t> offsets;
};

/// A chain with sizes in units of `unit` bytes (rounded up). Stage indices
/// are 0-based; an interval [s, t] is the sub-chain of stages s..t whose
/// input x_s is stored and whose output gradient g_{t+1} is live.
class ChainModel {
public:
  ChainModel(const Chain &chain, int64_t unit);

  int size() const { return numStages; }
  int64_t unit() const { return unitBytes; }

  double f(int i) const { return fwd[i]; }
  double b(int i) const { return bwd[i]; }
  int64_t a(int i) const { return out[i]; }
  int64_t abar(int i) const { return saved[i]; }
  int64_t of(int i) const { return fwdOverhead[i]; }
  int64_t ob(int i) const { return bwdOverhead[i]; }
  int64_t gout(int i) const { return persistent[i]; }
  /// Units live once the backward has reached x_j, j in [0, L]: the gradient
  /// of x_j and the persistent outputs (gout) of stages j..L-1. Memory is
  /// counted from the start of the step, so an interval [s, t] sees
  /// g(t + 1) where the plain model sees the gradient alone; the recurrence
  /// is unchanged (docs/Planner.md).
  int64_t g(int j) const { return grad[j]; }
  /// Units B(i) adds to what is live while it runs: the gradient of x_i, its
  /// persistent outputs and its overhead.
  int64_t backwardWrites(int i) const { return bwdWrites[i]; }
  int64_t inputUnits() const { return input; }

  /// Whether stages i and j enter every formula with the same values (f, b,
  /// a, abar, of, ob, gout, the gradient of their output and backwardWrites),
  /// so that intervals of a run of such stages share their values. The
  /// persistent outputs of later stages, part of g(i + 1), may differ: every
  /// memory term of an interval [s, t] holds those of stages after t once,
  /// so they only shift its values in m (IntervalClasses::shift).
  bool interchangeable(int i, int j) const {
    return fwd[i] == fwd[j] && bwd[i] == bwd[j] && out[i] == out[j] && saved[i] == saved[j] &&
           fwdOverhead[i] == fwdOverhead[j] && bwdOverhead[i] == bwdOverhead[j] &&
           persistent[i] == persistent[j] &&
           grad[i + 1] - after[i + 1] == grad[j + 1] - after[j + 1] &&
           bwdWrites[i] == bwdWrites[j];
  }
  /// Persistent units (gout) of stages j..L-1, j in [0, L].
  int64_t persistentFrom(int j) const { return after[j]; }

  /// Sum of f over stages [s, e]; 0 when e < s.
  double forwardCost(int s, int e) const { return e < s ? 0 : prefixF[e + 1] - prefixF[s]; }
  /// Sum of f + b over [s, t].
  double baseCost(int s, int t) const { return prefixFB[t + 1] - prefixFB[s]; }
  /// Sums of f and of f + b over stages [0, i).
  double prefixForward(int i) const { return prefixF[i]; }
  double prefixBase(int i) const { return prefixFB[i]; }

  /// Peak (excluding the stored x_s) of running stages s..e forward from the
  /// stored x_s without saving, the gradient not included.
  int64_t sweepPeak(int s, int e) const;
  /// Peak of F_all(s) and B(s) themselves in the interval [s, t].
  int64_t allNeed(int s, int t) const;
  /// Peak of the store-all schedule of [s, t]: the least memory at which [s, t]
  /// needs no recomputation.
  int64_t storeAllPeak(int s, int t) const;
  /// An upper bound on storeAllPeak(s, t') for every t' in [s, t];
  /// non-decreasing in t and as s decreases.
  int64_t storeAllPeakBound(int s, int t) const;
  /// A lower bound on the least memory of any schedule of [s, t].
  int64_t memoryLowerBound(int s, int t) const;
  /// A lower bound on the recomputation of any schedule of [s, t] with m
  /// free units (0 when m >= storeAllPeak(s, t)).
  double recomputeLowerBound(int s, int t, int64_t m) const;
  /// The terms of storeAllPeakBound(s, t) over i in [s, t] are maxima of
  /// these per-stage values, minus prefixSaved(s): the forward term adds the
  /// largest g(i + 1) to the largest storeAllForwardTerm(i).
  int64_t storeAllForwardTerm(int i) const { return prefixSaved[i] + saved[i] + fwdOverhead[i]; }
  int64_t storeAllBackwardTerm(int i) const {
    return prefixSaved[i + 1] + grad[i + 1] + bwdWrites[i];
  }
  int64_t prefixSavedUnits(int i) const { return prefixSaved[i]; }
  int64_t maxStoreAllForwardTerm(int s, int t) const { return storeAllForward.query(s, t); }
  int64_t maxStoreAllBackwardTerm(int s, int t) const { return storeAllBackward.query(s, t); }
  int64_t maxGradient(int lo, int hi) const { return gradient.query(lo, hi); }
  /// sweepPeak(s, e) = max(a(s) + of(s), max of sweepTerm over (s, e]).
  int64_t sweepTerm(int k) const { return out[k - 1] + out[k] + fwdOverhead[k]; }
  int64_t maxSweepTerm(int lo, int hi) const { return sweepStep.query(lo, hi); }
  /// Least f over stages [s, e].
  double minForward(int s, int e) const { return -negForward.query(s, e); }
  /// Whether some [s, t'] with t' in [from, to] may fit whole in m units,
  /// given that [s, from] does not because of its backward or its gradient
  /// (storeAllPeak is not monotone in t' only through g_{t'+1}).
  bool mayFitFrom(int s, int from, int to, int64_t m) const;

private:
  int numStages;
  int64_t unitBytes;
  int64_t input;
  std::vector<double> fwd, bwd, prefixF, prefixFB;
  std::vector<int64_t> out, saved, fwdOverhead, bwdOverhead, persistent, bwdWrites, grad,
      prefixSaved, after;
  // Range-max tables over per-stage terms; see ChainModel.cpp.
  RangeMax<int64_t> storeAllForward, storeAllBackward, backwardNeed, sweepStep, gradient,
      negGradient;
  // Negated, for range minima.
  RangeMax<double> negForward, negRatio;
};

/// An interval [s, t] of stages.
struct Interval {
  int s, t;
};

/// Intervals with equal values. Opt(s, t, .) depends on stages s..t and, for
/// s > 0, on the size of x_s, the output of stage s - 1. When stages s-1..t
/// are interchangeable with the stages p places before them, [s - p, t - p]
/// has the same values. For a period p, reach(t) is the least j such that
/// every stage of [j, t] is interchangeable with the stage p before it; the
/// classes are then represented by the intervals with s <= reach(t), and the
/// period with the fewest of them is used. p = 1 groups runs of identical
/// stages (Revolve's model); p = 2 the alternating stages of residual nets
/// (a block, then its join), larger p blocks made of several stages.
class IntervalClasses {
public:
  explicit IntervalClasses(const ChainModel &model, int maxPeriod = 32);

  int period() const { return periodLength; }
  /// The representative of [s, t]: shifted down by multiples of the period
  /// while the shifted stages match. canonical(c.s, c.t) == c.
  Interval canonical(int s, int t) const {
    while (s > 0 && s - 1 >= reach[t]) {
      int k = (s - 1 - reach[t]) / periodLength + 1;
      s -= k * periodLength;
      t -= k * periodLength;
    }
    return {s, t};
  }
  /// Units by which the values of [s, t] lie below those of its
  /// representative c = canonical(s, t): Opt(s, t, m) = Opt(c, m + shift),
  /// the persistent outputs of stages c.t + 1..t, live in every step of c and
  /// in none of [s, t]. Never negative.
  int64_t shift(int t, Interval c) const { return after[c.t + 1] - after[t + 1]; }
  /// The largest shift of any interval.
  int64_t maxShift() const { return after.empty() ? 0 : after.front() - after.back(); }
  /// Representatives ending at t are the [s, t] with s <= lastStart(t).
  int lastStart(int t) const { return std::min(t, reach[t]); }
  /// Number of representatives.
  int64_t count() const { return numClasses; }
  /// Splits a tabulation tries over all representatives: the sum of their
  /// lengths.
  int64_t splitWork() const { return numSplits; }

private:
  int periodLength = 1;
  std::vector<int> reach;
  /// ChainModel::persistentFrom(j) for j in [0, L].
  std::vector<int64_t> after;
  int64_t numClasses = 0, numSplits = 0;
};

/// A schedule in the recursive form of the DP. Children always have larger
/// indices than their parent.
struct PlanTree {
  struct Node {
    int32_t s, t;
    /// -1: F_all(s), then `first` (interval [s+1, t], or -1 when s == t),
    /// then B(s). Otherwise the split s' in (s, t]: run s..s'-1 forward
    /// keeping only x_{s'}, then `first` ([s', t]), then `second` ([s, s'-1]).
    int32_t split;
    int32_t first = -1, second = -1;
  };
  std::vector<Node> nodes;

  bool empty() const { return nodes.empty(); }
  int32_t add(int32_t s, int32_t t, int32_t split) {
    nodes.push_back({s, t, split});
    return int32_t(nodes.size() - 1);
  }
};

/// Store-all plan of [s, t] appended to `tree`; returns its root.
int32_t addStoreAll(PlanTree &tree, int s, int t);
/// Chen-style plan of the whole chain: segments start at `starts` (starts[0]
/// == 0, increasing); every segment but the last is run without saving in the
/// first sweep and recomputed once; the last is stored.
PlanTree segmentPlan(int numStages, const std::vector<int> &starts);

struct TreeMetrics {
  /// Peak of the tree in the model's units, x_0 excluded.
  int64_t innerPeak = 0;
  double cost = 0;
  /// Cost of the forward operations run without saving (sweeps).
  double recompute = 0;
};
TreeMetrics evaluateTree(const ChainModel &model, const PlanTree &tree);
std::vector<Step> emitSchedule(const PlanTree &tree);

/// Fills a feasible Plan from a tree evaluated in bytes.
Plan planFromTree(const Chain &chain, const ChainModel &bytes, const PlanTree &tree);

/// Exact least peak (units of `model`, x_0 excluded) over all schedules of
/// the whole chain, and a tree reaching it.
struct MinimalMemoryResult {
  int64_t innerPeak;
  PlanTree tree;
};
MinimalMemoryResult solveMinimalMemory(const ChainModel &model);

} // namespace remat::planner::detail

#endif // REMAT_LIB_PLANNER_CHAINMODEL_H
