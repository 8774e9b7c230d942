//===- ChainModel.cpp - Sizes, bounds and plan trees ----------------------===//

#include "ChainModel.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <utility>

namespace remat::planner {

double Chain::forwardCost() const {
  double total = 0;
  for (const Stage &stage : stages)
    total += stage.f;
  return total;
}

double Chain::baseCost() const {
  double total = 0;
  for (const Stage &stage : stages)
    total += stage.f + stage.b;
  return total;
}

int64_t Chain::gradientBytes(size_t j) const {
  return j == 0 ? inputGradBytes : stages[j - 1].gradBytes();
}

int64_t Chain::persistentBytes(size_t j) const {
  int64_t total = 0;
  for (size_t i = j; i < stages.size(); ++i)
    total += stages[i].gout;
  return total;
}

std::string validateChain(const Chain &chain) {
  std::ostringstream os;
  if (chain.stages.empty())
    return "field 'stages' is empty: give at least one stage";
  if (chain.stages.size() > kMaxStages) {
    os << "field 'stages' has " << chain.stages.size() << " stages: at most " << kMaxStages
       << " are supported";
    return os.str();
  }
  auto checkBytes = [&](const char *field, int64_t value, const std::string &where) {
    if (value < 0)
      os << "field '" << field << "'" << where << " is negative (" << value
         << "): sizes are bytes >= 0";
    else if (value > kMaxBytes)
      os << "field '" << field << "'" << where << " is " << value << ": sizes above 2^50 bytes are "
         << "not supported";
    return value >= 0 && value <= kMaxBytes;
  };
  auto checkCost = [&](const char *field, double value, const std::string &where) {
    if (!std::isfinite(value) || value < 0) {
      os << "field '" << field << "'" << where << " is " << value
         << ": costs must be finite and >= 0";
      return false;
    }
    return true;
  };
  if (!checkBytes("input_bytes", chain.inputBytes, "") ||
      !checkBytes("input_delta", chain.inputGradBytes, ""))
    return os.str();
  for (size_t i = 0; i < chain.stages.size(); ++i) {
    const Stage &st = chain.stages[i];
    std::string where = " of stage " + std::to_string(i);
    if (!checkCost("f", st.f, where) || !checkCost("b", st.b, where) ||
        !checkBytes("a", st.a, where) || !checkBytes("abar", st.abar, where) ||
        !checkBytes("delta", st.gradBytes(), where) || !checkBytes("of", st.of, where) ||
        !checkBytes("ob", st.ob, where) || !checkBytes("gout", st.gout, where))
      return os.str();
    if (st.abar < st.a) {
      os << "field 'abar'" << where << " is " << st.abar << ", below its 'a' (" << st.a
         << "): abar counts everything the backward reads, the output included, so abar >= a";
      return os.str();
    }
  }
  return "";
}

namespace detail {

static int64_t roundUp(int64_t bytes, int64_t unit) { return (bytes + unit - 1) / unit; }

ChainModel::ChainModel(const Chain &chain, int64_t unit)
    : numStages(int(chain.size())), unitBytes(unit) {
  int n = numStages;
  input = roundUp(chain.inputBytes, unit);
  fwd.resize(n), bwd.resize(n), out.resize(n), saved.resize(n);
  fwdOverhead.resize(n), bwdOverhead.resize(n), persistent.resize(n), bwdWrites.resize(n);
  grad.resize(n + 1);
  after.assign(n + 1, 0);
  prefixF.assign(n + 1, 0), prefixFB.assign(n + 1, 0), prefixSaved.assign(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    const Stage &st = chain.stages[i];
    fwd[i] = st.f, bwd[i] = st.b;
    out[i] = roundUp(st.a, unit), saved[i] = roundUp(st.abar, unit);
    fwdOverhead[i] = roundUp(st.of, unit), bwdOverhead[i] = roundUp(st.ob, unit);
    persistent[i] = roundUp(st.gout, unit);
    prefixF[i + 1] = prefixF[i] + st.f;
    prefixFB[i + 1] = prefixFB[i] + st.f + st.b;
    prefixSaved[i + 1] = prefixSaved[i] + saved[i];
  }
  // g(j): the gradient g_j and the persistent outputs of stages j..L-1,
  // everything the backward has left live once it has reached g_j.
  int64_t later = 0; // persistent units of stages j..L-1
  for (int j = n; j >= 0; --j) {
    if (j < n)
      later += persistent[j];
    int64_t own = roundUp(chain.gradientBytes(size_t(j)), unit);
    grad[j] = own + later;
    after[j] = later;
    if (j < n)
      bwdWrites[j] = own + persistent[j] + bwdOverhead[j];
  }
  // Store-all of [s, t]: F_all(i) holds abar_s..abar_{i-1}, abar_i, of_i and
  // g(t+1); B(i) holds abar_s..abar_i and g(i+1), and adds what it writes.
  std::vector<int64_t> saF(n), saB(n), nb(n), sw(n);
  for (int i = 0; i < n; ++i) {
    saF[i] = prefixSaved[i] + saved[i] + fwdOverhead[i];
    saB[i] = prefixSaved[i + 1] + grad[i + 1] + bwdWrites[i];
    // B(i) with x_i stored (x_i is outside the interval when i == s).
    nb[i] = (i > 0 ? out[i - 1] : 0) + saved[i] + grad[i + 1] + bwdWrites[i];
    // Running stage i forward from an unstored x_i.
    sw[i] = (i > 0 ? out[i - 1] : 0) + out[i] + fwdOverhead[i];
  }
  storeAllForward = RangeMax<int64_t>(saF);
  storeAllBackward = RangeMax<int64_t>(saB);
  backwardNeed = RangeMax<int64_t>(nb);
  sweepStep = RangeMax<int64_t>(sw);
  gradient = RangeMax<int64_t>(grad);
  std::vector<int64_t> negGrad(grad.size());
  for (size_t j = 0; j < grad.size(); ++j)
    negGrad[j] = -grad[j];
  negGradient = RangeMax<int64_t>(negGrad);
  std::vector<double> negF(n), negR(n);
  for (int i = 0; i < n; ++i) {
    negF[i] = -fwd[i];
    // f per unit of saved memory; stages that save nothing cannot free any.
    negR[i] = saved[i] > 0 ? -fwd[i] / double(saved[i]) : -kInfCost;
  }
  negForward = RangeMax<double>(negF);
  negRatio = RangeMax<double>(negR);
}

int64_t ChainModel::sweepPeak(int s, int e) const {
  int64_t peak = out[s] + fwdOverhead[s];
  if (e > s)
    peak = std::max(peak, sweepStep.query(s + 1, e));
  return peak;
}

int64_t ChainModel::allNeed(int s, int t) const {
  return std::max(grad[t + 1] + saved[s] + fwdOverhead[s], saved[s] + grad[s + 1] + bwdWrites[s]);
}

int64_t ChainModel::storeAllPeak(int s, int t) const {
  return std::max(grad[t + 1] + storeAllForward.query(s, t), storeAllBackward.query(s, t)) -
         prefixSaved[s];
}

int64_t ChainModel::storeAllPeakBound(int s, int t) const {
  // storeAllPeak with the gradient of the interval's end replaced by the
  // largest gradient of any end up to t.
  return std::max(gradient.query(s + 1, t + 1) + storeAllForward.query(s, t),
                  storeAllBackward.query(s, t)) -
         prefixSaved[s];
}

bool ChainModel::mayFitFrom(int s, int from, int to, int64_t m) const {
  if (to < from)
    return false;
  // Both terms of storeAllPeak grow with t' except g_{t'+1}.
  if (storeAllBackward.query(s, from) - prefixSaved[s] > m)
    return false;
  int64_t gradientRoom = m + prefixSaved[s] - storeAllForward.query(s, from);
  return -negGradient.query(from + 1, to + 1) <= gradientRoom;
}

double ChainModel::recomputeLowerBound(int s, int t, int64_t m) const {
  if (m >= storeAllPeak(s, t))
    return 0;
  // Storing everything does not fit, so some stage runs twice.
  double bound = -negForward.query(s, t);
  // The stages of [s, t-1] that run once hold their abar when B(t) runs;
  // the others must add up to at least `shed` units and cost at least the
  // smallest f per unit each.
  if (t > s) {
    int64_t room = m - (saved[t] + grad[t + 1] + bwdWrites[t]);
    int64_t shed = prefixSaved[t] - prefixSaved[s] - room;
    if (shed > 0)
      bound = std::max(bound, double(shed) * -negRatio.query(s, t - 1) * (1 - 1e-12));
  }
  return bound;
}

int64_t ChainModel::memoryLowerBound(int s, int t) const {
  // Every schedule of [s, t] runs B(s), B(i) with x_i stored, F_all(t) while
  // g_{t+1} is live, and every stage s..t-1 at least once before B(t).
  int64_t bound = saved[s] + grad[s + 1] + bwdWrites[s];
  bound = std::max(bound, grad[t + 1] + saved[t] + fwdOverhead[t] + (t > s ? out[t - 1] : 0));
  if (t > s) {
    bound = std::max(bound, backwardNeed.query(s + 1, t));
    bound = std::max(bound, grad[t + 1] + sweepPeak(s, t - 1));
  }
  return bound;
}

int32_t addStoreAll(PlanTree &tree, int s, int t) {
  int32_t root = -1, prev = -1;
  for (int i = s; i <= t; ++i) {
    int32_t node = tree.add(i, t, -1);
    if (prev >= 0)
      tree.nodes[prev].first = node;
    else
      root = node;
    prev = node;
  }
  return root;
}

PlanTree segmentPlan(int numStages, const std::vector<int> &starts) {
  PlanTree tree;
  int32_t parent = -1;
  for (size_t j = 0; j < starts.size(); ++j) {
    int s = starts[j], t = numStages - 1;
    int32_t node;
    if (j + 1 == starts.size()) {
      node = addStoreAll(tree, s, t);
    } else {
      node = tree.add(s, t, starts[j + 1]);
      tree.nodes[node].second = addStoreAll(tree, s, starts[j + 1] - 1);
    }
    if (parent >= 0)
      tree.nodes[parent].first = node;
    parent = node;
  }
  return tree;
}

TreeMetrics evaluateTree(const ChainModel &model, const PlanTree &tree) {
  std::vector<TreeMetrics> metrics(tree.nodes.size());
  for (size_t k = tree.nodes.size(); k-- > 0;) {
    const PlanTree::Node &node = tree.nodes[k];
    TreeMetrics &m = metrics[k];
    int s = node.s, t = node.t;
    if (node.split < 0) {
      m.innerPeak = model.allNeed(s, t);
      m.cost = model.f(s) + model.b(s);
      if (node.first >= 0) {
        m.innerPeak = std::max(m.innerPeak, model.abar(s) + metrics[node.first].innerPeak);
        m.cost += metrics[node.first].cost;
        m.recompute = metrics[node.first].recompute;
      }
    } else {
      int sp = node.split;
      const TreeMetrics &right = metrics[node.first], &left = metrics[node.second];
      m.innerPeak = std::max({model.g(t + 1) + model.sweepPeak(s, sp - 1),
                              model.a(sp - 1) + right.innerPeak, left.innerPeak});
      m.cost = model.forwardCost(s, sp - 1) + right.cost + left.cost;
      m.recompute = model.forwardCost(s, sp - 1) + right.recompute + left.recompute;
    }
  }
  return tree.nodes.empty() ? TreeMetrics() : metrics[0];
}

std::vector<Step> emitSchedule(const PlanTree &tree) {
  std::vector<Step> steps;
  if (tree.nodes.empty())
    return steps;
  // Work items: a node to expand (>= 0) or a pending B(s) encoded as -1 - s.
  std::vector<int64_t> work{0};
  while (!work.empty()) {
    int64_t item = work.back();
    work.pop_back();
    if (item < 0) {
      steps.push_back({StepKind::Backward, int32_t(-1 - item)});
      continue;
    }
    const PlanTree::Node &node = tree.nodes[item];
    if (node.split < 0) {
      steps.push_back({StepKind::ForwardAll, node.s});
      work.push_back(-1 - int64_t(node.s));
      if (node.first >= 0)
        work.push_back(node.first);
    } else {
      steps.push_back({StepKind::ForwardCheckpoint, node.s});
      for (int i = node.s + 1; i < node.split; ++i)
        steps.push_back({StepKind::ForwardNone, i});
      work.push_back(node.second);
      work.push_back(node.first);
    }
  }
  return steps;
}

Plan planFromTree(const Chain &chain, const ChainModel &bytes, const PlanTree &tree) {
  Plan plan;
  TreeMetrics metrics = evaluateTree(bytes, tree);
  plan.feasible = true;
  plan.computeCost = metrics.cost;
  plan.recomputeCost = metrics.recompute;
  plan.peakBytes = chain.inputBytes + metrics.innerPeak;
  plan.schedule = emitSchedule(tree);
  return plan;
}

IntervalClasses::IntervalClasses(const ChainModel &model, int maxPeriod) {
  int n = model.size();
  reach.resize(n);
  for (int t = 0; t < n; ++t)
    reach[t] = t + 1;
  after.resize(n + 1);
  for (int j = 0; j <= n; ++j)
    after[j] = model.persistentFrom(j);
  numClasses = int64_t(n) * (n + 1) / 2;
  std::vector<int> candidate(n);
  for (int p = 1; p <= std::min(maxPeriod, n / 2); ++p) {
    int64_t classes = 0;
    for (int t = 0; t < n; ++t) {
      bool repeats = t >= p && model.interchangeable(t, t - p);
      candidate[t] = repeats ? candidate[t - 1] : t + 1;
      classes += std::min(t, candidate[t]) + 1;
    }
    if (classes < numClasses) {
      numClasses = classes;
      periodLength = p;
      reach = candidate;
    }
  }
  for (int t = 0; t < n; ++t) {
    int64_t k = lastStart(t);
    // Lengths t - s + 1 for s = 0..k.
    numSplits += (k + 1) * (t + 1) - k * (k + 1) / 2;
  }
}

} // namespace detail
} // namespace remat::planner
