//===- CheckpointDP.cpp - Exact DP over rotor's model ---------------------===//
//
// The recurrence (docs/Planner.md):
//   Opt(s, t, m) = min( f_s + b_s + Opt(s+1, t, m - abar_s),
//                       min_{s < s' <= t} F(s..s'-1) + Opt(s', t, m - a_{s'-1})
//                                                    + Opt(s, s'-1, m) )
// under the memory conditions of each choice. Evaluating it for every
// interval, split and m costs O(L^3 M). What is done instead:
//
//  * Only what the whole chain needs is solved: every suffix [s, L-1] (the
//    chain end) for every m, and other intervals only at the m where a
//    split's left part [s, s'-1] could win and does not fit in memory whole.
//  * Opt(s, t, m) is infinite below memoryLowerBound(s, t) and equals the
//    base cost from storeAllPeak(s, t) on, both O(1) range queries. A split
//    whose left part fits whole costs F(s..s'-1) + base(s, s'-1) +
//    Opt(s', t, m - a_{s'-1}) = key(s') - F(0..s-1) - base(0..s-1), with key
//    independent of s. For the chain end, the splits whose left part fits
//    and whose sweep fits form a window of s' that slides left as s
//    decreases, so a monotone deque per m gives their minimum in O(1)
//    amortized: the suffixes cost O(L M) in all.
//  * The other splits (left part too large to store whole) are bounded
//    below by their key, then one by one by the exact right part plus lower
//    bounds on the left part's recomputation; only survivors solve the left
//    part, and only as exactly as can still matter: recompute(s, t, m, cut)
//    is exact below `cut` and a lower bound otherwise, each part of a split
//    getting what the best choice so far leaves (branch and bound, memoized
//    per value). F(s..s'-1) + base(s, t) bounds every split from s' on,
//    which ends a scan.
//  * Every interval's recomputation (Opt - base cost) adds up, with the
//    sweeps, to the whole chain's. A first pass with only the splits whose
//    left part fits gives a feasible recomputation R of the whole chain; in
//    the exact pass no interval needs its value when its recomputation
//    exceeds R: values are clamped there (stored as base + cutoff, slightly
//    above R), which bounds every scan. Clamping commutes with the
//    recurrence (a clamped part makes its parent clamped), so the optimum of
//    the whole chain, at most R, is exact.
//  * Intervals that repeat with a period of the chain are solved once
//    (IntervalClasses): on a homogeneous chain (Revolve's model) the
//    suffixes are all one run.
//
// All of this is exact: every skipped choice is provably no better than the
// best one kept. The tests compare against a plain tabulation and against an
// exhaustive search over all schedules.
//
//===----------------------------------------------------------------------===//

#include "CheckpointDP.h"
#include "TabulatedDP.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace remat::planner::detail {

namespace {

/// Choice of a cell whose value is clamped (not needed exactly).
constexpr int32_t kClamped = -2;

/// Minimum of key over a window of split points that slides towards smaller
/// indices: new indices enter at the front, old ones leave at the back. The
/// kept entries have keys decreasing from front to back; the back is the
/// minimum.
class SlidingMin {
public:
  explicit SlidingMin(size_t capacity) : index(capacity), keys(capacity) {}
  void clear() { back = front = 0; }
  bool empty() const { return back == front; }
  int32_t minIndex() const { return index[back]; }
  double minKey() const { return keys[back]; }
  void pushFront(int32_t i, double key) {
    while (front > back && keys[front - 1] >= key)
      --front;
    index[front] = i, keys[front] = key;
    ++front;
  }
  void dropAbove(int32_t limit) {
    while (back < front && index[back] > limit)
      ++back;
  }

private:
  std::vector<int32_t> index;
  std::vector<double> keys;
  size_t back = 0, front = 0; // entries [back, front)
};

/// Lower bound on the recomputation of a left part [s, t] with m units free:
/// the stages of [s, t-1] that run only once hold their abar together when
/// B(t) runs, so at most m units of them; every other stage runs again. Their
/// f is bounded by a fractional knapsack (best f per unit first), kept in a
/// heap as stages are added in order. The bound never decreases as t grows,
/// so it bounds every longer left part too.
class OnceRunBound {
public:
  explicit OnceRunBound(const ChainModel &model) : model(model) {}
  OnceRunBound(const ChainModel &model, int s, int64_t m) : model(model) { reset(s, m); }

