//===- ScheduleTest.cpp - The schedule simulator --------------------------===//

#include "RandomChains.h"
#include "Remat/Planner/Planner.h"

#include "gtest/gtest.h"

using namespace remat::planner;
using namespace remat::planner::testing;

namespace {

Step fnone(int i) { return {StepKind::ForwardNone, i}; }
Step fck(int i) { return {StepKind::ForwardCheckpoint, i}; }
Step fall(int i) { return {StepKind::ForwardAll, i}; }
Step bwd(int i) { return {StepKind::Backward, i}; }

Stage stage(double f, double b, int64_t a, int64_t abar) {
  Stage st;
  st.f = f, st.b = b, st.a = a, st.abar = abar;
  return st;
}

/// x_0: 4 bytes. Stage 0: a 3, abar 5. Stage 1: a 2, abar 6, delta 1.
Chain twoStages() {
  Chain chain;
  chain.inputBytes = 4;
  chain.stages = {stage(1, 2, 3, 5), stage(10, 20, 2, 6)};
  chain.stages[1].delta = 1;
  return chain;
}

TEST(ScheduleTest, StoreAllByHand) {
  // Live: x_0 + g_2 = 5; F_all 0 -> 10; F_all 1 -> 16; B 1 writes g_1 (3)
  // while g_2 and both abar are live: 19.
  SimulationResult sim = simulateSchedule(twoStages(), {fall(0), fall(1), bwd(1), bwd(0)});
  ASSERT_TRUE(sim.valid) << sim.error;
  EXPECT_EQ(sim.peakBytes, 19);
  EXPECT_EQ(sim.cost, 33);
}

TEST(ScheduleTest, RecomputeByHand) {
  // F_ck 0 -> x_1 standalone (3): 5 + 3 = 8. F_all 1 keeps x_1 as a
  // checkpoint: 8 + 6 = 14. B 1: 14 + 3 = 17, then frees x_1, abar_1, g_2:
  // 4 + 3 = 7. F_all 0: 7 + 5 = 12. B 0: 12 + 0.
  Chain chain = twoStages();
  SimulationResult sim = simulateSchedule(chain, {fck(0), fall(1), bwd(1), fall(0), bwd(0)});
  ASSERT_TRUE(sim.valid) << sim.error;
  EXPECT_EQ(sim.peakBytes, 17);
  EXPECT_EQ(sim.cost, 34);
  Plan plan = planCheckpoints(chain, 17, Strategy::DP);
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.computeCost, 34);
  EXPECT_EQ(plan.recomputeCost, 1);
  EXPECT_EQ(plan.schedule, (std::vector<Step>{fck(0), fall(1), bwd(1), fall(0), bwd(0)}));
  EXPECT_FALSE(planCheckpoints(chain, 16, Strategy::DP).feasible);
  EXPECT_EQ(minimalFeasibleBudget(chain, Strategy::DP), 17);
}

TEST(ScheduleTest, OverheadsAndInputGradient) {
  Chain chain = twoStages();
  chain.stages[0].of = 100;  // F_all 0 at live 5: 5 + 5 + 100
  chain.stages[1].ob = 7;    // B 1: 16 + 3 + 7
  chain.inputGradBytes = 50; // B 0: 12 + 50
  SimulationResult sim = simulateSchedule(chain, {fall(0), fall(1), bwd(1), bwd(0)});
  ASSERT_TRUE(sim.valid) << sim.error;
  EXPECT_EQ(sim.peakBytes, 110);
  chain.stages[0].of = 0;
  EXPECT_EQ(simulateSchedule(chain, {fall(0), fall(1), bwd(1), bwd(0)}).peakBytes, 62);
}

