//===- CostModel.cpp - what an op costs to run and whether it can be rerun ===//
#include "Remat/Analysis/CostModel.h"
#include "Remat/Analysis/TrainingGraph.h"
#include "Remat/Support/StablehloAttrs.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::remat;

/// StableHLO ops without side effects or randomness (StableHLO spec), by name after the
/// "stablehlo." prefix.
static constexpr llvm::StringLiteral kPureStablehloOps[] = {
    "abs", "add", "and", "atan2", "batch_norm_grad", "batch_norm_inference",
    "batch_norm_training", "bitcast_convert", "broadcast", "broadcast_in_dim", "case", "cbrt",
    "ceil", "cholesky", "clamp", "complex", "compare", "concatenate", "constant", "convert",
    "convolution", "cosine", "count_leading_zeros", "divide", "dot", "dot_general",
    "dynamic_broadcast_in_dim", "dynamic_gather", "dynamic_iota", "dynamic_pad",
    "dynamic_reshape", "dynamic_slice", "dynamic_update_slice", "exponential",
    "exponential_minus_one", "fft", "floor", "gather", "get_dimension_size",
    "get_tuple_element", "if", "imag", "iota", "is_finite", "log", "log_plus_one", "logistic",
    "map", "maximum", "minimum", "multiply", "negate", "not", "optimization_barrier", "or",
    "pad", "popcnt", "power", "real", "real_dynamic_slice", "reduce", "reduce_precision",
    "reduce_window", "remainder", "reshape", "return", "reverse", "round_nearest_afz",
    "round_nearest_even", "rsqrt", "scatter", "select", "select_and_scatter", "shift_left",
    "shift_right_arithmetic", "shift_right_logical", "sign", "sine", "slice", "sort", "sqrt",
    "subtract", "tan", "tanh", "transpose", "triangular_solve", "tuple", "uniform_dequantize",
    "uniform_quantize", "while", "xor"};

/// StableHLO ops that only move or reshape data.
static constexpr llvm::StringLiteral kDataMovementStablehloOps[] = {
    "broadcast", "broadcast_in_dim", "concatenate", "dynamic_slice", "dynamic_update_slice",
    "gather", "iota", "pad", "reverse", "slice", "transpose", "tuple", "get_tuple_element",
    "bitcast_convert", "constant", "reshape", "optimization_barrier"};

CostModel::CostModel(ModuleOp module, ArrayRef<std::string> extraPureOps) : module(module) {
  for (const std::string &name : extraPureOps) {
    StringRef ref(name);
    if (ref.consume_back(".*"))
      extraPureDialects.insert(ref);
    else
      extraPureNames.insert(ref);
  }
}

/// The function a call op calls, when it is defined in the module.
static FunctionOpInterface resolveCallee(Operation *op) {
  auto call = dyn_cast<CallOpInterface>(op);
  if (!call)
    return {};
  auto symbol = dyn_cast_if_present<SymbolRefAttr>(call.getCallableForCallee());
  if (!symbol)
    return {};
  auto callee = dyn_cast_or_null<FunctionOpInterface>(SymbolTable::lookupNearestSymbolFrom(op, symbol));
  if (!callee || callee.isExternal())
    return {};
  return callee;
}

static int64_t numElements(Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped)
    return 1;
  return shaped.hasStaticShape() ? shaped.getNumElements() : 0;
}

static int64_t resultElements(Operation *op) {
  int64_t total = 0;
  for (Type t : op->getResultTypes())
    total += numElements(t);
  return total;
}

static int64_t resultBytes(Operation *op) {
  int64_t total = 0;
  for (Type t : op->getResultTypes())
    total += getTypeBytes(t);
  return total;
}

/// Ops in the body of a region-holding op, excluding terminators (for unregistered ops such
/// as stablehlo.return, the last op of a block).
static int64_t countBodyOps(Operation *op) {
  int64_t count = 0;
  for (Region &region : op->getRegions())
    region.walk([&](Operation *nested) {
      bool terminator = nested->hasTrait<OpTrait::IsTerminator>() ||
                        (!nested->isRegistered() && nested == &nested->getBlock()->back());
      if (!terminator)
        ++count;
    });
  return count;
}

