//===- Plan.cpp - choose checkpoints under a byte budget ------------------===//
#include "Remat/Analysis/MemoryModel.h"
#include "Remat/Analysis/StageChain.h"
#include "Remat/Planner/ChainJSON.h"
#include "Remat/Planner/Planner.h"
#include "Remat/Transforms/ApplySchedule.h"
#include "Remat/Transforms/Passes.h"
#include "Remat/Transforms/PlanReport.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"

#include <chrono>
#include <limits>

namespace mlir::remat {
#define GEN_PASS_DEF_REMATPLAN
#include "Remat/Transforms/Passes.h.inc"
} // namespace mlir::remat

using namespace mlir;
using namespace mlir::remat;
namespace planner = ::remat::planner;

FailureOr<int64_t> mlir::remat::parseBudget(StringRef text, int64_t unplannedPeak,
                                            std::string &error) {
  StringRef s = text.trim();
  if (s.consume_back("%")) {
    double percent;
    if (s.trim().getAsDouble(percent) || percent <= 0 || percent > 1000) {
      error = "budget '" + text.str() + "' is not a percentage in (0, 1000]; write e.g. 50%";
      return failure();
    }
    return static_cast<int64_t>(unplannedPeak * percent / 100.0);
  }
  static const std::pair<StringRef, double> suffixes[] = {
      {"KiB", 1024.0}, {"MiB", 1024.0 * 1024}, {"GiB", 1024.0 * 1024 * 1024},
      {"kB", 1e3},     {"KB", 1e3},            {"MB", 1e6},
      {"GB", 1e9},     {"B", 1.0}};
  double scale = 1.0;
  for (auto [suffix, factor] : suffixes)
    if (s.consume_back(suffix)) {
      scale = factor;
      break;
    }
  double value;
  if (s.trim().getAsDouble(value) || value < 0) {
    error = "budget '" + text.str() +
            "' is not a byte count; write e.g. 1048576, 512KiB, 1.5GiB or 50%";
    return failure();
  }
  return static_cast<int64_t>(value * scale);
}

std::string mlir::remat::formatBytes(int64_t bytes) {
  std::string out;
  llvm::raw_string_ostream os(out);
  double b = bytes;
  if (bytes >= (int64_t(1) << 30))
    os << llvm::format("%.2f GiB", b / (1 << 30));
  else if (bytes >= (1 << 20))
    os << llvm::format("%.2f MiB", b / (1 << 20));
  else if (bytes >= (1 << 10))
    os << llvm::format("%.1f KiB", b / (1 << 10));
  else
    os << bytes << " B";
  return out;
}

namespace {

/// A candidate plan and what it does to the IR.
struct Candidate {
  planner::Plan plan;
  int64_t irPeak = std::numeric_limits<int64_t>::max();
  SmallVector<int64_t> timeline;
  ApplyStats stats;
  bool valid = false;
};

struct RematPlanPass : mlir::remat::impl::RematPlanBase<RematPlanPass> {
  using Base::Base;

  /// The planner's chain for a stage chain. Stages that cannot be rerun get a forward cost so
  /// large that any schedule rerunning them costs more than every schedule that does not.
  planner::Chain buildChain(const StageChain &stages, SmallVector<bool> &rerunnable) {
    planner::Chain chain;
    // Preallocated results are live all along: resident bytes, like the chain's input.
    if (preallocatedResults)
      for (const ChainStage &stage : stages.getStages())
        chain.inputBytes += stage.resultBytes;
    double total = 0;
    for (const ChainStage &stage : stages.getStages())
      total += stage.forwardCost.planningCost() + stage.backwardCost.planningCost();
    double prohibitive = (total + 1.0) * double(stages.size() + 2);
    for (const ChainStage &stage : stages.getStages()) {
      planner::Stage s;
      s.f = stage.forwardCost.planningCost();
      s.b = stage.backwardCost.planningCost();
      s.a = stage.outputBytes;
      s.abar = std::max(stage.savedBytes, stage.outputBytes);
      s.of = stage.forwardTransientBytes;
      s.ob = stage.backwardTransientBytes;
      s.gout = preallocatedResults ? 0 : stage.resultBytes;
      rerunnable.push_back(!stage.notRecomputable);
      if (stage.notRecomputable)
        s.f = prohibitive;
      chain.stages.push_back(s);
    }
    return chain;
  }

