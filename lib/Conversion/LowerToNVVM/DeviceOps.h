//===- DeviceOps.h - device memory ops in the form gpu-to-llvm lowers -----===//
//
// gpu-to-llvm lowers gpu.alloc, gpu.dealloc and gpu.memcpy only in their async form. These
// helpers issue each one as its own chain on a fresh stream and wait for it, which keeps host
// code in program order while kernels are launched synchronously.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_LIB_CONVERSION_LOWERTONVVM_DEVICEOPS_H
#define REMAT_LIB_CONVERSION_LOWERTONVVM_DEVICEOPS_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/Builders.h"

namespace mlir::remat {

/// Starts an async chain on a fresh stream.
inline Value startDeviceChain(OpBuilder &b, Location loc) {
  return gpu::WaitOp::create(b, loc, b.getType<gpu::AsyncTokenType>(), ValueRange{})
      .getAsyncToken();
}

/// Waits for the chain ending in `token` and releases its stream.
inline void finishDeviceChain(OpBuilder &b, Location loc, Value token) {
  gpu::WaitOp::create(b, loc, Type(), ValueRange{token});
}

inline Value allocateOnDevice(OpBuilder &b, Location loc, MemRefType type,
                              ValueRange dynamicSizes = {}, ValueRange symbolOperands = {}) {
  Value token = startDeviceChain(b, loc);
  auto alloc = gpu::AllocOp::create(b, loc, type, b.getType<gpu::AsyncTokenType>(),
                                    ValueRange{token}, dynamicSizes, symbolOperands,
                                    /*hostShared=*/false);
  finishDeviceChain(b, loc, alloc.getAsyncToken());
  return alloc.getMemref();
}

inline void freeOnDevice(OpBuilder &b, Location loc, Value memref) {
  Value token = startDeviceChain(b, loc);
  token =
      gpu::DeallocOp::create(b, loc, b.getType<gpu::AsyncTokenType>(), ValueRange{token}, memref)
          .getAsyncToken();
  finishDeviceChain(b, loc, token);
}

/// Copies between dense buffers (device or host: the runtime uses unified addressing).
inline void copyOnDevice(OpBuilder &b, Location loc, Value target, Value source) {
  Value token = startDeviceChain(b, loc);
  token = gpu::MemcpyOp::create(b, loc, b.getType<gpu::AsyncTokenType>(), ValueRange{token}, target,
                                source)
              .getAsyncToken();
  finishDeviceChain(b, loc, token);
}

} // namespace mlir::remat

#endif // REMAT_LIB_CONVERSION_LOWERTONVVM_DEVICEOPS_H
