//===- MinimalMemory.cpp - Least peak over all schedules ------------------===//
//
// Mmin(s, t): the least peak of any schedule of [s, t], by the recurrence of
// Opt with max in place of + and no cost. It is solved top down and only
// where needed: memoryLowerBound(s, t) is usually reached by the first
// candidate tried (keep only x_s and recompute from it for every stage), and
// a candidate whose bound from memoryLowerBound cannot beat the best so far
// is skipped. The recursion runs on an explicit stack so that long chains do
// not exhaust the call stack.
//
//===----------------------------------------------------------------------===//

#include "ChainModel.h"

#include <algorithm>
#include <unordered_map>

namespace remat::planner::detail {

namespace {

class MinimalMemorySolver {
public:
  explicit MinimalMemorySolver(const ChainModel &model) : model(model) {}

  int64_t solve(int s0, int t0) {
    int64_t value;
    if (lookup(s0, t0, value))
      return value;
    std::vector<Frame> stack{makeFrame(s0, t0)};
    while (!stack.empty()) {
      Frame &f = stack.back();
      int childS = -1, childT = -1;
      advance(f, childS, childT);
      if (childS >= 0) {
        stack.push_back(makeFrame(childS, childT));
        continue;
      }
      memo[key(f.s, f.t)] = {f.best, f.choice};
      stack.pop_back();
    }
    lookup(s0, t0, value);
    return value;
  }

  /// Tree of the minimizing choices; solve(s, t) must have run.
  int32_t build(PlanTree &tree, int s0, int t0) {
    struct Work {
      int32_t parent;
      bool second;
      int s, t;
    };
    std::vector<Work> work{{-1, false, s0, t0}};
    int32_t root = -1;
    while (!work.empty()) {
      Work w = work.back();
      work.pop_back();
      int32_t choice = w.s == w.t ? -1 : memo.at(key(w.s, w.t)).second;
      int32_t node = tree.add(w.s, w.t, choice);
      if (choice < 0) {
        if (w.s < w.t)
          work.push_back({node, false, w.s + 1, w.t});
      } else {
        work.push_back({node, true, w.s, choice - 1});
        work.push_back({node, false, choice, w.t});
      }
      if (w.parent < 0)
        root = node;
      else if (w.second)
        tree.nodes[w.parent].second = node;
      else
        tree.nodes[w.parent].first = node;
    }
    return root;
  }

private:
  struct Frame {
    int s, t;
    int64_t lowerBound, best;
    int32_t choice;
    /// Candidate being tried: 0 splits at t, 1 runs F_all(s) first, c >= 2
    /// splits at t - c + 1.
    int candidate;
    /// 0: the first sub-interval is needed, 1: the second (splits only).
    int phase;
    int64_t partial;
  };

  static uint64_t key(int s, int t) { return (uint64_t(uint32_t(s)) << 32) | uint32_t(t); }

  Frame makeFrame(int s, int t) const {
    return {s, t, model.memoryLowerBound(s, t), kInfBytes, -1, 0, 0, 0};
  }

  bool lookup(int s, int t, int64_t &value) const {
    if (s == t) {
      value = model.allNeed(s, t);
      return true;
    }
    auto it = memo.find(key(s, t));
    if (it == memo.end())
      return false;
    value = it->second.first;
    return true;
  }

  /// Runs frame `f` until it needs an unsolved sub-interval (returned in
  /// childS/childT) or is finished (childS stays -1).
  void advance(Frame &f, int &childS, int &childT) {
    int s = f.s, t = f.t;
    int numCandidates = t - s + 1;
    for (; f.candidate < numCandidates && f.best > f.lowerBound; ++f.candidate, f.phase = 0) {
      bool storeFirst = f.candidate == 1;
      int sp = f.candidate == 0 ? t : t - f.candidate + 1;
      int64_t value;
      if (storeFirst) {
        int64_t own = model.allNeed(s, t);
        if (std::max(own, model.abar(s) + model.memoryLowerBound(s + 1, t)) >= f.best)
          continue;
        if (!lookup(s + 1, t, value)) {
          childS = s + 1, childT = t;
          return;
        }
        value = std::max(own, model.abar(s) + value);
        if (value < f.best)
          f.best = value, f.choice = -1;
        continue;
      }
      int64_t sweep = model.g(t + 1) + model.sweepPeak(s, sp - 1);
      if (f.phase == 0) {
        int64_t bound = std::max({sweep, model.a(sp - 1) + model.memoryLowerBound(sp, t),
                                  model.memoryLowerBound(s, sp - 1)});
        if (bound >= f.best)
          continue;
        if (!lookup(sp, t, value)) {
          childS = sp, childT = t;
          return;
        }
        f.partial = std::max(sweep, model.a(sp - 1) + value);
        if (f.partial >= f.best)
          continue;
        f.phase = 1;
      }
      if (!lookup(s, sp - 1, value)) {
        childS = s, childT = sp - 1;
        return;
      }
      value = std::max(f.partial, value);
      if (value < f.best)
        f.best = value, f.choice = sp;
    }
  }

  const ChainModel &model;
  std::unordered_map<uint64_t, std::pair<int64_t, int32_t>> memo;
};

} // namespace

MinimalMemoryResult solveMinimalMemory(const ChainModel &model) {
  MinimalMemorySolver solver(model);
  int last = model.size() - 1;
  MinimalMemoryResult result;
  result.innerPeak = solver.solve(0, last);
  solver.build(result.tree, 0, last);
  return result;
}

} // namespace remat::planner::detail
