//===- RematAttrs.cpp - remat attributes ----------------------------------===//
#include "Remat/IR/RematAttrs.h"
#include "Remat/IR/RematDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::remat;

#include "Remat/IR/RematEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "Remat/IR/RematAttrs.cpp.inc"

// Registered here, where the attribute storage classes are complete.
void RematDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "Remat/IR/RematAttrs.cpp.inc"
      >();
}

LogicalResult LifetimeAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   int64_t def, int64_t lastFwd, int64_t firstBwd,
                                   int64_t lastBwd, int64_t bytes) {
  if (def < 0)
    return emitError() << "remat.lifetime: 'def' must be >= 0, got " << def;
  if (lastFwd != -1 && lastFwd <= def)
    return emitError() << "remat.lifetime: 'last_fwd' (" << lastFwd
                       << ") must come after 'def' (" << def << ") or be -1";
  if (firstBwd <= def)
    return emitError() << "remat.lifetime: 'first_bwd' (" << firstBwd
                       << ") must come after 'def' (" << def << ")";
  if (lastBwd < firstBwd)
    return emitError() << "remat.lifetime: 'last_bwd' (" << lastBwd
                       << ") must not precede 'first_bwd' (" << firstBwd << ")";
  if (bytes < 0)
    return emitError() << "remat.lifetime: 'bytes' must be >= 0, got " << bytes;
  return success();
}

LogicalResult MemorySummaryAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                        int64_t peakBytes, int64_t peakStep,
                                        int64_t activations, int64_t activationBytes) {
  if (peakBytes < 0 || activations < 0 || activationBytes < 0 || peakStep < -1)
    return emitError() << "remat.memory: byte counts and the activation count must be "
                          ">= 0, and 'peak_step' >= -1";
  if (activationBytes > 0 && activations == 0)
    return emitError() << "remat.memory: 'activation_bytes' is non-zero but "
                          "'activations' is 0";
  return success();
}

LogicalResult PlanAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               StringRef strategy, int64_t budget, int64_t peakBefore,
                               int64_t peakAfter, int64_t forwardFlops,
                               int64_t recomputeFlops) {
  if (!llvm::is_contained({"none", "sqrt", "greedy", "dp"}, strategy))
    return emitError() << "remat.plan: unknown strategy '" << strategy
                       << "'; expected one of none, sqrt, greedy, dp";
  if (budget < -1)
    return emitError() << "remat.plan: 'budget' must be >= 0, or -1 for none";
  if (peakBefore < 0 || peakAfter < 0 || forwardFlops < 0 || recomputeFlops < 0)
    return emitError() << "remat.plan: peaks and FLOPs must be >= 0";
  return success();
}
