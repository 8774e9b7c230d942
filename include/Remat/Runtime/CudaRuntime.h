/*===- CudaRuntime.h - remat's CUDA runtime: mgpu* ABI and counters -------*- C -*-===//
 *
 * libremat_cuda_runtime implements, on the CUDA driver API, the mgpu* functions that MLIR 22's
 * gpu-to-llvm and the gpu.binary/gpu.launch_func translation call, and adds a small C API to
 * read how much device memory the program holds. Device memory is pooled: a freed block goes back
 * to the pool and serves later requests of about the same size, so a training step does not pay
 * one cuMemAlloc/cuMemFree per tensor. The counters follow the program, not the pool: live bytes
 * are the requested sizes of the blocks the program holds, peak bytes the most live bytes seen
 * since the last reset.
 *
 * Every CUDA call is checked; a failure prints the file, the call and the CUDA error name to
 * stderr and aborts.
 *
 *===----------------------------------------------------------------------===*/
#ifndef REMAT_RUNTIME_CUDARUNTIME_H
#define REMAT_RUNTIME_CUDARUNTIME_H

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Counters and helpers for harnesses ---- */

/* Bytes the program holds now (sum of requested sizes of live device allocations). */
size_t remat_cuda_live_bytes(void);
/* Most live bytes since the start or the last remat_cuda_reset_peak(). */
size_t remat_cuda_peak_bytes(void);
/* Sets the peak to the current live bytes. */
void remat_cuda_reset_peak(void);
/* Bytes obtained from cuMemAlloc and not returned (live blocks plus cached free blocks). */
size_t remat_cuda_reserved_bytes(void);
/* Number of cuMemAlloc calls so far (pool misses). */
size_t remat_cuda_device_allocations(void);
/* Number of allocations the program made so far (pool hits and misses). */
size_t remat_cuda_allocations(void);
/* Number of kernel launches so far. */
size_t remat_cuda_kernel_launches(void);
/* Name of the current device, e.g. "NVIDIA H100 80GB HBM3". */
const char *remat_cuda_device_name(void);
/* Total memory of the current device in bytes. */
size_t remat_cuda_device_total_bytes(void);

/* Pooled device allocation, counted like the program's own. */
void *remat_cuda_alloc(size_t bytes);
void remat_cuda_free(void *device_ptr);
void remat_cuda_copy_to_device(void *device_dst, const void *host_src, size_t bytes);
void remat_cuda_copy_to_host(void *host_dst, const void *device_src, size_t bytes);
/* Waits for all work of the current context. */
void remat_cuda_synchronize(void);
/* Returns every cached free block to the driver. */
void remat_cuda_release_cached(void);

/* ---- The mgpu* ABI emitted by MLIR 22 (streams, events, functions and modules are opaque) ---- */

void *mgpuModuleLoad(void *data, size_t gpuBlobSize);
void *mgpuModuleLoadJIT(void *data, int optLevel);
void mgpuModuleUnload(void *module);
void *mgpuModuleGetFunction(void *module, const char *name);
void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY, intptr_t gridZ,
                      intptr_t blockX, intptr_t blockY, intptr_t blockZ, int32_t smem, void *stream,
                      void **params, void **extra, size_t paramsCount);
void mgpuLaunchClusterKernel(void *function, intptr_t clusterX, intptr_t clusterY,
                             intptr_t clusterZ, intptr_t gridX, intptr_t gridY, intptr_t gridZ,
                             intptr_t blockX, intptr_t blockY, intptr_t blockZ, int32_t smem,
                             void *stream, void **params, void **extra);
void *mgpuStreamCreate(void);
void mgpuStreamDestroy(void *stream);
void mgpuStreamSynchronize(void *stream);
void mgpuStreamWaitEvent(void *stream, void *event);
void *mgpuEventCreate(void);
void mgpuEventDestroy(void *event);
void mgpuEventSynchronize(void *event);
void mgpuEventRecord(void *event, void *stream);
void *mgpuMemAlloc(uint64_t sizeBytes, void *stream, bool isHostShared);
void mgpuMemFree(void *ptr, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *stream);
void mgpuMemset32(void *dst, unsigned int value, size_t count, void *stream);
void mgpuMemset16(void *dst, unsigned short value, size_t count, void *stream);
void mgpuSetDefaultDevice(int32_t device);
void mgpuMemHostRegister(void *ptr, uint64_t sizeBytes);
void mgpuMemHostUnregister(void *ptr);
/* `descriptor` points to a ranked memref descriptor {allocated, aligned, offset, sizes[rank],
 * strides[rank]}. */
void mgpuMemHostRegisterMemRef(int64_t rank, void *descriptor, int64_t elementSizeBytes);
void mgpuMemHostUnregisterMemRef(int64_t rank, void *descriptor, int64_t elementSizeBytes);

#ifdef __cplusplus
}
#endif

#endif /* REMAT_RUNTIME_CUDARUNTIME_H */