  /// Starts over with the left parts [s, .] and m units.
  void reset(int s, int64_t m) {
    first = next = s;
    room = m;
    full = false;
    current = takenF = 0;
    takenUnits = 0;
    heap.clear();
  }

  double bound(int t) {
    if (next >= t)
      return current;
    if (!full) {
      // While everything fits, nothing need run twice: no heap yet.
      for (; next < t && takenUnits + model.abar(next) <= room; ++next)
        takenF += model.f(next), takenUnits += model.abar(next);
      if (next >= t)
        return current = 0;
      full = true;
      for (int i = first; i < next; ++i)
        if (model.abar(i) > 0)
          heap.push_back(item(i));
      std::make_heap(heap.begin(), heap.end(), WorseFirst());
    }
    for (; next < t; ++next) {
      takenF += model.f(next), takenUnits += model.abar(next);
      // Stages that save nothing take no room and are never dropped.
      if (model.abar(next) > 0) {
        heap.push_back(item(next));
        std::push_heap(heap.begin(), heap.end(), WorseFirst());
      }
    }
    // Drop the worst whole items while the rest still fill the room.
    while (!heap.empty() && takenUnits - heap.front().units >= room) {
      takenUnits -= heap.front().units;
      takenF -= heap.front().f;
      std::pop_heap(heap.begin(), heap.end(), WorseFirst());
      heap.pop_back();
    }
    double kept = takenF;
    if (takenUnits > room && !heap.empty())
      kept -= double(takenUnits - room) * heap.front().ratio;
    current = std::max(0.0, (model.forwardCost(first, t - 1) - kept) * (1 - 1e-9));
    return current;
  }

private:
  struct Item {
    double ratio, f;
    int64_t units;
  };
  Item item(int i) const { return {model.f(i) / double(model.abar(i)), model.f(i), model.abar(i)}; }
  /// Heap order: the worst ratio (the first to drop) on top.
  struct WorseFirst {
    bool operator()(const Item &x, const Item &y) const { return x.ratio > y.ratio; }
  };

  const ChainModel &model;
  int first = 0, next = 0;
  int64_t room = 0;
  bool full = false;
  double current = 0;
  std::vector<Item> heap; // the kept stages that save something
  double takenF = 0;
  int64_t takenUnits = 0;
};

/// The same bound for the scans of the chain end, over a window of stages
/// [lo, hi] kept in a Fenwick tree indexed by f-per-unit rank (best first):
/// moving the window costs O(log L) per stage, and a bound is a descent of
/// the tree instead of a heap built per scan.
class KnapsackWindow {
public:
  explicit KnapsackWindow(const ChainModel &model) : model(model), n(model.size()) {
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
      order[i] = i;
    auto ratio = [&](int i) {
      return model.abar(i) > 0 ? model.f(i) / double(model.abar(i)) : kInfCost;
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return ratio(x) > ratio(y); });
    rank.resize(n);
    stageAt = order;
    for (int r = 0; r < n; ++r)
      rank[order[r]] = r;
    units.assign(n + 1, 0);
    forward.assign(n + 1, 0);
    top = 1;
    while (top * 2 <= n)
      top *= 2;
  }

  /// Empties the window; the next sync starts from `end` going left.
  void reset(int end) {
    if (lo <= hi) {
      std::fill(units.begin(), units.end(), 0);
      std::fill(forward.begin(), forward.end(), 0);
    }
    lo = end + 1, hi = end;
  }
  /// Makes the window [s, t - 1]; s never increases between resets.
  void sync(int s, int t) {
    while (lo > s)
      add(--lo, +1);
    while (hi < t - 1)
      add(++hi, +1);
    while (hi > t - 1 && hi >= lo)
      add(hi--, -1);
  }
  /// F(s..t-1) minus the most f of its stages whose saved values fit in
  /// `room` units: never decreases as t grows.
  double bound(int s, int t, int64_t room) {
    sync(s, t);
    int pos = 0;
    int64_t left = room;
    double kept = 0;
    for (int step = top; step > 0; step /= 2)
      if (pos + step <= n && units[pos + step] <= left) {
        pos += step;
        left -= units[pos];
        kept += forward[pos];
      }
    if (pos < n && left > 0) {
      int i = stageAt[pos];
      if (i >= lo && i <= hi && model.abar(i) > 0)
        kept += model.f(i) * double(left) / double(model.abar(i));
    }
    return std::max(0.0, (model.forwardCost(s, t - 1) - kept) * (1 - 1e-9));
  }

private:
  void add(int i, int sign) {
    int64_t u = sign * model.abar(i);
    double f = sign * model.f(i);
    for (int k = rank[i] + 1; k <= n; k += k & -k)
      units[k] += u, forward[k] += f;
  }

