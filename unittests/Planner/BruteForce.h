//===- BruteForce.h - Exhaustive search over all schedules -----*- C++ -*-===//
//
// Reference for the planner's tests: a shortest-path search over every valid
// sequence of F_none / F_ck / F_all / B operations, with its own statement of
// the memory rules of docs/Planner.md (not the planner's formulas, not the
// simulator's code). Exponential; for chains of about ten stages.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_UNITTESTS_PLANNER_BRUTEFORCE_H
#define REMAT_UNITTESTS_PLANNER_BRUTEFORCE_H

#include "Remat/Planner/Chain.h"

#include <cstdint>

namespace remat::planner::testing {

/// Least cost of any schedule whose peak is at most `budget`; infinity if
/// none exists.
double bruteForceCost(const Chain &chain, int64_t budget);

/// Least peak of any schedule (by bisection on bruteForceCost).
int64_t bruteForceMinimalBudget(const Chain &chain);

} // namespace remat::planner::testing

#endif