/// Convolution FLOPs from the kernel shape: each output element takes a window times input
/// channels / groups multiply-adds. The kernel holds window * (in / groups) * out elements, so
/// per output element that is kernel elements / output features.
static int64_t convolutionFlops(Operation *op) {
  if (op->getNumOperands() < 2)
    return 0;
  auto kernel = dyn_cast<ShapedType>(op->getOperand(1).getType());
  auto result = dyn_cast<ShapedType>(op->getResult(0).getType());
  if (!kernel || !result || !kernel.hasStaticShape() || !result.hasStaticShape())
    return 0;
  int64_t outFeatures = kernel.getShape().back();
  stablehlo::AttrReader reader(op, /*report=*/false);
  if (auto dims = reader.convDimensionNumbers("dimension_numbers");
      succeeded(dims) && dims->kernelOutputFeature >= 0 &&
      dims->kernelOutputFeature < kernel.getRank())
    outFeatures = kernel.getDimSize(dims->kernelOutputFeature);
  if (outFeatures <= 0)
    return 0;
  return 2 * result.getNumElements() * (kernel.getNumElements() / outFeatures);
}

static int64_t dotGeneralFlops(Operation *op) {
  if (op->getNumOperands() < 2)
    return 0;
  auto lhs = dyn_cast<ShapedType>(op->getOperand(0).getType());
  if (!lhs || !lhs.hasStaticShape())
    return 0;
  int64_t contracting = 1;
  stablehlo::AttrReader reader(op, /*report=*/false);
  if (auto dims = reader.dotDimensionNumbers("dot_dimension_numbers"); succeeded(dims))
    for (int64_t d : dims->lhsContracting)
      if (d >= 0 && d < lhs.getRank())
        contracting *= lhs.getDimSize(d);
  return 2 * resultElements(op) * contracting;
}

/// Elements of a reduction window (`window_dimensions`).
static int64_t windowSize(Operation *op) {
  stablehlo::AttrReader reader(op, /*report=*/false);
  int64_t size = 1;
  if (auto window = reader.i64ArrayOr("window_dimensions", {}); succeeded(window))
    for (int64_t w : *window)
      size *= std::max<int64_t>(w, 1);
  return size;
}

/// The cost of StableHLO ops by name (registered or unregistered alike).
static std::optional<OpCost> stablehloCost(Operation *op, int64_t regionOps) {
  StringRef name = op->getName().getStringRef();
  if (!name.consume_front("stablehlo.") && !name.consume_front("mhlo."))
    return std::nullopt;
  OpCost cost;
  if (name == "dot_general" || name == "dot") {
    if (name == "dot") {
      auto lhs = dyn_cast<ShapedType>(op->getOperand(0).getType());
      int64_t k = lhs && lhs.hasStaticShape() && lhs.getRank() > 0 ? lhs.getShape().back() : 1;
      cost.flops = 2 * resultElements(op) * k;
    } else {
      cost.flops = dotGeneralFlops(op);
    }
  } else if (name == "convolution") {
    cost.flops = convolutionFlops(op);
  } else if (name == "reduce") {
    // One application of the body per input element (the first half of the operands are
    // inputs, the second half init values).
    int64_t inputs = 0;
    for (Value v : op->getOperands().take_front(op->getNumOperands() / 2))
      inputs += numElements(v.getType());
    cost.flops = inputs * std::max<int64_t>(1, regionOps);
  } else if (name == "reduce_window") {
    cost.flops = resultElements(op) * windowSize(op) * std::max<int64_t>(1, regionOps);
  } else if (name == "select_and_scatter") {
    cost.flops = numElements(op->getOperand(1).getType()) * windowSize(op) +
                 numElements(op->getOperand(0).getType());
  } else if (name == "reshape" || name == "optimization_barrier" || name == "constant" ||
             name == "get_tuple_element" || name == "tuple") {
    // Views and constants: nothing to compute or move.
  } else if (llvm::is_contained(kDataMovementStablehloOps, name)) {
    cost.bytesMoved = resultBytes(op);
  } else if (name == "sort") {
    int64_t n = op->getNumOperands() ? numElements(op->getOperand(0).getType()) : 0;
    cost.flops = n * std::max<int64_t>(1, llvm::Log2_64_Ceil(std::max<int64_t>(n, 2)));
  } else {
    // Elementwise and everything else: one operation per result element (and per body op).
    cost.flops = resultElements(op) * std::max<int64_t>(1, regionOps);
  }
  return cost;
}

