//===- StageChain.cpp - a training step cut into a chain of stages --------===//
#include "Remat/Analysis/StageChain.h"

#include "llvm/ADT/GraphTraits.h"
#include "llvm/Support/GenericDomTree.h"
#include "llvm/Support/GenericDomTreeConstruction.h"

#include <limits>
#include <memory>

using namespace mlir;
using namespace mlir::remat;

namespace mlir::remat::detail {
struct ForwardGraph;
/// A forward op on a path to the loss.
struct ForwardNode {
  ForwardGraph *graph = nullptr;
  int64_t pos = 0;
  SmallVector<ForwardNode *, 4> succs;
  SmallVector<ForwardNode *, 4> preds;
  ForwardGraph *getParent() const { return graph; }
  void printAsOperand(raw_ostream &os, bool) const { os << "step " << pos; }
};
struct ForwardGraph {
  SmallVector<std::unique_ptr<ForwardNode>> storage;
  SmallVector<ForwardNode *> nodes;
  ForwardNode &front() { return *nodes.front(); }
};
} // namespace mlir::remat::detail

using mlir::remat::detail::ForwardGraph;
using mlir::remat::detail::ForwardNode;

namespace llvm {
template <> struct GraphTraits<ForwardNode *> {
  using NodeRef = ForwardNode *;
  using ChildIteratorType = SmallVectorImpl<ForwardNode *>::iterator;
  static NodeRef getEntryNode(NodeRef node) { return node; }
  static ChildIteratorType child_begin(NodeRef node) { return node->succs.begin(); }
  static ChildIteratorType child_end(NodeRef node) { return node->succs.end(); }
};
template <> struct GraphTraits<Inverse<ForwardNode *>> {
  using NodeRef = ForwardNode *;
  using ChildIteratorType = SmallVectorImpl<ForwardNode *>::iterator;
  static NodeRef getEntryNode(Inverse<ForwardNode *> node) { return node.Graph; }
  static ChildIteratorType child_begin(NodeRef node) { return node->preds.begin(); }
  static ChildIteratorType child_end(NodeRef node) { return node->preds.end(); }
};
template <> struct GraphTraits<ForwardGraph *> : GraphTraits<ForwardNode *> {
  using nodes_iterator = SmallVectorImpl<ForwardNode *>::iterator;
  static NodeRef getEntryNode(ForwardGraph *graph) { return graph->nodes.front(); }
  static nodes_iterator nodes_begin(ForwardGraph *graph) { return graph->nodes.begin(); }
  static nodes_iterator nodes_end(ForwardGraph *graph) { return graph->nodes.end(); }
  static unsigned size(ForwardGraph *graph) { return graph->nodes.size(); }
};
} // namespace llvm

using ForwardPostDomTree = llvm::DominatorTreeBase<ForwardNode, /*IsPostDom=*/true>;

/// Positions of forward ops (not constants) that lie on a path to the loss.
static SmallVector<bool> lossSlice(const TrainingGraph &graph) {
  SmallVector<bool> inSlice(graph.size(), false);
  SmallVector<Value> worklist{graph.getLoss()};
  while (!worklist.empty()) {
    Operation *def = worklist.pop_back_val().getDefiningOp();
    int64_t pos = def ? graph.getPosition(def) : -1;
    if (pos < 0 || inSlice[pos])
      continue;
    inSlice[pos] = true;
    llvm::append_range(worklist, graph.getNodeOperands(pos));
  }
  return inSlice;
}

