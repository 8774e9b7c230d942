//===- Passes.h - remat conversion passes -----------------------*- C++ -*-===//
#ifndef REMAT_CONVERSION_PASSES_H
#define REMAT_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::remat {

#define GEN_PASS_DECL
#include "Remat/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Remat/Conversion/Passes.h.inc"

} // namespace mlir::remat

#endif // REMAT_CONVERSION_PASSES_H
