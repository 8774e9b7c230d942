//===- HeapCounter.cpp - count the heap bytes of JIT-compiled code ---------===//
#include "HeapCounter.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

using namespace mlir::remat;

namespace {

HeapCounter *active = nullptr;

constexpr uint64_t kMinAlignment = 64;

HeapCounter &counter() {
  // The runner activates a counter before it creates the execution engine; code only runs
  // after that.
  return *active;
}

extern "C" {

void *rematCountedAlloc(uint64_t bytes) { return counter().allocate(bytes, kMinAlignment); }

void *rematCountedAlignedAlloc(uint64_t alignment, uint64_t bytes) {
  return counter().allocate(bytes, alignment);
}

void rematCountedFree(void *ptr) { counter().release(ptr); }

void *rematCountedCalloc(size_t count, size_t size) {
  void *ptr = counter().allocate(count * size, kMinAlignment);
  if (ptr)
    std::memset(ptr, 0, count * size);
  return ptr;
}

void *rematCountedRealloc(void *ptr, size_t bytes) { return counter().reallocate(ptr, bytes); }

int rematCountedPosixMemalign(void **out, size_t alignment, size_t bytes) {
  void *ptr = counter().allocate(bytes, alignment);
  if (!ptr)
    return ENOMEM;
  *out = ptr;
  return 0;
}

} // extern "C"

} // namespace

void *HeapCounter::allocate(uint64_t bytes, uint64_t alignment) {
  uint64_t align = std::max(alignment, kMinAlignment);
  // aligned_alloc wants a size that is a multiple of the alignment, and a non-null result
  // for zero bytes.
  uint64_t padded = std::max<uint64_t>((bytes + align - 1) / align * align, align);
  void *ptr = std::aligned_alloc(align, padded);
  if (!ptr)
    return nullptr;
  sizes[ptr] = bytes;
  live += bytes;
  peak = std::max(peak, live);
  ++count;
  return ptr;
}

void *HeapCounter::reallocate(void *ptr, uint64_t bytes) {
  if (!ptr)
    return allocate(bytes, kMinAlignment);
  auto it = sizes.find(ptr);
  if (it == sizes.end()) {
    ++foreign;
    return std::realloc(ptr, bytes);
  }
  uint64_t old = it->second;
  void *moved = allocate(bytes, kMinAlignment);
  if (!moved)
    return nullptr;
  std::memcpy(moved, ptr, std::min(old, bytes));
  release(ptr);
  return moved;
}

void HeapCounter::release(void *ptr) {
  if (!ptr)
    return;
  auto it = sizes.find(ptr);
  if (it == sizes.end()) {
    // Not ours: it came from the C library outside the compiled code.
    ++foreign;
    std::free(ptr);
    return;
  }
  live -= it->second;
  sizes.erase(it);
  std::free(ptr);
}

std::vector<std::pair<llvm::StringRef, void *>> HeapCounter::symbols() {
  return {
      {"_mlir_memref_to_llvm_alloc", reinterpret_cast<void *>(&rematCountedAlloc)},
      {"_mlir_memref_to_llvm_aligned_alloc", reinterpret_cast<void *>(&rematCountedAlignedAlloc)},
      {"_mlir_memref_to_llvm_free", reinterpret_cast<void *>(&rematCountedFree)},
      {"malloc", reinterpret_cast<void *>(&rematCountedAlloc)},
      {"aligned_alloc", reinterpret_cast<void *>(&rematCountedAlignedAlloc)},
      {"calloc", reinterpret_cast<void *>(&rematCountedCalloc)},
      {"realloc", reinterpret_cast<void *>(&rematCountedRealloc)},
      {"posix_memalign", reinterpret_cast<void *>(&rematCountedPosixMemalign)},
      {"free", reinterpret_cast<void *>(&rematCountedFree)},
  };
}

void HeapCounter::setActive(HeapCounter *counter) { active = counter; }
