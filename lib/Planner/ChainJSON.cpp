//===- ChainJSON.cpp - JSON form of chains and plans ----------------------===//

#include "Remat/Planner/ChainJSON.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace llvm;

namespace remat::planner {

namespace {

std::string numberText(double value) {
  char text[32];
  snprintf(text, sizeof(text), "%.17g", value);
  return text;
}

Error fieldError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

/// Rejects keys outside `known`, naming the nearest mistake.
Error checkKeys(const json::Object &object, ArrayRef<StringRef> known, StringRef where) {
  for (const auto &kv : object) {
    StringRef key = kv.first;
    if (llvm::is_contained(known, key))
      continue;
    std::string list;
    for (StringRef k : known)
      list += (list.empty() ? "" : ", ") + k.str();
    return fieldError("unknown field '" + key + "'" + where + ": the known fields are " + list);
  }
  return Error::success();
}

Expected<double> readCost(const json::Object &object, StringRef field, StringRef where) {
  const json::Value *value = object.get(field);
  if (!value)
    return fieldError("field '" + field + "'" + where +
                      " is missing: every stage needs f, b, a and abar");
  std::optional<double> number = value->getAsNumber();
  if (!number)
    return fieldError("field '" + field + "'" + where + " must be a number (a cost such as FLOPs)");
  if (!std::isfinite(*number) || *number < 0)
    return fieldError("field '" + field + "'" + where + " is " + numberText(*number) +
                      ": costs must be finite and >= 0");
  return *number;
}

/// Reads a byte count; `required` fields report their absence, optional ones
/// return std::nullopt.
Expected<std::optional<int64_t>> readBytes(const json::Object &object, StringRef field,
                                           StringRef where, bool required, StringRef missingFix) {
  const json::Value *value = object.get(field);
  if (!value) {
    if (required)
      return fieldError("field '" + field + "'" + where + " is missing: " + missingFix);
    return std::optional<int64_t>();
  }
  std::optional<double> number = value->getAsNumber();
  if (!number)
    return fieldError("field '" + field + "'" + where + " must be a number of bytes");
  if (*number < 0)
    return fieldError("field '" + field + "'" + where + " is negative (" + numberText(*number) +
                      "): sizes are bytes >= 0");
  if (*number != std::floor(*number))
    return fieldError("field '" + field + "'" + where + " is " + numberText(*number) +
                      ": sizes are whole bytes");
  if (*number > double(kMaxBytes))
    return fieldError("field '" + field + "'" + where + " is " + numberText(*number) +
                      ": sizes above 2^50 bytes are not supported");
  if (std::optional<int64_t> exact = value->getAsInteger())
    return std::optional<int64_t>(*exact);
  return std::optional<int64_t>(int64_t(*number));
}

} // namespace

Expected<PlanRequest> parsePlanRequest(StringRef text) {
  Expected<json::Value> value = json::parse(text);
  if (!value)
    return fieldError("invalid JSON: " + toString(value.takeError()));
  return planRequestFromJSON(*value);
}

Expected<PlanRequest> planRequestFromJSON(const json::Value &value) {
  const json::Object *root = value.getAsObject();
  if (!root)
    return fieldError("the input must be a JSON object with fields 'stages' and 'input_bytes'");
  if (Error err = checkKeys(*root,
                            {"stages", "input_bytes", "input_delta", "budget", "strategy",
                             "memory_steps", "search_limit", "evaluation", "max_recompute", "name"},
                            ""))
    return std::move(err);
  PlanRequest request;
  const json::Value *stagesValue = root->get("stages");
  if (!stagesValue)
    return fieldError("field 'stages' is missing: give a list of stages "
                      "[{\"f\": .., \"b\": .., \"a\": .., \"abar\": ..}, ...]");
  const json::Array *stages = stagesValue->getAsArray();
  if (!stages)
    return fieldError("field 'stages' must be a list of stage objects");
  if (stages->empty())
    return fieldError("field 'stages' is empty: give at least one stage");
  for (size_t i = 0; i < stages->size(); ++i) {
    std::string where = " of stage " + std::to_string(i);
    const json::Object *object = (*stages)[i].getAsObject();
    if (!object)
      return fieldError("stage " + Twine(i) + " must be an object with fields f, b, a and abar");
    if (Error err = checkKeys(*object, {"f", "b", "a", "abar", "delta", "of", "ob", "gout", "name"}, where))
      return std::move(err);
    Stage stage;
    Expected<double> f = readCost(*object, "f", where);
    if (!f)
      return f.takeError();
    Expected<double> b = readCost(*object, "b", where);
    if (!b)
      return b.takeError();
    stage.f = *f, stage.b = *b;
    StringRef fix = "every stage needs f, b, a and abar";
    auto a = readBytes(*object, "a", where, true, fix);
    if (!a)
      return a.takeError();
    auto abar = readBytes(*object, "abar", where, true, fix);
    if (!abar)
      return abar.takeError();
    auto delta = readBytes(*object, "delta", where, false, "");
    if (!delta)
      return delta.takeError();
    auto of = readBytes(*object, "of", where, false, "");
    if (!of)
      return of.takeError();
    auto ob = readBytes(*object, "ob", where, false, "");
    if (!ob)
      return ob.takeError();
    auto gout = readBytes(*object, "gout", where, false, "");
    if (!gout)
      return gout.takeError();
    stage.a = **a, stage.abar = **abar, stage.delta = *delta;
    stage.of = of->value_or(0), stage.ob = ob->value_or(0), stage.gout = gout->value_or(0);
    request.chain.stages.push_back(stage);
  }
  auto input = readBytes(*root, "input_bytes", "", true,
                         "give the bytes of the chain's input x_0 (0 if it is not counted)");
  if (!input)
    return input.takeError();
  request.chain.inputBytes = **input;
  auto inputDelta = readBytes(*root, "input_delta", "", false, "");
  if (!inputDelta)
    return inputDelta.takeError();
  request.chain.inputGradBytes = inputDelta->value_or(0);
  auto budget = readBytes(*root, "budget", "", false, "");
  if (!budget)
    return budget.takeError();
  request.budget = *budget;
  if (const json::Value *strategy = root->get("strategy")) {
    std::optional<StringRef> name = strategy->getAsString();
    std::optional<Strategy> parsed = name ? parseStrategy(*name) : std::nullopt;
    if (!parsed)
      return fieldError("field 'strategy' must be one of \"none\", \"sqrt\", \"greedy\", \"dp\"");
    request.strategy = *parsed;
  }
  if (const json::Value *steps = root->get("memory_steps")) {
    std::optional<int64_t> number = steps->getAsInteger();
    if (!number || *number < 1 || *number > 10000000)
      return fieldError("field 'memory_steps' must be an integer in [1, 10000000] (default 1000)");
    request.options.memorySteps = *number;
  }
  if (const json::Value *limit = root->get("search_limit")) {
    std::optional<int64_t> number = limit->getAsInteger();
    if (!number || *number < 0)
      return fieldError("field 'search_limit' must be a non-negative integer (0: no limit; "
                        "default 100000)");
    request.options.searchLimit = *number;
  }
  if (const json::Value *evaluation = root->get("evaluation")) {
    std::optional<StringRef> name = evaluation->getAsString();
    if (name == "auto")
      request.options.evaluation = PlannerOptions::Evaluation::Auto;
    else if (name == "table")
      request.options.evaluation = PlannerOptions::Evaluation::Table;
    else if (name == "search")
      request.options.evaluation = PlannerOptions::Evaluation::Search;
    else
      return fieldError("field 'evaluation' must be one of \"auto\", \"table\", \"search\" "
                        "(default \"auto\")");
  }
  if (const json::Value *limit = root->get("max_recompute")) {
    std::optional<double> number = limit->getAsNumber();
    if (!number || !std::isfinite(*number) || *number < 0)
      return fieldError("field 'max_recompute' must be a cost >= 0 (default: one forward pass)");
    request.maxRecomputeCost = *number;
  }
  std::string invalid = validateChain(request.chain);
  if (!invalid.empty())
    return fieldError(invalid);
  return request;
}

json::Value toJSON(const PlanRequest &request) {
  json::Array stages;
  for (const Stage &stage : request.chain.stages) {
    json::Object object{{"f", stage.f}, {"b", stage.b}, {"a", stage.a}, {"abar", stage.abar}};
    if (stage.delta)
      object["delta"] = *stage.delta;
    if (stage.of)
      object["of"] = stage.of;
    if (stage.ob)
      object["ob"] = stage.ob;
    if (stage.gout)
      object["gout"] = stage.gout;
    stages.push_back(std::move(object));
  }
  json::Object root{{"stages", std::move(stages)},
                    {"input_bytes", request.chain.inputBytes},
                    {"strategy", strategyName(request.strategy)}};
  if (request.chain.inputGradBytes)
    root["input_delta"] = request.chain.inputGradBytes;
  if (request.budget)
    root["budget"] = *request.budget;
  if (request.options.memorySteps != PlannerOptions().memorySteps)
    root["memory_steps"] = request.options.memorySteps;
  if (request.options.searchLimit != PlannerOptions().searchLimit)
    root["search_limit"] = request.options.searchLimit;
  if (request.options.evaluation == PlannerOptions::Evaluation::Table)
    root["evaluation"] = "table";
  else if (request.options.evaluation == PlannerOptions::Evaluation::Search)
    root["evaluation"] = "search";
  if (request.maxRecomputeCost)
    root["max_recompute"] = *request.maxRecomputeCost;
  return root;
}

std::string formatBytes(int64_t bytes) {
  static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
  double value = double(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 5)
    value /= 1024, ++unit;
  std::string human =
      unit == 0 ? formatv("{0} B", bytes).str() : formatv("{0:f2} {1}", value, units[unit]).str();
  return formatv("{0} bytes ({1})", bytes, human).str();
}

json::Object planToJSON(const Plan &plan, Strategy strategy, std::optional<int64_t> budget,
                        std::optional<int64_t> minFeasibleBudget) {
  json::Array schedule;
  for (const Step &step : plan.schedule)
    schedule.push_back(formatStep(step));
  json::Object object{{"feasible", plan.feasible},
                      {"strategy", strategyName(strategy)},
                      {"budget", budget ? json::Value(*budget) : json::Value(nullptr)},
                      {"compute_cost", plan.computeCost},
                      {"recompute_cost", plan.recomputeCost},
                      {"peak_bytes", plan.peakBytes},
                      {"schedule", std::move(schedule)},
                      {"solve_ms", std::round(plan.solveMs * 1000) / 1000}};
  if (plan.feasible && strategy == Strategy::DP)
    object["optimal"] = plan.optimal;
  if (!plan.feasible && minFeasibleBudget)
    object["min_feasible_budget"] = *minFeasibleBudget;
  return object;
}

} // namespace remat::planner
