//===- TabulatedDP.cpp - The DP tabulated bottom-up ----------------------===//

#include "TabulatedDP.h"

#include <algorithm>

namespace remat::planner::detail {

/// At most 128 MiB of dense values (a 100-block ResNet at M = 1000 needs 21).
constexpr size_t kMaxDenseValues = size_t(1) << 24;

TabulatedDP::TabulatedDP(const ChainModel &units, int64_t capacity, IntervalClasses shared)
    : model(units), capacity(capacity), numStages(units.size()), classes(std::move(shared)) {
  int n = numStages;
  columnStart.resize(n + 1);
  for (int t = 0; t < n; ++t)
    columnStart[t + 1] = columnStart[t] + size_t(classes.lastStart(t) + 1);
  entries.resize(columnStart[n]);
  // Opt(s, t, .) needs Opt(s', t, .) for s' > s and Opt(s, t', .) for t' < t;
  // a representative never lies after the interval it stands for.
  for (int t = 0; t < n; ++t)
    for (int s = classes.lastStart(t); s >= 0; --s)
      solveInterval(s, t);
}

int64_t TabulatedDP::firstFeasible(int s, int t) const {
  Interval c = canonical(s, t);
  const Entry &e = entry(c.s, c.t);
  if (e.count == 0)
    return model.storeAllPeak(s, t);
  return points[e.start].m - classes.shift(t, c);
}

void TabulatedDP::expand(int s, int t, int64_t from, int64_t n, double *out) const {
  Interval c = canonical(s, t);
  const Entry &e = entry(c.s, c.t);
  int64_t shift = classes.shift(t, c);
  int64_t storeAll = model.storeAllPeak(s, t);
  int64_t below = std::min(n, std::max<int64_t>(0, storeAll - from));
  int64_t k = 0;
  if (e.count == 0) {
    for (; k < below; ++k)
      out[k] = kInfCost;
  } else {
    const Point *p = points.data() + e.start, *end = p + e.count;
    const Point *next = std::upper_bound(p, end, from + shift, [](int64_t m, const Point &q) {
      return m < int64_t(q.m);
    });
    double current = next == p ? kInfCost : (next - 1)->cost;
    for (; k < below; ++k) {
      int64_t m = from + shift + k;
      while (next != end && next->m <= m)
        current = (next++)->cost;
      out[k] = current;
    }
  }
  double base = model.baseCost(s, t);
  for (; k < n; ++k)
    out[k] = base;
}

const double *TabulatedDP::values(int s, int t, int64_t from, int64_t n, double *scratch) const {
  Interval c = canonical(s, t);
  const Entry &e = entry(c.s, c.t);
  int64_t at = from + classes.shift(t, c);
  if (e.denseStart >= 0 && at >= e.denseLo && at + n <= e.denseHi)
    return dense.data() + e.denseStart + (at - e.denseLo);
  expand(s, t, from, n, scratch);
  return scratch;
}

double TabulatedDP::cost(int s, int t, int64_t m) const {
  double value;
  expand(s, t, m, 1, &value);
  return value;
}

void TabulatedDP::solveInterval(int s, int t) {
  Entry &e = entries[entryIndex(s, t)];
  int64_t lo = model.memoryLowerBound(s, t);
  // Intervals that share this one's values read them up to maxShift above the capacity.
  int64_t hi = std::min(model.storeAllPeak(s, t), capacity + classes.maxShift() + 1);
  if (hi <= lo)
    return;
  int64_t width = hi - lo;
  best.assign(width, kInfCost);
  choice.assign(width, -1);
  right.resize(width);
  left.resize(width);

  // F_all(s), then [s+1, t] with abar_s held, then B(s).
  {
    int64_t from = std::max({lo, model.allNeed(s, t), firstFeasible(s + 1, t) + model.abar(s)});
    if (from < hi) {
      const double *r = values(s + 1, t, from - model.abar(s), hi - from, right.data());
      double fb = model.f(s) + model.b(s);
      double *out = best.data() + (from - lo);
      for (int64_t k = 0, n = hi - from; k < n; ++k)
        out[k] = fb + r[k];
    }
  }
  // Split at s': sweep s..s'-1 keeping x_{s'}, then [s', t], then [s, s'-1].
  for (int sp = s + 1; sp <= t; ++sp) {
    int64_t from = std::max({lo, model.g(t + 1) + model.sweepPeak(s, sp - 1),
                             firstFeasible(sp, t) + model.a(sp - 1), firstFeasible(s, sp - 1)});
    if (from >= hi)
      continue;
    int64_t n = hi - from;
    const double *r = values(sp, t, from - model.a(sp - 1), n, right.data());
    const double *l = values(s, sp - 1, from, n, left.data());
    double sweep = model.forwardCost(s, sp - 1);
    double *out = best.data() + (from - lo);
    int32_t *why = choice.data() + (from - lo);
    for (int64_t k = 0; k < n; ++k) {
      double c = sweep + r[k] + l[k];
      if (c < out[k]) {
        out[k] = c;
        why[k] = sp;
      }
    }
  }

  e.start = uint32_t(points.size());
  bool keepDense = dense.size() + size_t(width) <= kMaxDenseValues;
  if (keepDense) {
    e.denseStart = int64_t(dense.size());
    e.denseLo = int32_t(lo);
    e.denseHi = int32_t(hi);
  }
  double last = kInfCost;
  for (int64_t k = 0; k < width; ++k) {
    if (best[k] < last) {
      points.push_back({int32_t(lo + k), choice[k], best[k]});
      last = best[k];
    }
    // More memory never costs more: the values are the running minimum.
    if (keepDense)
      dense.push_back(last);
  }
  e.count = uint32_t(points.size() - e.start);
  ++numTabulated;
}

PlanTree TabulatedDP::reconstruct(int64_t m) const {
  PlanTree tree;
  if (numStages == 0 || cost(0, numStages - 1, m) == kInfCost)
    return tree;
  struct Work {
    int32_t parent;
    bool second;
    int s, t;
    int64_t m;
  };
  std::vector<Work> work{{-1, false, 0, numStages - 1, m}};
  while (!work.empty()) {
    Work w = work.back();
    work.pop_back();
    int32_t node;
    if (w.m >= model.storeAllPeak(w.s, w.t)) {
      node = addStoreAll(tree, w.s, w.t);
    } else {
      Interval c = canonical(w.s, w.t);
      const Entry &e = entry(c.s, c.t);
      int64_t shift = classes.shift(w.t, c);
      const Point *p = points.data() + e.start, *end = p + e.count;
      const Point *at =
          std::upper_bound(p, end, w.m + shift,
                           [](int64_t m, const Point &q) { return m < int64_t(q.m); }) -
          1;
      int64_t mem = at->m - shift;
      if (at->choice < 0) {
        node = tree.add(w.s, w.t, -1);
        if (w.s < w.t)
          work.push_back({node, false, w.s + 1, w.t, mem - model.abar(w.s)});
      } else {
        int sp = at->choice + (w.s - c.s);
        node = tree.add(w.s, w.t, sp);
        work.push_back({node, true, w.s, sp - 1, mem});
        work.push_back({node, false, sp, w.t, mem - model.a(sp - 1)});
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

} // namespace remat::planner::detail