StageChain::StageChain(const TrainingGraph &graph, CostModel &costs,
                       const MemoryModel &memory) {
  int64_t n = graph.size();
  stageOf.assign(n, -1);
  int64_t lossPos = graph.getPosition(graph.getLoss().getDefiningOp());
  SmallVector<bool> inSlice = lossSlice(graph);
  // Constants and shape-only ops (tensor.empty) hold no data: never a cut, never crossing.
  auto isFree = [&](int64_t pos) { return allocatesNothing(graph.getSchedule()[pos]); };
  auto isNode = [&](int64_t pos) { return pos >= 0 && inSlice[pos] && !isFree(pos); };

  // The forward graph restricted to ops on paths to the loss; its only exit is the loss.
  ForwardGraph fwd;
  SmallVector<ForwardNode *> nodeAt(n, nullptr);
  for (int64_t pos = 0; pos <= lossPos; ++pos) {
    if (!isNode(pos))
      continue;
    fwd.storage.push_back(std::make_unique<ForwardNode>());
    ForwardNode *node = fwd.storage.back().get();
    node->graph = &fwd;
    node->pos = pos;
    nodeAt[pos] = node;
    fwd.nodes.push_back(node);
  }
  for (ForwardNode *node : fwd.nodes)
    for (Value v : graph.getNodeOperands(node->pos)) {
      Operation *def = v.getDefiningOp();
      int64_t from = def ? graph.getPosition(def) : -1;
      if (from >= 0 && nodeAt[from] && !llvm::is_contained(nodeAt[from]->succs, node)) {
        nodeAt[from]->succs.push_back(node);
        node->preds.push_back(nodeAt[from]);
      }
    }

  // Forward values that cross each position: defined at or before it, read by a forward op
  // after it. Constants are globals and never cross.
  // Residuals (forward ops off the paths to the loss, such as tanh's derivative) are read only
  // by the backward and by other residuals; each joins the stage of its latest operand, so
  // where the schedule puts them does not matter for cutting.
  auto isResidual = [&](int64_t pos) {
    return pos >= 0 && pos <= lossPos && !inSlice[pos] && !isFree(pos);
  };
  SmallVector<int64_t> crossingDelta(n + 1, 0);
  for (int64_t pos = 0; pos <= lossPos; ++pos) {
    if (isFree(pos) || isResidual(pos))
      continue;
    int64_t lastForward = -1;
    for (Value result : graph.getSchedule()[pos]->getResults())
      for (int64_t user : graph.getUsers(result))
        if (user <= lossPos && !isResidual(user))
          lastForward = std::max(lastForward, user);
    if (lastForward > pos) {
      crossingDelta[pos] += 1;
      crossingDelta[lastForward] -= 1;
    }
  }

  // Cuts: articulations (post-dominating every earlier node) with nothing else crossing.
  SmallVector<int64_t> cuts;
  if (!fwd.nodes.empty()) {
    ForwardPostDomTree postDom;
    postDom.recalculate(fwd);
    ForwardNode *earlierNCA = nullptr;
    int64_t crossing = 0;
    for (int64_t pos = 0; pos <= lossPos; ++pos) {
      crossing += crossingDelta[pos];
      ForwardNode *node = nodeAt[pos];
      if (!node)
        continue;
      bool articulation = !earlierNCA || postDom.dominates(node, earlierNCA);
      if (articulation) {
        ++numArticulations;
        // `crossing` counts the values live across this position, this op's own included.
        int64_t ownCrossing = pos < lossPos ? 1 : 0;
        if (crossing == ownCrossing || pos == lossPos)
          cuts.push_back(pos);
        else
          ++numInterleaved;
      }
      earlierNCA = earlierNCA ? postDom.findNearestCommonDominator(earlierNCA, node) : node;
    }
  }
  if (cuts.empty() || cuts.back() != lossPos)
    cuts.push_back(lossPos);

  // Stages between cuts; residuals follow their latest operand.
  int64_t begin = 0;
  for (int64_t cut : cuts) {
    ChainStage stage;
    stage.begin = begin;
    stage.end = cut;
    for (Value result : graph.getSchedule()[cut]->getResults())
      stage.outputBytes += getTypeBytes(result.getType());
    for (int64_t pos = begin; pos <= cut; ++pos)
      stageOf[pos] = stages.size();
    stages.push_back(std::move(stage));
    begin = cut + 1;
  }
  // A residual computed from constants alone (a zero splat for a ReLU mask) reads no stage:
  // it must not pull its users to the stage where the schedule happens to put it. Such ops
  // follow their earliest forward user instead, so that a recomputed stage finds them.
  SmallVector<bool> fromConstants(n, false);
  auto readsStage = [&](int64_t from) {
    return from >= 0 && !isFree(from) && !fromConstants[from];
  };
  for (int64_t pos = 0; pos <= lossPos; ++pos) {
    if (!isResidual(pos))
      continue;
    fromConstants[pos] = llvm::none_of(graph.getNodeOperands(pos), [&](Value v) {
      Operation *def = v.getDefiningOp();
      return readsStage(def ? graph.getPosition(def) : -1);
    });
    if (fromConstants[pos])
      continue;
    int64_t latest = -1;
    for (Value v : graph.getNodeOperands(pos)) {
      Operation *def = v.getDefiningOp();
      int64_t from = def ? graph.getPosition(def) : -1;
      if (readsStage(from))
        latest = std::max(latest, stageOf[from]);
    }
    if (latest >= 0)
      stageOf[pos] = latest;
  }
  for (int64_t pos = lossPos; pos >= 0; --pos) {
    if (!fromConstants[pos])
      continue;
    int64_t earliest = std::numeric_limits<int64_t>::max();
    for (Value result : graph.getSchedule()[pos]->getResults())
      for (int64_t user : graph.getUsers(result))
        if (user <= lossPos && !isFree(user))
          earliest = std::min(earliest, stageOf[user]);
    if (earliest != std::numeric_limits<int64_t>::max())
      stageOf[pos] = earliest;
  }
  for (int64_t pos = 0; pos <= lossPos; ++pos) {
    Operation *op = graph.getSchedule()[pos];
    ChainStage &stage = stages[stageOf[pos]];
    stage.forwardCost += costs.getCost(op);
    if (!stage.notRecomputable && !isConstantLike(op) && !costs.isRecomputable(op))
      stage.notRecomputable = op;
  }
  for (const ValueLifetime &info : graph.getValues())
    if (info.isActivation && info.def <= lossPos)
      stages[stageOf[info.def]].savedBytes += info.bytes;
  for (ChainStage &stage : stages)
    stage.savedBytes = std::max(stage.savedBytes, stage.outputBytes);

  // Backward ops: the stage of the latest forward value they read. The backward runs the
  // stages in reverse, so a later op never returns to a later stage.
  int64_t current = stages.size() - 1;
  for (int64_t pos = lossPos + 1; pos < n; ++pos) {
    int64_t reads = -1;
    for (Value v : graph.getNodeOperands(pos)) {
      Operation *def = v.getDefiningOp();
      int64_t from = def ? graph.getPosition(def) : -1;
      if (from >= 0 && from <= lossPos && !allocatesNothing(def))
        reads = std::max(reads, stageOf[from]);
    }
    if (reads >= 0)
      current = std::min(current, reads);
    stageOf[pos] = current;
    stages[current].backwardOps.push_back(pos);
    stages[current].backwardCost += costs.getCost(graph.getSchedule()[pos]);
  }

  // Memory a stage needs beyond its activations, measured on the schedule as written: its
  // forward temporaries, its backward temporaries and the results its backward writes. The
  // backward ops of a stage are contiguous (the stage index never increases along the
  // backward), so each stage's bytes are counted over its own span only.
  SmallVector<int64_t> ownLive(n + 1, 0);
  // The stage whose span holds each position (a residual's position lies in the span of the
  // stage the schedule puts it in), and where that span ends.
  SmallVector<int64_t> spanStage(n, -1), spanEnd(n, -1);
  for (auto [i, stage] : llvm::enumerate(stages)) {
    for (int64_t pos = stage.begin; pos <= stage.end; ++pos)
      spanStage[pos] = i, spanEnd[pos] = stage.end;
    for (int64_t pos : stage.backwardOps)
      spanStage[pos] = i, spanEnd[pos] = stage.backwardOps.back();
  }
  for (const ValueLifetime &info : graph.getValues()) {
    int64_t bytes = memory.getOwnedBytes(info.value);
    if (bytes == 0 || info.def < 0 || info.def >= n || spanEnd[info.def] < 0)
      continue;
    bool forward = info.def <= lossPos;
    if (forward && (info.isActivation || isResidual(info.def) ||
                    info.def == stages[spanStage[info.def]].end))
      continue;
    // A buffer that holds a result lives to the end of the step, whichever alias is returned.
    bool result = memory.holdsResult(info.value);
    if (!forward && result)
      stages[spanStage[info.def]].resultBytes += bytes;
    int64_t lastUse = result ? n : info.lastUse;
    int64_t last = std::min(std::max(lastUse, info.def), spanEnd[info.def]);
    ownLive[info.def] += bytes;
    ownLive[last + 1] -= bytes;
  }
  int64_t running = 0;
  SmallVector<int64_t> ownPeakForward(stages.size(), 0), ownPeakBackward(stages.size(), 0);
  for (int64_t pos = 0; pos < n; ++pos) {
    running += ownLive[pos];
    if (spanEnd[pos] < 0)
      continue;
    SmallVector<int64_t> &peak = pos <= lossPos ? ownPeakForward : ownPeakBackward;
    peak[spanStage[pos]] = std::max(peak[spanStage[pos]], running);
  }
  for (auto [i, stage] : llvm::enumerate(stages)) {
    stage.forwardTransientBytes = ownPeakForward[i];
    // The chain counts the input's gradient (the previous stage's output size) and the
    // results separately.
    int64_t inputGradient = i > 0 ? stages[i - 1].outputBytes : 0;
    stage.backwardTransientBytes =
        std::max<int64_t>(0, ownPeakBackward[i] - inputGradient - stage.resultBytes);
  }
}

OpCost StageChain::getForwardCost() const {
  OpCost total;
  for (const ChainStage &stage : stages)
    total += stage.forwardCost;
  return total;
}

void StageChain::print(raw_ostream &os) const {
  os << stages.size() << " stages, " << numArticulations << " articulations ("
     << numInterleaved << " interleaved)\n";
  for (auto [i, stage] : llvm::enumerate(stages))
    os << "  stage " << i << ": ops " << stage.begin << ".." << stage.end << ", forward "
       << stage.forwardCost.flops << " FLOPs, output " << stage.outputBytes << " B, saved "
       << stage.savedBytes << " B, " << stage.backwardOps.size() << " backward ops\n";
}
