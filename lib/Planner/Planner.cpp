//===- Planner.cpp - Strategies and their entry points --------------------===//

#include "Remat/Planner/Planner.h"

#include "ChainModel.h"
#include "CheckpointDP.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace remat::planner {

using namespace detail;

const char *strategyName(Strategy strategy) {
  switch (strategy) {
  case Strategy::None:
    return "none";
  case Strategy::Sqrt:
    return "sqrt";
  case Strategy::Greedy:
    return "greedy";
  case Strategy::DP:
    return "dp";
  }
  return "?";
}

std::optional<Strategy> parseStrategy(std::string_view name) {
  for (Strategy s : {Strategy::None, Strategy::Sqrt, Strategy::Greedy, Strategy::DP})
    if (name == strategyName(s))
      return s;
  return std::nullopt;
}

namespace {

/// Chen's sqrt(n): k = ceil(sqrt(L)) segments of floor/ceil(L / k) stages.
std::vector<int> sqrtSegmentStarts(int numStages) {
  int k = int(std::ceil(std::sqrt(double(numStages))));
  while (int64_t(k) * k < numStages)
    ++k;
  while (k > 1 && int64_t(k - 1) * (k - 1) >= numStages)
    --k;
  std::vector<int> starts;
  for (int j = 0; j < k; ++j)
    starts.push_back(int(int64_t(j) * numStages / k));
  return starts;
}

struct GreedyWalk {
  std::vector<int> starts;
  /// Largest segment (sum of abar) and sum of the checkpointed inputs.
  int64_t maxSegment = 0, checkpointBytes = 0;
};

/// Chen's budget walk with threshold B: a stage whose saved bytes would push
/// the running segment over B starts a new segment, its input a checkpoint.
GreedyWalk greedyWalk(const Chain &chain, double threshold) {
  GreedyWalk walk;
  walk.starts.push_back(0);
  int64_t x = 0;
  for (size_t i = 0; i < chain.size(); ++i) {
    int64_t abar = chain.stages[i].abar;
    if (x > 0 && double(x + abar) > threshold) {
      walk.starts.push_back(int(i));
      walk.checkpointBytes += chain.stages[i - 1].a;
      walk.maxSegment = std::max(walk.maxSegment, x);
      x = 0;
    }
    x += abar;
  }
  walk.maxSegment = std::max(walk.maxSegment, x);
  return walk;
}

/// memonger's search: one walk with B = 0 gives (x, y); then B = sqrt(x*y)
/// and a 6-point grid over [B/sqrt2, sqrt2*B].
std::vector<std::vector<int>> greedyCandidates(const Chain &chain) {
  std::set<std::vector<int>> unique;
  GreedyWalk first = greedyWalk(chain, 0);
  unique.insert(first.starts);
  double guess = std::sqrt(double(first.maxSegment) * double(first.checkpointBytes));
  unique.insert(greedyWalk(chain, guess).starts);
  double lo = guess / std::sqrt(2.0), hi = guess * std::sqrt(2.0);
  for (int k = 0; k < 6; ++k)
    unique.insert(greedyWalk(chain, lo + (hi - lo) * k / 5).starts);
  return {unique.begin(), unique.end()};
}

std::vector<Plan> greedyPlans(const Chain &chain, const ChainModel &bytes) {
  std::vector<Plan> plans;
  for (const std::vector<int> &starts : greedyCandidates(chain))
    plans.push_back(planFromTree(chain, bytes, segmentPlan(int(chain.size()), starts)));
  return plans;
}

Plan storeAllPlan(const Chain &chain, const ChainModel &bytes) {
  PlanTree tree;
  addStoreAll(tree, 0, int(chain.size()) - 1);
  return planFromTree(chain, bytes, tree);
}

Plan sqrtPlan(const Chain &chain, const ChainModel &bytes) {
  return planFromTree(chain, bytes,
                      segmentPlan(int(chain.size()), sqrtSegmentStarts(int(chain.size()))));
}

/// Cheapest plan that fits, ties to the lower peak; infeasible if none fits.
Plan cheapestWithin(std::vector<Plan> plans, int64_t budget) {
  Plan best;
  for (Plan &plan : plans) {
    if (!plan.feasible || plan.peakBytes > budget)
      continue;
    if (!best.feasible || plan.computeCost < best.computeCost ||
        (plan.computeCost == best.computeCost && plan.peakBytes < best.peakBytes))
      best = std::move(plan);
  }
  return best;
}

Plan planDP(const Chain &chain, const ChainModel &bytes, int64_t budget,
            const PlannerOptions &options) {
  if (budget < chain.inputBytes)
    return Plan();
  Plan storeAll = storeAllPlan(chain, bytes);
  if (storeAll.peakBytes <= budget)
    return storeAll;
  // The DP keeps about 28 bytes per stage and memory step: past kMaxDPCells
  // the steps are made coarser rather than exhausting memory.
  int64_t steps = std::max<int64_t>(1, options.memorySteps);
  steps = std::min(steps, std::max<int64_t>(1, kMaxDPCells / int64_t(chain.size())));
  int64_t unit = std::max<int64_t>(1, (budget + steps - 1) / steps);
  ChainModel units(chain, unit);
  int64_t capacity = (budget - chain.inputBytes) / unit;
  DPSolution solution = solveChainDP(units, capacity, options.searchLimit, options.evaluation);
  PlanTree &tree = solution.tree;
  std::vector<Plan> plans;
  if (!tree.empty()) {
    plans.push_back(planFromTree(chain, bytes, tree));
    plans.back().optimal = solution.optimal;
  }
  if (unit > 1 || !solution.optimal) {
    // Rounding sizes up to whole steps, or a search stopped at its limit, can
    // only lose: keep the byte-exact baselines and, if the DP has no plan, the
    // least-memory one.
    plans.push_back(sqrtPlan(chain, bytes));
    for (Plan &plan : greedyPlans(chain, bytes))
      plans.push_back(std::move(plan));
    if (tree.empty()) {
      MinimalMemoryResult least = solveMinimalMemory(bytes);
      if (chain.inputBytes + least.innerPeak <= budget)
        plans.push_back(planFromTree(chain, bytes, least.tree));
    }
  }
  Plan best = cheapestWithin(std::move(plans), budget);
  best.optimal = solution.optimal;
  return best;
}

double elapsedMs(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

} // namespace

Plan planCheckpoints(const Chain &chain, int64_t budgetBytes, Strategy strategy,
                     const PlannerOptions &options) {
  auto start = std::chrono::steady_clock::now();
  ChainModel bytes(chain, 1);
  Plan plan;
  switch (strategy) {
  case Strategy::None:
    plan = cheapestWithin({storeAllPlan(chain, bytes)}, budgetBytes);
    break;
  case Strategy::Sqrt:
    plan = cheapestWithin({sqrtPlan(chain, bytes)}, budgetBytes);
    break;
  case Strategy::Greedy:
    plan = cheapestWithin(greedyPlans(chain, bytes), budgetBytes);
    break;
  case Strategy::DP:
    plan = planDP(chain, bytes, budgetBytes, options);
    break;
  }
  plan.solveMs = elapsedMs(start);
  return plan;
}

int64_t minimalFeasibleBudget(const Chain &chain, Strategy strategy, const PlannerOptions &) {
  ChainModel bytes(chain, 1);
  switch (strategy) {
  case Strategy::None:
    return storeAllPlan(chain, bytes).peakBytes;
  case Strategy::Sqrt:
    return sqrtPlan(chain, bytes).peakBytes;
  case Strategy::Greedy: {
    int64_t least = kInfBytes;
    for (const Plan &plan : greedyPlans(chain, bytes))
      least = std::min(least, plan.peakBytes);
    return least;
  }
  case Strategy::DP:
    return chain.inputBytes + solveMinimalMemory(bytes).innerPeak;
  }
  return kInfBytes;
}

std::vector<int> keptStages(const Plan &plan) {
  std::vector<int> forwardRuns;
  for (const Step &step : plan.schedule) {
    if (size_t(step.stage) >= forwardRuns.size())
      forwardRuns.resize(step.stage + 1, 0);
    if (step.kind != StepKind::Backward)
      ++forwardRuns[step.stage];
  }
  std::vector<int> kept;
  for (const Step &step : plan.schedule)
    if (step.kind == StepKind::ForwardAll && forwardRuns[step.stage] == 1)
      kept.push_back(step.stage);
  return kept;
}

Plan recomputeLate(const Chain &chain, const Plan &plan, int stage) {
  Plan variant = plan;
  variant.schedule.clear();
  for (const Step &step : plan.schedule) {
    if (step.stage == stage && step.kind == StepKind::Backward)
      variant.schedule.push_back({StepKind::ForwardAll, stage});
    bool first = step.stage == stage && step.kind == StepKind::ForwardAll;
    variant.schedule.push_back(first ? Step{StepKind::ForwardCheckpoint, stage} : step);
  }
  SimulationResult simulated = simulateSchedule(chain, variant.schedule);
  if (!simulated.valid)
    return Plan();
  variant.peakBytes = simulated.peakBytes;
  variant.recomputeCost = plan.recomputeCost + (simulated.cost - plan.computeCost);
  variant.computeCost = simulated.cost;
  return variant;
}

Plan planMinimalMemory(const Chain &chain, double maxRecomputeCost, const PlannerOptions &options) {
  auto start = std::chrono::steady_clock::now();
  auto fits = [&](const Plan &plan) {
    return plan.feasible && plan.recomputeCost <= std::max(0.0, maxRecomputeCost);
  };
  int64_t lo = minimalFeasibleBudget(chain, Strategy::DP, options);
  Plan plan = planCheckpoints(chain, lo, Strategy::DP, options);
  if (!fits(plan)) {
    // Invariant: the plan at `lo` does not fit, the one at `hi` does (storing
    // everything recomputes nothing).
    int64_t hi = minimalFeasibleBudget(chain, Strategy::None, options);
    plan = planCheckpoints(chain, hi, Strategy::DP, options);
    while (hi - lo > 1) {
      int64_t mid = lo + (hi - lo) / 2;
      Plan candidate = planCheckpoints(chain, mid, Strategy::DP, options);
      if (fits(candidate))
        hi = mid, plan = std::move(candidate);
      else
        lo = mid;
    }
  }
  plan.solveMs = elapsedMs(start);
  return plan;
}

} // namespace remat::planner
