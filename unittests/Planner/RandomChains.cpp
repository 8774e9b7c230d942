//===- RandomChains.cpp - Random heterogeneous chains for tests -----------===//

#include "RandomChains.h"

namespace remat::planner::testing {

int64_t uniform(std::mt19937_64 &rng, int64_t lo, int64_t hi) {
  return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
}

Chain randomChain(std::mt19937_64 &rng, int numStages, int64_t maxBytes) {
  Chain chain;
  chain.inputBytes = uniform(rng, 0, maxBytes);
  chain.inputGradBytes = uniform(rng, 0, 1) ? 0 : uniform(rng, 0, maxBytes);
  for (int i = 0; i < numStages; ++i) {
    Stage st;
    st.f = double(uniform(rng, 0, 9) == 0 ? 0 : uniform(rng, 1, 10));
    st.b = double(uniform(rng, 0, 20));
    st.a = uniform(rng, 0, 9) == 0 ? 0 : uniform(rng, 1, maxBytes);
    st.abar = st.a + uniform(rng, 0, 2 * maxBytes);
    if (uniform(rng, 0, 2) == 0)
      st.delta = uniform(rng, 0, maxBytes);
    if (uniform(rng, 0, 3) == 0)
      st.of = uniform(rng, 1, maxBytes);
    if (uniform(rng, 0, 3) == 0)
      st.ob = uniform(rng, 1, maxBytes);
    if (uniform(rng, 0, 2) == 0)
      st.gout = uniform(rng, 1, maxBytes);
    chain.stages.push_back(st);
  }
  return chain;
}

} // namespace remat::planner::testing
