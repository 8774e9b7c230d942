//===- CudaRuntime.cpp - mgpu* ABI on the CUDA driver API, pooled ----------===//
//
// The functions MLIR's GPU lowering calls (module load and launch, streams, events, memory) and
// remat's counters, on the CUDA driver API. Device memory comes from a caching pool; the program's
// live and peak bytes are counted from the sizes it requests, independently of the pool.
//
//===----------------------------------------------------------------------===//
#include "Remat/Runtime/CudaRuntime.h"

#include "BlockPool.h"

#include <cuda.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#define REMAT_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

[[noreturn]] void failCall(const char *file, int line, const char *call, CUresult result) {
  const char *name = nullptr;
  const char *text = nullptr;
  if (cuGetErrorName(result, &name) != CUDA_SUCCESS)
    name = "unknown CUDA error";
  if (cuGetErrorString(result, &text) != CUDA_SUCCESS)
    text = "";
  std::fprintf(stderr, "remat_cuda_runtime: %s:%d: %s failed: %s (%s)\n", file, line, call, name,
               text);
  std::fflush(stderr);
  std::abort();
}

[[noreturn]] void failUsage(const char *function, const char *message) {
  std::fprintf(stderr, "remat_cuda_runtime: %s: %s\n", function, message);
  std::fflush(stderr);
  std::abort();
}

#define CUDA_CHECK(call)                                                                           \
  do {                                                                                             \
    CUresult result_ = (call);                                                                     \
    if (result_ != CUDA_SUCCESS)                                                                   \
      failCall(__FILE__, __LINE__, #call, result_);                                                \
  } while (false)

using remat::runtime::BlockPool;
using remat::runtime::MemoryCounters;

/// One per device the program uses.
struct DeviceState {
  CUdevice device = 0;
  CUcontext context = nullptr;
  std::string name;
  size_t totalBytes = 0;
  BlockPool *devicePool = nullptr;  // cuMemAlloc
  BlockPool *managedPool = nullptr; // cuMemAllocManaged (gpu.alloc host_shared)
  std::vector<CUstream> idleStreams;
  std::vector<CUevent> idleEvents;
};

/// Process-wide state. Never destroyed: module unload runs from global destructors.
struct Runtime {
  std::recursive_mutex mutex;
  int defaultDevice = 0;
  std::map<int, DeviceState *> devices;
  MemoryCounters counters;
  size_t launches = 0;
  bool syncEveryLaunch = false;
};

Runtime &runtime() {
  static Runtime *instance = [] {
    auto *r = new Runtime();
    const char *sync = std::getenv("REMAT_CUDA_SYNC_LAUNCHES");
    r->syncEveryLaunch = sync && *sync && std::strcmp(sync, "0") != 0;
    return r;
  }();
  return *instance;
}

BlockPool *makePool(DeviceState *state, bool managed) {
  auto allocateFn = [managed](size_t bytes) -> uintptr_t {
    CUdeviceptr address = 0;
    CUresult result = managed ? cuMemAllocManaged(&address, bytes, CU_MEM_ATTACH_GLOBAL)
                              : cuMemAlloc(&address, bytes);
    if (result == CUDA_ERROR_OUT_OF_MEMORY)
      return 0;
    if (result != CUDA_SUCCESS)
      failCall(__FILE__, __LINE__,
               managed ? "cuMemAllocManaged(&address, bytes)" : "cuMemAlloc(&address, bytes)",
               result);
    return static_cast<uintptr_t>(address);
  };
  auto freeFn = [](uintptr_t address, size_t) {
    CUDA_CHECK(cuMemFree(static_cast<CUdeviceptr>(address)));
  };
  auto waitFn = [state](void *event) {
    CUDA_CHECK(cuEventSynchronize(static_cast<CUevent>(event)));
    state->idleEvents.push_back(static_cast<CUevent>(event));
  };
  return new BlockPool(allocateFn, freeFn, waitFn);
}

/// The state of the default device, with its primary context current on this thread.
DeviceState &current() {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  static bool initialized = false;
  if (!initialized) {
    CUDA_CHECK(cuInit(0));
    initialized = true;
  }
  DeviceState *&state = r.devices[r.defaultDevice];
  if (!state) {
    state = new DeviceState();
    CUDA_CHECK(cuDeviceGet(&state->device, r.defaultDevice));
    CUDA_CHECK(cuDevicePrimaryCtxRetain(&state->context, state->device));
    char name[256] = {0};
    CUDA_CHECK(cuDeviceGetName(name, sizeof(name) - 1, state->device));
    state->name = name;
    CUDA_CHECK(cuDeviceTotalMem(&state->totalBytes, state->device));
    state->devicePool = makePool(state, /*managed=*/false);
    state->managedPool = makePool(state, /*managed=*/true);
  }
  thread_local CUcontext threadContext = nullptr;
  if (threadContext != state->context) {
    CUDA_CHECK(cuCtxSetCurrent(state->context));
    threadContext = state->context;
  }
  return *state;
}

void *allocate(size_t requested, CUstream stream, bool managed) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  DeviceState &state = current();
  BlockPool &pool = managed ? *state.managedPool : *state.devicePool;
  void *ready = nullptr;
  uintptr_t address = pool.allocate(requested, &ready);
  if (!address)
    failCall(__FILE__, __LINE__, managed ? "cuMemAllocManaged" : "cuMemAlloc",
             CUDA_ERROR_OUT_OF_MEMORY);
  if (auto event = static_cast<CUevent>(ready)) {
    // Work queued before the block was freed may still use it: wait for it, or let the stream
    // of the new use wait for it.
    if (!stream)
      CUDA_CHECK(cuEventSynchronize(event));
    else
      CUDA_CHECK(cuStreamWaitEvent(stream, event, 0));
    state.idleEvents.push_back(event);
  }
  r.counters.allocated(requested);
  return reinterpret_cast<void *>(address);
}

