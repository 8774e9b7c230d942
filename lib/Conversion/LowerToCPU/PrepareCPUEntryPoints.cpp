//===- PrepareCPUEntryPoints.cpp - make public functions callable from C ---===//
//
// The first step of remat-lower-to-cpu, on the tensor program:
//  * public functions with a body get `llvm.emit_c_interface` (a `_mlir_ciface_<name>` wrapper
//    that takes memref descriptors by pointer) and `remat_cpu.signature`, their tensor type;
//  * their tensor arguments become read-only for bufferization, so a call never writes into the
//    caller's inputs and can be repeated with the same buffers;
//  * `remat.*` attributes are dropped: they describe tensor values and stop meaning anything
//    once bufferization has run.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToCPU.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;

namespace {

constexpr StringLiteral kRematPrefix = "remat.";

bool isRematAttr(NamedAttribute attr) { return attr.getName().strref().starts_with(kRematPrefix); }

void dropRematAttrs(Operation *op) {
  SmallVector<StringAttr> names;
  for (NamedAttribute attr : op->getDiscardableAttrs())
    if (isRematAttr(attr))
      names.push_back(attr.getName());
  for (StringAttr name : names)
    op->removeDiscardableAttr(name);
}

/// The kept entries of `dict`, or nothing when no remat attribute has to go.
std::optional<SmallVector<NamedAttribute>> withoutRematAttrs(DictionaryAttr dict) {
  if (!dict || llvm::none_of(dict.getValue(), isRematAttr))
    return std::nullopt;
  SmallVector<NamedAttribute> kept;
  llvm::copy_if(dict.getValue(), std::back_inserter(kept),
                [](NamedAttribute attr) { return !isRematAttr(attr); });
  return kept;
}

void dropRematArgAndResultAttrs(FunctionOpInterface func) {
  for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
    if (auto kept = withoutRematAttrs(func.getArgAttrDict(i)))
      func.setArgAttrs(i, *kept);
  for (unsigned i = 0, e = func.getNumResults(); i < e; ++i)
    if (auto kept = withoutRematAttrs(func.getResultAttrDict(i)))
      func.setResultAttrs(i, *kept);
}

struct PrepareCPUEntryPointsPass
    : public PassWrapper<PrepareCPUEntryPointsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(PrepareCPUEntryPointsPass)

  StringRef getArgument() const final { return "remat-prepare-cpu-entry-points"; }
  StringRef getDescription() const final {
    return "Give public functions a C interface and read-only tensor arguments, record their "
           "tensor signature, and drop remat.* attributes";
  }
  void getDependentDialects(DialectRegistry &registry) const final {
    registry.insert<bufferization::BufferizationDialect, LLVM::LLVMDialect>();
  }

  void runOnOperation() final {
    ModuleOp module = getOperation();
    module->walk([](Operation *op) {
      dropRematAttrs(op);
      if (auto func = dyn_cast<FunctionOpInterface>(op))
        dropRematArgAndResultAttrs(func);
    });

    MLIRContext *ctx = module.getContext();
    auto readOnly = BoolAttr::get(ctx, false);
    for (auto func : module.getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(), UnitAttr::get(ctx));
      func->setAttr(remat::kCPUSignatureAttrName, TypeAttr::get(func.getFunctionType()));
      for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i) {
        if (!isa<TensorType>(func.getArgument(i).getType()))
          continue;
        // An explicit choice by the producer of the module wins.
        if (func.getArgAttr(i, bufferization::BufferizationDialect::kWritableAttrName))
          continue;
        func.setArgAttr(i, bufferization::BufferizationDialect::kWritableAttrName, readOnly);
      }
    }
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createPrepareCPUEntryPointsPass() {
  return std::make_unique<PrepareCPUEntryPointsPass>();
}
