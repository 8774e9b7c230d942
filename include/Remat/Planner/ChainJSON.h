//===- ChainJSON.h - JSON form of chains and plans --------------*- C++ -*-===//
//
// The JSON read and written by remat-solve (docs/Planner.md, "JSON formats").
// Kept apart from the solver so that the solver needs no LLVM; this part uses
// llvm::json.
//
//===----------------------------------------------------------------------===//

#ifndef REMAT_PLANNER_CHAINJSON_H
#define REMAT_PLANNER_CHAINJSON_H

#include "Remat/Planner/Planner.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>

namespace remat::planner {

/// A planning problem: the chain and how to plan it.
struct PlanRequest {
  Chain chain;
  /// Peak bytes allowed, x_0 included; none: least memory with at most
  /// `maxRecomputeCost` of recomputation.
  std::optional<int64_t> budget;
  Strategy strategy = Strategy::DP;
  PlannerOptions options;
  /// Used without a budget; defaults to one forward pass (Chen's setting).
  std::optional<double> maxRecomputeCost;
};

/// Parses and validates a request. Errors name the field and the fix.
llvm::Expected<PlanRequest> parsePlanRequest(llvm::StringRef text);
/// Same, from an already parsed JSON value.
llvm::Expected<PlanRequest> planRequestFromJSON(const llvm::json::Value &value);

/// The request as JSON (parsePlanRequest reads it back).
llvm::json::Value toJSON(const PlanRequest &request);

/// "budget 1000 bytes (1000 B) is below the minimum feasible ..." style
/// sizes: the exact count and a human-readable one.
std::string formatBytes(int64_t bytes);

/// The result object printed by remat-solve. `minFeasibleBudget` is added
/// when the plan is infeasible.
llvm::json::Object planToJSON(const Plan &plan, Strategy strategy, std::optional<int64_t> budget,
                              std::optional<int64_t> minFeasibleBudget);

} // namespace remat::planner

#endif // REMAT_PLANNER_CHAINJSON_H
