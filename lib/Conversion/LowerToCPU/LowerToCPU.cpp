//===- LowerToCPU.cpp - the remat-lower-to-cpu pipeline ---------------------===//
//
// Tensors -> buffers (one-shot, identity layouts at function boundaries, read-only entry
// arguments) -> ownership-based deallocation -> buffers freed right after their last use ->
// loops -> LLVM dialect, with heap allocation through the generic functions
// `_mlir_memref_to_llvm_alloc` / `_mlir_memref_to_llvm_free` so that a runner can count bytes.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToCPU.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/BufferizationToMemRef/BufferizationToMemRef.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/UBToLLVM/UBToLLVM.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::remat::buildLowerToCPUPipeline(OpPassManager &pm, const LowerToCPUOptions &options) {
  pm.addPass(createPrepareCPUEntryPointsPass());
  // Elementwise arith/math on whole tensors becomes linalg.generic, which bufferizes in place.
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());

  // No CSE or canonicalization before bufferization: recomputed clones must stay distinct ops.
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion = bufferization::LayoutMapOption::IdentityLayoutMap;
  bufferize.allowReturnAllocsFromLoops = true;
  // Unaligned allocations request exactly the tensor's bytes, so the counted heap matches the
  // memory model; the runner's allocator aligns them anyway.
  bufferize.bufferAlignment = 0;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::buildBufferDeallocationPipeline(
      pm, bufferization::BufferDeallocationPipelineOptions());
  pm.addPass(createConvertBufferizationToMemRefPass());
  if (options.shrinkBufferLiveRanges)
    pm.addNestedPass<func::FuncOp>(createShrinkBufferLiveRangesPass());

  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createSCFToControlFlowPass());
  // libm first: MathToLLVM would expand expm1 and log1p as exp(x) - 1 and log(1 + x), which
  // lose all precision near 0. libm has no rsqrt: it becomes 1 / sqrt(x) first, as MathToLLVM
  // would lower it. What libm lacks (ctlz, fpowi, ...) goes to LLVM intrinsics.
  math::MathExpandOpsPassOptions expandRsqrt;
  expandRsqrt.opMnemonics = {"rsqrt"};
  pm.addPass(math::createMathExpandOpsPass(expandRsqrt));
  pm.addPass(createMathToLibmPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
  memrefToLLVM.useGenericFunctions = true;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createUBToLLVMConversionPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::remat::registerLowerToCPUPipeline() {
  // Pipelines may be registered once per process; remat-opt and the plugin both call this.
  static bool registered = [] {
    PassPipelineRegistration<LowerToCPUOptions>(
        "remat-lower-to-cpu",
        "Lower a module of func.func on tensors (linalg, tensor, arith, math, scf) to the LLVM "
        "dialect for the host CPU: one-shot bufferization with identity layouts at function "
        "boundaries, ownership-based deallocation, buffers freed right after their last use, "
        "linalg to loops, heap allocation through _mlir_memref_to_llvm_alloc/free, and a C "
        "interface (_mlir_ciface_<name>) for every public function",
        buildLowerToCPUPipeline);
    registerPass([] { return createPrepareCPUEntryPointsPass(); });
    registerPass([] { return createShrinkBufferLiveRangesPass(); });
    registerPass([] { return createMathToLibmPass(); });
    return true;
  }();
  (void)registered;
}