void release(void *pointer, CUstream stream) {
  if (!pointer)
    return;
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  DeviceState &state = current();
  auto address = reinterpret_cast<uintptr_t>(pointer);
  BlockPool &pool = state.devicePool->owns(address) ? *state.devicePool : *state.managedPool;
  if (!pool.owns(address))
    failUsage("mgpuMemFree", "the address was not allocated by this runtime (or freed twice)");
  // When the freeing stream still has work queued, record an event that the block's next user
  // waits for; an idle stream (the usual case: generated code waits for every op) needs none.
  CUevent ready = nullptr;
  if (stream) {
    CUresult idle = cuStreamQuery(stream);
    if (idle == CUDA_ERROR_NOT_READY) {
      if (state.idleEvents.empty()) {
        CUDA_CHECK(cuEventCreate(&ready, CU_EVENT_DISABLE_TIMING));
      } else {
        ready = state.idleEvents.back();
        state.idleEvents.pop_back();
      }
      CUDA_CHECK(cuEventRecord(ready, stream));
    } else if (idle != CUDA_SUCCESS) {
      failCall(__FILE__, __LINE__, "cuStreamQuery(stream)", idle);
    }
  }
  std::optional<size_t> requested = pool.release(address, ready);
  r.counters.freed(*requested);
}

CUstream asStream(void *stream) { return reinterpret_cast<CUstream>(stream); }

} // namespace

//===----------------------------------------------------------------------===//
// mgpu* ABI
//===----------------------------------------------------------------------===//

REMAT_EXPORT void *mgpuModuleLoad(void *data, size_t /*gpuBlobSize*/) {
  current();
  CUmodule module = nullptr;
  CUDA_CHECK(cuModuleLoadData(&module, data));
  return module;
}

REMAT_EXPORT void *mgpuModuleLoadJIT(void *data, int optLevel) {
  current();
  CUmodule module = nullptr;
  char log[8192] = {0};
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                            CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {log, reinterpret_cast<void *>(sizeof(log) - 1),
                    reinterpret_cast<void *>(static_cast<intptr_t>(std::clamp(optLevel, 0, 4)))};
  CUresult result = cuModuleLoadDataEx(&module, data, 3, options, values);
  if (result != CUDA_SUCCESS) {
    std::fprintf(stderr, "remat_cuda_runtime: PTX JIT log:\n%s\n", log);
    failCall(__FILE__, __LINE__, "cuModuleLoadDataEx(&module, data, ...)", result);
  }
  return module;
}

REMAT_EXPORT void mgpuModuleUnload(void *module) {
  current();
  CUresult result = cuModuleUnload(reinterpret_cast<CUmodule>(module));
  // At process exit the driver may already be shut down; nothing is left to release then.
  if (result != CUDA_SUCCESS && result != CUDA_ERROR_DEINITIALIZED)
    failCall(__FILE__, __LINE__, "cuModuleUnload(module)", result);
}

REMAT_EXPORT void *mgpuModuleGetFunction(void *module, const char *name) {
  current();
  CUfunction function = nullptr;
  CUDA_CHECK(cuModuleGetFunction(&function, reinterpret_cast<CUmodule>(module), name));
  return function;
}

namespace {
void allowLargeSharedMemory(CUfunction function, int32_t smem) {
  if (smem > 48 * 1024)
    CUDA_CHECK(cuFuncSetAttribute(function, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, smem));
}

void afterLaunch(CUstream stream) {
  Runtime &r = runtime();
  {
    std::lock_guard<std::recursive_mutex> lock(r.mutex);
    ++r.launches;
  }
  if (r.syncEveryLaunch)
    CUDA_CHECK(cuStreamSynchronize(stream));
}
} // namespace

