//===- remat-solve.cpp - Plan checkpoints for a chain given as JSON -------===//
//
// Reads a chain (docs/Planner.md, "JSON formats") from a file or stdin and
// prints the plan as JSON. Exit status: 0 with a plan, 1 on bad input, 2 when
// the budget is below the strategy's minimum.
//
//===----------------------------------------------------------------------===//

#include "Remat/Planner/ChainJSON.h"
#include "Remat/Planner/Planner.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace remat::planner;

static cl::OptionCategory solveCategory("remat-solve options");

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<chain.json | ->"), cl::init("-"),
                                      cl::cat(solveCategory));
static cl::opt<std::string> strategyOpt("strategy",
                                        cl::desc("none, sqrt, greedy or dp (overrides the input)"),
                                        cl::cat(solveCategory));
static cl::opt<int64_t> budgetOpt("budget", cl::desc("Budget in bytes (overrides the input)"),
                                  cl::init(-1), cl::cat(solveCategory));
static cl::opt<int64_t> stepsOpt("memory-steps",
                                 cl::desc("Memory steps of the DP (overrides the input)"),
                                 cl::init(0), cl::cat(solveCategory));
static cl::list<int64_t>
    revolveOpt("revolve", cl::multi_val(2),
               cl::desc("--revolve L S: Revolve's least forward evaluations for L steps and S "
                        "slots, solved by the DP"),
               cl::cat(solveCategory));
static cl::opt<bool> noSchedule("no-schedule", cl::desc("Omit the schedule from the output"),
                                cl::cat(solveCategory));
static cl::opt<bool> compact("compact", cl::desc("Print the JSON on one line"),
                             cl::cat(solveCategory));

static int fail(const Twine &message) {
  errs() << "remat-solve: error: " << message << "\n";
  return 1;
}

/// Writes `value` as json::Value does (keys sorted), except that the top
/// level's solve_ms is written with exactly three decimals (microseconds).
static void write(json::OStream &out, const json::Value &value, bool topLevel) {
  const json::Object *object = value.getAsObject();
  if (!object) {
    out.value(value);
    return;
  }
  std::vector<StringRef> keys;
  for (const auto &kv : *object)
    keys.push_back(kv.first);
  llvm::sort(keys);
  out.object([&] {
    for (StringRef key : keys) {
      const json::Value &field = *object->get(key);
      std::optional<double> ms = field.getAsNumber();
      if (topLevel && key == "solve_ms" && ms)
        out.attributeBegin(key), out.rawValue(formatv("{0:f3}", *ms).str()), out.attributeEnd();
      else
        out.attributeBegin(key), write(out, field, false), out.attributeEnd();
    }
  });
}

static void print(const json::Value &value) {
  json::OStream out(outs(), compact ? 0 : 2);
  write(out, value, /*topLevel=*/true);
  outs() << "\n";
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(solveCategory);
  cl::ParseCommandLineOptions(argc, argv,
                              "remat-solve: plan activation checkpoints for a chain of stages\n");

  if (!revolveOpt.empty()) {
    int64_t steps = revolveOpt[0], slots = revolveOpt[1];
    if (steps < 1 || slots < 1)
      return fail("--revolve L S needs L >= 1 steps and S >= 1 slots");
    // The DP on a homogeneous chain tries every split of every length.
    if (steps > 2000)
      return fail("--revolve L S supports L up to 2000 steps (the DP is cubic in L)");
    print(json::Object{{"forward_evaluations", revolveForwardEvaluations(steps, slots)}});
    return 0;
  }

  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFileOrSTDIN(inputFile);
  if (!buffer)
    return fail("cannot read '" + inputFile + "': " + buffer.getError().message());
  Expected<PlanRequest> parsed = parsePlanRequest((*buffer)->getBuffer());
  if (!parsed)
    return fail(toString(parsed.takeError()));
  PlanRequest request = std::move(*parsed);
  if (!strategyOpt.empty()) {
    std::optional<Strategy> strategy = parseStrategy(strategyOpt);
    if (!strategy)
      return fail("--strategy must be one of none, sqrt, greedy, dp");
    request.strategy = *strategy;
  }
  if (budgetOpt.getNumOccurrences()) {
    if (budgetOpt < 0)
      return fail("--budget must be a number of bytes >= 0");
    request.budget = budgetOpt;
  }
  if (stepsOpt.getNumOccurrences()) {
    if (stepsOpt < 1 || stepsOpt > 10000000)
      return fail("--memory-steps must be in [1, 10000000]");
    request.options.memorySteps = stepsOpt;
  }

  Plan plan;
  if (request.budget) {
    plan = planCheckpoints(request.chain, *request.budget, request.strategy, request.options);
  } else {
    if (request.strategy != Strategy::DP)
      return fail("without a budget only strategy dp applies (it minimizes memory with at most "
                  "one extra forward pass): give 'budget' or use strategy dp");
    double limit = request.maxRecomputeCost.value_or(request.chain.forwardCost());
    plan = planMinimalMemory(request.chain, limit, request.options);
  }
  std::optional<int64_t> minimum;
  if (!plan.feasible)
    minimum = minimalFeasibleBudget(request.chain, request.strategy, request.options);
  json::Object result = planToJSON(plan, request.strategy, request.budget, minimum);
  if (noSchedule)
    result.erase("schedule");
  print(std::move(result));
  if (!plan.feasible) {
    errs() << "remat-solve: budget " << formatBytes(*request.budget)
           << " is below the minimum feasible " << formatBytes(*minimum) << " for strategy "
           << strategyName(request.strategy) << "\n";
    return 2;
  }
  return 0;
}
