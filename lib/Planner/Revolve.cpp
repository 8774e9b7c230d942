//===- Revolve.cpp - Revolve's unit model on the DP -----------------------===//
//
// Revolve counts forward step evaluations with s slots for stored step inputs
// (x_0 in one of them) and folds the forward of the step being reversed into
// its reversal. The DP model coincides with it on a unit chain: f = 1 and
// b = 0 (the cost is then L + evaluations, every stage running F_all exactly
// once), a = 1 (a checkpoint takes one slot), delta = 0 (gradients are free)
// and abar larger than all free slots, so that F_all's tape can only be held
// for the step being reversed and never serves as storage. With budget
// 1 + abar + s, the free memory when a step is reversed is s slots minus
// those in use: the DP recurrence then is Revolve's
//   t(l, s) = min_j { j + t(l - j, s - 1) + t(j, s) },  t(1, s) = 0.
//
//===----------------------------------------------------------------------===//

#include "Remat/Planner/Planner.h"

#include "ChainModel.h"
#include "CheckpointDP.h"
#include "TabulatedDP.h"

#include <algorithm>

namespace remat::planner {

using namespace detail;

Chain revolveChain(int64_t steps, int64_t maxSlots) {
  Chain chain;
  chain.inputBytes = 1;
  chain.inputGradBytes = 0;
  Stage unitStep;
  unitStep.f = 1;
  unitStep.b = 0;
  unitStep.a = 1;
  unitStep.abar = maxSlots + 1;
  unitStep.delta = 0;
  chain.stages.assign(size_t(steps), unitStep);
  return chain;
}

int64_t revolveBudget(int64_t slots, int64_t maxSlots) { return 1 + (maxSlots + 1) + slots; }

std::vector<std::vector<int64_t>> revolveForwardEvaluationTable(int64_t maxSteps,
                                                                int64_t maxSlots) {
  std::vector<std::vector<int64_t>> table(size_t(maxSteps) + 1,
                                          std::vector<int64_t>(size_t(maxSlots) + 1, -1));
  if (maxSteps < 1 || maxSlots < 1)
    return table;
  Chain chain = revolveChain(maxSteps, maxSlots);
  ChainModel model(chain, 1);
  int64_t capacity = revolveBudget(maxSlots, maxSlots) - chain.inputBytes;
  TabulatedDP dp(model, capacity);
  for (int64_t l = 1; l <= maxSteps; ++l)
    for (int64_t s = 1; s <= maxSlots; ++s) {
      int64_t m = revolveBudget(s, maxSlots) - chain.inputBytes;
      table[l][s] = int64_t(dp.cost(0, int(l - 1), m)) - l;
    }
  return table;
}

int64_t revolveForwardEvaluations(int64_t steps, int64_t slots) {
  if (steps < 1 || slots < 1)
    return -1;
  // With s >= l - 1 every step input fits; more slots change nothing.
  slots = std::min(slots, steps);
  Chain chain = revolveChain(steps, slots);
  ChainModel model(chain, 1);
  return int64_t(solveChainDP(model, revolveBudget(slots, slots) - chain.inputBytes).cost) - steps;
}

int64_t revolveClosedForm(int64_t steps, int64_t slots) {
  if (steps < 1 || slots < 1)
    return -1;
  // binom = C(s + r, s), grown until it reaches l.
  __int128 binom = 1;
  int64_t r = 0;
  while (binom < steps) {
    ++r;
    binom = binom * (slots + r) / r;
  }
  // C(s + r, s + 1) = C(s + r, s) * r / (s + 1).
  __int128 upper = binom * r / (slots + 1);
  return int64_t(__int128(r) * steps - upper);
}

} // namespace remat::planner
