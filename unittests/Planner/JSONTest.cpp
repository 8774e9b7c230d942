//===- JSONTest.cpp - Reading requests ------------------------------------===//

#include "Remat/Planner/ChainJSON.h"

#include "gtest/gtest.h"

using namespace remat::planner;

namespace {

std::string parseError(llvm::StringRef text) {
  llvm::Expected<PlanRequest> request = parsePlanRequest(text);
  if (request)
    return "";
  return llvm::toString(request.takeError());
}

TEST(JSONTest, ReadsAndWritesRequests) {
  llvm::Expected<PlanRequest> request = parsePlanRequest(R"({
    "stages": [{"f": 1, "b": 2, "a": 3, "abar": 4, "delta": 5, "of": 6, "ob": 7,
                "gout": 11},
               {"f": 1.5, "b": 0, "a": 1e3, "abar": 2000}],
    "input_bytes": 8, "input_delta": 9, "budget": 100, "strategy": "greedy",
    "memory_steps": 50})");
  ASSERT_TRUE(bool(request)) << llvm::toString(request.takeError());
  const Chain &chain = request->chain;
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(chain.stages[0].gradBytes(), 5);
  EXPECT_EQ(chain.stages[0].of, 6);
  EXPECT_EQ(chain.stages[0].ob, 7);
  EXPECT_EQ(chain.stages[0].gout, 11);
  EXPECT_EQ(chain.stages[1].gout, 0);
  EXPECT_EQ(chain.stages[1].a, 1000);
  EXPECT_EQ(chain.stages[1].gradBytes(), 1000);
  EXPECT_EQ(chain.stages[1].f, 1.5);
  EXPECT_EQ(chain.inputBytes, 8);
  EXPECT_EQ(chain.inputGradBytes, 9);
  EXPECT_EQ(request->budget, 100);
  EXPECT_EQ(request->strategy, Strategy::Greedy);
  EXPECT_EQ(request->options.memorySteps, 50);

  std::string text;
  llvm::raw_string_ostream os(text);
  os << toJSON(*request);
  llvm::Expected<PlanRequest> again = parsePlanRequest(os.str());
  ASSERT_TRUE(bool(again));
  EXPECT_EQ(again->chain.stages[0].gradBytes(), 5);
  EXPECT_EQ(again->chain.stages[0].gout, 11);
  EXPECT_EQ(again->chain.stages[0].ob, 7);
  EXPECT_EQ(again->budget, 100);
  EXPECT_EQ(again->strategy, Strategy::Greedy);
}

TEST(JSONTest, Errors) {
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1}], "input_bytes": 0})"),
            "field 'abar' of stage 0 is missing: every stage needs f, b, a and abar");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": -1, "abar": 2}], "input_bytes": 0})"),
            "field 'a' of stage 0 is negative (-1): sizes are bytes >= 0");
  EXPECT_EQ(parseError(R"({"stages": [], "input_bytes": 0})"),
            "field 'stages' is empty: give at least one stage");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1, "abar": 2}], "input_bytes": 0,
                           "strategy": "best"})"),
            "field 'strategy' must be one of \"none\", \"sqrt\", \"greedy\", \"dp\"");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1, "abar": 2}]})"),
            "field 'input_bytes' is missing: give the bytes of the chain's input x_0 (0 if it "
            "is not counted)");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1, "abar": 2}], "input_bytes": 0,
                           "budgte": 5})"),
            "unknown field 'budgte': the known fields are stages, input_bytes, input_delta, "
            "budget, strategy, memory_steps, search_limit, evaluation, max_recompute, name");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1, "abar": 2, "gout": -3}],
                           "input_bytes": 0})"),
            "field 'gout' of stage 0 is negative (-3): sizes are bytes >= 0");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1, "abar": 2, "gouts": 3}],
                           "input_bytes": 0})"),
            "unknown field 'gouts' of stage 0: the known fields are f, b, a, abar, delta, of, ob, "
            "gout, name");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 1.5, "abar": 2}], "input_bytes": 0})"),
            "field 'a' of stage 0 is 1.5: sizes are whole bytes");
  EXPECT_EQ(parseError(R"({"stages": [{"f": 1, "b": 1, "a": 3, "abar": 2}], "input_bytes": 0})"),
            "field 'abar' of stage 0 is 2, below its 'a' (3): abar counts everything the "
            "backward reads, the output included, so abar >= a");
  EXPECT_EQ(parseError(R"({"stages": [{"f": "x", "b": 1, "a": 3, "abar": 2}], "input_bytes": 0})"),
            "field 'f' of stage 0 must be a number (a cost such as FLOPs)");
  EXPECT_EQ(parseError("[1, 2]"),
            "the input must be a JSON object with fields 'stages' and 'input_bytes'");
  EXPECT_NE(parseError("{\"stages\": "), "");
  EXPECT_EQ(parseError("{\"stages\": ").rfind("invalid JSON: ", 0), 0u);
}

} // namespace
