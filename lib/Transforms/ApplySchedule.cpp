//===- ApplySchedule.cpp - materialize a rematerialization schedule -------===//
#include "Remat/Transforms/ApplySchedule.h"
#include "Remat/Analysis/MemoryModel.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"
#include <functional>
#include "llvm/ADT/SmallPtrSet.h"

using namespace mlir;
using namespace mlir::remat;

/// The stage of a top-level op, from its `remat.stage` attribute.
static std::optional<int64_t> getStage(Operation *op) {
  if (auto attr = op->getAttrOfType<IntegerAttr>("remat.stage"))
    return attr.getInt();
  return std::nullopt;
}

/// True when `op` carries `remat.policy = #remat.policy<recompute>`.
static bool isRecomputeHint(Operation *op) {
  auto policy = op->getAttrOfType<PolicyAttr>("remat.policy");
  return policy && policy.getValue() == Policy::recompute;
}

/// The latest backward value defined before `point`, skipping ops the rewrite created: the
/// value a recomputation waits for when it is fenced by an optimization barrier.
static Value findBackwardValue(Operation *point, const TrainingGraph &graph) {
  for (Operation *op = point->getPrevNode(); op; op = op->getPrevNode()) {
    int64_t pos = graph.getPosition(op);
    if (pos < 0)
      continue; // a clone or a barrier
    if (graph.isForward(pos))
      return {};
    for (Value result : op->getResults())
      if (isa<ShapedType>(result.getType()))
        return result;
  }
  return {};
}

/// True for an op that only names a fresh buffer for a destination (tensor.empty,
/// bufferization.alloc_tensor). A clone never shares such a buffer with another op: the
/// bufferizer gives each of these ops one allocation, so a shared one would stay live from the
/// forward pass to the recomputation.
static bool isFreshBuffer(Value v) {
  Operation *def = v.getDefiningOp();
  return def && def->getNumOperands() == 0 && def->getNumRegions() == 0 &&
         allocatesNothing(def) && !isConstantLike(def);
}

