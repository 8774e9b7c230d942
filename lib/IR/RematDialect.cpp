//===- RematDialect.cpp - the remat dialect -------------------------------===//
#include "Remat/IR/RematDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::remat;

#include "Remat/IR/RematDialect.cpp.inc"

ArrayRef<StringRef> RematDialect::getAttributeNames() {
  static const StringRef names[] = {"remat.lifetime", "remat.phase", "remat.policy",
                                    "remat.recomputed", "remat.memory", "remat.plan",
                                    "remat.schedule", "remat.stage"};
  return names;
}

/// Describes the expected value of each attribute for diagnostics.
static StringRef expectedKind(StringRef name) {
  return llvm::StringSwitch<StringRef>(name)
      .Case("remat.lifetime", "a #remat.lifetime<...> attribute")
      .Case("remat.phase", "#remat.phase<forward> or #remat.phase<backward>")
      .Case("remat.policy", "#remat.policy<save> or #remat.policy<recompute>")
      .Case("remat.recomputed", "a positive integer (the recomputation level)")
      .Case("remat.memory", "a #remat.memory<...> attribute")
      .Case("remat.plan", "a #remat.plan<...> attribute")
      .Case("remat.schedule", "a #remat.schedule<[...]> attribute")
      .Case("remat.stage", "a non-negative integer (the stage index)")
      .Default("");
}

LogicalResult RematDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  StringRef name = attr.getName().strref();
  StringRef expected = expectedKind(name);
  if (expected.empty())
    return op->emitError() << "unknown remat attribute '" << name
                           << "'; the remat dialect defines "
                           << llvm::join(getAttributeNames(), ", ");
  Attribute value = attr.getValue();
  bool ok = llvm::StringSwitch<bool>(name)
                .Case("remat.lifetime", isa<LifetimeAttr>(value))
                .Case("remat.phase", isa<PhaseAttr>(value))
                .Case("remat.policy", isa<PolicyAttr>(value))
                .Case("remat.memory", isa<MemorySummaryAttr>(value))
                .Case("remat.plan", isa<PlanAttr>(value))
                .Case("remat.schedule", isa<ScheduleAttr>(value))
                .Case("remat.stage", [&] {
                  auto intAttr = dyn_cast<IntegerAttr>(value);
                  return intAttr && intAttr.getType().isSignlessInteger() &&
                         !intAttr.getValue().isNegative();
                }())
                .Case("remat.recomputed", [&] {
                  auto intAttr = dyn_cast<IntegerAttr>(value);
                  return intAttr && intAttr.getType().isSignlessInteger() &&
                         intAttr.getValue().isStrictlyPositive();
                }())
                .Default(false);
  if (!ok)
    return op->emitError() << "'" << name << "' must be " << expected << ", got "
                           << value;
  // Function summaries belong on functions; per-op decisions on the ops inside them.
  bool isFunction = isa<FunctionOpInterface>(op);
  bool functionLevel = name == "remat.memory" || name == "remat.plan" || name == "remat.schedule";
  if (functionLevel && !isFunction)
    return op->emitError() << "'" << name
                           << "' belongs on a function (e.g. func.func); move it there "
                              "or run remat-strip";
  if (!functionLevel && isFunction)
    return op->emitError() << "'" << name
                           << "' belongs on an op inside the function body, not on the "
                              "function itself";
  return success();
}
