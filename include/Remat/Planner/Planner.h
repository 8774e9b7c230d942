//===- Planner.h - Checkpoint planning for chains of stages -----*- C++ -*-===//
//
// Chooses which activations of a training step to keep and which to
// recompute, under a memory budget: Chen et al. 2016 (sqrt(n) and the budget
// greedy) and an exact dynamic program over rotor's model (Beaumont et al.
// 2019) with multi-level recomputation. No dependency on MLIR or LLVM.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_PLANNER_PLANNER_H
#define REMAT_PLANNER_PLANNER_H

#include "Remat/Planner/Chain.h"
#include "Remat/Planner/Schedule.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace remat::planner {

enum class Strategy {
  /// Store everything: F_all on every stage, then the backward.
  None,
  /// Chen's sqrt(n): ceil(sqrt(L)) segments, segment inputs kept, every
  /// segment but the last recomputed once.
  Sqrt,
  /// Chen's budget greedy with memonger's search over its threshold.
  Greedy,
  /// Exact dynamic program over rotor's model.
  DP,
};

/// "none", "sqrt", "greedy", "dp".
const char *strategyName(Strategy strategy);
std::optional<Strategy> parseStrategy(std::string_view name);

/// The DP's tables hold about 28 bytes per stage and memory step; it uses at
/// most this many (stage, step) cells, coarsening the steps beyond.
constexpr int64_t kMaxDPCells = 200000000;

struct PlannerOptions {
  /// Memory resolution of the DP: the budget is cut into this many steps of
  /// ceil(budget / memorySteps) bytes and every size is rounded up to whole
  /// steps, so a plan found in steps always fits in bytes. Capped at
  /// kMaxDPCells / (number of stages).
  int64_t memorySteps = 1000;
  /// Heterogeneous chains: at most this many interval values are solved by
  /// the branch and bound beyond the suffix table (0: no limit). Past it the
  /// search keeps the best schedule found so far, which is feasible and at
  /// least as cheap as the schedule of splits whose left part fits whole and
  /// as Sqrt's and Greedy's plans, but no longer proven optimal
  /// (Plan::optimal is false).
  int64_t searchLimit = 100000;
  /// How the dp strategy evaluates its recurrence: Auto tabulates every
  /// distinct interval (intervals repeating with a period of the chain count
  /// once) when that work is small, at most 10^8 split evaluations, or at most
  /// 10^9 on a chain whose repeats share at least half of the intervals, and
  /// searches otherwise; Table and Search force one of the two.
  enum class Evaluation { Auto, Table, Search };
  Evaluation evaluation = Evaluation::Auto;
};

struct Plan {
  bool feasible = false;
  /// Total cost: forward operations plus backward operations.
  double computeCost = 0;
  /// computeCost minus the cost of one forward and one backward pass.
  double recomputeCost = 0;
  /// Peak live bytes of `schedule`, x_0 included.
  int64_t peakBytes = 0;
  std::vector<Step> schedule;
  /// Wall-clock time spent planning.
  double solveMs = 0;
  /// False when the DP's search stopped at PlannerOptions::searchLimit: the
  /// plan is feasible but not proven optimal.
  bool optimal = true;
};

/// Plans a schedule whose peak is at most `budgetBytes` (x_0 included). An
/// infeasible plan has feasible == false and an empty schedule. The chain must
/// be valid (validateChain).
Plan planCheckpoints(const Chain &chain, int64_t budgetBytes, Strategy strategy,
                     const PlannerOptions &options = {});

/// Smallest budget for which planCheckpoints(chain, budget, strategy) is
/// feasible. For DP this is the exact minimum peak over all schedules of the
/// model, in bytes.
int64_t minimalFeasibleBudget(const Chain &chain, Strategy strategy,
                              const PlannerOptions &options = {});

/// No budget: the DP plan of least peak memory whose recomputeCost is at most
/// `maxRecomputeCost`. Chen's setting is one extra forward pass,
/// maxRecomputeCost = chain.forwardCost(). Found by bisection on the budget in
/// bytes; always feasible, since storing everything recomputes nothing.
Plan planMinimalMemory(const Chain &chain, double maxRecomputeCost,
                       const PlannerOptions &options = {});

/// Stages that `plan` keeps from their only forward run (F_all, never run
/// forward again), in schedule order.
std::vector<int> keptStages(const Plan &plan);

/// `plan` with kept stage `stage` recomputed late: F_ck instead of its F_all,
/// and an F_all right before its B, so that abar_stage is not live during the
/// backward of the stages after it. It costs one more forward of the stage.
/// When the chain's peak lies in the stage's own backward, its peak here is
/// `plan`'s and the DP never returns it; on the program the chain stands for,
/// its peak can still be lower (remat-plan measures such variants on the IR).
/// Infeasible when the schedule does not replay.
Plan recomputeLate(const Chain &chain, const Plan &plan, int stage);

/// Revolve (Griewank & Walther 2000) on `steps` unit steps with `slots`
/// checkpoint slots (x_0 takes one): the least number of forward step
/// evaluations, first sweep included, computed by the DP on revolveChain.
int64_t revolveForwardEvaluations(int64_t steps, int64_t slots);

/// The same for every l in [1, maxSteps] and s in [1, maxSlots] from a single
/// DP run: result[l][s] (index 0 unused).
std::vector<std::vector<int64_t>> revolveForwardEvaluationTable(int64_t maxSteps, int64_t maxSlots);

/// Revolve's closed form t(l, s) = r*l - C(s+r, s+1), r = min{r : C(s+r, s) >= l}.
int64_t revolveClosedForm(int64_t steps, int64_t slots);

/// The unit chain on which the DP model coincides with Revolve's for up to
/// `maxSlots` slots: f = 1, b = 0, a = 1, abar = maxSlots + 1 (the tape of a
/// reversal, larger than all free slots), delta = 0, input 1 byte.
Chain revolveChain(int64_t steps, int64_t maxSlots);
/// Budget of revolveChain(steps, maxSlots) that gives `slots` slots.
int64_t revolveBudget(int64_t slots, int64_t maxSlots);

} // namespace remat::planner

#endif // REMAT_PLANNER_PLANNER_H
