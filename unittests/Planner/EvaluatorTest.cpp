//===- EvaluatorTest.cpp - The two evaluations of the DP agree ------------===//
//
// The planner evaluates the recurrence with TabulatedDP (every interval,
// every m) or CheckpointDP (suffixes plus a bounded search); solveChainDP
// picks one. Both are checked here against the exhaustive search and each
// other, including on the chains the dispatch would not give them.
//
//===----------------------------------------------------------------------===//

#include "BruteForce.h"
#include "RandomChains.h"

#include "CheckpointDP.h"
#include "TabulatedDP.h"

#include "Remat/Planner/Planner.h"

#include "gtest/gtest.h"

#include <limits>

using namespace remat::planner;
using namespace remat::planner::detail;
using namespace remat::planner::testing;

namespace {

/// Optimum of the whole chain by both evaluations, checking that each
/// schedule replays to its cost within the budget.
struct Both {
  double tabulated, searched;
};

Both solveBoth(const Chain &chain, int64_t budget) {
  ChainModel bytes(chain, 1);
  int64_t capacity = budget - chain.inputBytes;
  Both both{kInfCost, kInfCost};
  if (capacity < 0)
    return both;
  TabulatedDP table(bytes, capacity);
  CheckpointDP search(bytes, capacity);
  both.tabulated = table.cost(0, int(chain.size()) - 1, capacity);
  both.searched = search.cost(0, int(chain.size()) - 1, capacity);
  for (PlanTree tree : {table.reconstruct(capacity), search.reconstruct(capacity)}) {
    if (tree.empty())
      continue;
    Plan plan = planFromTree(chain, bytes, tree);
    SimulationResult sim = simulateSchedule(chain, plan.schedule);
    EXPECT_TRUE(sim.valid) << sim.error;
    EXPECT_LE(sim.peakBytes, budget);
    EXPECT_NEAR(sim.cost, plan.computeCost, 1e-9 * plan.computeCost);
  }
  return both;
}

TEST(EvaluatorTest, BothMatchBruteForce) {
  std::mt19937_64 rng(424242);
  for (int k = 0; k < 400; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 1, 9)));
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    int64_t budget = uniform(rng, least - 2, storeAll + 1);
    double expected = bruteForceCost(chain, budget);
    Both both = solveBoth(chain, budget);
    ASSERT_EQ(both.tabulated, expected) << "chain " << k;
    ASSERT_EQ(both.searched, expected) << "chain " << k;
  }
}

// Longer chains, many budgets each: the search equals the tabulation.
TEST(EvaluatorTest, SearchMatchesTabulation) {
  std::mt19937_64 rng(99);
  for (int k = 0; k < 40; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 10, 45)), 8);
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    for (int j = 0; j < 12; ++j) {
      int64_t budget = uniform(rng, least, storeAll);
      Both both = solveBoth(chain, budget);
      ASSERT_EQ(both.searched, both.tabulated) << "chain " << k << " budget " << budget;
    }
  }
}

// Costs that are not whole numbers: sums round, the two must still agree to
// rounding, and every plan must replay.
TEST(EvaluatorTest, FractionalCosts) {
  std::mt19937_64 rng(77);
  std::uniform_real_distribution<double> scale(0.01, 3.0);
  for (int k = 0; k < 30; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 5, 40)), 8);
    for (Stage &st : chain.stages)
      st.f *= scale(rng), st.b *= scale(rng);
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    for (int j = 0; j < 10; ++j) {
      int64_t budget = uniform(rng, least, storeAll);
      Both both = solveBoth(chain, budget);
      ASSERT_NEAR(both.searched, both.tabulated, 1e-9 * both.tabulated)
          << "chain " << k << " budget " << budget;
    }
  }
}

// Repeated blocks exercise the sharing of identical intervals in both.
TEST(EvaluatorTest, RepeatedStages) {
  std::mt19937_64 rng(5);
  for (int k = 0; k < 40; ++k) {
    Chain block = randomChain(rng, int(uniform(rng, 1, 3)), 6);
    Chain chain = block;
    int copies = int(uniform(rng, 3, 12));
    chain.stages.clear();
    for (int c = 0; c < copies; ++c)
      for (const Stage &st : block.stages)
        chain.stages.push_back(uniform(rng, 0, 5) ? st : randomChain(rng, 1, 6).stages[0]);
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    for (int j = 0; j < 6; ++j) {
      int64_t budget = uniform(rng, least, storeAll);
      Both both = solveBoth(chain, budget);
      ASSERT_EQ(both.searched, both.tabulated) << "chain " << k << " budget " << budget;
      if (chain.size() <= 10)
        ASSERT_EQ(both.searched, bruteForceCost(chain, budget));
    }
  }
}

// The search, not only the tabulation the planner uses there, reproduces
// Revolve's closed form.
TEST(EvaluatorTest, SearchOnRevolveChains) {
  for (int64_t slots = 1; slots <= 6; ++slots) {
    Chain chain = revolveChain(60, slots);
    ChainModel model(chain, 1);
    int64_t capacity = revolveBudget(slots, slots) - chain.inputBytes;
    for (int64_t steps : {1, 2, 7, 30, 60}) {
      Chain prefix = chain;
      prefix.stages.resize(size_t(steps));
      ChainModel units(prefix, 1);
      CheckpointDP search(units, capacity);
      EXPECT_EQ(int64_t(search.cost(0, int(steps) - 1, capacity)) - steps,
                revolveClosedForm(steps, slots))
          << "l=" << steps << " s=" << slots;
    }
  }
}

TEST(EvaluatorTest, DistinctIntervals) {
  Chain chain = revolveChain(50, 3);
  EXPECT_EQ(distinctIntervals(ChainModel(chain, 1)), 2 * 50 - 1);
  std::mt19937_64 rng(1);
  Chain mixed = randomChain(rng, 30);
  EXPECT_LE(distinctIntervals(ChainModel(mixed, 1)), 30 * 31 / 2);
}

} // namespace
