//===- StrategyTest.cpp - Properties of every strategy --------------------===//

#include "RandomChains.h"

#include "Remat/Planner/Planner.h"

#include "gtest/gtest.h"

#include <algorithm>

using namespace remat::planner;
using namespace remat::planner::testing;

namespace {

const Strategy kStrategies[] = {Strategy::None, Strategy::Sqrt, Strategy::Greedy, Strategy::DP};

/// Least feasible budget of every strategy.
struct Minimums {
  int64_t of[4];
  explicit Minimums(const Chain &chain) {
    for (Strategy strategy : kStrategies)
      of[int(strategy)] = minimalFeasibleBudget(chain, strategy);
  }
};

/// A feasible plan fits the budget and is exactly what the simulator sees;
/// a strategy is feasible exactly from its minimal budget on.
void checkPlan(const Chain &chain, const Minimums &minimums, const Plan &plan, int64_t budget,
               Strategy strategy) {
  EXPECT_EQ(plan.feasible, budget >= minimums.of[int(strategy)]) << strategyName(strategy);
  if (!plan.feasible) {
    EXPECT_TRUE(plan.schedule.empty());
    return;
  }
  EXPECT_LE(plan.peakBytes, budget) << strategyName(strategy);
  SimulationResult sim = simulateSchedule(chain, plan.schedule);
  ASSERT_TRUE(sim.valid) << strategyName(strategy) << ": " << sim.error;
  EXPECT_EQ(sim.peakBytes, plan.peakBytes) << strategyName(strategy);
  EXPECT_DOUBLE_EQ(sim.cost, plan.computeCost) << strategyName(strategy);
  EXPECT_DOUBLE_EQ(plan.recomputeCost, plan.computeCost - chain.baseCost());
  EXPECT_GE(plan.recomputeCost, 0);
}

// Budgets below 1000 bytes: the DP's memory step is one byte, so it is exact.
TEST(StrategyTest, ExactRegimeProperties) {
  std::mt19937_64 rng(3);
  for (int k = 0; k < 120; ++k) {
    int numStages = int(uniform(rng, 1, 40));
    Chain chain = randomChain(rng, numStages, 6);
    Minimums minimums(chain);
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    ASSERT_LT(storeAll + 5, 1000);
    for (Strategy strategy : kStrategies)
      EXPECT_LE(least, minimalFeasibleBudget(chain, strategy));
    // A sorted sample of budgets around [least, storeAll], both ends included.
    std::vector<int64_t> budgets{least - 1, least, storeAll - 1, storeAll, storeAll + 3};
    for (int j = 0; j < 24; ++j)
      budgets.push_back(uniform(rng, least, storeAll));
    std::sort(budgets.begin(), budgets.end());
    double previous = -1;
    for (int64_t budget : budgets) {
      Plan dp = planCheckpoints(chain, budget, Strategy::DP);
      ASSERT_EQ(dp.feasible, budget >= least);
      checkPlan(chain, minimums, dp, budget, Strategy::DP);
      if (!dp.feasible)
        continue;
      // More memory never costs more.
      if (previous >= 0)
        ASSERT_LE(dp.computeCost, previous) << "chain " << k << " budget " << budget;
      previous = dp.computeCost;
      if (budget >= storeAll)
        EXPECT_EQ(dp.computeCost, chain.baseCost());
      for (Strategy strategy : {Strategy::None, Strategy::Sqrt, Strategy::Greedy}) {
        Plan other = planCheckpoints(chain, budget, strategy);
        checkPlan(chain, minimums, other, budget, strategy);
        if (other.feasible)
          EXPECT_LE(dp.computeCost, other.computeCost)
              << strategyName(strategy) << " chain " << k << " budget " << budget;
      }
    }
  }
}

// Large sizes: the DP rounds to steps of budget/1000 bytes; its plans still
// fit in bytes, it is feasible exactly from its minimum on, and it never
// loses to the baselines.
TEST(StrategyTest, RoundedRegimeProperties) {
  std::mt19937_64 rng(11);
  for (int k = 0; k < 60; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 2, 60)), 1 << 20);
    Minimums minimums(chain);
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    for (int j = 0; j < 8; ++j) {
      int64_t budget = uniform(rng, least - least / 10, storeAll + storeAll / 10);
      Plan dp = planCheckpoints(chain, budget, Strategy::DP);
      ASSERT_EQ(dp.feasible, budget >= least) << "chain " << k << " budget " << budget;
      checkPlan(chain, minimums, dp, budget, Strategy::DP);
      for (Strategy strategy : {Strategy::None, Strategy::Sqrt, Strategy::Greedy}) {
        Plan other = planCheckpoints(chain, budget, strategy);
        checkPlan(chain, minimums, other, budget, strategy);
        if (other.feasible)
          EXPECT_LE(dp.computeCost, other.computeCost) << strategyName(strategy);
      }
    }
  }
}

TEST(StrategyTest, SqrtSegments) {
  // 10 identical stages: k = 4 segments starting at 0, 2, 5, 7; the last is
  // stored, the first three are recomputed once.
  Chain chain;
  chain.inputBytes = 1;
  for (int i = 0; i < 10; ++i) {
    Stage st;
    st.f = 1, st.b = 1, st.a = 1, st.abar = 2;
    chain.stages.push_back(st);
  }
  Plan plan = planCheckpoints(chain, 1 << 20, Strategy::Sqrt);
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.recomputeCost, 7);
  std::vector<std::string> text;
  for (const Step &step : plan.schedule)
    text.push_back(formatStep(step));
  std::vector<std::string> firstSweep(text.begin(), text.begin() + 10);
  EXPECT_EQ(firstSweep,
            (std::vector<std::string>{"F_ck 0", "F_none 1", "F_ck 2", "F_none 3", "F_none 4",
                                      "F_ck 5", "F_none 6", "F_all 7", "F_all 8", "F_all 9"}));
}

TEST(StrategyTest, NoRecomputeAtStoreAllBudget) {
  std::mt19937_64 rng(5);
  for (int k = 0; k < 50; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 1, 200)), 1000);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    Plan plan = planCheckpoints(chain, storeAll, Strategy::DP);
    ASSERT_TRUE(plan.feasible);
    EXPECT_EQ(plan.computeCost, chain.baseCost());
    EXPECT_EQ(plan.recomputeCost, 0);
    EXPECT_EQ(plan.peakBytes, storeAll);
  }
}

TEST(StrategyTest, MinimalMemoryDefaultsToOneForward) {
  std::mt19937_64 rng(8);
  for (int k = 0; k < 20; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 5, 40)), 6);
    Plan plan = planMinimalMemory(chain, chain.forwardCost());
    ASSERT_TRUE(plan.feasible);
    EXPECT_LE(plan.recomputeCost, chain.forwardCost());
    checkPlan(chain, Minimums(chain), plan, plan.peakBytes, Strategy::DP);
    // Exact regime: one byte less forces more recomputation.
    Plan tighter = planCheckpoints(chain, plan.peakBytes - 1, Strategy::DP);
    EXPECT_TRUE(!tighter.feasible || tighter.recomputeCost > chain.forwardCost());
  }
}

} // namespace
