//===- remat-plugin.cpp - remat as an mlir-opt plugin ---------------------===//
#include "Remat/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "remat", LLVM_VERSION_STRING,
          []() { mlir::remat::registerAllRematPasses(); }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "remat", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            mlir::remat::registerRematDialects(*registry);
          }};
}
