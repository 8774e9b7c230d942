//===- RematAttrs.cpp - remat attributes ----------------------------------===//
#include "Remat/IR/RematAttrs.h"
#include "Remat/IR/RematDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringSwitch.h"
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

StringRef mlir::remat::stringifyStepKind(StepKind kind) {
  switch (kind) {
  case StepKind::ForwardNone:
    return "fn";
  case StepKind::ForwardCheckpoint:
    return "fc";
  case StepKind::ForwardAll:
    return "fa";
  case StepKind::Backward:
    return "b";
  }
  llvm_unreachable("unknown step kind");
}

Attribute ScheduleAttr::parse(AsmParser &parser, Type) {
  SmallVector<ScheduleStep> steps;
  auto parseStep = [&]() -> ParseResult {
    StringRef keyword;
    int64_t stage;
    llvm::SMLoc loc = parser.getCurrentLocation();
    if (parser.parseKeyword(&keyword) || parser.parseInteger(stage))
      return failure();
    std::optional<StepKind> kind = llvm::StringSwitch<std::optional<StepKind>>(keyword)
                                       .Case("fn", StepKind::ForwardNone)
                                       .Case("fc", StepKind::ForwardCheckpoint)
                                       .Case("fa", StepKind::ForwardAll)
                                       .Case("b", StepKind::Backward)
                                       .Default(std::nullopt);
    if (!kind)
      return parser.emitError(loc) << "unknown schedule step '" << keyword
                                   << "'; expected fn, fc, fa or b";
    steps.push_back({*kind, stage});
    return success();
  };
  if (parser.parseLess() ||
      parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, parseStep) ||
      parser.parseGreater())
    return {};
  return getChecked([&] { return parser.emitError(parser.getNameLoc()); },
                    parser.getContext(), steps);
}

void ScheduleAttr::print(AsmPrinter &printer) const {
  printer << "<[";
  llvm::interleaveComma(getSteps(), printer, [&](const ScheduleStep &step) {
    printer << stringifyStepKind(step.kind) << " " << step.stage;
  });
  printer << "]>";
}

int64_t ScheduleAttr::getNumStages() const {
  int64_t n = 0;
  for (const ScheduleStep &step : getSteps())
    n = std::max(n, step.stage + 1);
  return n;
}

LogicalResult ScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   ArrayRef<ScheduleStep> steps) {
  // A valid schedule runs each stage's backward once, last stage first, and only while the
  // latest forward run of that stage kept everything its backward reads (fa).
  int64_t numStages = 0;
  for (const ScheduleStep &step : steps) {
    if (step.stage < 0)
      return emitError() << "remat.schedule: stage indices must be >= 0, got " << step.stage;
    numStages = std::max(numStages, step.stage + 1);
  }
  int64_t nextBackward = numStages - 1;
  SmallVector<std::optional<StepKind>> latest(numStages);
  for (const ScheduleStep &step : steps) {
    if (step.isForward()) {
      if (!latest[step.stage] && step.stage > 0 && !latest[step.stage - 1])
        return emitError() << "remat.schedule: the first run of stage " << step.stage
                           << " comes before the first run of stage " << step.stage - 1;
      latest[step.stage] = step.kind;
      continue;
    }
    if (step.stage != nextBackward)
      return emitError() << "remat.schedule: backward of stage " << step.stage
                         << " out of order; expected stage " << nextBackward;
    if (latest[step.stage] != StepKind::ForwardAll)
      return emitError() << "remat.schedule: backward of stage " << step.stage
                         << " needs a preceding 'fa " << step.stage
                         << "' (the latest forward run of the stage must keep its values)";
    --nextBackward;
  }
  if (nextBackward != -1)
    return emitError() << "remat.schedule: the backward of stage " << nextBackward
                       << " is missing";
  return success();
}
