//===- TrainingSteps.cpp - choose the functions the passes work on --------===//
#include "Remat/Transforms/Passes.h"

#include "mlir/IR/SymbolTable.h"

using namespace mlir;

FailureOr<SmallVector<FunctionOpInterface>>
mlir::remat::selectTrainingSteps(ModuleOp module, StringRef funcName) {
  SmallVector<FunctionOpInterface> steps;
  if (!funcName.empty()) {
    auto func = dyn_cast_or_null<FunctionOpInterface>(SymbolTable::lookupSymbolIn(module, funcName));
    if (!func)
      return module.emitError() << "no function named @" << funcName
                                << " in the module; pass the name of the training step with "
                                   "func=<name>";
    steps.push_back(func);
    return steps;
  }
  for (Operation &op : module.getBody()->getOperations()) {
    auto func = dyn_cast<FunctionOpInterface>(&op);
    if (!func || func.isExternal())
      continue;
    auto symbol = dyn_cast<SymbolOpInterface>(&op);
    if (symbol && !symbol.isPublic())
      continue;
    steps.push_back(func);
  }
  return steps;
}