// Persistent backward outputs: B(i) writes gout_i next to g_i and it stays
// live to the end, so later steps see less memory.
TEST(ScheduleTest, PersistentBackwardOutputs) {
  Chain chain = twoStages();
  chain.stages[1].gout = 10;
  chain.stages[0].gout = 4;
  // Store-all: B 1 at 16 + 3 + 10 = 29, leaves 4 + 3 + 5 + 10 = 22; B 0 at
  // 22 + 0 + 4 = 26.
  SimulationResult sim = simulateSchedule(chain, {fall(0), fall(1), bwd(1), bwd(0)});
  ASSERT_TRUE(sim.valid) << sim.error;
  EXPECT_EQ(sim.peakBytes, 29);
  // Recomputing stage 0 after B 1: B 1 at 14 + 3 + 10 = 27, then 4 + 3 + 10
  // = 17 live, F_all 0 at 22 and B 0 at 26.
  sim = simulateSchedule(chain, {fck(0), fall(1), bwd(1), fall(0), bwd(0)});
  ASSERT_TRUE(sim.valid) << sim.error;
  EXPECT_EQ(sim.peakBytes, 27);
  // The least peak moves with them, and the DP's plan replays to it.
  EXPECT_EQ(minimalFeasibleBudget(chain, Strategy::DP), 27);
  Plan plan = planCheckpoints(chain, 27, Strategy::DP);
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.schedule, (std::vector<Step>{fck(0), fall(1), bwd(1), fall(0), bwd(0)}));
  EXPECT_EQ(plan.peakBytes, 27);
  EXPECT_FALSE(planCheckpoints(chain, 26, Strategy::DP).feasible);
  EXPECT_EQ(minimalFeasibleBudget(chain, Strategy::None), 29);
}

// Forwards recomputed after B(1) run next to its persistent outputs: here
// recomputing stage 0 still pays, but by less than the gout.
TEST(ScheduleTest, PersistentOutputsConstrainLaterForwards) {
  Chain chain;
  chain.inputBytes = 1;
  chain.stages = {stage(1, 1, 1, 8), stage(1, 1, 1, 1)};
  chain.stages[1].delta = 0;
  chain.stages[1].gout = 6;
  // Store-all: F_all 0 (1 + 8), F_all 1 (+1 = 10), B 1 writes g_1 (1) and
  // 6: 17. Recomputing stage 0: F_ck 0 (1 + 1), F_all 1 (3), B 1 (3 + 7 =
  // 10), then x_0, g_1 and gout: 8, F_all 0: 16, B 0: 16.
  EXPECT_EQ(simulateSchedule(chain, {fall(0), fall(1), bwd(1), bwd(0)}).peakBytes, 17);
  EXPECT_EQ(simulateSchedule(chain, {fck(0), fall(1), bwd(1), fall(0), bwd(0)}).peakBytes, 16);
  EXPECT_EQ(minimalFeasibleBudget(chain, Strategy::DP), 16);
  Plan plan = planCheckpoints(chain, 16, Strategy::DP);
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.recomputeCost, 1);
  EXPECT_EQ(planCheckpoints(chain, 17, Strategy::DP).recomputeCost, 0);
}

TEST(ScheduleTest, DroppedFrontIsFreed) {
  // F_none 0 writes x_1 (3) and B cannot use it: running F_all 0 next drops
  // it first (recomputing from x_0), so the peak stays at 5 + 3.
  Chain chain = twoStages();
  SimulationResult sim = simulateSchedule(chain, {fnone(0), fall(0), fall(1), bwd(1), bwd(0)});
  ASSERT_TRUE(sim.valid) << sim.error;
  EXPECT_EQ(sim.peakBytes, 19);
  EXPECT_EQ(sim.cost, 34);
}

TEST(ScheduleTest, Errors) {
  Chain chain = twoStages();
  auto error = [&](std::vector<Step> steps) {
    SimulationResult sim = simulateSchedule(chain, steps);
    EXPECT_FALSE(sim.valid);
    return sim.error;
  };
  EXPECT_EQ(error({fall(1)}), "step 0 (F_all 1): input x_1 of stage 1 is not available "
                              "(neither stored nor just computed)");
  EXPECT_EQ(error({fall(0), bwd(0)}),
            "step 1 (B 0): B 0 out of order: the next backward is stage 1");
  EXPECT_EQ(error({fck(0), fnone(1), bwd(1)}),
            "step 2 (B 1): B 1 without its saved values (no F_all 1 before it)");
  EXPECT_EQ(error({fall(0), fall(1), bwd(1), fall(1)}),
            "step 3 (F_all 1): stage 1 runs forward after its backward");
  EXPECT_EQ(error({fall(0), fall(0)}), "step 1 (F_all 0): stage 0 already holds its saved values");
  EXPECT_EQ(error({fall(0), fall(2)}), "step 1 (F_all 2): stage 2 is out of range [0, 1]");
  EXPECT_EQ(error({fall(0), fall(1), bwd(1)}), "the schedule ends before the backward of stage 0");
  // F_none 0 then F_none 1: x_1 was freed, x_2 is not an input of anything.
  EXPECT_EQ(error({fnone(0), fnone(1), fall(1)}),
            "step 2 (F_all 1): input x_1 of stage 1 is not available "
            "(neither stored nor just computed)");
}

