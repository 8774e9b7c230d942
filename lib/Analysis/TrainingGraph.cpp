//===- TrainingGraph.cpp - a training step as a schedule of ops -----------===//
#include "Remat/Analysis/TrainingGraph.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::remat;

int64_t mlir::remat::getElementBytes(Type elementType) {
  if (auto complex = dyn_cast<ComplexType>(elementType))
    return 2 * getElementBytes(complex.getElementType());
  if (elementType.isIndex())
    return 8;
  if (elementType.isIntOrFloat())
    return std::max<int64_t>(1, (elementType.getIntOrFloatBitWidth() + 7) / 8);
  return 0;
}

int64_t mlir::remat::getTypeBytes(Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !shaped.hasStaticShape() || !isa<TensorType, MemRefType>(type))
    return 0;
  return shaped.getNumElements() * getElementBytes(shaped.getElementType());
}

bool mlir::remat::isConstantLike(Operation *op) {
  if (op->hasTrait<OpTrait::ConstantLike>())
    return true;
  // Generic-form StableHLO/MHLO/TOSA constants arrive as unregistered ops.
  StringRef name = op->getName().getStringRef();
  return name == "stablehlo.constant" || name == "mhlo.constant" || name == "tosa.const";
}

/// Emits an error naming `op` when `type` is a tensor or memref remat cannot size.
static LogicalResult checkSizable(Operation *op, Type type, const Twine &what) {
  if (isa<UnrankedTensorType, UnrankedMemRefType>(type))
    return op->emitError() << what << " has unranked type " << type
                           << "; remat needs ranked, static shapes: give the value a ranked "
                              "type (e.g. refine shapes before export)";
  auto shaped = dyn_cast<ShapedType>(type);
  if (shaped && isa<TensorType, MemRefType>(type) && !shaped.hasStaticShape())
    return op->emitError() << what << " has dynamic shape " << type
                           << "; remat plans static shapes only: specialize the shapes (e.g. "
                              "jit with concrete input shapes) before running remat";
  return success();
}