  /// The schedule as text: equal for equal schedules.
  static std::string scheduleKey(const planner::Plan &plan) {
    std::string key;
    for (const planner::Step &step : plan.schedule)
      key += planner::formatStep(step) + ";";
    return key;
  }

  static ScheduleAttr toScheduleAttr(MLIRContext *ctx, ArrayRef<planner::Step> steps) {
    SmallVector<ScheduleStep> out;
    for (const planner::Step &step : steps) {
      StepKind kind = StepKind::Backward;
      switch (step.kind) {
      case planner::StepKind::ForwardNone:
        kind = StepKind::ForwardNone;
        break;
      case planner::StepKind::ForwardCheckpoint:
        kind = StepKind::ForwardCheckpoint;
        break;
      case planner::StepKind::ForwardAll:
        kind = StepKind::ForwardAll;
        break;
      case planner::StepKind::Backward:
        kind = StepKind::Backward;
        break;
      }
      out.push_back({kind, step.stage});
    }
    return ScheduleAttr::get(ctx, out);
  }

  /// Applies `candidate`'s schedule to a copy of `func` and measures the copy's peak.
  void evaluate(FunctionOpInterface func, Candidate &candidate, CostModel &costs,
                ArrayRef<bool> rerunnable) {
    if (!candidate.plan.feasible)
      return;
    SmallVector<int64_t> runs(rerunnable.size(), 0);
    for (const planner::Step &step : candidate.plan.schedule)
      if (step.kind != planner::StepKind::Backward && runs[step.stage]++ > 0 &&
          !rerunnable[step.stage])
        return;
    ScheduleAttr schedule = toScheduleAttr(func.getContext(), candidate.plan.schedule);
    // The copy lives next to the original while it is measured, so that calls still resolve.
    OpBuilder builder(func);
    auto copy = cast<FunctionOpInterface>(builder.clone(*func));
    llvm::scope_exit erase([&] { copy->erase(); });
    TrainingGraphOptions options;
    options.lossResult = lossResult;
    options.resultsPreallocated = preallocatedResults;
    FailureOr<ApplyStats> stats = applySchedule(copy, schedule, costs, options);
    if (failed(stats))
      return;
    FailureOr<TrainingGraph> graph = TrainingGraph::build(copy, options);
    if (failed(graph))
      return;
    MemoryModel memory(*graph);
    candidate.irPeak = memory.getPeakBytes();
    candidate.timeline.assign(memory.getLiveBytes().begin(), memory.getLiveBytes().end());
    candidate.stats = *stats;
    candidate.valid = true;
  }

