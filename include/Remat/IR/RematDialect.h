//===- RematDialect.h - the remat dialect -----------------------*- C++ -*-===//
#ifndef REMAT_IR_REMATDIALECT_H
#define REMAT_IR_REMATDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"

#include "Remat/IR/RematAttrs.h"

#include "Remat/IR/RematDialect.h.inc"

#endif // REMAT_IR_REMATDIALECT_H