  const ChainModel &model;
  int n, top;
  std::vector<int> rank, stageAt;
  std::vector<int64_t> units; // Fenwick sums by rank
  std::vector<double> forward;
  int lo = 1, hi = 0;
};

} // namespace

CheckpointDP::CheckpointDP(const ChainModel &units, int64_t capacity, int64_t searchLimit,
                           IntervalClasses shared)
    : model(units), capacity(capacity), numStages(units.size()), classes(std::move(shared)),
      cutoff(kInfCost), searchLimit(searchLimit) {
  if (capacity < 0 || numStages == 0)
    return;
  solveChainEnd(/*splitsThatFit=*/true);
  double bound = endCost[size_t(capacity) * numStages];
  if (bound != kInfCost) {
    double recompute = bound - model.baseCost(0, numStages - 1);
    cutoff = recompute + 1e-9 * (recompute + model.baseCost(0, numStages - 1)) + 1;
  }
  solveChainEnd(/*splitsThatFit=*/false);
}

double CheckpointDP::cost(int s, int t, int64_t m) {
  m = std::min(m, capacity);
  double r = recompute(s, t, m, kInfCost);
  return r == kInfCost ? kInfCost : model.baseCost(s, t) + r;
}

double CheckpointDP::recompute(int s0, int t0, int64_t m, double cut) {
  if (m >= model.storeAllPeak(s0, t0))
    return 0;
  if (m < model.memoryLowerBound(s0, t0))
    return kInfCost;
  if (t0 == numStages - 1 && !endCost.empty()) {
    // The chain end, solved for every m; a clamped cell is solved anew.
    size_t at = size_t(m) * numStages + s0;
    if (endChoice[at] != kClamped) {
      double v = endCost[at];
      return v == kInfCost ? kInfCost : v - model.baseCost(s0, t0);
    }
  }
  Interval c = canonical(s0, t0);
  int s = c.s, t = c.t;
  m += classes.shift(t0, c); // the representative's memory for the same values
  double base = model.baseCost(s, t);
  uint64_t k = cellKey(c, m);
  auto it = cells.find(k);
  if (it != cells.end() && (it->second.exact || it->second.value >= cut))
    return it->second.value;
  // Past the search limit, an unsolved value counts as "not below the cut": the choice that
  // needs it is skipped, so every choice kept still describes a real schedule.
  if (searchLimit > 0 && ++searched > searchLimit) {
    limited = true;
    return cut;
  }

  double best = cut;
  int32_t choice = kClamped;
  bool found = false;
  if (m >= model.allNeed(s, t) && s < t) {
    double r = recompute(s + 1, t, m - model.abar(s), best);
    if (r < best)
      best = r, choice = -1, found = true;
  }
  OnceRunBound once(model, s, m);
  for (int sp = s + 1; sp <= t; ++sp) {
    if (model.g(t + 1) + model.sweepPeak(s, sp - 1) > m)
      break;
    double sweep = model.forwardCost(s, sp - 1);
    if (sweep >= best)
      break;
    // The left part's once-run bound only grows with s': it ends the loop.
    double leftBound = once.bound(sp - 1);
    if (sweep + leftBound >= best)
      break;
    bool leftFits = m >= model.storeAllPeak(s, sp - 1);
    if (!leftFits) {
      if (m < model.memoryLowerBound(s, sp - 1))
        continue;
      leftBound = std::max(leftBound, model.recomputeLowerBound(s, sp - 1, m));
      if (sweep + leftBound >= best)
        continue;
    }
    // A part at or above its cut is only a lower bound: compare with the cut
    // itself, not with a sum that rounding could pull below `best`.
    double rightCut = best - sweep - leftBound;
    double r = recompute(sp, t, m - model.a(sp - 1), rightCut);
    if (r >= rightCut)
      continue;
    double left = 0;
    if (!leftFits) {
      double leftCut = best - sweep - r;
      left = recompute(s, sp - 1, m, leftCut);
      if (left >= leftCut)
        continue;
    }
    if (sweep + r + left < best)
      best = sweep + r + left, choice = sp - s, found = true;
  }
  // With nothing below the cut, the cut is a lower bound; an infinite cut
  // means nothing is feasible.
  bool exact = found || cut == kInfCost;
  cells[k] = {best, choice, exact};
  return best;
}

