//===- BruteForce.cpp - Exhaustive search over all schedules --------------===//

#include "BruteForce.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <queue>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace remat::planner::testing {

namespace {

/// Everything that determines what is live: the position of the backward
/// (the live gradient is g_grad), which x_j are standalone checkpoints, which
/// stages hold their saved values, and the value the last forward wrote.
struct State {
  int grad;
  uint32_t checkpoints; // bit j: x_j (j >= 1) kept in its own buffer
  uint32_t saved;       // bit i: abar_i live
  int front;            // x_front was just written, or -1
  bool frontOwn;        // ... into a buffer nothing else holds

  uint64_t key() const {
    return uint64_t(grad) | uint64_t(checkpoints) << 5 | uint64_t(saved) << 21 |
           uint64_t(front + 1) << 37 | uint64_t(frontOwn) << 43;
  }
};

class Search {
public:
  Search(const Chain &chain, int64_t budget) : chain(chain), n(int(chain.size())), budget(budget) {
    assert(n <= 15 && "brute force handles at most 15 stages");
  }

  /// Least cost within the budget (A* with the cost still certain to come:
  /// every remaining backward, and a forward of every stage whose saved values
  /// are not live).
  double leastCost() {
    return search([&](double cost, int64_t, double, int64_t) { return cost; });
  }

  /// Least peak over all schedules (best-first on the running peak).
  int64_t leastPeak() {
    double peak = search([&](double, int64_t peak, double, int64_t) { return double(peak); },
                         /*byPeak=*/true);
    return int64_t(peak);
  }

private:
  template <typename Priority> double search(Priority priority, bool byPeak = false) {
    State start{n, 0, 0, -1, false};
    if (live(start) > budget)
      return std::numeric_limits<double>::infinity();
    // Items: (priority, cost, peak, key).
    using Item = std::tuple<double, double, int64_t, uint64_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    std::unordered_map<uint64_t, double> best;
    best.reserve(1 << 16);
    auto push = [&](const State &s, double cost, int64_t peak) {
      double p = byPeak ? double(peak) : cost + remaining(s);
      uint64_t k = s.key();
      auto it = best.find(k);
      if (it != best.end() && it->second <= p)
        return;
      best[k] = p;
      queue.push({p, cost, peak, k});
    };
    push(start, 0, live(start));
    while (!queue.empty()) {
      auto [p, cost, peak, key] = queue.top();
      queue.pop();
      if (p > best[key])
        continue;
      State s = decode(key);
      if (s.grad == 0)
        return priority(cost, peak, p, key);
      for (int i = 0; i < s.grad; ++i)
        for (int kind = 0; kind < 3; ++kind) {
          State next;
          int64_t during;
          if (forward(s, i, kind, next, during))
            push(next, cost + chain.stages[i].f, std::max(peak, during));
        }
      State next;
      int64_t during;
      if (backward(s, next, during))
        push(next, cost + chain.stages[s.grad - 1].b, std::max(peak, during));
    }
    return std::numeric_limits<double>::infinity();
  }

  static State decode(uint64_t key) {
    State s;
    s.grad = int(key & 31);
    s.checkpoints = uint32_t((key >> 5) & 0xffff);
    s.saved = uint32_t((key >> 21) & 0xffff);
    s.front = int((key >> 37) & 63) - 1;
    s.frontOwn = (key >> 43) & 1;
    return s;
  }

  /// Cost every completion still pays.
  double remaining(const State &s) const {
    double cost = 0;
    for (int i = 0; i < s.grad; ++i)
      cost += chain.stages[i].b + (has(s.saved, i) ? 0 : chain.stages[i].f);
    return cost;
  }

  int64_t act(int j) const { return j == 0 ? chain.inputBytes : chain.stages[j - 1].a; }
  int64_t grad(int j) const {
    return j == 0 ? chain.inputGradBytes : chain.stages[j - 1].gradBytes();
  }
  bool has(uint32_t mask, int bit) const { return (mask >> bit) & 1; }

  int64_t live(const State &s) const {
    int64_t bytes = chain.inputBytes + grad(s.grad);
    // Every backward that has run left its persistent outputs.
    for (int i = s.grad; i < n; ++i)
      bytes += chain.stages[i].gout;
    for (int j = 1; j <= n; ++j)
      if (has(s.checkpoints, j))
        bytes += act(j);
    for (int i = 0; i < n; ++i)
      if (has(s.saved, i))
        bytes += chain.stages[i].abar;
    if (s.front >= 0 && s.frontOwn)
      bytes += act(s.front);
    return bytes;
  }

  bool held(const State &s, int j) const {
    return j == 0 || has(s.checkpoints, j) || has(s.saved, j - 1);
  }

  /// kind 0: F_none, 1: F_ck, 2: F_all.
  bool forward(const State &s, int i, int kind, State &next, int64_t &during) const {
    const Stage &st = chain.stages[i];
    bool fromFront = s.front == i;
    if (!fromFront && !held(s, i))
      return false;
    if (kind == 2 && has(s.saved, i))
      return false;
    // Two moves that cannot help: F_ck of an input that is already held is
    // F_none, and F_none of a stage whose output is held only costs.
    if (kind == 1 && !(fromFront && s.frontOwn))
      return false;
    if (kind == 0 && held(s, i + 1))
      return false;
    next = s;
    if (!fromFront) // the unused front is discarded before the step
      next.front = -1, next.frontOwn = false;
    during = live(next) + (kind == 2 ? st.abar : st.a) + st.of;
    if (during > budget)
      return false;
    if (fromFront && s.frontOwn && kind != 0)
      next.checkpoints |= 1u << i;
    if (kind == 2) {
      next.saved |= 1u << i;
      next.front = i + 1;
      next.frontOwn = false;
    } else {
      next.front = i + 1;
      next.frontOwn = !held(next, i + 1);
    }
    return live(next) <= budget;
  }

  bool backward(const State &s, State &next, int64_t &during) const {
    int i = s.grad - 1;
    if (!has(s.saved, i) || !held(s, i))
      return false;
    next = s;
    next.front = -1, next.frontOwn = false;
    during = live(next) + grad(i) + chain.stages[i].gout + chain.stages[i].ob;
    if (during > budget)
      return false;
    next.saved &= ~(1u << i);
    if (i > 0)
      next.checkpoints &= ~(1u << i);
    next.grad = i;
    return true;
  }

  const Chain &chain;
  int n;
  int64_t budget;
};

} // namespace

double bruteForceCost(const Chain &chain, int64_t budget) {
  return Search(chain, budget).leastCost();
}

int64_t bruteForceMinimalBudget(const Chain &chain) {
  return Search(chain, std::numeric_limits<int64_t>::max()).leastPeak();
}

} // namespace remat::planner::testing
