//===- TrainingGraph.h - a training step as a schedule of ops ---*- C++ -*-===//
//
// A training step is one func.func whose single block holds the forward pass, the loss and the
// backward pass. TrainingGraph numbers the top-level ops of that block (the schedule), splits
// them into phases and records, for every value the ops define, where it is defined and used.
// Ops with regions (stablehlo.reduce, scf.for, linalg.generic) are single nodes: a value used
// inside a region counts as an operand of the top-level op that holds the region.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_ANALYSIS_TRAININGGRAPH_H
#define REMAT_ANALYSIS_TRAININGGRAPH_H

#include "Remat/IR/RematDialect.h"

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::remat {

/// Bytes of one element of `elementType` (complex counts both parts; i1 takes a byte).
int64_t getElementBytes(Type elementType);

/// Bytes of a statically shaped tensor or memref; 0 for scalars and other types.
int64_t getTypeBytes(Type type);

/// True for ops that produce constants: they become globals, not allocations, and are free to
/// recompute.
bool isConstantLike(Operation *op);

struct TrainingGraphOptions {
  /// Index of the function result that holds the loss.
  unsigned lossResult = 0;
  /// The buffers of the function's results exist for the whole step, as XLA allocates them
  /// (its entry computation's outputs are allocated before the step runs), instead of from the
  /// op that writes them on.
  bool resultsPreallocated = false;
};

/// Facts about one value defined by a top-level op.
struct ValueLifetime {
  Value value;
  /// Schedule position of the defining op.
  int64_t def = -1;
  /// Last reader, any phase; the schedule size when the function returns the value, `def` when
  /// nothing reads it.
  int64_t lastUse = -1;
  int64_t lastForwardUse = -1;
  int64_t firstBackwardUse = -1;
  int64_t lastBackwardUse = -1;
  /// Size of the value's type.
  int64_t bytes = 0;
  bool returned = false;
  /// Defined in the forward phase, read in the backward phase, and not a constant.
  bool isActivation = false;
};

class TrainingGraph {
public:
  /// Builds the graph of `func`. On IR it cannot model (several blocks, dynamic or unranked
  /// shapes, no loss), emits an error that names the op and the fix, and fails.
  static FailureOr<TrainingGraph> build(FunctionOpInterface func,
                                        const TrainingGraphOptions &options = {});

  FunctionOpInterface getFunction() const { return func; }
  /// Top-level ops in schedule order, terminator excluded.
  ArrayRef<Operation *> getSchedule() const { return schedule; }
  int64_t size() const { return schedule.size(); }
  Operation *getTerminator() const { return terminator; }
  /// Position of a top-level op (the terminator's is size()); -1 for other ops.
  int64_t getPosition(Operation *op) const { return positions.lookup_or(op, -1); }
  Phase getPhase(int64_t pos) const { return phases[pos]; }
  bool isForward(int64_t pos) const { return phases[pos] == Phase::forward; }
  /// The value holding the loss.
  Value getLoss() const { return loss; }
  /// Whether result buffers live for the whole step (TrainingGraphOptions).
  bool resultsPreallocated() const { return preallocatedResults; }

  /// Values that node `pos` reads: operands and values captured by its regions.
  ArrayRef<Value> getNodeOperands(int64_t pos) const { return nodeOperands[pos]; }
  /// Schedule positions of the top-level readers of `v` (the terminator reads at size()).
  ArrayRef<int64_t> getUsers(Value v) const;

  /// Every value defined by a top-level op, in definition order.
  ArrayRef<ValueLifetime> getValues() const { return values; }
  const ValueLifetime *lookup(Value v) const;
  /// Activations in definition order.
  SmallVector<const ValueLifetime *> getActivations() const;

  /// Prints the schedule, phases and lifetimes (for debugging and tests).
  void print(raw_ostream &os) const;

private:
  TrainingGraph() = default;

  mutable FunctionOpInterface func;
  Operation *terminator = nullptr;
  Value loss;
  bool preallocatedResults = false;
  SmallVector<Operation *> schedule;
  llvm::DenseMap<Operation *, int64_t> positions;
  SmallVector<Phase> phases;
  SmallVector<SmallVector<Value, 4>> nodeOperands;
  SmallVector<ValueLifetime> values;
  llvm::DenseMap<Value, unsigned> valueIndex;
  SmallVector<SmallVector<int64_t, 2>> users;
};

} // namespace mlir::remat

#endif // REMAT_ANALYSIS_TRAININGGRAPH_H
