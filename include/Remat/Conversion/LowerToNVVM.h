//===- LowerToNVVM.h - tensor train steps to a host module with a cubin -*- C++ -*-===//
//
// `remat-lower-to-nvvm` takes a training step written as func.func on tensors (linalg, tensor,
// arith, math) and produces an LLVM-dialect host module with the kernels embedded as an sm_90
// cubin. Every tensor lives in device memory; the host code calls the mgpu* runtime ABI
// (lib/Runtime/CUDA). The entry function is also reachable through a fixed C symbol:
//
//   void remat_entry(void **args, void **results);
//   extern const char remat_entry_signature[];
//
// `args[i]` is the device address of argument i, a dense row-major buffer that stays owned by the
// caller. `results[2*i]` receives the address to free (with mgpuMemFree) and `results[2*i+1]`
// the address of the first element of result i, a dense row-major buffer owned by the caller.
// `remat_entry_signature` spells the types, e.g. "train_step(f32[64,128],f32[16])->(f32[])".
// docs/GPU.md describes the pipeline and the convention in full.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_CONVERSION_LOWERTONVVM_H
#define REMAT_CONVERSION_LOWERTONVVM_H

#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassOptions.h"

#include <memory>
#include <string>

namespace mlir {
class OpPassManager;
namespace remat {

/// Options of the `remat-lower-to-nvvm` pipeline.
struct LowerToNVVMOptions : public PassPipelineOptions<LowerToNVVMOptions> {
  PassOptions::Option<std::string> entry{
      *this, "entry",
      llvm::cl::desc("Function exported as remat_entry (default: the only public function)"),
      llvm::cl::init("")};
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("GPU architecture of the cubin"), llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> features{
      *this, "features", llvm::cl::desc("PTX features (sm_90 needs PTX 7.8 or newer)"),
      llvm::cl::init("+ptx80")};
  PassOptions::Option<int> optLevel{*this, "opt-level",
                                    llvm::cl::desc("Optimization level of NVPTX and ptxas"),
                                    llvm::cl::init(3)};
  PassOptions::Option<std::string> cudaPath{
      *this, "cuda-path",
      llvm::cl::desc("CUDA toolkit holding bin/ptxas and nvvm/libdevice/libdevice.10.bc"),
      llvm::cl::init("/usr/local/cuda")};
  PassOptions::Option<int64_t> blockSize{
      *this, "block-size",
      llvm::cl::desc("Threads per block of element-wise and reduction kernels"),
      llvm::cl::init(256)};
  PassOptions::Option<int64_t> coarsenMinThreads{
      *this, "coarsen-min-threads",
      llvm::cl::desc("Products and convolutions compute 4 (or 4x4) outputs per thread while at "
                     "least this many threads remain"),
      llvm::cl::init(32768)};
  PassOptions::Option<bool> tileContractions{
      *this, "tile-contractions",
      llvm::cl::desc("Products and convolutions on f32 buffers become shared-memory tiled kernels "
                     "(else one thread per output, coarsened)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> kernelsPerModule{
      *this, "kernels-per-module",
      llvm::cl::desc("Distinct kernels per gpu.module, each compiled by one ptxas run (0: all in "
                     "one module)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> emulateOnHost{
      *this, "emulate-on-host",
      llvm::cl::desc("Run the kernels as host loops instead of compiling them for the GPU (link "
                     "with libremat_host_runtime); for checking the pipeline without a GPU"),
      llvm::cl::init(false)};
};

/// Appends the whole pipeline to `pm` (which must run on builtin.module).
void buildLowerToNVVMPipeline(OpPassManager &pm, const LowerToNVVMOptions &options);

/// Tensor-level preparation: splat tensor constants become linalg.fill, named linalg ops become
/// linalg.generic with their parallel loops outermost.
std::unique_ptr<Pass> createPrepareLinalgForGPUPass();

/// Dense tensor constants that bufferization put in host globals are copied into device buffers.
std::unique_ptr<Pass> createUploadConstantsPass();

/// Moves every memref.alloc down to its first use and every bufferization.dealloc up to right
/// after the last use of the buffers it frees.
std::unique_ptr<Pass> createShrinkLiveRangesPass();

/// memref.alloc/dealloc/copy and bufferization.dealloc of host code become gpu.alloc,
/// gpu.dealloc and gpu.memcpy (or linalg.copy for strided views).
std::unique_ptr<Pass> createDeviceBuffersPass();

/// Linalg ops of host functions become scf.parallel loops mapped to GPU blocks and threads.
std::unique_ptr<Pass> createMapLinalgToGPUPass(int64_t blockSize = 256,
                                               int64_t coarsenMinThreads = 32768,
                                               bool tileContractions = true);

/// After gpu-kernel-outlining: one gpu.func for each set of identical kernels (same body,
/// argument types and launch sizes), every launch pointed at it, and the kernels gathered into
/// gpu.modules of `kernelsPerModule` kernels each (0: one module).
std::unique_ptr<Pass> createDedupKernelsPass(int64_t kernelsPerModule = 0);

/// Replaces every gpu.launch by host loops over its blocks and threads (GPU emulation).
std::unique_ptr<Pass> createLaunchToHostLoopsPass();

/// Adds `remat_entry` and `remat_entry_signature` for the function named `entry` (or the only
/// public function).
std::unique_ptr<Pass> createEntryWrapperPass(std::string entry = "");

/// Registers the pipeline and its component passes.
void registerLowerToNVVMPasses();

} // namespace remat
} // namespace mlir

#endif // REMAT_CONVERSION_LOWERTONVVM_H
