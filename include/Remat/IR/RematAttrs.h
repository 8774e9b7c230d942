//===- RematAttrs.h - remat attributes --------------------------*- C++ -*-===//
#ifndef REMAT_IR_REMATATTRS_H
#define REMAT_IR_REMATATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"

#include "Remat/IR/RematEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "Remat/IR/RematAttrs.h.inc"

namespace mlir::remat {
/// Prefix shared by every discardable attribute of the dialect.
inline constexpr llvm::StringLiteral kAttrPrefix = "remat.";
} // namespace mlir::remat

#endif // REMAT_IR_REMATATTRS_H
