//===- Apply.cpp - rewrite a training step to follow its plan -------------===//
#include "Remat/Transforms/ApplySchedule.h"
#include "Remat/Transforms/Passes.h"

namespace mlir::remat {
#define GEN_PASS_DEF_REMATAPPLY
#include "Remat/Transforms/Passes.h.inc"
} // namespace mlir::remat

using namespace mlir;
using namespace mlir::remat;

namespace {
struct RematApplyPass : remat::impl::RematApplyBase<RematApplyPass> {
  using Base::Base;

  void runOnOperation() override {
    auto steps = selectTrainingSteps(getOperation(), funcName);
    if (failed(steps))
      return signalPassFailure();
    CostModel costs(getOperation(), pureOps);
    TrainingGraphOptions options;
    options.lossResult = lossResult;
    bool ok = true;
    for (FunctionOpInterface func : *steps) {
      auto schedule = func->getAttrOfType<ScheduleAttr>("remat.schedule");
      if (!schedule) {
        func.emitError() << "@" << func.getName()
                         << " has no plan (remat.schedule): run remat-plan first, or the "
                            "remat pipeline";
        ok = false;
        continue;
      }
      ApplyOptions applyOptions;
      applyOptions.optimizationBarriers = optimizationBarriers;
      ok &= succeeded(applySchedule(func, schedule, costs, options, applyOptions));
    }
    if (!ok)
      signalPassFailure();
  }
};
} // namespace
