//===- DeviceOps.h - device memory ops in the form gpu-to-llvm lowers -----===//
//
// Device memory ops of host code: gpu.alloc, gpu.dealloc, gpu.memcpy.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_LIB_CONVERSION_LOWERTONVVM_DEVICEOPS_H
#define REMAT_LIB_CONVERSION_LOWERTONVVM_DEVICEOPS_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/Builders.h"

namespace mlir::remat {

// The ops are created synchronous; gpu-async-region later puts them, with the kernel launches,
// on one stream per function, in program order.

inline Value allocateOnDevice(OpBuilder &b, Location loc, MemRefType type,
                              ValueRange dynamicSizes = {}, ValueRange symbolOperands = {}) {
  return gpu::AllocOp::create(b, loc, type, /*asyncToken=*/Type(), ValueRange{}, dynamicSizes,
                              symbolOperands, /*hostShared=*/false)
      .getMemref();
}

inline void freeOnDevice(OpBuilder &b, Location loc, Value memref) {
  gpu::DeallocOp::create(b, loc, /*asyncToken=*/Type(), ValueRange{}, memref);
}

/// Copies between dense buffers (device or host: the runtime uses unified addressing).
inline void copyOnDevice(OpBuilder &b, Location loc, Value target, Value source) {
  gpu::MemcpyOp::create(b, loc, /*asyncToken=*/Type(), ValueRange{}, target, source);
}

} // namespace mlir::remat

#endif // REMAT_LIB_CONVERSION_LOWERTONVVM_DEVICEOPS_H
