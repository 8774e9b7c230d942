//===- LowerToNVVM.cpp - the remat-lower-to-nvvm pipeline -----------------===//
//
// tensors -> device buffers -> one kernel per linalg op -> NVVM -> cubin (ptxas) embedded in an
// LLVM-dialect host module that calls the mgpu* runtime. The tail follows upstream's
// gpu-lower-to-nvvm-pipeline, with the CUDA toolkit and libdevice named explicitly and a cubin
// (format=bin) instead of a fatbin, so the result runs on the driver alone.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "Remat/Transforms/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/GPUCommon/GPUCommonPass.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// The kernels run as host loops; only the memory ops still call the runtime.
static void buildHostEmulationTail(OpPassManager &pm) {
  pm.addPass(remat::createLaunchToHostLoopsPass());
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  // LLVM intrinsics where they exist (rsqrt has no libm function), libm calls for the rest.
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createGpuToLLVMConversionPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::remat::buildLowerToNVVMPipeline(OpPassManager &pm, const LowerToNVVMOptions &options) {
  // Tensors: drop remat.* annotations (the LLVM translation knows no remat dialect), make every
  // op a linalg.generic with its parallel loops outermost.
  pm.addPass(createRematStrip());
  pm.addPass(createPrepareLinalgForGPUPass());
  // No CSE or canonicalization before bufferization: the clones that rematerialization added
  // compute the same values as the originals and must stay distinct ops.

  // Buffers: dense row-major at function boundaries (the calling convention), allocated as late
  // and freed as early as possible, all in device memory.
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion = bufferization::LayoutMapOption::IdentityLayoutMap;
  bufferize.unknownTypeConversion = bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  pm.addPass(createUploadConstantsPass());
  pm.addPass(bufferization::createOwnershipBasedBufferDeallocationPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(bufferization::createBufferDeallocationSimplificationPass());
  pm.addNestedPass<func::FuncOp>(createShrinkLiveRangesPass());
  pm.addPass(createDeviceBuffersPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  // Kernels and the entry point.
  pm.addPass(createMapLinalgToGPUPass(options.blockSize, options.coarsenMinThreads,
                                      options.tileContractions));
  pm.addPass(createEntryWrapperPass(options.entry));
  if (options.emulateOnHost) {
    buildHostEmulationTail(pm);
    return;
  }
  pm.addPass(createGpuKernelOutliningPass());
  // One function per distinct kernel, few modules: each module is one ptxas run.
  pm.addPass(createDedupKernelsPass(options.kernelsPerModule));
  // One stream per host function: launches and memory ops queued in program order, a wait only
  // where the host needs one (the end of the function, around conditional frees).
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());

  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features;
  target.optLevel = options.optLevel;
  target.linkLibs.push_back(options.cudaPath + "/nvvm/libdevice/libdevice.10.bc");
  pm.addPass(createGpuNVVMAttachTarget(target));
  pm.addPass(createLowerAffinePass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  // Device code.
  pm.addNestedPass<gpu::GPUModuleOp>(createStripDebugInfoPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createConvertGpuOpsToNVVMOps());
  pm.addNestedPass<gpu::GPUModuleOp>(createCanonicalizerPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createCSEPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createReconcileUnrealizedCastsPass());

  // Host code and the cubin.
  pm.addPass(createGpuToLLVMConversionPass());
  GpuModuleToBinaryPassOptions binary;
  binary.toolkitPath = options.cudaPath;
  binary.compilationTarget = "bin";
  pm.addPass(createGpuModuleToBinaryPass(binary));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::remat::registerLowerToNVVMPasses() {
  registerPass([] { return createPrepareLinalgForGPUPass(); });
  registerPass([] { return createUploadConstantsPass(); });
  registerPass([] { return createShrinkLiveRangesPass(); });
  registerPass([] { return createDeviceBuffersPass(); });
  registerPass([] { return createMapLinalgToGPUPass(); });
  registerPass([] { return createEntryWrapperPass(); });
  registerPass([] { return createLaunchToHostLoopsPass(); });
  registerPass([] { return createDedupKernelsPass(); });
  PassPipelineRegistration<LowerToNVVMOptions>(
      "remat-lower-to-nvvm",
      "Lower a training step on tensors to an LLVM-dialect host module with an embedded cubin: "
      "device buffers freed at their last use, one kernel per linalg op, mgpu* runtime calls",
      buildLowerToNVVMPipeline);
}
