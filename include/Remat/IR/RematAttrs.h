//===- RematAttrs.h - remat attributes --------------------------*- C++ -*-===//
#ifndef REMAT_IR_REMATATTRS_H
#define REMAT_IR_REMATATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"

#include "Remat/IR/RematEnums.h.inc"

namespace mlir::remat {
/// What a schedule step does with a stage.
enum class StepKind : uint8_t {
  ForwardNone,       // fn: run forward, keep only the output
  ForwardCheckpoint, // fc: run forward, keep the input as a checkpoint
  ForwardAll,        // fa: run forward, keep what the backward reads
  Backward           // b: run the backward
};
struct ScheduleStep {
  StepKind kind;
  int64_t stage;
  bool operator==(const ScheduleStep &other) const {
    return kind == other.kind && stage == other.stage;
  }
  bool isForward() const { return kind != StepKind::Backward; }
};
inline llvm::hash_code hash_value(const ScheduleStep &step) {
  return llvm::hash_combine(static_cast<uint8_t>(step.kind), step.stage);
}
/// The mnemonic of a step kind: fn, fc, fa, b.
llvm::StringRef stringifyStepKind(StepKind kind);
} // namespace mlir::remat

#define GET_ATTRDEF_CLASSES
#include "Remat/IR/RematAttrs.h.inc"

namespace mlir::remat {
/// Prefix shared by every discardable attribute of the dialect.
inline constexpr llvm::StringLiteral kAttrPrefix = "remat.";
} // namespace mlir::remat

#endif // REMAT_IR_REMATATTRS_H