void CheckpointDP::solveChainEnd(bool splitsThatFit) {
  const int n = numStages, e = numStages - 1;
  const int64_t numM = capacity + 1;
  const int64_t gradEnd = model.g(e + 1);
  // reach(s, m): least sweep cost of the splits on the way from (0, capacity)
  // to suffix s with m units free; F_all steps cost no recomputation.
  std::vector<double> reach;
  if (!splitsThatFit && cutoff != kInfCost) {
    reach.assign(size_t(n) * numM, kInfCost);
    reach[capacity] = 0;
    std::vector<double> entering(numM, kInfCost); // min over q of reach(q, m) - F(0..q-1)
    for (int s = 0; s <= e; ++s) {
      double *row = &reach[size_t(s) * numM];
      if (s > 0) {
        const double *prev = row - numM;
        double sweepTo = model.prefixForward(s);
        int64_t all = model.abar(s - 1), split = model.a(s - 1);
        for (int64_t m = 0; m < numM; ++m) {
          double v = m + all < numM ? prev[m + all] : kInfCost;
          if (m + split < numM)
            v = std::min(v, entering[m + split] + sweepTo);
          row[m] = v;
        }
      }
      double sweepFrom = model.prefixForward(s);
      for (int64_t m = 0; m < numM; ++m)
        entering[m] = std::min(entering[m], row[m] - sweepFrom);
    }
    // Read below as [m][s], in the order the suffixes are solved.
    std::vector<double> byM(reach.size());
    const int64_t block = 64;
    for (int s0 = 0; s0 < n; s0 += block)
      for (int64_t m0 = 0; m0 < numM; m0 += block)
        for (int s = s0; s < std::min<int64_t>(n, s0 + block); ++s)
          for (int64_t m = m0; m < std::min(numM, m0 + block); ++m)
            byM[size_t(m) * n + s] = reach[size_t(s) * numM + m];
    reach.swap(byM);
  }

  std::vector<int64_t> storeAll(n), lower(n), own(n);
  std::vector<double> offset(n), base(n);
  for (int s = 0; s <= e; ++s) {
    storeAll[s] = model.storeAllPeak(s, e);
    lower[s] = model.memoryLowerBound(s, e);
    own[s] = model.allNeed(s, e);
    offset[s] = model.prefixForward(s) + model.prefixBase(s);
    base[s] = model.baseCost(s, e);
  }
  endCost.assign(size_t(numM) * n, kInfCost);
  endChoice.assign(size_t(numM) * n, -1);
  // Opt(s, L-1, m') for m' <= m: rows below m are complete, row m from s+1.
  auto suffixValue = [&](int s, int64_t m) {
    return m < 0 ? kInfCost : endCost[size_t(m) * n + s];
  };
  // key(s') at memory m: the cost of the split s' from any s, plus offset[s].
  auto splitKey = [&](int sp, int64_t m) {
    return offset[sp] + suffixValue(sp, m - model.a(sp - 1));
  };

  // keyFrom[s'] = min of key over [s', L-1], to end scans early.
  std::vector<double> keyFrom(n + 1, kInfCost);

  // Per s, as m grows: every left part [s, t''] with t'' <= fitTo[s] fits
  // whole, and the sweeps from s up to sweepTo[s] fit; each advances when m
  // reaches its cached threshold (the sweep's running peak is incremental).
  const int64_t never = std::numeric_limits<int64_t>::max();
  std::vector<int32_t> fitTo(n), sweepTo(n);
  std::vector<int64_t> fitNext(n), sweepPeakTo(n), sweepNext(n);
  for (int s = 0; s <= e; ++s) {
    fitTo[s] = s - 1;
    fitNext[s] = s <= e - 1 ? model.storeAllPeakBound(s, s) : never;
    sweepTo[s] = s;
    sweepPeakTo[s] = model.a(s) + model.of(s);
    sweepNext[s] = s < e ? gradEnd + sweepPeakTo[s] : never;
  }
  SlidingMin fit(n + 1), inner(n + 1);
  KnapsackWindow once(model);
  for (int64_t m = 0; m < numM; ++m) {
    double *cost = &endCost[size_t(m) * n];
    int32_t *why = &endChoice[size_t(m) * n];
    if (!splitsThatFit) {
      // Keys of row m come from rows below it, except where a = 0.
      keyFrom[n] = kInfCost;
      for (int sp = e; sp >= 1; --sp)
        keyFrom[sp] = model.a(sp - 1) == 0 ? -kInfCost : std::min(keyFrom[sp + 1], splitKey(sp, m));
    }
    // As s decreases: sweepEnd = largest s' whose sweep from s fits; every
    // left part [s, t''] with t'' <= fitEnd fits whole. Splits (s, fitSplits]
    // have a left part that fits, those in (fitSplits, sweepEnd] may not.
    int32_t innerLow = e + 1;
    fit.clear(), inner.clear();
    if (!splitsThatFit)
      once.reset(e);
    for (int s = e; s >= 0; --s) {
      while (fitNext[s] <= m) {
        ++fitTo[s];
        fitNext[s] = fitTo[s] + 1 <= e - 1 ? model.storeAllPeakBound(s, fitTo[s] + 1) : never;
      }
      while (sweepNext[s] <= m) {
        ++sweepTo[s];
        if (sweepTo[s] < e) {
          sweepPeakTo[s] = std::max(sweepPeakTo[s], model.sweepTerm(sweepTo[s]));
          sweepNext[s] = gradEnd + sweepPeakTo[s];
        } else {
          sweepNext[s] = never;
        }
      }
      int32_t fitEnd = fitTo[s], sweepEnd = sweepTo[s];
      int32_t fitSplits = std::min(fitEnd + 1, sweepEnd);
      if (!splitsThatFit) {
        inner.dropAbove(sweepEnd);
        for (int32_t sp = std::min(innerLow - 1, sweepEnd); sp > fitSplits; --sp)
          inner.pushFront(sp, splitKey(sp, m));
        innerLow = std::min(innerLow, fitSplits + 1);
      }
      fit.dropAbove(fitSplits);
      if (s + 1 <= fitSplits)
        fit.pushFront(s + 1, splitKey(s + 1, m));

      if (m >= storeAll[s]) {
        cost[s] = base[s];
        continue;
      }
      if (m < lower[s])
        continue;
      double room = cutoff;
      if (!reach.empty()) {
        room = cutoff - reach[size_t(m) * n + s];
        if (!(room > 0)) {
          why[s] = kClamped;
          continue;
        }
      }
      double best = base[s] + room;
      int32_t choice = kClamped;
      if (m >= own[s] && s < e) {
        double v = model.f(s) + model.b(s) + suffixValue(s + 1, m - model.abar(s));
        if (v < best)
          best = v, choice = -1;
      }
      if (!fit.empty() && fit.minKey() - offset[s] < best)
        best = fit.minKey() - offset[s], choice = fit.minIndex() - s;
      // A left part that does not fit recomputes at least its cheapest stage.
      if (!splitsThatFit && !inner.empty() && inner.minKey() - offset[s] < best &&
          (inner.minKey() - offset[s] + model.minForward(s, sweepEnd - 1) < best ||
           model.mayFitFrom(s, fitSplits, sweepEnd - 1, m))) {
        for (int sp = fitSplits + 1; sp <= sweepEnd; ++sp) {
          double sweep = model.forwardCost(s, sp - 1);
          // The left part's bound only grows with s': it bounds every split
          // from here on.
          double leftBound = once.bound(s, sp - 1, m);
          if (sweep + base[s] >= best || keyFrom[sp] - offset[s] + leftBound >= best)
            break;
          double r = suffixValue(sp, m - model.a(sp - 1));
          if (r == kInfCost)
            continue;
          double leftBase = model.baseCost(s, sp - 1), v;
          if (m >= model.storeAllPeak(s, sp - 1)) {
            v = sweep + r + leftBase;
          } else {
            if (m < model.memoryLowerBound(s, sp - 1) ||
                sweep + r + leftBase +
                        std::max(leftBound, model.recomputeLowerBound(s, sp - 1, m)) >=
                    best)
              continue;
            double leftCut = best - sweep - r - leftBase;
            double left = recompute(s, sp - 1, m, leftCut);
            if (left >= leftCut)
              continue;
            v = sweep + r + leftBase + left;
          }
          if (v < best)
            best = v, choice = sp - s;
        }
      }
      // Clamped cells stay infinite: they are never part of the optimum.
      if (choice != kClamped || reach.empty())
        cost[s] = best;
      why[s] = choice;
    }
  }
}

