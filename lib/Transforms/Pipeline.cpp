//===- Pipeline.cpp - the remat pipeline: annotate, plan, apply -----------===//
#include "Remat/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::remat;

namespace {
struct RematPipelineOptions : public PassPipelineOptions<RematPipelineOptions> {
  Option<std::string> funcName{*this, "func",
                               llvm::cl::desc("Name of the training-step function; by default "
                                              "every public function with a body"),
                               llvm::cl::init("")};
  Option<unsigned> lossResult{*this, "loss-result",
                              llvm::cl::desc("Index of the function result that holds the loss"),
                              llvm::cl::init(0)};
  Option<std::string> budget{
      *this, "budget",
      llvm::cl::desc("Peak-memory budget: bytes (KiB/MiB/GiB suffixes) or a percentage of the "
                     "unplanned peak; empty: minimize memory"),
      llvm::cl::init("")};
  Option<std::string> strategy{*this, "strategy",
                               llvm::cl::desc("none, sqrt, greedy or dp"), llvm::cl::init("dp")};
  Option<std::string> report{*this, "report", llvm::cl::desc("Write the plan as JSON here"),
                             llvm::cl::init("")};
  Option<std::string> timeline{*this, "timeline",
                               llvm::cl::desc("Write an SVG of live bytes here"),
                               llvm::cl::init("")};
  Option<std::string> chain{*this, "chain",
                            llvm::cl::desc("Write the planner's input as remat-solve JSON here"),
                            llvm::cl::init("")};
  Option<int64_t> memorySteps{*this, "memory-steps",
                              llvm::cl::desc("Memory resolution of the dp strategy"),
                              llvm::cl::init(1000)};
  Option<int64_t> searchLimit{*this, "search-limit",
                              llvm::cl::desc("Interval values the dp strategy's search may solve "
                                             "(0: no limit); past it the plan is feasible but "
                                             "not proven optimal"),
                              llvm::cl::init(100000)};
  Option<bool> optimizationBarriers{
      *this, "optimization-barriers",
      llvm::cl::desc("Fence each recomputed segment with a stablehlo.optimization_barrier (for "
                     "XLA)"),
      llvm::cl::init(false)};
  Option<bool> preallocatedResults{
      *this, "preallocated-results",
      llvm::cl::desc("Count result buffers as live for the whole step, as XLA allocates them"),
      llvm::cl::init(false)};
  ListOption<std::string> pureOps{
      *this, "pure-ops",
      llvm::cl::desc("Unregistered ops (or dialect.* wildcards) that are safe to recompute")};
};
} // namespace

void mlir::remat::registerRematPipeline() {
  PassPipelineRegistration<RematPipelineOptions>(
      "remat",
      "Rematerialize a training step: remat-annotate-lifetimes, remat-plan and remat-apply "
      "with the same options",
      [](OpPassManager &pm, const RematPipelineOptions &options) {
        RematAnnotateLifetimesOptions annotate;
        annotate.funcName = options.funcName;
        annotate.lossResult = options.lossResult;
        pm.addPass(createRematAnnotateLifetimes(annotate));
        RematPlanOptions plan;
        plan.funcName = options.funcName;
        plan.lossResult = options.lossResult;
        plan.budget = options.budget;
        plan.strategy = options.strategy;
        plan.report = options.report;
        plan.timeline = options.timeline;
        plan.chainFile = options.chain;
        plan.memorySteps = options.memorySteps;
        plan.searchLimit = options.searchLimit;
        plan.preallocatedResults = options.preallocatedResults;
        plan.pureOps.assign(options.pureOps.begin(), options.pureOps.end());
        pm.addPass(createRematPlan(plan));
        RematApplyOptions apply;
        apply.funcName = options.funcName;
        apply.lossResult = options.lossResult;
        apply.optimizationBarriers = options.optimizationBarriers;
        apply.pureOps.assign(options.pureOps.begin(), options.pureOps.end());
        pm.addPass(createRematApply(apply));
      });
}
