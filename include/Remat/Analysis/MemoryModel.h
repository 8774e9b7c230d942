//===- MemoryModel.h - live tensor bytes over a schedule --------*- C++ -*-===//
//
// The memory a training step needs at each schedule step: the bytes of every buffer that is
// live there. A buffer is born with the op that defines it and dies after its last reader;
// buffers of values the function returns live to the end (and from the start when the graph
// says results are preallocated, as XLA does). Function arguments are resident and not
// counted. Two facts of bufferization are modelled:
//   * constants become globals: they take no heap bytes;
//   * view-like ops (reshapes, casts, identity converts, tensor.empty's shape-only result)
//     alias their operand: the buffer is counted once and lives until its last alias dies.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_ANALYSIS_MEMORYMODEL_H
#define REMAT_ANALYSIS_MEMORYMODEL_H

#include "Remat/Analysis/TrainingGraph.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::remat {

/// If result `resultIndex` of `op` is a view of one of its operands (no new buffer), returns
/// that operand's index.
std::optional<unsigned> getAliasedOperand(Operation *op, unsigned resultIndex);

/// True when `op` creates no buffer for its results beyond the aliases above (constants,
/// tensor.empty).
bool allocatesNothing(Operation *op);

class MemoryModel {
public:
  explicit MemoryModel(const TrainingGraph &graph);

  /// Live bytes at each schedule step: buffers read or written by the op at that step and every
  /// buffer that stays live across it.
  ArrayRef<int64_t> getLiveBytes() const { return liveBytes; }
  int64_t getPeakBytes() const { return peakBytes; }
  /// First step where the peak is reached; -1 for an empty schedule.
  int64_t getPeakStep() const { return peakStep; }
  /// Bytes of the buffer that `v` owns (0 for views, constants and arguments).
  int64_t getOwnedBytes(Value v) const { return ownedBytes.lookup_or(v, 0); }
  /// Whether the buffer `v` owns holds a function result (the result itself or a view of it,
  /// or a destination-style op's result written into it).
  bool holdsResult(Value v) const { return resultStorage.contains(v); }

  void print(raw_ostream &os) const;

private:
  SmallVector<int64_t> liveBytes;
  llvm::DenseMap<Value, int64_t> ownedBytes;
  llvm::DenseSet<Value> resultStorage;
  int64_t peakBytes = 0;
  int64_t peakStep = -1;
};

} // namespace mlir::remat

#endif // REMAT_ANALYSIS_MEMORYMODEL_H