PlanTree CheckpointDP::reconstruct(int64_t m) {
  PlanTree tree;
  if (numStages == 0 || m < 0 || cost(0, numStages - 1, m) == kInfCost)
    return tree;
  struct Work {
    int32_t parent;
    bool second;
    int s, t;
    int64_t m;
  };
  std::vector<Work> work{{-1, false, 0, numStages - 1, std::min(m, capacity)}};
  while (!work.empty()) {
    Work w = work.back();
    work.pop_back();
    int32_t node;
    if (w.m >= model.storeAllPeak(w.s, w.t)) {
      node = addStoreAll(tree, w.s, w.t);
    } else {
      int32_t choice;
      if (w.t == numStages - 1 && endChoice[size_t(w.m) * numStages + w.s] != kClamped) {
        choice = endChoice[size_t(w.m) * numStages + w.s];
      } else {
        Interval c = canonical(w.s, w.t);
        const Cell &cell = cells.at(cellKey(c, w.m + classes.shift(w.t, c)));
        assert(cell.exact);
        choice = cell.choice;
      }
      assert(choice != kClamped && "the optimum never uses a clamped value");
      if (choice < 0) {
        node = tree.add(w.s, w.t, -1);
        if (w.s < w.t)
          work.push_back({node, false, w.s + 1, w.t, w.m - model.abar(w.s)});
      } else {
        int sp = w.s + choice;
        node = tree.add(w.s, w.t, sp);
        work.push_back({node, true, w.s, sp - 1, w.m});
        work.push_back({node, false, sp, w.t, w.m - model.a(sp - 1)});
      }
    }
    if (w.parent >= 0) {
      if (w.second)
        tree.nodes[w.parent].second = node;
      else
        tree.nodes[w.parent].first = node;
    }
  }
  return tree;
}

