//===- BlockPool.h - caching allocator with exact program-level counters --===//
//
// The pool behind mgpuMemAlloc/mgpuMemFree, independent of where the memory comes from (the CUDA
// driver, or host memory when GPU programs are emulated on the CPU). Requests are rounded up to
// a size class (512 B steps up to 1 MiB, 2 MiB steps above); a freed block is cached and serves a
// later request of its class or one up to 1/8 smaller; the backend is asked for memory only when
// no cached block fits, and once more after returning every cached block when it runs out.
//
// MemoryCounters follow the program: live bytes are the sum of requested sizes of the blocks it
// holds, peak bytes the maximum of that since the last reset; a pool's reserved bytes are what it
// holds from the backend. Not thread-safe: callers lock.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_RUNTIME_CUDA_BLOCKPOOL_H
#define REMAT_RUNTIME_CUDA_BLOCKPOOL_H

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <unordered_map>

namespace remat::runtime {

/// What the program holds, counted from the sizes it asks for.
struct MemoryCounters {
  size_t live = 0, peak = 0, allocations = 0;
  void allocated(size_t bytes) {
    live += bytes;
    peak = std::max(peak, live);
    ++allocations;
  }
  void freed(size_t bytes) { live -= bytes; }
  void resetPeak() { peak = live; }
};

class BlockPool {
public:
  /// Returns 0 when the backend is out of memory.
  using AllocateFn = std::function<uintptr_t(size_t bytes)>;
  using FreeFn = std::function<void(uintptr_t address, size_t bytes)>;
  /// Waits until the work recorded by `event` (see release) is done and recycles the event.
  using WaitFn = std::function<void(void *event)>;

  BlockPool(AllocateFn allocateFn, FreeFn freeFn, WaitFn waitFn)
      : allocateFn(std::move(allocateFn)), freeFn(std::move(freeFn)), waitFn(std::move(waitFn)) {}

  static size_t blockSizeFor(size_t requested) {
    size_t n = std::max<size_t>(requested, 1);
    size_t granule = n <= kSmallLimit ? kSmallGranule : kLargeGranule;
    return (n + granule - 1) / granule * granule;
  }

  /// A block for `requested` bytes, or 0 when the backend has no memory left. `*ready` receives
  /// the event recorded when a reused block was freed while work could still use it (the caller
  /// must order its use after that event), or nullptr.
  uintptr_t allocate(size_t requested, void **ready) {
    *ready = nullptr;
    size_t size = blockSizeFor(requested);
    uintptr_t address = 0;
    auto it = freeBlocks.lower_bound(size);
    if (it != freeBlocks.end() && it->first <= largestAcceptable(size)) {
      size = it->first;
      address = it->second.address;
      *ready = it->second.ready;
      freeBlocks.erase(it);
    } else {
      address = allocateFn(size);
      if (!address) {
        releaseCached();
        address = allocateFn(size);
      }
      if (!address)
        return 0;
      ++backendAllocations;
      reserved += size;
    }
    liveBlocks[address] = LiveBlock{size, requested};
    return address;
  }

  /// Returns a block to the cache and gives the size it was requested with; nothing when
  /// `address` is not a live block of this pool. `ready`, when not null, is an event that
  /// completes once the work queued before the free is done.
  std::optional<size_t> release(uintptr_t address, void *ready) {
    auto it = liveBlocks.find(address);
    if (it == liveBlocks.end())
      return std::nullopt;
    size_t requested = it->second.requested;
    freeBlocks.emplace(it->second.size, FreeBlock{address, ready});
    liveBlocks.erase(it);
    return requested;
  }

  bool owns(uintptr_t address) const { return liveBlocks.count(address) != 0; }

  /// Gives every cached block back to the backend.
  void releaseCached() {
    for (auto &[size, block] : freeBlocks) {
      if (block.ready)
        waitFn(block.ready);
      freeFn(block.address, size);
      reserved -= size;
    }
    freeBlocks.clear();
  }

  size_t reservedBytes() const { return reserved; }
  size_t backendAllocationCount() const { return backendAllocations; }
  size_t cachedBlockCount() const { return freeBlocks.size(); }

private:
  static constexpr size_t kSmallLimit = size_t(1) << 20;
  static constexpr size_t kSmallGranule = 512;
  static constexpr size_t kLargeGranule = size_t(2) << 20;

  static size_t largestAcceptable(size_t size) {
    size_t granule = size <= kSmallLimit ? kSmallGranule : kLargeGranule;
    return size + std::max(granule, size / 8);
  }

  struct FreeBlock {
    uintptr_t address;
    void *ready;
  };
  struct LiveBlock {
    size_t size;
    size_t requested;
  };

  AllocateFn allocateFn;
  FreeFn freeFn;
  WaitFn waitFn;
  std::multimap<size_t, FreeBlock> freeBlocks;
  std::unordered_map<uintptr_t, LiveBlock> liveBlocks;
  size_t reserved = 0, backendAllocations = 0;
};

} // namespace remat::runtime

#endif // REMAT_RUNTIME_CUDA_BLOCKPOOL_H