REMAT_EXPORT void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY, intptr_t gridZ,
                                   intptr_t blockX, intptr_t blockY, intptr_t blockZ, int32_t smem,
                                   void *stream, void **params, void **extra,
                                   size_t /*paramsCount*/) {
  current();
  auto f = reinterpret_cast<CUfunction>(function);
  allowLargeSharedMemory(f, smem);
  CUDA_CHECK(cuLaunchKernel(f, gridX, gridY, gridZ, blockX, blockY, blockZ, smem, asStream(stream),
                            params, extra));
  afterLaunch(asStream(stream));
}

REMAT_EXPORT void mgpuLaunchClusterKernel(void *function, intptr_t clusterX, intptr_t clusterY,
                                          intptr_t clusterZ, intptr_t gridX, intptr_t gridY,
                                          intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                                          intptr_t blockZ, int32_t smem, void *stream,
                                          void **params, void **extra) {
  current();
  auto f = reinterpret_cast<CUfunction>(function);
  allowLargeSharedMemory(f, smem);
  if (clusterX * clusterY * clusterZ > 8)
    CUDA_CHECK(cuFuncSetAttribute(f, CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED, 1));
  CUlaunchAttribute attribute;
  std::memset(&attribute, 0, sizeof(attribute));
  attribute.id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
  attribute.value.clusterDim.x = static_cast<unsigned>(clusterX);
  attribute.value.clusterDim.y = static_cast<unsigned>(clusterY);
  attribute.value.clusterDim.z = static_cast<unsigned>(clusterZ);
  CUlaunchConfig config;
  std::memset(&config, 0, sizeof(config));
  config.gridDimX = static_cast<unsigned>(gridX);
  config.gridDimY = static_cast<unsigned>(gridY);
  config.gridDimZ = static_cast<unsigned>(gridZ);
  config.blockDimX = static_cast<unsigned>(blockX);
  config.blockDimY = static_cast<unsigned>(blockY);
  config.blockDimZ = static_cast<unsigned>(blockZ);
  config.sharedMemBytes = static_cast<unsigned>(smem);
  config.hStream = asStream(stream);
  config.attrs = &attribute;
  config.numAttrs = 1;
  CUDA_CHECK(cuLaunchKernelEx(&config, f, params, extra));
  afterLaunch(asStream(stream));
}

// Generated code creates a stream for every synchronous launch and every alloc/free/copy chain;
// streams are therefore recycled instead of created and destroyed each time.
REMAT_EXPORT void *mgpuStreamCreate() {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  DeviceState &state = current();
  if (!state.idleStreams.empty()) {
    CUstream stream = state.idleStreams.back();
    state.idleStreams.pop_back();
    return stream;
  }
  CUstream stream = nullptr;
  CUDA_CHECK(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
  return stream;
}

REMAT_EXPORT void mgpuStreamDestroy(void *stream) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  current().idleStreams.push_back(asStream(stream));
}

REMAT_EXPORT void mgpuStreamSynchronize(void *stream) {
  current();
  CUDA_CHECK(cuStreamSynchronize(asStream(stream)));
}

REMAT_EXPORT void mgpuStreamWaitEvent(void *stream, void *event) {
  current();
  CUDA_CHECK(cuStreamWaitEvent(asStream(stream), reinterpret_cast<CUevent>(event), 0));
}

REMAT_EXPORT void *mgpuEventCreate() {
  current();
  CUevent event = nullptr;
  CUDA_CHECK(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

REMAT_EXPORT void mgpuEventDestroy(void *event) {
  current();
  CUDA_CHECK(cuEventDestroy(reinterpret_cast<CUevent>(event)));
}

REMAT_EXPORT void mgpuEventSynchronize(void *event) {
  current();
  CUDA_CHECK(cuEventSynchronize(reinterpret_cast<CUevent>(event)));
}

REMAT_EXPORT void mgpuEventRecord(void *event, void *stream) {
  current();
  CUDA_CHECK(cuEventRecord(reinterpret_cast<CUevent>(event), asStream(stream)));
}

REMAT_EXPORT void *mgpuMemAlloc(uint64_t sizeBytes, void *stream, bool isHostShared) {
  return allocate(sizeBytes, asStream(stream), isHostShared);
}

REMAT_EXPORT void mgpuMemFree(void *ptr, void *stream) { release(ptr, asStream(stream)); }

REMAT_EXPORT void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *stream) {
  current();
  if (sizeBytes == 0)
    return;
  CUDA_CHECK(cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(dst), reinterpret_cast<CUdeviceptr>(src),
                           sizeBytes, asStream(stream)));
}

REMAT_EXPORT void mgpuMemset32(void *dst, unsigned int value, size_t count, void *stream) {
  current();
  CUDA_CHECK(cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(dst), value, count, asStream(stream)));
}