OpCost CostModel::computeCost(Operation *op) {
  int64_t regionOps = countBodyOps(op);
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op)) {
    int64_t iterations = 1;
    for (int64_t size : linalgOp.getStaticLoopRanges())
      iterations *= std::max<int64_t>(size, 0);
    OpCost cost;
    if (regionOps == 0 || isa<linalg::TransposeOp, linalg::BroadcastOp, linalg::CopyOp>(op))
      cost.bytesMoved = resultBytes(op); // fill, copy, transpose, broadcast: writes only
    else
      cost.flops = iterations * regionOps;
    return cost;
  }
  if (auto cost = stablehloCost(op, regionOps))
    return *cost;
  if (auto callee = resolveCallee(op)) {
    auto it = calleeCost.find(callee);
    if (it != calleeCost.end())
      return it->second;
    calleeCost[callee] = {}; // a recursive call counts as free rather than looping
    OpCost total;
    for (Operation &nested : callee.getFunctionBody().getOps())
      if (!nested.hasTrait<OpTrait::IsTerminator>())
        total += getCost(&nested);
    calleeCost[callee] = total;
    return total;
  }
  StringRef dialect = op->getName().getDialectNamespace();
  if (dialect == "tensor") {
    OpCost cost;
    if (!isa<ViewLikeOpInterface>(op) && op->getName().getStringRef() != "tensor.empty" &&
        op->getName().getStringRef() != "tensor.collapse_shape" &&
        op->getName().getStringRef() != "tensor.expand_shape" &&
        op->getName().getStringRef() != "tensor.cast")
      cost.bytesMoved = resultBytes(op);
    return cost;
  }
  if (isConstantLike(op))
    return {};
  // arith, math and other elementwise ops: one per result element.
  OpCost cost;
  cost.flops = std::max<int64_t>(resultElements(op), op->getNumResults() ? 1 : 0) *
               std::max<int64_t>(1, regionOps);
  return cost;
}

OpCost CostModel::getCost(Operation *op) { return computeCost(op); }

bool CostModel::isPureByTable(Operation *op) const {
  StringRef name = op->getName().getStringRef();
  if (extraPureNames.contains(name) ||
      extraPureDialects.contains(op->getName().getDialectNamespace()))
    return true;
  StringRef shortName = name;
  if (shortName.consume_front("stablehlo.") || shortName.consume_front("mhlo."))
    return llvm::is_contained(kPureStablehloOps, shortName);
  return false;
}

Operation *CostModel::findOffendingOp(Operation *op, unsigned depth) {
  if (depth > 32)
    return op;
  if (isa<CallOpInterface>(op)) {
    FunctionOpInterface callee = resolveCallee(op);
    if (!callee)
      return op;
    auto it = calleeOffender.find(callee);
    if (it != calleeOffender.end())
      return it->second;
    calleeOffender[callee] = op; // recursion: not recomputable
    Operation *offender = nullptr;
    for (Operation &nested : callee.getFunctionBody().getOps())
      if ((offender = findOffendingOp(&nested, depth + 1)))
        break;
    calleeOffender[callee] = offender;
    return offender;
  }
  if (op->getName().isRegistered() && !isa<CallOpInterface>(op)) {
    // Registered ops declare their effects; ops with recursive effects are checked through
    // their regions by isMemoryEffectFree.
    if (!isMemoryEffectFree(op))
      return op;
    for (Region &region : op->getRegions())
      for (Operation &nested : region.getOps())
        if (Operation *offender = findOffendingOp(&nested, depth + 1))
          return offender;
    return nullptr;
  }
  if (!isPureByTable(op))
    return op;
  for (Region &region : op->getRegions())
    for (Block &block : region)
      for (Operation &nested : block)
        if (Operation *offender = findOffendingOp(&nested, depth + 1))
          return offender;
  return nullptr;
}

bool CostModel::isRecomputable(Operation *op) { return !findOffendingOp(op, 0); }

std::string CostModel::whyNotRecomputable(Operation *op) {
  Operation *offender = findOffendingOp(op, 0);
  if (!offender)
    return "";
  std::string text;
  llvm::raw_string_ostream os(text);
  if (auto call = dyn_cast<CallOpInterface>(offender); call && !resolveCallee(offender)) {
    os << "'" << offender->getName() << "' calls ";
    if (auto symbol = dyn_cast_if_present<SymbolRefAttr>(call.getCallableForCallee()))
      os << symbol;
    else
      os << "an indirect callee";
    os << ", whose body is not in the module";
  } else if (!offender->getName().isRegistered() && !isPureByTable(offender))
    os << "'" << offender->getName()
       << "' is not a known side-effect-free op (declare it with pure-ops=" << offender->getName()
       << " if rerunning it is safe)";
  else
    os << "'" << offender->getName() << "' has side effects or is random";
  return text;
}