  LogicalResult planFunction(FunctionOpInterface func, planner::Strategy strat) {
    auto start = std::chrono::steady_clock::now();
    TrainingGraphOptions options;
    options.lossResult = lossResult;
    options.resultsPreallocated = preallocatedResults;
    FailureOr<TrainingGraph> graph = TrainingGraph::build(func, options);
    if (failed(graph))
      return failure();
    MemoryModel before(*graph);
    CostModel costs(getOperation(), pureOps);
    StageChain stages(*graph, costs, before);
    MLIRContext *ctx = func.getContext();
    Builder b(ctx);

    // Stage of every op, written first so that copies and remat-apply see it.
    for (int64_t pos = 0; pos < graph->size(); ++pos) {
      Operation *op = graph->getSchedule()[pos];
      if (!isConstantLike(op))
        op->setAttr("remat.stage", b.getI64IntegerAttr(stages.getStageOf(pos)));
    }

    std::optional<int64_t> budgetBytes;
    if (!budget.empty()) {
      std::string error;
      FailureOr<int64_t> parsed = parseBudget(budget, before.getPeakBytes(), error);
      if (failed(parsed))
        return func.emitError() << error;
      budgetBytes = *parsed;
    }

    SmallVector<bool> rerunnable;
    planner::Chain chain = buildChain(stages, rerunnable);
    planner::PlannerOptions plannerOptions;
    plannerOptions.memorySteps = static_cast<int64_t>(memorySteps);
    plannerOptions.searchLimit = static_cast<int64_t>(searchLimit);
    if (!chainFile.empty()) {
      planner::PlanRequest request;
      request.chain = chain;
      request.budget = budgetBytes;
      request.strategy = strat;
      request.options = plannerOptions;
      chainRequests.push_back(planner::toJSON(request));
    }
    const int64_t unlimited = planner::kMaxBytes / 4;

    // Each chain budget gives the strategy's plan for the chain model; the plan is then
    // measured on the IR. Identical schedules are measured once.
    llvm::StringMap<Candidate> measured;
    auto solveWith = [&](planner::Plan plan) {
      std::string key = scheduleKey(plan);
      auto it = measured.find(key);
      if (it != measured.end())
        return it->second;
      Candidate candidate;
      candidate.plan = std::move(plan);
      evaluate(func, candidate, costs, rerunnable);
      measured[key] = candidate;
      return candidate;
    };
    auto solve = [&](int64_t chainBudget) {
      return solveWith(planner::planCheckpoints(chain, chainBudget, strat, plannerOptions));
    };
    SmallVector<Candidate> candidates;
    auto fits = [&](const Candidate &c) {
      return c.valid && (!budgetBytes || c.irPeak <= *budgetBytes);
    };
    if (strat == planner::Strategy::None || strat == planner::Strategy::Sqrt) {
      candidates.push_back(solve(unlimited));
    } else {
      // Sweep the chain budget between the strategy's least feasible budget and the peak of
      // keeping everything, then refine around the budget.
      int64_t lo = planner::minimalFeasibleBudget(chain, strat, plannerOptions);
      Candidate keepAll = solve(unlimited);
      int64_t hi = std::max(lo, keepAll.plan.peakBytes);
      candidates.push_back(keepAll);
      constexpr int kSweep = 16;
      for (int k = 0; k < kSweep; ++k)
        candidates.push_back(solve(lo + (hi - lo) * k / kSweep));
      if (budgetBytes) {
        candidates.push_back(solve(std::clamp(*budgetBytes, lo, hi)));
        // Bisect for the largest chain budget whose plan fits: larger budgets give cheaper
        // plans.
        int64_t fitLo = lo, failHi = hi + 1;
        for (int iter = 0; iter < 48 && failHi - fitLo > 1; ++iter) {
          int64_t mid = fitLo + (failHi - fitLo) / 2;
          Candidate candidate = solve(mid);
          (fits(candidate) ? fitLo : failHi) = mid;
          candidates.push_back(std::move(candidate));
        }
      } else if (strat == planner::Strategy::DP) {
        candidates.push_back(
            solveWith(planner::planMinimalMemory(chain, chain.forwardCost(), plannerOptions)));
      }
      if (strat == planner::Strategy::DP) {
        // The DP is optimal for the chain model, which does not know everything the IR does:
        // Sqrt's plan and Greedy's plans are measured too, so that dp never picks a plan that
        // is more expensive on the IR than one of theirs within the same budget.
        candidates.push_back(solveWith(
            planner::planCheckpoints(chain, unlimited, planner::Strategy::Sqrt, plannerOptions)));
        int64_t greedyLo = planner::minimalFeasibleBudget(chain, planner::Strategy::Greedy,
                                                          plannerOptions);
        int64_t greedyHi = std::max(hi, greedyLo);
        for (int k = 0; k < kSweep; ++k)
          candidates.push_back(solveWith(planner::planCheckpoints(
              chain, greedyLo + (greedyHi - greedyLo) * k / kSweep, planner::Strategy::Greedy,
              plannerOptions)));
      }
    }

    // With a budget: the cheapest plan that fits. Without: the least peak (for dp among plans
    // that recompute at most one forward pass), then the cheapest.
    double forwardCostBound = stages.getForwardCost().planningCost();
    Candidate best;
    int64_t smallestPeak = std::numeric_limits<int64_t>::max();
    auto select = [&] {
      best = Candidate();
      for (Candidate &candidate : candidates) {
        if (!candidate.valid)
          continue;
        smallestPeak = std::min(smallestPeak, candidate.irPeak);
        if (!fits(candidate))
          continue;
        double cost = candidate.stats.recomputeCost.planningCost();
        if (!budgetBytes && strat == planner::Strategy::DP && cost > forwardCostBound)
          continue;
        if (!best.valid) {
          best = candidate;
          continue;
        }
        double bestCost = best.stats.recomputeCost.planningCost();
        bool improves =
            budgetBytes ? (cost < bestCost || (cost == bestCost && candidate.irPeak < best.irPeak))
                        : (candidate.irPeak < best.irPeak ||
                           (candidate.irPeak == best.irPeak && cost < bestCost));
        if (improves)
          best = candidate;
      }
    };
    select();

    // Late recomputation of kept stages (planner::recomputeLate), which the chain DP does not
    // return where it does not lower the chain's peak, but which can lower the IR's: for the
    // plans closest to the budget that miss it and recompute less than the best plan that
    // fits, each of their kept stages with the most saved bytes, one at a time, measured on
    // the IR like every candidate.
    if (budgetBytes && strat == planner::Strategy::DP) {
      constexpr size_t kSeeds = 3, kStagesPerSeed = 8;
      SmallVector<const Candidate *> seeds;
      llvm::StringSet<> seedSchedules;
      for (const Candidate &candidate : candidates) {
        if (!candidate.valid || fits(candidate) ||
            (best.valid && candidate.stats.recomputeCost.planningCost() >=
                               best.stats.recomputeCost.planningCost()))
          continue;
        if (seedSchedules.insert(scheduleKey(candidate.plan)).second)
          seeds.push_back(&candidate);
      }
      llvm::stable_sort(seeds, [](const Candidate *a, const Candidate *b) {
        return a->irPeak < b->irPeak;
      });
      if (seeds.size() > kSeeds)
        seeds.resize(kSeeds);
      std::vector<planner::Plan> variants;
      for (const Candidate *seed : seeds) {
        std::vector<int> kept;
        for (int stage : planner::keptStages(seed->plan))
          if (rerunnable[stage] && chain.stages[stage].f > 0)
            kept.push_back(stage);
        llvm::stable_sort(kept, [&](int a, int b) {
          return chain.stages[a].abar > chain.stages[b].abar;
        });
        if (kept.size() > kStagesPerSeed)
          kept.resize(kStagesPerSeed);
        for (int stage : kept)
          if (planner::Plan variant = planner::recomputeLate(chain, seed->plan, stage);
              variant.feasible)
            variants.push_back(std::move(variant));
      }
      if (!variants.empty()) {
        for (planner::Plan &variant : variants)
          candidates.push_back(solveWith(std::move(variant)));
        select();
      }
    }

    double solveMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    const char *strategyName = planner::strategyName(strat);
    if (!best.valid) {
      if (smallestPeak == std::numeric_limits<int64_t>::max()) {
        for (const ChainStage &stage : stages.getStages())
          if (stage.notRecomputable)
            return stage.notRecomputable->emitError()
                   << "strategy " << strategyName << " must recompute the stage of this op, "
                   << "which cannot be rerun: " << costs.whyNotRecomputable(stage.notRecomputable)
                   << "; use strategy=dp, or mark the op remat.policy = #remat.policy<save>";
        return func.emitError() << "no plan of strategy " << strategyName << " exists for @"
                                << func.getName();
      }
      return func.emitError() << "budget " << formatBytes(*budgetBytes) << " ("
                              << *budgetBytes << " bytes) is below the minimum feasible "
                              << formatBytes(smallestPeak) << " (" << smallestPeak
                              << " bytes) for @" << func.getName() << " (strategy "
                              << strategyName << ")";
    }

    // Write the plan.
    ScheduleAttr schedule = toScheduleAttr(ctx, best.plan.schedule);
    SmallVector<std::optional<StepKind>> firstRun(stages.size());
    for (const ScheduleStep &step : schedule.getSteps())
      if (step.isForward() && !firstRun[step.stage])
        firstRun[step.stage] = step.kind;
    int64_t checkpoints = 0;
    for (const ValueLifetime *info : graph->getActivations()) {
      Operation *op = info->value.getDefiningOp();
      if (op->hasAttr("remat.policy"))
        continue;
      bool kept = firstRun[stages.getStageOf(info->def)] == StepKind::ForwardAll;
      op->setAttr("remat.policy", PolicyAttr::get(ctx, kept ? Policy::save : Policy::recompute));
    }
    for (const ValueLifetime *info : graph->getActivations())
      if (auto policy = info->value.getDefiningOp()->getAttrOfType<PolicyAttr>("remat.policy"))
        checkpoints += policy.getValue() == Policy::save;
    int64_t forwardFlops = stages.getForwardCost().flops;
    func->setAttr("remat.schedule", schedule);
    func->setAttr("remat.plan",
                  PlanAttr::get(ctx, strategyName, budgetBytes.value_or(-1),
                                before.getPeakBytes(), best.irPeak, forwardFlops,
                                best.stats.recomputeCost.flops));

    if (print) {
      for (const ChainStage &stage : stages.getStages())
        graph->getSchedule()[stage.end]->emitRemark()
            << "stage " << (&stage - stages.getStages().data()) << ": ops " << stage.begin
            << ".." << stage.end << ", forward " << stage.forwardCost.flops << " FLOPs, output "
            << stage.outputBytes << " bytes, saved " << stage.savedBytes
            << " bytes, forward temporaries " << stage.forwardTransientBytes
            << " bytes, backward temporaries " << stage.backwardTransientBytes
            << " bytes, results " << stage.resultBytes << " bytes";
      func->emitRemark() << "@" << func.getName() << ": " << stages.size() << " stages ("
                         << stages.getNumArticulations() << " articulations, "
                         << stages.getNumInterleavedArticulations()
                         << " interleaved); strategy " << strategyName << ", budget "
                         << (budgetBytes ? std::to_string(*budgetBytes) : std::string("none"))
                         << ": peak " << before.getPeakBytes() << " -> " << best.irPeak
                         << " bytes, recompute " << best.stats.recomputeCost.flops
                         << " FLOPs in " << best.stats.recomputations << " recomputations";
    }

    PlanReport report;
    report.function = func.getName().str();
    report.strategy = strategyName;
    report.budgetBytes = budgetBytes.value_or(-1);
    report.peakBytesBefore = before.getPeakBytes();
    report.peakBytesAfter = best.irPeak;
    report.chainPeakBytes = best.plan.peakBytes;
    report.forwardFlops = forwardFlops;
    report.recomputeFlops = best.stats.recomputeCost.flops;
    report.checkpoints = checkpoints;
    report.recomputedOps = best.stats.clonedOps;
    report.recomputations = best.stats.recomputations;
    report.stages = stages.size();
    report.solveMs = solveMs;
    report.optimal = best.plan.optimal;
    report.schedule = llvm::to_vector(schedule.getSteps());
    report.timelineBefore.assign(before.getLiveBytes().begin(), before.getLiveBytes().end());
    report.timelineAfter = best.timeline;
    reports.push_back(std::move(report));
    return success();
  }

