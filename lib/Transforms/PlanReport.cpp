//===- PlanReport.cpp - the plan as JSON and as a picture -----------------===//
#include "Remat/Transforms/PlanReport.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::remat;

static std::unique_ptr<llvm::raw_fd_ostream> openOutput(StringRef path, ModuleOp module) {
  std::error_code ec;
  auto os = std::make_unique<llvm::raw_fd_ostream>(path, ec, llvm::sys::fs::OF_Text);
  if (ec) {
    module.emitError() << "cannot write '" << path << "': " << ec.message();
    return nullptr;
  }
  return os;
}

static void writeReport(llvm::json::OStream &j, const PlanReport &r) {
  j.object([&] {
    j.attribute("function", r.function);
    j.attribute("strategy", r.strategy);
    if (r.budgetBytes >= 0)
      j.attribute("budget_bytes", r.budgetBytes);
    else
      j.attribute("budget_bytes", nullptr);
    j.attribute("peak_bytes_before", r.peakBytesBefore);
    j.attribute("peak_bytes_after", r.peakBytesAfter);
    j.attribute("chain_peak_bytes", r.chainPeakBytes);
    j.attribute("forward_flops", r.forwardFlops);
    j.attribute("recompute_flops", r.recomputeFlops);
    j.attribute("checkpoints", r.checkpoints);
    j.attribute("recomputed_ops", r.recomputedOps);
    j.attribute("recomputations", r.recomputations);
    j.attribute("stages", r.stages);
    j.attribute("solve_ms", r.solveMs);
    if (r.strategy == "dp")
      j.attribute("optimal", r.optimal);
    j.attributeArray("schedule", [&] {
      for (const ScheduleStep &step : r.schedule)
        j.value((stringifyStepKind(step.kind) + " " + std::to_string(step.stage)).str());
    });
    j.attributeObject("timeline", [&] {
      j.attributeArray("before", [&] {
        for (int64_t v : r.timelineBefore)
          j.value(v);
      });
      j.attributeArray("after", [&] {
        for (int64_t v : r.timelineAfter)
          j.value(v);
      });
    });
  });
}

LogicalResult mlir::remat::writePlanReports(StringRef path, ArrayRef<PlanReport> reports,
                                            ModuleOp module) {
  auto os = openOutput(path, module);
  if (!os)
    return failure();
  llvm::json::OStream j(*os, /*IndentSize=*/1);
  if (reports.size() == 1) {
    writeReport(j, reports.front());
  } else {
    j.array([&] {
      for (const PlanReport &r : reports)
        writeReport(j, r);
    });
  }
  *os << "\n";
  return success();
}

LogicalResult mlir::remat::writeJSONValues(StringRef path, ArrayRef<llvm::json::Value> values,
                                           ModuleOp module) {
  auto os = openOutput(path, module);
  if (!os)
    return failure();
  if (values.size() == 1)
    *os << llvm::formatv("{0:1}", values.front());
  else
    *os << llvm::formatv("{0:1}", llvm::json::Value(llvm::json::Array(values)));
  *os << "\n";
  return success();
}

/// One panel: two step curves and the budget line.
static void writePanel(llvm::raw_ostream &os, const PlanReport &r, double top, double width,
                       double height) {
  const double left = 70, right = 20;
  double plotW = width - left - right, plotH = height - 50;
  int64_t maxBytes = std::max<int64_t>(1, r.peakBytesBefore);
  maxBytes = std::max({maxBytes, r.peakBytesAfter, r.budgetBytes});
  size_t steps = std::max<size_t>({r.timelineBefore.size(), r.timelineAfter.size(), 2});
  auto x = [&](size_t i) { return left + plotW * double(i) / double(steps - 1); };
  auto y = [&](int64_t b) { return top + 30 + plotH * (1.0 - double(b) / double(maxBytes)); };
  os << "<text x='" << left << "' y='" << top + 18
     << "' font-size='14' font-family='sans-serif'>@" << r.function << " — strategy "
     << r.strategy << ": peak " << formatBytes(r.peakBytesBefore) << " → "
     << formatBytes(r.peakBytesAfter) << "</text>\n";
  os << "<rect x='" << left << "' y='" << top + 30 << "' width='" << plotW << "' height='"
     << plotH << "' fill='none' stroke='#999'/>\n";
  for (int k = 0; k <= 4; ++k) {
    int64_t b = maxBytes * k / 4;
    os << "<text x='" << left - 6 << "' y='" << y(b) + 4
       << "' font-size='10' text-anchor='end' font-family='sans-serif'>" << formatBytes(b)
       << "</text>\n";
  }
  auto curve = [&](ArrayRef<int64_t> series, StringRef color) {
    if (series.empty())
      return;
    os << "<polyline fill='none' stroke='" << color << "' stroke-width='1.5' points='";
    for (size_t i = 0; i < series.size(); ++i)
      os << llvm::format("%.1f,%.1f %.1f,%.1f ", x(i), y(series[i]), x(i + 1 < steps ? i + 1 : i),
                         y(series[i]));
    os << "'/>\n";
  };
  curve(r.timelineBefore, "#888");
  curve(r.timelineAfter, "#1f6fd1");
  if (r.budgetBytes >= 0)
    os << "<line x1='" << left << "' x2='" << left + plotW << "' y1='" << y(r.budgetBytes)
       << "' y2='" << y(r.budgetBytes)
       << "' stroke='#d12f1f' stroke-dasharray='6,4'/>\n<text x='" << left + plotW - 4
       << "' y='" << y(r.budgetBytes) - 4
       << "' font-size='11' text-anchor='end' fill='#d12f1f' font-family='sans-serif'>budget "
       << formatBytes(r.budgetBytes) << "</text>\n";
  os << "<text x='" << left << "' y='" << top + height - 6
     << "' font-size='11' font-family='sans-serif'><tspan fill='#888'>■ before</tspan> "
        "<tspan fill='#1f6fd1'>■ after</tspan> — live bytes over the schedule (x: op "
        "position)</text>\n";
}

LogicalResult mlir::remat::writeTimelineSvg(StringRef path, ArrayRef<PlanReport> reports,
                                            ModuleOp module) {
  auto os = openOutput(path, module);
  if (!os)
    return failure();
  const double width = 900, panel = 320;
  *os << "<svg xmlns='http://www.w3.org/2000/svg' width='" << width << "' height='"
      << panel * std::max<size_t>(1, reports.size()) << "'>\n"
      << "<rect width='100%' height='100%' fill='white'/>\n";
  for (auto [i, r] : llvm::enumerate(reports))
    writePanel(*os, r, panel * i, width, panel);
  *os << "</svg>\n";
  return success();
}
