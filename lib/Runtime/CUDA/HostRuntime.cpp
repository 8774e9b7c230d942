//===- HostRuntime.cpp - the memory half of the mgpu* ABI on host memory --===//
//
// libremat_host_runtime runs GPU programs lowered with remat-lower-to-nvvm{emulate-on-host=1}:
// their kernels became host loops, so only memory, streams and events remain. Memory comes from
// the same BlockPool as on the GPU, with the same program-level counters, so a bundle built for
// emulation checks results, deallocation points and peak bytes on a machine without a GPU.
// Kernel launch and module functions are deliberately absent: linking a program with real
// kernels against this library fails.
//
//===----------------------------------------------------------------------===//
#include "Remat/Runtime/CudaRuntime.h"

#include "BlockPool.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#define REMAT_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

using remat::runtime::BlockPool;
using remat::runtime::MemoryCounters;

constexpr size_t kAlignment = 256; // what cuMemAlloc guarantees

[[noreturn]] void failUsage(const char *function, const char *message) {
  std::fprintf(stderr, "remat_host_runtime: %s: %s\n", function, message);
  std::fflush(stderr);
  std::abort();
}

struct HostState {
  std::mutex mutex;
  BlockPool pool{[](size_t bytes) -> uintptr_t {
                   return reinterpret_cast<uintptr_t>(std::aligned_alloc(kAlignment, bytes));
                 },
                 [](uintptr_t address, size_t) { std::free(reinterpret_cast<void *>(address)); },
                 [](void *) {}};
  MemoryCounters counters;
};

HostState &state() {
  static HostState *instance = new HostState();
  return *instance;
}

// Streams and events are opaque tokens; all work is already done when a call returns.
char streamToken, eventToken;

} // namespace

REMAT_EXPORT void *mgpuMemAlloc(uint64_t sizeBytes, void * /*stream*/, bool /*isHostShared*/) {
  HostState &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  void *ready = nullptr;
  uintptr_t address = s.pool.allocate(sizeBytes, &ready);
  if (!address)
    failUsage("mgpuMemAlloc", "out of host memory");
  s.counters.allocated(sizeBytes);
  return reinterpret_cast<void *>(address);
}

REMAT_EXPORT void mgpuMemFree(void *ptr, void * /*stream*/) {
  if (!ptr)
    return;
  HostState &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  std::optional<size_t> requested = s.pool.release(reinterpret_cast<uintptr_t>(ptr), nullptr);
  if (!requested)
    failUsage("mgpuMemFree", "the address was not allocated by this runtime (or freed twice)");
  s.counters.freed(*requested);
}

REMAT_EXPORT void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void * /*stream*/) {
  if (sizeBytes)
    std::memmove(dst, src, sizeBytes);
}

REMAT_EXPORT void mgpuMemset32(void *dst, unsigned int value, size_t count, void * /*stream*/) {
  auto *words = static_cast<uint32_t *>(dst);
  for (size_t i = 0; i < count; ++i)
    words[i] = value;
}

REMAT_EXPORT void mgpuMemset16(void *dst, unsigned short value, size_t count, void * /*stream*/) {
  auto *halves = static_cast<uint16_t *>(dst);
  for (size_t i = 0; i < count; ++i)
    halves[i] = value;
}

REMAT_EXPORT void *mgpuStreamCreate() { return &streamToken; }
REMAT_EXPORT void mgpuStreamDestroy(void *) {}
REMAT_EXPORT void mgpuStreamSynchronize(void *) {}
REMAT_EXPORT void mgpuStreamWaitEvent(void *, void *) {}
REMAT_EXPORT void *mgpuEventCreate() { return &eventToken; }
REMAT_EXPORT void mgpuEventDestroy(void *) {}
REMAT_EXPORT void mgpuEventSynchronize(void *) {}
REMAT_EXPORT void mgpuEventRecord(void *, void *) {}
REMAT_EXPORT void mgpuSetDefaultDevice(int32_t device) {
  if (device != 0)
    failUsage("mgpuSetDefaultDevice", "host emulation has a single device, 0");
}

REMAT_EXPORT size_t remat_cuda_live_bytes(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().counters.live;
}
REMAT_EXPORT size_t remat_cuda_peak_bytes(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().counters.peak;
}
REMAT_EXPORT void remat_cuda_reset_peak(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  state().counters.resetPeak();
}
REMAT_EXPORT size_t remat_cuda_reserved_bytes(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().pool.reservedBytes();
}
REMAT_EXPORT size_t remat_cuda_device_allocations(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().pool.backendAllocationCount();
}
REMAT_EXPORT size_t remat_cuda_allocations(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().counters.allocations;
}
REMAT_EXPORT size_t remat_cuda_kernel_launches(void) { return 0; }
REMAT_EXPORT const char *remat_cuda_device_name(void) { return "host emulation"; }
REMAT_EXPORT size_t remat_cuda_device_total_bytes(void) { return 0; }
REMAT_EXPORT void *remat_cuda_alloc(size_t bytes) { return mgpuMemAlloc(bytes, nullptr, false); }
REMAT_EXPORT void remat_cuda_free(void *device_ptr) { mgpuMemFree(device_ptr, nullptr); }
REMAT_EXPORT void remat_cuda_copy_to_device(void *dst, const void *src, size_t bytes) {
  if (bytes)
    std::memcpy(dst, src, bytes);
}
REMAT_EXPORT void remat_cuda_copy_to_host(void *dst, const void *src, size_t bytes) {
  if (bytes)
    std::memcpy(dst, src, bytes);
}
REMAT_EXPORT void remat_cuda_synchronize(void) {}
REMAT_EXPORT void remat_cuda_release_cached(void) {
  std::lock_guard<std::mutex> lock(state().mutex);
  state().pool.releaseCached();
}
