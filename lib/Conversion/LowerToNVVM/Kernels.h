//===- Kernels.h - hand-structured kernels of remat-gpu-map-linalg -*- C++ -*-===//
//
// Kernels that remat-gpu-map-linalg builds directly as gpu.launch ops (shared memory, barriers,
// several threads per output) instead of mapping an op's loops to threads one output each.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_LIB_CONVERSION_LOWERTONVVM_KERNELS_H
#define REMAT_LIB_CONVERSION_LOWERTONVVM_KERNELS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace remat {

/// If `op` is a contraction on f32 buffers (out += a * b, every index of a, b and out an affine
/// sum of loop indices: matrix products with any batch and transposes, convolutions), replaces it
/// by a tiled gpu.launch (shared-memory tiles, a register tile of outputs per thread, split
/// reductions accumulated with atomic adds when there are too few tiles) and returns success.
/// Returns failure, leaving the IR untouched, for any other op.
LogicalResult lowerContractionToTiledKernel(RewriterBase &rewriter, linalg::GenericOp op);

} // namespace remat
} // namespace mlir

#endif // REMAT_LIB_CONVERSION_LOWERTONVVM_KERNELS_H