FailureOr<ApplyStats> mlir::remat::applySchedule(FunctionOpInterface func,
                                                 ScheduleAttr schedule, CostModel &costs,
                                                 const TrainingGraphOptions &options,
                                                 const ApplyOptions &applyOptions) {
  FailureOr<TrainingGraph> graph = TrainingGraph::build(func, options);
  if (failed(graph))
    return failure();
  int64_t numStages = schedule.getNumStages();
  int64_t n = graph->size();

  // Check everything before touching the IR.
  SmallVector<SmallVector<Operation *>> forwardOps(numStages), backwardOps(numStages);
  for (int64_t pos = 0; pos < n; ++pos) {
    Operation *op = graph->getSchedule()[pos];
    if (op->hasAttr("remat.recomputed"))
      return op->emitError()
             << "@" << func.getName()
             << " already contains recomputed clones (remat.recomputed): a plan is applied "
                "once; run remat-strip on the original step and plan again";
    std::optional<int64_t> stage = getStage(op);
    if (!stage) {
      if (isConstantLike(op))
        continue;
      return op->emitError() << "op has no remat.stage, so the plan does not cover it; run "
                                "remat-plan on the function as it is now";
    }
    if (*stage >= numStages)
      return op->emitError() << "remat.stage = " << *stage << " but the plan's schedule has "
                             << numStages << " stage(s); run remat-plan again";
    (graph->isForward(pos) ? forwardOps : backwardOps)[*stage].push_back(op);
  }
  // Ops marked `recompute` may be rebuilt before any backward step.
  for (int64_t pos = 0; pos < n; ++pos) {
    Operation *op = graph->getSchedule()[pos];
    if (!graph->isForward(pos) || !isRecomputeHint(op) || isConstantLike(op))
      continue;
    std::string why = costs.whyNotRecomputable(op);
    if (!why.empty())
      return op->emitError() << "this op is marked remat.policy = #remat.policy<recompute> but "
                                "cannot be rerun: "
                             << why << "; mark it #remat.policy<save> instead";
  }
  // Backward ops must come in stage order (last stage first) for clones to dominate them.
  int64_t previousStage = numStages;
  for (int64_t pos = 0; pos < n; ++pos) {
    Operation *op = graph->getSchedule()[pos];
    if (graph->isForward(pos) || isConstantLike(op))
      continue;
    int64_t stage = *getStage(op);
    if (stage > previousStage)
      return op->emitError() << "backward op of stage " << stage << " follows a backward op of "
                             << "stage " << previousStage
                             << "; backward ops must run last stage first: run remat-plan again";
    previousStage = stage;
  }
  SmallVector<int64_t> runs(numStages, 0);
  for (const ScheduleStep &step : schedule.getSteps()) {
    if (!step.isForward() || runs[step.stage]++ == 0)
      continue;
    for (Operation *op : forwardOps[step.stage]) {
      if (isConstantLike(op) || op->getAttrOfType<PolicyAttr>("remat.policy") ==
                                    PolicyAttr::get(op->getContext(), Policy::save))
        continue;
      std::string why = costs.whyNotRecomputable(op);
      if (!why.empty())
        return op->emitError() << "the plan recomputes stage " << step.stage
                               << ", but this op cannot be rerun: " << why
                               << "; mark it remat.policy = #remat.policy<save> and plan again";
    }
  }

  // Where the clones of the steps before `b k` go: before the first backward op of a stage
  // <= k (the backward runs the stages in reverse), or before the terminator.
  SmallVector<Operation *> insertionPoint(numStages, graph->getTerminator());
  {
    Operation *next = graph->getTerminator();
    for (int64_t stage = 0; stage < numStages; ++stage) {
      if (!backwardOps[stage].empty())
        next = backwardOps[stage].front();
      insertionPoint[stage] = next;
    }
  }

  ApplyStats stats;
  Block *body = &func.getFunctionBody().front();
  llvm::DenseMap<Value, Value> latest;
  auto current = [&](Value v) { return latest.lookup_or(v, v); };
  SmallVector<Operation *> clones;
  // Barriers, and how many of their last operands are backward values they make later readers
  // wait for.
  SmallVector<std::pair<Operation *, unsigned>> barriers;
  // The latest barrier copy of each backward value that barriers wait for.
  llvm::DenseMap<Value, Value> waitCopy;
  // The clones of the recomputations since the last backward step. A later recomputation of
  // the same run reads them directly, not through its barrier: they are recomputed already,
  // and a barrier between two recomputed segments would only split them for the compiler
  // (XLA then keeps the value on both sides of the barrier, and fuses nothing across it).
  llvm::SmallPtrSet<Operation *, 32> runClones;
  // The recomputation number of the clones made for `recompute` hints at the current backward
  // step (0 before the first).
  int64_t hintRecomputation = 0;
  OpBuilder builder(func.getContext());
  // A new empty destination for one clone, made at the builder's insertion point.
  auto freshBuffer = [&](Value v, int64_t recomputation) -> Value {
    Operation *empty = builder.clone(*current(v).getDefiningOp());
    empty->removeAttr("remat.lifetime");
    empty->setAttr("remat.recomputed", builder.getI64IntegerAttr(recomputation));
    clones.push_back(empty);
    return empty->getResult(0);
  };
  std::fill(runs.begin(), runs.end(), 0);
  ArrayRef<ScheduleStep> steps = schedule.getSteps();
  for (auto [index, step] : llvm::enumerate(steps)) {
    if (!step.isForward()) {
      // Backward ops read the latest version of every forward value. An original that is
      // marked `recompute` (a user's hint the schedule did not already cover) is rebuilt here,
      // from the latest versions of its operands.
      std::function<Value(Value)> rebuild = [&](Value v) -> Value {
        Value latestValue = current(v);
        Operation *def = v.getDefiningOp();
        int64_t pos = def ? graph->getPosition(def) : -1;
        if (latestValue != v || pos < 0 || !graph->isForward(pos) || !isRecomputeHint(def))
          return latestValue;
        if (!hintRecomputation)
          hintRecomputation = ++stats.recomputations;
        IRMapping mapping;
        builder.setInsertionPoint(insertionPoint[step.stage]);
        for (Value operand : graph->getNodeOperands(pos))
          mapping.map(operand, isFreshBuffer(operand)
                                   ? freshBuffer(operand, hintRecomputation)
                                   : rebuild(operand));
        Operation *clone = builder.clone(*def, mapping);
        for (StringRef name : {"remat.lifetime", "remat.policy", "remat.phase"})
          clone->removeAttr(name);
        clone->setAttr("remat.recomputed", builder.getI64IntegerAttr(hintRecomputation));
        for (auto [original, copy] : llvm::zip(def->getResults(), clone->getResults()))
          latest[original] = copy;
        clones.push_back(clone);
        return latest.lookup(v);
      };
      hintRecomputation = 0;
      runClones.clear();
      for (Operation *op : backwardOps[step.stage])
        for (Value v : graph->getNodeOperands(graph->getPosition(op))) {
          Value replacement = rebuild(v);
          if (replacement != v)
            v.replaceUsesWithIf(replacement,
                                [&](OpOperand &use) { return op->isAncestor(use.getOwner()); });
        }
      continue;
    }
    if (runs[step.stage]++ == 0)
      continue; // the original forward pass
    // A recomputation: clone the stage before the backward step that follows it.
    int64_t nextBackward = 0;
    for (const ScheduleStep &later : steps.drop_front(index + 1))
      if (!later.isForward()) {
        nextBackward = later.stage;
        break;
      }
    ++stats.recomputations;
    builder.setInsertionPoint(insertionPoint[nextBackward]);
    auto tag = builder.getI64IntegerAttr(stats.recomputations);
    auto isCloned = [&](Operation *op) {
      return !isConstantLike(op) && op->getAttrOfType<PolicyAttr>("remat.policy") !=
                                        PolicyAttr::get(op->getContext(), Policy::save);
    };
    // Values the segment reads from outside itself, as the clones will see them.
    llvm::DenseMap<Value, Value> fenced;
    if (applyOptions.optimizationBarriers) {
      llvm::SetVector<Value> inputs;
      llvm::SmallPtrSet<Operation *, 16> segment;
      for (Operation *op : forwardOps[step.stage])
        if (isCloned(op))
          segment.insert(op);
      // In program order (not the set's), so that the barrier's operands come in the same
      // order on every run.
      for (Operation *op : forwardOps[step.stage]) {
        if (!isCloned(op))
          continue;
        for (Value v : graph->getNodeOperands(graph->getPosition(op))) {
          Operation *def = v.getDefiningOp();
          if (def && (segment.contains(def) || isConstantLike(def) || isFreshBuffer(v)))
            continue;
          if (Operation *latestDef = current(v).getDefiningOp();
              latestDef && runClones.contains(latestDef))
            continue; // recomputed in this run, after an earlier barrier
          if (isa<ShapedType>(v.getType()))
            inputs.insert(v);
        }
      }
      // A segment that reads only clones of earlier reruns of its run (which come after their
      // barrier) and constants gets no barrier.
      if (!inputs.empty()) {
        SmallVector<Value> operands;
        for (Value v : inputs)
          operands.push_back(current(v));
        // Several recomputations before one backward step wait for the same value: each waits
        // for the previous barrier's copy of it, so that every copy is read.
        Operation *point = insertionPoint[nextBackward];
        SmallVector<std::pair<Value, Value>> waits; // (backward value, what the barrier reads)
        if (Value waitFor = findBackwardValue(point, *graph))
          waits.push_back({waitFor, waitCopy.lookup_or(waitFor, waitFor)});
        // The step's results computed so far (parameter gradients) too: nothing else orders the
        // ops that compute them before the recomputation, and a scheduler that defers them to
        // the end of the step (XLA's does) keeps every recomputed value they read live until
        // then.
        for (Operation *op = point->getPrevNode(); op; op = op->getPrevNode()) {
          int64_t pos = graph->getPosition(op);
          if (pos < 0)
            continue;
          if (graph->isForward(pos))
            break;
          for (Value result : op->getResults())
            if (isa<ShapedType>(result.getType()) && !waits.empty() && result != waits[0].first &&
                llvm::any_of(result.getUses(), [](OpOperand &use) {
                  return use.getOwner()->hasTrait<OpTrait::IsTerminator>();
                }))
              waits.push_back({result, result});
        }
        for (auto [original, read] : waits)
          operands.push_back(read);
        OperationState state(func.getLoc(), "stablehlo.optimization_barrier");
        state.addOperands(operands);
        for (Value v : operands)
          state.addTypes(v.getType());
        Operation *barrier = builder.create(state);
        barrier->setAttr("remat.recomputed", tag);
        barriers.push_back({barrier, unsigned(waits.size())});
        for (auto [i, v] : llvm::enumerate(inputs))
          fenced[v] = barrier->getResult(i);
        // Later readers of the backward values read the barrier's copies: an unread result
        // would let XLA drop it, and with it the order between the backward and the
        // recomputation.
        for (auto [i, wait] : llvm::enumerate(waits)) {
          Value copy = barrier->getResult(inputs.size() + i);
          wait.second.replaceUsesWithIf(copy, [&](OpOperand &use) {
            Operation *reader = body->findAncestorOpInBlock(*use.getOwner());
            return reader && reader != barrier && barrier->isBeforeInBlock(reader);
          });
          waitCopy[wait.first] = copy;
        }
      }
    }
    for (Operation *op : forwardOps[step.stage]) {
      if (!isCloned(op))
        continue;
      IRMapping mapping;
      for (Value v : graph->getNodeOperands(graph->getPosition(op)))
        mapping.map(v, isFreshBuffer(v) ? freshBuffer(v, stats.recomputations)
                                        : fenced.lookup_or(v, current(v)));
      Operation *clone = builder.clone(*op, mapping);
      for (StringRef name : {"remat.lifetime", "remat.policy", "remat.phase"})
        clone->removeAttr(name);
      clone->setAttr("remat.recomputed", tag);
      for (auto [original, copy] : llvm::zip(op->getResults(), clone->getResults()))
        latest[original] = copy;
      clones.push_back(clone);
      runClones.insert(clone);
    }
  }

  // Clones whose results nothing reads (internal values of a run that kept only its output)
  // go; the others sink to just before their first reader, so that a recomputed value lives
  // only from where it is needed. Visiting clones last to first keeps every clone after the
  // clones it reads: their first reader is at or before its new place.
  //
  // Positions of the block's ops are kept in a map rather than asked of the block: each move
  // invalidates the block's order, and recomputing it for every comparison is quadratic on
  // steps with thousands of clones. A moved clone takes the midpoint of its new neighbours'
  // positions; the block is renumbered when two neighbours get too close.
  llvm::DenseMap<Operation *, double> position;
  auto renumber = [&] {
    double next = 0;
    for (Operation &op : *body)
      position[&op] = next++;
  };
  renumber();
  auto topLevel = [&](Operation *user) { return body->findAncestorOpInBlock(*user); };
  for (Operation *clone : llvm::reverse(clones)) {
    if (clone->use_empty()) {
      position.erase(clone);
      clone->erase();
      continue;
    }
    ++stats.clonedOps;
    stats.recomputeCost += costs.getCost(clone);
    Operation *firstReader = nullptr;
    for (Operation *user : clone->getUsers()) {
      Operation *reader = topLevel(user);
      if (reader && (!firstReader || position.lookup(reader) < position.lookup(firstReader)))
        firstReader = reader;
    }
    if (!firstReader || firstReader == clone->getNextNode())
      continue;
    // Sinking must not keep an operand alive longer than it would live anyway.
    double readerPos = position.lookup(firstReader);
    bool extendsOperand = llvm::any_of(clone->getOperands(), [&](Value operand) {
      if (!getTypeBytes(operand.getType()) || isa<BlockArgument>(operand))
        return false;
      return llvm::none_of(operand.getUsers(), [&](Operation *user) {
        Operation *reader = topLevel(user);
        return reader && reader != clone && position.lookup(reader) >= readerPos;
      });
    });
    if (extendsOperand)
      continue;
    clone->moveBefore(firstReader);
    Operation *before = clone->getPrevNode();
    double low = before ? position.lookup(before) : readerPos - 1;
    double mid = low + (readerPos - low) / 2;
    if (mid <= low || mid >= readerPos)
      renumber();
    else
      position[clone] = mid;
  }
  // Barriers whose fenced inputs no clone reads any more go; readers of their copy of the
  // backward value read the value itself again.
  for (auto [barrier, waits] : barriers) {
    auto fencedResults = barrier->getResults().drop_back(waits);
    if (llvm::any_of(fencedResults, [](Value v) { return !v.use_empty(); })) {
      ++stats.barriers;
      continue;
    }
    for (unsigned i = barrier->getNumResults() - waits; i < barrier->getNumResults(); ++i)
      barrier->getResult(i).replaceAllUsesWith(barrier->getOperand(i));
    barrier->erase();
  }
  return stats;
}
