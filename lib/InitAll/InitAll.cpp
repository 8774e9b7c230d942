//===- InitAll.cpp - register everything remat provides -------------------===//
#include "Remat/InitAll.h"

#include "Remat/Conversion/LowerToCPU.h"
#include "Remat/Conversion/LowerToNVVM.h"
#include "Remat/Conversion/Passes.h"
#include "Remat/IR/RematDialect.h"
#include "Remat/Transforms/Passes.h"

#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;

void mlir::remat::registerRematDialects(DialectRegistry &registry) {
  registry.insert<RematDialect>();
  // `remat.*` attributes are only verified by a loaded dialect: load it with the builtin
  // dialect so that hand-written or stale remat attributes are always checked.
  registry.addExtension(+[](MLIRContext *ctx, BuiltinDialect *) {
    ctx->getOrLoadDialect<RematDialect>();
  });
}

void mlir::remat::registerAllRematPasses() {
  registerRematPasses();
  registerRematPipeline();
  registerRematConversionPasses();
  registerLowerToCPUPipeline();
  registerLowerToNVVMPasses();
}