FailureOr<TrainingGraph> TrainingGraph::build(FunctionOpInterface func,
                                              const TrainingGraphOptions &options) {
  Region &body = func.getFunctionBody();
  if (body.empty())
    return func.emitError() << "@" << func.getName()
                            << " has no body: remat needs the definition of the training step";
  if (!body.hasOneBlock())
    return func.emitError() << "@" << func.getName() << " has " << body.getBlocks().size()
                            << " blocks; remat needs a single-block body: lift control flow "
                               "into structured ops (e.g. -lift-cf-to-scf) first";
  Block &block = body.front();
  Operation *terminator = block.getTerminator();
  if (!terminator)
    return func.emitError() << "@" << func.getName() << " does not end in a terminator";

  unsigned numResults = func.getResultTypes().size();
  if (numResults == 0)
    return func.emitError() << "@" << func.getName()
                            << " has no results, so there is no loss: remat expects a training "
                               "step that returns (loss, gradients...)";
  if (options.lossResult >= numResults || options.lossResult >= terminator->getNumOperands())
    return func.emitError() << "loss-result=" << options.lossResult << " is out of range: @"
                            << func.getName() << " has " << numResults
                            << " result(s); pass the index of the loss (0.." << numResults - 1
                            << ")";

  for (auto [i, arg] : llvm::enumerate(block.getArguments()))
    if (failed(checkSizable(func, arg.getType(), "argument #" + Twine(i))))
      return failure();

  TrainingGraph graph;
  graph.func = func;
  graph.terminator = terminator;
  for (Operation &op : block.without_terminator()) {
    graph.positions[&op] = graph.schedule.size();
    graph.schedule.push_back(&op);
  }
  int64_t n = graph.schedule.size();
  graph.positions[terminator] = n;

  // Values read by each node, including those its regions capture from above.
  graph.nodeOperands.resize(n);
  for (int64_t pos = 0; pos < n; ++pos) {
    Operation *op = graph.schedule[pos];
    llvm::SetVector<Value> read(op->operand_begin(), op->operand_end());
    if (op->getNumRegions() > 0) {
      llvm::SetVector<Value> captured;
      getUsedValuesDefinedAbove(op->getRegions(), captured);
      read.insert(captured.begin(), captured.end());
    }
    graph.nodeOperands[pos].assign(read.begin(), read.end());
    for (auto [i, result] : llvm::enumerate(op->getResults()))
      if (failed(checkSizable(op, result.getType(), "result #" + Twine(i))))
        return failure();
  }

  // Forward phase: the backward slice of the loss, plus every op scheduled before the loss.
  // Autodiff frameworks (JAX's linearize) compute the residuals the backward needs, such as
  // tanh's derivative, alongside the forward: they are forward values held for the backward.
  graph.loss = terminator->getOperand(options.lossResult);
  graph.preallocatedResults = options.resultsPreallocated;
  Operation *lossDef = graph.loss.getDefiningOp();
  if (!lossDef || lossDef->getBlock() != &block)
    return func.emitError() << "loss-result=" << options.lossResult
                            << " names a result that is a function argument, not a loss "
                               "computed by @"
                            << func.getName() << "; pass the index of the loss with loss-result=<n>";
  int64_t lossPos = graph.getPosition(lossDef);
  graph.phases.assign(n, Phase::backward);
  for (int64_t pos = 0; pos <= lossPos; ++pos)
    graph.phases[pos] = Phase::forward;
  // Explicit phases win.
  for (int64_t pos = 0; pos < n; ++pos)
    if (auto phase = graph.schedule[pos]->getAttrOfType<PhaseAttr>("remat.phase"))
      graph.phases[pos] = phase.getValue();

  // Values and their readers.
  for (int64_t pos = 0; pos < n; ++pos) {
    for (Value result : graph.schedule[pos]->getResults()) {
      graph.valueIndex[result] = graph.values.size();
      ValueLifetime info;
      info.value = result;
      info.def = pos;
      info.lastUse = pos;
      info.bytes = getTypeBytes(result.getType());
      graph.values.push_back(info);
    }
  }
  graph.users.resize(graph.values.size());
  auto addUse = [&](Value v, int64_t userPos) {
    auto it = graph.valueIndex.find(v);
    if (it == graph.valueIndex.end())
      return;
    SmallVector<int64_t, 2> &list = graph.users[it->second];
    if (list.empty() || list.back() != userPos)
      list.push_back(userPos);
    ValueLifetime &info = graph.values[it->second];
    info.lastUse = std::max(info.lastUse, userPos);
    if (userPos == n) {
      info.returned = true;
      return;
    }
    if (graph.phases[userPos] == Phase::forward) {
      info.lastForwardUse = std::max(info.lastForwardUse, userPos);
    } else {
      if (info.firstBackwardUse < 0)
        info.firstBackwardUse = userPos;
      info.lastBackwardUse = std::max(info.lastBackwardUse, userPos);
    }
  };
  for (int64_t pos = 0; pos < n; ++pos)
    for (Value v : graph.nodeOperands[pos])
      addUse(v, pos);
  for (Value v : terminator->getOperands())
    addUse(v, n);

  for (ValueLifetime &info : graph.values) {
    Operation *def = info.value.getDefiningOp();
    info.isActivation = graph.phases[info.def] == Phase::forward && info.firstBackwardUse >= 0 &&
                        info.firstBackwardUse > info.def && !isConstantLike(def) &&
                        info.bytes > 0;
  }
  return graph;
}

ArrayRef<int64_t> TrainingGraph::getUsers(Value v) const {
  auto it = valueIndex.find(v);
  if (it == valueIndex.end())
    return {};
  return users[it->second];
}

const ValueLifetime *TrainingGraph::lookup(Value v) const {
  auto it = valueIndex.find(v);
  return it == valueIndex.end() ? nullptr : &values[it->second];
}

SmallVector<const ValueLifetime *> TrainingGraph::getActivations() const {
  SmallVector<const ValueLifetime *> result;
  for (const ValueLifetime &info : values)
    if (info.isActivation)
      result.push_back(&info);
  return result;
}

void TrainingGraph::print(raw_ostream &os) const {
  os << "training graph @" << func.getName() << ": " << size() << " ops\n";
  for (int64_t pos = 0; pos < size(); ++pos)
    os << "  " << pos << " " << stringifyPhase(phases[pos]) << " "
       << schedule[pos]->getName() << "\n";
}
