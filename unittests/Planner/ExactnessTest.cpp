//===- ExactnessTest.cpp - The DP against brute force and Revolve ---------===//

#include "BruteForce.h"
#include "RandomChains.h"

#include "Remat/Planner/Planner.h"

#include "gtest/gtest.h"

#include <cmath>
#include <limits>

using namespace remat::planner;
using namespace remat::planner::testing;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(RevolveTest, ClosedFormChecks) {
  EXPECT_EQ(revolveClosedForm(1000, 10), 3636);
  EXPECT_EQ(revolveClosedForm(1000, 32), 2405);
  for (int64_t l = 1; l <= 60; ++l) {
    EXPECT_EQ(revolveClosedForm(l, 1), l * (l - 1) / 2) << "l=" << l;
    for (int64_t s = std::max<int64_t>(1, l - 1); s <= l + 3; ++s)
      EXPECT_EQ(revolveClosedForm(l, s), l - 1) << "l=" << l << " s=" << s;
  }
}

// The DP instantiated on revolveChain reproduces t(l, s) for every l <= 300,
// s <= 25.
TEST(RevolveTest, DPMatchesClosedFormEverywhere) {
  const int64_t maxSteps = 300, maxSlots = 25;
  std::vector<std::vector<int64_t>> table = revolveForwardEvaluationTable(maxSteps, maxSlots);
  int checked = 0;
  for (int64_t l = 1; l <= maxSteps; ++l)
    for (int64_t s = 1; s <= maxSlots; ++s, ++checked)
      ASSERT_EQ(table[l][s], revolveClosedForm(l, s)) << "l=" << l << " s=" << s;
  EXPECT_EQ(checked, 7500);
}

TEST(RevolveTest, SingleQueries) {
  EXPECT_EQ(revolveForwardEvaluations(1000, 10), 3636);
  EXPECT_EQ(revolveForwardEvaluations(1000, 32), 2405);
  EXPECT_EQ(revolveForwardEvaluations(1, 1), 0);
  EXPECT_EQ(revolveForwardEvaluations(50, 100), 49);
  EXPECT_EQ(revolveForwardEvaluations(37, 1), 37 * 36 / 2);
}

// The schedule the planner returns on a Revolve chain is a real schedule: the
// simulator agrees with its cost, and it fits the slots.
TEST(RevolveTest, PlannedScheduleReplays) {
  for (int64_t s : {1, 2, 3, 5}) {
    int64_t l = 40;
    Chain chain = revolveChain(l, s);
    Plan plan = planCheckpoints(chain, revolveBudget(s, s), Strategy::DP);
    ASSERT_TRUE(plan.feasible);
    EXPECT_EQ(int64_t(plan.recomputeCost), revolveClosedForm(l, s)) << "s=" << s;
    SimulationResult sim = simulateSchedule(chain, plan.schedule);
    ASSERT_TRUE(sim.valid) << sim.error;
    EXPECT_EQ(sim.peakBytes, plan.peakBytes);
    EXPECT_LE(sim.peakBytes, revolveBudget(s, s));
    EXPECT_EQ(sim.cost, plan.computeCost);
  }
}

// The DP equals an exhaustive search over every valid operation sequence on
// random heterogeneous chains of up to 10 stages and random budgets.
TEST(BruteForceTest, DPIsOptimal) {
  std::mt19937_64 rng(20240611);
  int feasibleCount = 0, recomputing = 0, chains = 0;
  for (; chains < 1200; ++chains) {
    int numStages = int(uniform(rng, 1, 10));
    Chain chain = randomChain(rng, numStages);
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    int64_t budget = uniform(rng, std::max<int64_t>(0, least - 3), storeAll + 2);
    double expected = bruteForceCost(chain, budget);
    Plan plan = planCheckpoints(chain, budget, Strategy::DP);
    ASSERT_EQ(plan.feasible, expected < kInf) << "chain " << chains << " budget " << budget;
    if (!plan.feasible)
      continue;
    ++feasibleCount;
    recomputing += plan.recomputeCost > 0;
    ASSERT_EQ(plan.computeCost, expected) << "chain " << chains << " budget " << budget;
    SimulationResult sim = simulateSchedule(chain, plan.schedule);
    ASSERT_TRUE(sim.valid) << sim.error;
    ASSERT_EQ(sim.peakBytes, plan.peakBytes);
    ASSERT_EQ(sim.cost, plan.computeCost);
    ASSERT_LE(plan.peakBytes, budget);
  }
  // The random budgets must exercise both sides and real recomputation.
  EXPECT_GT(feasibleCount, chains / 2);
  EXPECT_GT(recomputing, chains / 4);
}

// minimalFeasibleBudget(DP) is the least peak of any schedule.
TEST(BruteForceTest, MinimalBudgetIsExact) {
  std::mt19937_64 rng(7);
  for (int k = 0; k < 300; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 1, 8)));
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    ASSERT_EQ(least, bruteForceMinimalBudget(chain)) << "chain " << k;
    EXPECT_TRUE(planCheckpoints(chain, least, Strategy::DP).feasible);
    EXPECT_FALSE(planCheckpoints(chain, least - 1, Strategy::DP).feasible);
  }
}

// Without a budget: the least budget whose optimum recomputes at most one
// forward pass, checked against the exhaustive search.
TEST(BruteForceTest, MinimalMemoryWithOneExtraForward) {
  std::mt19937_64 rng(99);
  for (int k = 0; k < 150; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 1, 7)));
    double limit = chain.forwardCost() * double(uniform(rng, 0, 2)) / 2;
    Plan plan = planMinimalMemory(chain, limit);
    ASSERT_TRUE(plan.feasible);
    EXPECT_LE(plan.recomputeCost, limit);
    // No smaller budget admits a schedule within the limit.
    double base = chain.baseCost();
    EXPECT_LE(bruteForceCost(chain, plan.peakBytes) - base, limit);
    EXPECT_GT(bruteForceCost(chain, plan.peakBytes - 1) - base, limit) << "chain " << k;
  }
}

} // namespace
