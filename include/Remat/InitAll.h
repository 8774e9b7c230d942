//===- InitAll.h - register everything remat provides -----------*- C++ -*-===//
//
// One place that registers the remat dialect, passes and pipelines, shared by remat-opt and the
// mlir-opt plugin.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_INITALL_H
#define REMAT_INITALL_H

namespace mlir {
class DialectRegistry;
namespace remat {

/// Adds the remat dialect (and the dialects its passes create) to `registry`.
void registerRematDialects(DialectRegistry &registry);

/// Registers every remat pass and pass pipeline with the global pass registry.
void registerAllRematPasses();

} // namespace remat
} // namespace mlir

#endif // REMAT_INITALL_H
