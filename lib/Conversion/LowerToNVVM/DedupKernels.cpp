//===- DedupKernels.cpp - one copy of each distinct kernel, few gpu.modules -===//
//
// gpu-kernel-outlining gives every gpu.launch a gpu.module of its own holding one gpu.func. A
// training step repeats itself: the blocks of a deep network are the same ops on buffers of the
// same types, the backward pass repeats the forward pass's element-wise ops, and
// rematerialization clones forward ops. Once outlined, such launches become identical
// functions (same body, same argument types, same known launch sizes), differing only in the
// buffers passed to them. This pass keeps one function of each kind and points every
// gpu.launch_func at it, and gathers the functions into a few gpu.modules (each one becomes one
// LLVM module and one ptxas run, with libdevice linked once).
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;

namespace {

struct DedupKernelsPass : public PassWrapper<DedupKernelsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(DedupKernelsPass)

  DedupKernelsPass() = default;
  DedupKernelsPass(const DedupKernelsPass &other) : PassWrapper(other) {}
  explicit DedupKernelsPass(int64_t kernelsPerModule) { this->kernelsPerModule = kernelsPerModule; }

  StringRef getArgument() const final { return "remat-gpu-dedup-kernels"; }
  StringRef getDescription() const final {
    return "Keep one gpu.func of each structurally identical kind and gather the kernels into "
           "few gpu.modules";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<gpu::GPUDialect>();
  }

  Option<int64_t> kernelsPerModule{
      *this, "kernels-per-module",
      llvm::cl::desc("Distinct kernels per gpu.module (0: all in one module)"), llvm::cl::init(0)};

  void runOnOperation() override;
};

/// The text of `func` with its name replaced by a fixed one: equal texts are identical kernels.
/// Printed in generic form and local scope, so nothing outside the function enters it.
std::string kernelKey(gpu::GPUFuncOp func) {
  StringAttr name = func.getNameAttr();
  func.setName("kernel");
  std::string text;
  llvm::raw_string_ostream os(text);
  func->print(os, OpPrintingFlags().useLocalScope().printGenericOpForm().assumeVerified());
  func.setName(name.getValue());
  return text;
}

void DedupKernelsPass::runOnOperation() {
  ModuleOp module = getOperation();
  if (kernelsPerModule < 0) {
    module.emitError() << "kernels-per-module must be 0 (one module) or positive";
    return signalPassFailure();
  }
  SmallVector<gpu::GPUModuleOp> modules(module.getOps<gpu::GPUModuleOp>());
  if (modules.empty())
    return;

  // Distinct kernels in order of first appearance; old (module, func) -> index of its kind.
  llvm::StringMap<size_t> kindOfKey;
  SmallVector<gpu::GPUFuncOp> kinds;
  llvm::DenseMap<std::pair<StringAttr, StringAttr>, size_t> kindOfKernel;
  SmallVector<gpu::GPUModuleOp> merged;
  for (gpu::GPUModuleOp gpuModule : modules) {
    // Only modules made by outlining (functions only, no targets yet) are merged.
    if (gpuModule.getTargetsAttr() || gpuModule.getOffloadingHandlerAttr())
      continue;
    bool onlyFuncs = llvm::all_of(gpuModule.getBody()->getOperations(),
                                  [](Operation &op) { return isa<gpu::GPUFuncOp>(op); });
    if (!onlyFuncs)
      continue;
    merged.push_back(gpuModule);
    for (auto func : gpuModule.getOps<gpu::GPUFuncOp>()) {
      auto [it, inserted] = kindOfKey.try_emplace(kernelKey(func), kinds.size());
      if (inserted)
        kinds.push_back(func);
      kindOfKernel[{gpuModule.getSymNameAttr(), func.getNameAttr()}] = it->second;
    }
  }
  if (merged.empty())
    return;

  // New modules, each with up to kernelsPerModule kernels, named after the step's kernels.
  OpBuilder builder(module.getContext());
  builder.setInsertionPoint(merged.front());
  SymbolTable symbols(module);
  SmallVector<SymbolRefAttr> newRefs(kinds.size());
  gpu::GPUModuleOp target;
  size_t inTarget = 0;
  for (auto [i, func] : llvm::enumerate(kinds)) {
    if (!target || (kernelsPerModule > 0 && static_cast<int64_t>(inTarget) >= kernelsPerModule)) {
      target = gpu::GPUModuleOp::create(builder, module.getLoc(), "remat_kernels");
      symbols.insert(target); // renamed to a unique name if needed
      builder.setInsertionPointAfter(target);
      inTarget = 0;
    }
    // The kernel takes its old module's name, unique among the outlined modules.
    auto oldModule = func->getParentOfType<gpu::GPUModuleOp>();
    auto clone = cast<gpu::GPUFuncOp>(func->clone());
    clone.setName(oldModule.getSymName());
    target.getBody()->push_back(clone);
    newRefs[i] =
        SymbolRefAttr::get(target.getSymNameAttr(), {FlatSymbolRefAttr::get(clone.getNameAttr())});
    ++inTarget;
  }

  WalkResult result = module.walk([&](gpu::LaunchFuncOp launch) {
    auto it = kindOfKernel.find({launch.getKernelModuleName(), launch.getKernelName()});
    if (it == kindOfKernel.end())
      return WalkResult::advance();
    launch.setKernelAttr(newRefs[it->second]);
    return WalkResult::advance();
  });
  if (result.wasInterrupted())
    return signalPassFailure();
  for (gpu::GPUModuleOp gpuModule : merged)
    gpuModule.erase();
}

} // namespace

std::unique_ptr<Pass> mlir::remat::createDedupKernelsPass(int64_t kernelsPerModule) {
  return std::make_unique<DedupKernelsPass>(kernelsPerModule);
}
