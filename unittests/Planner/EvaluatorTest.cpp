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

TEST(EvaluatorTest, IntervalClasses) {
  // A homogeneous chain: one run, two representatives per end stage.
  Chain chain = revolveChain(50, 3);
  IntervalClasses homogeneous(ChainModel(chain, 1));
  EXPECT_EQ(homogeneous.period(), 1);
  EXPECT_EQ(homogeneous.count(), 2 * 50 - 1);
  // Without repeats every interval stands for itself.
  std::mt19937_64 rng(1);
  Chain mixed = randomChain(rng, 30);
  for (Stage &st : mixed.stages)
    st.gout = 0;
  for (size_t i = 0; i < mixed.stages.size(); ++i)
    mixed.stages[i].f = double(i + 1); // no two stages alike
  IntervalClasses none(ChainModel(mixed, 1));
  EXPECT_EQ(none.count(), 30 * 31 / 2);
  EXPECT_EQ(none.canonical(17, 25).s, 17);
  // Alternating stages (a residual block, then its join): period 2.
  Chain alternating;
  alternating.inputBytes = 4;
  for (int i = 0; i < 40; ++i) {
    Stage st;
    st.f = i % 2 ? 1 : 10;
    st.b = i % 2 ? 1 : 20;
    st.a = 4;
    st.abar = i % 2 ? 4 : 9;
    alternating.stages.push_back(st);
  }
  IntervalClasses two(ChainModel(alternating, 1));
  EXPECT_EQ(two.period(), 2);
  EXPECT_LT(two.count(), 4 * 40);
  Interval c = two.canonical(31, 36);
  EXPECT_EQ((c.s - 31) % 2, 0);
  EXPECT_EQ(c.t - c.s, 5);
  EXPECT_LE(c.s, two.lastStart(c.t));
  Interval again = two.canonical(c.s, c.t);
  EXPECT_EQ(again.s, c.s);
  EXPECT_EQ(again.t, c.t);
}

// Chains made of a block of several stages repeated, between a random prefix
// and suffix, with a stage changed here and there: the periodic sharing of
// intervals gives the same optima as a tabulation that shares nothing. With
// `results`, every block writes persistent outputs (parameter gradients): a
// repeat of an interval then sees more of them live than the interval itself,
// and its values are the interval's shifted in memory.
static void checkPeriodicBlocks(uint64_t seed, bool results) {
  std::mt19937_64 rng(seed);
  int shared = 0;
  for (int k = 0; k < 60; ++k) {
    Chain block = randomChain(rng, int(uniform(rng, 2, 5)), 6);
    for (Stage &st : block.stages)
      st.gout = results ? int64_t(uniform(rng, 1, 6)) : 0;
    Chain chain = randomChain(rng, int(uniform(rng, 0, 3)), 6);
    int copies = int(uniform(rng, 2, 12));
    for (int c = 0; c < copies; ++c)
      for (const Stage &st : block.stages)
        chain.stages.push_back(uniform(rng, 0, 12) ? st : randomChain(rng, 1, 6).stages[0]);
    for (const Stage &st : randomChain(rng, int(uniform(rng, 0, 3)), 6).stages)
      chain.stages.push_back(st);
    ChainModel bytes(chain, 1);
    IntervalClasses classes(bytes);
    shared += classes.count() < int64_t(chain.size()) * int64_t(chain.size() + 1) / 2;
    int64_t least = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t storeAll = minimalFeasibleBudget(chain, Strategy::None);
    for (int j = 0; j < 6; ++j) {
      int64_t budget = uniform(rng, least, storeAll);
      int64_t capacity = budget - chain.inputBytes;
      if (capacity < 0)
        continue;
      int last = int(chain.size()) - 1;
      TabulatedDP plain(bytes, capacity, /*maxPeriod=*/0);
      double expected = plain.cost(0, last, capacity);
      Both both = solveBoth(chain, budget);
      ASSERT_EQ(both.tabulated, expected) << "chain " << k << " budget " << budget;
      ASSERT_EQ(both.searched, expected) << "chain " << k << " budget " << budget;
      if (chain.size() <= 10)
        ASSERT_EQ(expected, bruteForceCost(chain, budget));
    }
  }
  EXPECT_GT(shared, 30);
}

TEST(EvaluatorTest, PeriodicBlocks) { checkPeriodicBlocks(2026, /*results=*/false); }

TEST(EvaluatorTest, PeriodicBlocksWithResults) { checkPeriodicBlocks(2027, /*results=*/true); }

} // namespace