DPSolution solveChainDP(const ChainModel &units, int64_t capacity, int64_t searchLimit,
                        PlannerOptions::Evaluation evaluation) {
  DPSolution solution;
  int last = units.size() - 1;
  if (capacity < 0 || last < 0)
    return solution;
  // The tabulation costs about (splits over distinct intervals) * M, known in
  // advance, and is exact. The search costs about L * M plus what its bounds
  // cannot rule out: on heterogeneous chains usually little (a random
  // 100-stage chain: about 10 ms against 300 ms tabulated), but on long
  // chains of alternating stages (residual nets, transformer blocks) it can be
  // minutes or stop at its limit. So: tabulate small problems (up to about
  // 0.1 s; a 24-block GPT step: 62 stages, 2.7 * 10^7), and chains that
  // repeat (a period shares at least half of the intervals) while the
  // tabulation stays around a second (a 100-block ResNet: 213 stages, period
  // 2, 378,465 splits over 3,681 intervals, 3.8 * 10^8 at M = 1000).
  IntervalClasses classes(units);
  int64_t numStages = units.size();
  double work = double(classes.splitWork()) * double(capacity + 1);
  bool repeats = classes.count() * 2 <= numStages * (numStages + 1) / 2;
  bool tabulate = evaluation == PlannerOptions::Evaluation::Auto
                      ? work <= 1e8 || (repeats && work <= 1e9)
                      : evaluation == PlannerOptions::Evaluation::Table;
  if (tabulate) {
    TabulatedDP dp(units, capacity, std::move(classes));
    solution.cost = dp.cost(0, last, capacity);
    solution.tree = dp.reconstruct(capacity);
  } else {
    CheckpointDP dp(units, capacity, searchLimit, std::move(classes));
    solution.cost = dp.cost(0, last, capacity);
    solution.tree = dp.reconstruct(capacity);
    solution.optimal = !dp.hitSearchLimit();
  }
  return solution;
}

} // namespace remat::planner::detail