  void runOnOperation() override {
    reports.clear();
    chainRequests.clear();
    std::optional<planner::Strategy> strat = planner::parseStrategy(strategy);
    if (!strat) {
      getOperation().emitError() << "unknown strategy '" << strategy
                                 << "'; expected one of none, sqrt, greedy, dp";
      return signalPassFailure();
    }
    if (memorySteps < 1 || memorySteps > 1000000) {
      getOperation().emitError() << "memory-steps=" << static_cast<int64_t>(memorySteps)
                                 << " is out of range; use 1..1000000 (default 1000)";
      return signalPassFailure();
    }
    if (searchLimit < 0) {
      getOperation().emitError() << "search-limit=" << static_cast<int64_t>(searchLimit)
                                 << " is negative; use 0 (no limit) or a positive count "
                                    "(default 100000)";
      return signalPassFailure();
    }
    auto steps = selectTrainingSteps(getOperation(), funcName);
    if (failed(steps))
      return signalPassFailure();
    bool ok = true;
    for (FunctionOpInterface func : *steps)
      ok &= succeeded(planFunction(func, *strat));
    if (!ok)
      return signalPassFailure();
    if (!report.empty() && failed(writePlanReports(report, reports, getOperation())))
      return signalPassFailure();
    if (!chainFile.empty() && failed(writeJSONValues(chainFile, chainRequests, getOperation())))
      return signalPassFailure();
    if (!timeline.empty() && failed(writeTimelineSvg(timeline, reports, getOperation())))
      return signalPassFailure();
  }

  std::vector<PlanReport> reports;
  std::vector<llvm::json::Value> chainRequests;
};
} // namespace