REMAT_EXPORT void mgpuMemset16(void *dst, unsigned short value, size_t count, void *stream) {
  current();
  CUDA_CHECK(cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(dst), value, count, asStream(stream)));
}

REMAT_EXPORT void mgpuSetDefaultDevice(int32_t device) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  r.defaultDevice = device;
  current();
}

REMAT_EXPORT void mgpuMemHostRegister(void *ptr, uint64_t sizeBytes) {
  current();
  CUDA_CHECK(cuMemHostRegister(ptr, sizeBytes, 0));
}

REMAT_EXPORT void mgpuMemHostUnregister(void *ptr) {
  current();
  CUDA_CHECK(cuMemHostUnregister(ptr));
}

namespace {
/// The first byte and the byte count a ranked memref descriptor covers.
std::pair<char *, uint64_t> memrefExtent(int64_t rank, void *descriptor, int64_t elementSize) {
  struct Header {
    char *allocated;
    char *aligned;
    int64_t offset;
  };
  auto *header = static_cast<Header *>(descriptor);
  auto *sizes = reinterpret_cast<int64_t *>(header + 1);
  int64_t *strides = sizes + rank;
  int64_t lastElement = 0;
  for (int64_t d = 0; d < rank; ++d) {
    if (sizes[d] == 0)
      return {header->aligned + header->offset * elementSize, 0};
    lastElement += (sizes[d] - 1) * strides[d];
  }
  return {header->aligned + header->offset * elementSize,
          static_cast<uint64_t>(lastElement + 1) * elementSize};
}
} // namespace

REMAT_EXPORT void mgpuMemHostRegisterMemRef(int64_t rank, void *descriptor,
                                            int64_t elementSizeBytes) {
  auto [begin, bytes] = memrefExtent(rank, descriptor, elementSizeBytes);
  if (bytes)
    mgpuMemHostRegister(begin, bytes);
}

REMAT_EXPORT void mgpuMemHostUnregisterMemRef(int64_t rank, void *descriptor,
                                              int64_t elementSizeBytes) {
  auto [begin, bytes] = memrefExtent(rank, descriptor, elementSizeBytes);
  if (bytes)
    mgpuMemHostUnregister(begin);
}

//===----------------------------------------------------------------------===//
// remat_cuda_* API
//===----------------------------------------------------------------------===//

REMAT_EXPORT size_t remat_cuda_live_bytes(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  return r.counters.live;
}

REMAT_EXPORT size_t remat_cuda_peak_bytes(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  return r.counters.peak;
}

REMAT_EXPORT void remat_cuda_reset_peak(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  r.counters.resetPeak();
}

REMAT_EXPORT size_t remat_cuda_reserved_bytes(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  size_t bytes = 0;
  for (auto &[index, state] : r.devices)
    bytes += state->devicePool->reservedBytes() + state->managedPool->reservedBytes();
  return bytes;
}

REMAT_EXPORT size_t remat_cuda_device_allocations(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  size_t count = 0;
  for (auto &[index, state] : r.devices)
    count +=
        state->devicePool->backendAllocationCount() + state->managedPool->backendAllocationCount();
  return count;
}

REMAT_EXPORT size_t remat_cuda_allocations(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  return r.counters.allocations;
}

REMAT_EXPORT size_t remat_cuda_kernel_launches(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  return r.launches;
}

REMAT_EXPORT const char *remat_cuda_device_name(void) { return current().name.c_str(); }

REMAT_EXPORT size_t remat_cuda_device_total_bytes(void) { return current().totalBytes; }

REMAT_EXPORT void *remat_cuda_alloc(size_t bytes) { return allocate(bytes, nullptr, false); }

REMAT_EXPORT void remat_cuda_free(void *device_ptr) { release(device_ptr, nullptr); }

REMAT_EXPORT void remat_cuda_copy_to_device(void *device_dst, const void *host_src, size_t bytes) {
  current();
  if (bytes)
    CUDA_CHECK(cuMemcpyHtoD(reinterpret_cast<CUdeviceptr>(device_dst), host_src, bytes));
}

REMAT_EXPORT void remat_cuda_copy_to_host(void *host_dst, const void *device_src, size_t bytes) {
  current();
  if (bytes)
    CUDA_CHECK(cuMemcpyDtoH(host_dst, reinterpret_cast<CUdeviceptr>(device_src), bytes));
}

REMAT_EXPORT void remat_cuda_synchronize(void) {
  current();
  CUDA_CHECK(cuCtxSynchronize());
}

REMAT_EXPORT void remat_cuda_release_cached(void) {
  Runtime &r = runtime();
  std::lock_guard<std::recursive_mutex> lock(r.mutex);
  DeviceState &state = current();
  state.devicePool->releaseCached();
  CUDA_CHECK(cuCtxSynchronize());
  state.managedPool->releaseCached();
}
