//===- Chain.h - A heterogeneous chain of training stages -------*- C++ -*-===//
//
// The planner's model of a training step (Beaumont et al. 2019, "rotor"): a
// chain of L stages, stage i mapping the activation x_i to x_{i+1}. Nothing
// here depends on MLIR or LLVM; docs/Planner.md describes the model.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_PLANNER_CHAIN_H
#define REMAT_PLANNER_CHAIN_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace remat::planner {

/// One stage of the chain: the forward of stage i reads x_i and writes
/// x_{i+1}; its backward reads x_i, everything its forward saved and the
/// gradient of x_{i+1}, and writes the gradient of x_i.
struct Stage {
  /// Cost of running the forward (FLOPs or any additive unit).
  double f = 0;
  /// Cost of running the backward.
  double b = 0;
  /// Bytes of the output x_{i+1}, the value kept when x_{i+1} is a checkpoint.
  int64_t a = 0;
  /// Bytes of everything the backward reads that the forward produced ("all
  /// saved"). Includes the output, so abar >= a.
  int64_t abar = 0;
  /// Bytes of the gradient of x_{i+1}; defaults to `a`.
  std::optional<int64_t> delta;
  /// Transient bytes while the forward runs (workspace), on top of its output.
  int64_t of = 0;
  /// Transient bytes while the backward runs, on top of what it writes.
  int64_t ob = 0;
  /// Bytes the backward writes that stay live until the training step ends
  /// (the gradients of the stage's parameters). They are written by B(i)
  /// together with the gradient of x_i and are never freed.
  int64_t gout = 0;

  int64_t gradBytes() const { return delta ? *delta : a; }
};

/// The chain: its stages and the input x_0, which is always resident.
struct Chain {
  std::vector<Stage> stages;
  /// Bytes of x_0. Counted in every peak; never freed.
  int64_t inputBytes = 0;
  /// Bytes of the gradient of x_0, written by the backward of stage 0. Zero
  /// when the input needs no gradient (the usual case for a data batch).
  int64_t inputGradBytes = 0;

  size_t size() const { return stages.size(); }
  /// Sum of f: the cost of one forward pass.
  double forwardCost() const;
  /// Sum of f + b: the cost of a training step without recomputation.
  double baseCost() const;
  /// Bytes of the gradient of x_j for j in [0, L]: g_0 is inputGradBytes,
  /// g_j is the delta of stage j - 1.
  int64_t gradientBytes(size_t j) const;
  /// Sum of gout over stages [j, L): the persistent bytes live once the
  /// backward has reached g_j.
  int64_t persistentBytes(size_t j) const;
};

/// Largest size (bytes) and stage count the planner accepts: sums of sizes
/// stay far from int64 overflow, and the DP's tables (about 28 bytes per
/// stage and memory step) and recursion (one frame per stage) stay bounded.
constexpr int64_t kMaxBytes = int64_t(1) << 50;
constexpr size_t kMaxStages = 20000;

/// Checks that every field is in range. Returns an empty string when the
/// chain is valid, else a message naming the field and the fix.
std::string validateChain(const Chain &chain);

} // namespace remat::planner

#endif // REMAT_PLANNER_CHAIN_H
