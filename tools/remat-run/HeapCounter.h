//===- HeapCounter.h - count the heap bytes of JIT-compiled code -*- C++ -*-===//
//
// remat-lower-to-cpu routes every memref allocation through MLIR's generic allocation
// functions (`_mlir_memref_to_llvm_alloc`, `_mlir_memref_to_llvm_aligned_alloc`,
// `_mlir_memref_to_llvm_free`). The runner defines them, and also `malloc`, `calloc`,
// `realloc`, `aligned_alloc`, `posix_memalign` and `free` for the JIT-compiled code, so that an
// allocation that some lowering makes directly through the C library is counted too. Every
// block is served 64-byte aligned; the counted size is the size the code asked for.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_TOOLS_REMATRUN_HEAPCOUNTER_H
#define REMAT_TOOLS_REMATRUN_HEAPCOUNTER_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace mlir::remat {

class HeapCounter {
public:
  /// Bytes currently allocated by the compiled code and not freed.
  uint64_t liveBytes() const { return live; }
  /// Highest liveBytes() since the last resetPeak().
  uint64_t peakBytes() const { return peak; }
  /// Allocations since the last resetPeak().
  uint64_t allocCount() const { return count; }
  /// Frees of pointers this counter did not hand out (forwarded to the C library).
  uint64_t foreignFrees() const { return foreign; }

  /// Starts a new measurement: peak = live bytes now, count = 0.
  void resetPeak() {
    peak = live;
    count = 0;
  }

  bool owns(const void *ptr) const { return sizes.count(ptr) != 0; }

  void *allocate(uint64_t bytes, uint64_t alignment);
  void *reallocate(void *ptr, uint64_t bytes);
  void release(void *ptr);

  /// The allocation functions, by the names the JIT-compiled code calls them.
  static std::vector<std::pair<llvm::StringRef, void *>> symbols();

  /// The counter that the allocation functions report to; one at a time.
  static void setActive(HeapCounter *counter);

private:
  llvm::DenseMap<const void *, uint64_t> sizes;
  uint64_t live = 0, peak = 0, count = 0, foreign = 0;
};

} // namespace mlir::remat

#endif // REMAT_TOOLS_REMATRUN_HEAPCOUNTER_H
