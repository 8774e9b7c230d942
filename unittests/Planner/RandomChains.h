//===- RandomChains.h - Random heterogeneous chains for tests --*- C++ -*-===//

#ifndef REMAT_UNITTESTS_PLANNER_RANDOMCHAINS_H
#define REMAT_UNITTESTS_PLANNER_RANDOMCHAINS_H

#include "Remat/Planner/Chain.h"

#include <cstdint>
#include <random>

namespace remat::planner::testing {

/// A chain of `numStages` stages with small integer costs and sizes (so that
/// sums are exact in double and the DP's memory step is one byte), random
/// gradient sizes, overheads, persistent backward outputs and input gradient.
Chain randomChain(std::mt19937_64 &rng, int numStages, int64_t maxBytes = 8);

/// Uniform integer in [lo, hi].
int64_t uniform(std::mt19937_64 &rng, int64_t lo, int64_t hi);

} // namespace remat::planner::testing

#endif
