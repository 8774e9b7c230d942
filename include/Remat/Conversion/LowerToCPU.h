//===- LowerToCPU.h - tensors to LLVM dialect for the host CPU --*- C++ -*-===//
//
// `remat-lower-to-cpu` takes a module of func.func on tensors (linalg, tensor, arith, math, scf)
// to the LLVM dialect, with buffers freed as soon as the program allows and every heap
// allocation routed through MLIR's generic allocation functions, so that a runner can count
// the bytes the compiled code holds. remat-run reuses the same pipeline.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_CONVERSION_LOWERTOCPU_H
#define REMAT_CONVERSION_LOWERTOCPU_H

#include "mlir/Pass/PassOptions.h"

#include "llvm/ADT/StringRef.h"

#include <memory>

namespace mlir {
class OpPassManager;
class Pass;
namespace remat {

struct LowerToCPUOptions : public PassPipelineOptions<LowerToCPUOptions> {
  PassOptions::Option<bool> shrinkBufferLiveRanges{
      *this, "shrink-buffer-live-ranges",
      llvm::cl::desc("Allocate each buffer right before its first use and free it right after "
                     "the last use of it or of any view of it. Off keeps the placement of "
                     "ownership-based deallocation, which frees buffers at the end of the "
                     "block that allocates them."),
      llvm::cl::init(true)};
};

/// Name of the attribute that the pipeline puts on every public function: the function's
/// type before lowering (tensor types). It survives into the LLVM dialect on the llvm.func,
/// so that a runner can check and pass arguments of an already lowered module.
inline constexpr llvm::StringLiteral kCPUSignatureAttrName = "remat_cpu.signature";

/// Adds the remat-lower-to-cpu passes to `pm` (anchored on builtin.module).
void buildLowerToCPUPipeline(OpPassManager &pm, const LowerToCPUOptions &options);

/// Registers the `remat-lower-to-cpu` pipeline and the three passes it adds to the upstream
/// ones (`remat-prepare-cpu-entry-points`, `remat-shrink-buffer-live-ranges`,
/// `remat-math-to-libm`).
void registerLowerToCPUPipeline();

/// Public functions with a body get `llvm.emit_c_interface`, the signature attribute above and
/// read-only tensor arguments (`bufferization.writable = false`), so that a call leaves the
/// caller's inputs untouched; `remat.*` attributes are dropped, they have no meaning below
/// tensors.
std::unique_ptr<Pass> createPrepareCPUEntryPointsPass();

/// On a func.func with explicit memref.alloc / memref.dealloc: moves each allocation down to
/// right before its first use and each deallocation up to right after the last use of the
/// buffer or of any alias of it, within the same block.
std::unique_ptr<Pass> createShrinkBufferLiveRangesPass();

/// Math ops that have a libm function become calls to it (upstream's patterns); unlike
/// upstream's convert-math-to-libm, the others (math.absi, math.copysign, ...) are left for
/// convert-math-to-llvm instead of failing the module.
std::unique_ptr<Pass> createMathToLibmPass();

} // namespace remat
} // namespace mlir

#endif // REMAT_CONVERSION_LOWERTOCPU_H
