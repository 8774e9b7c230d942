//===- CostModel.h - what an op costs to run and whether it can be rerun -*- C++ -*-===//
//
// FLOPs per op for linalg named and generic ops, arith/math elementwise ops on tensors, tensor
// ops (no FLOPs, bytes moved) and StableHLO ops (registered or, as JAX exports them,
// unregistered: read by name, shapes and attribute text). Recomputability: an op may be rerun
// only when rerunning it cannot be observed — no side effects, no randomness.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_ANALYSIS_COSTMODEL_H
#define REMAT_ANALYSIS_COSTMODEL_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace mlir::remat {

struct OpCost {
  /// Floating-point (or integer) operations: matmul 2*M*N*K, convolution 2 * output elements *
  /// window * input channels / groups, elementwise one per element, reductions one per input
  /// element.
  int64_t flops = 0;
  /// Bytes written by ops that only move data (transpose, broadcast, slice, pad, ...).
  int64_t bytesMoved = 0;

  /// The cost the planner weighs: FLOPs, plus one unit per four bytes moved so that data
  /// movement is never free to recompute.
  double planningCost() const { return double(flops) + double(bytesMoved) / 4.0; }
  OpCost &operator+=(const OpCost &other) {
    flops += other.flops;
    bytesMoved += other.bytesMoved;
    return *this;
  }
};

class CostModel {
public:
  /// `module` resolves callees of func.call. `extraPureOps` extends the table of unregistered
  /// ops that are safe to recompute: full op names ("mydialect.op") or dialect wildcards
  /// ("mydialect.*").
  explicit CostModel(ModuleOp module, ArrayRef<std::string> extraPureOps = {});

  /// Cost of running `op` once (nested regions and callees included).
  OpCost getCost(Operation *op);

  /// True when `op` can be rerun: no side effects or randomness in it, its regions or callees.
  bool isRecomputable(Operation *op);
  /// Why `op` cannot be rerun (empty when it can): names the offending op.
  std::string whyNotRecomputable(Operation *op);

private:
  OpCost computeCost(Operation *op);
  bool isPureByTable(Operation *op) const;
  Operation *findOffendingOp(Operation *op, unsigned depth);

  ModuleOp module;
  llvm::StringSet<> extraPureNames;
  llvm::StringSet<> extraPureDialects;
  llvm::DenseMap<Operation *, OpCost> calleeCost;
  llvm::DenseMap<Operation *, Operation *> calleeOffender;
};

} // namespace mlir::remat

#endif // REMAT_ANALYSIS_COSTMODEL_H