TEST(ScheduleTest, StepText) {
  EXPECT_EQ(formatStep(fck(12)), "F_ck 12");
  EXPECT_EQ(parseStep("F_none 3"), fnone(3));
  EXPECT_EQ(parseStep("B 0"), bwd(0));
  EXPECT_FALSE(parseStep("F_some 3"));
  EXPECT_FALSE(parseStep("B"));
  EXPECT_FALSE(parseStep("B -1"));
}

TEST(ScheduleTest, Validation) {
  Chain chain = twoStages();
  EXPECT_EQ(validateChain(chain), "");
  chain.stages[1].abar = 1;
  EXPECT_EQ(validateChain(chain), "field 'abar' of stage 1 is 1, below its 'a' (2): abar counts "
                                  "everything the backward reads, the output included, so "
                                  "abar >= a");
  chain = twoStages();
  chain.stages[0].delta = -3;
  EXPECT_EQ(validateChain(chain),
            "field 'delta' of stage 0 is negative (-3): sizes are bytes >= 0");
  chain = twoStages();
  chain.stages[0].f = -1;
  EXPECT_EQ(validateChain(chain), "field 'f' of stage 0 is -1: costs must be finite and >= 0");
  EXPECT_EQ(validateChain(Chain()), "field 'stages' is empty: give at least one stage");
}

TEST(ScheduleTest, RecomputeLateByHand) {
  Chain chain = twoStages();
  Plan keepAll;
  keepAll.feasible = true;
  keepAll.schedule = {fall(0), fall(1), bwd(1), bwd(0)};
  keepAll.computeCost = 33;
  keepAll.peakBytes = 19;
  EXPECT_EQ(keptStages(keepAll), (std::vector<int>{0, 1}));
  Plan late = recomputeLate(chain, keepAll, 0);
  ASSERT_TRUE(late.feasible);
  EXPECT_EQ(late.schedule, (std::vector<Step>{fck(0), fall(1), bwd(1), fall(0), bwd(0)}));
  EXPECT_EQ(late.computeCost, 34); // stage 0 runs twice: f_0 = 1 more
  EXPECT_EQ(late.recomputeCost, 1);
  // Live: x_0 + g_2 = 5; F_ck 0 -> x_1: 8; F_all 1 -> 14; B 1 writes g_1 (3):
  // 17, with abar_0 not live there as it is when stage 0 is kept (19).
  EXPECT_EQ(late.peakBytes, 17);
  EXPECT_EQ(keptStages(late), (std::vector<int>{1}));
}

// On random chains, every kept stage of the DP's plans recomputed late gives a
// schedule that replays and costs one more forward of that stage, with the
// peak the simulator gives it.
TEST(ScheduleTest, RecomputeLateRandom) {
  std::mt19937_64 rng(7);
  int variants = 0;
  for (int k = 0; k < 200; ++k) {
    Chain chain = randomChain(rng, int(uniform(rng, 2, 7)));
    int64_t lo = minimalFeasibleBudget(chain, Strategy::DP);
    int64_t hi = minimalFeasibleBudget(chain, Strategy::None);
    Plan plan = planCheckpoints(chain, uniform(rng, lo, hi), Strategy::DP);
    ASSERT_TRUE(plan.feasible);
    for (int stage : keptStages(plan)) {
      Plan late = recomputeLate(chain, plan, stage);
      ASSERT_TRUE(late.feasible) << "stage " << stage;
      EXPECT_DOUBLE_EQ(late.computeCost, plan.computeCost + chain.stages[stage].f);
      EXPECT_DOUBLE_EQ(late.recomputeCost, plan.recomputeCost + chain.stages[stage].f);
      EXPECT_EQ(late.peakBytes, simulateSchedule(chain, late.schedule).peakBytes);
      ++variants;
    }
  }
  EXPECT_GT(variants, 100);
}

} // namespace
