//===- MemoryModel.cpp - live tensor bytes over a schedule ----------------===//
#include "Remat/Analysis/MemoryModel.h"

#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/EquivalenceClasses.h"

using namespace mlir;
using namespace mlir::remat;

std::optional<unsigned> mlir::remat::getAliasedOperand(Operation *op, unsigned resultIndex) {
  if (op->getNumOperands() == 0)
    return std::nullopt;
  StringRef name = op->getName().getStringRef();
  // Shape-only changes of a contiguous buffer: bufferization makes them views.
  if (llvm::is_contained({"tensor.collapse_shape", "tensor.expand_shape", "tensor.reshape",
                          "tensor.cast", "tensor.bitcast", "memref.collapse_shape",
                          "memref.expand_shape", "memref.cast", "memref.reshape",
                          "stablehlo.reshape", "mhlo.reshape", "stablehlo.bitcast_convert"},
                         name))
    return 0;
  // Identity converts (JAX emits f32 -> f32 converts) and optimization barriers forward their
  // operands unchanged.
  if ((name == "stablehlo.convert" || name == "arith.bitcast") &&
      op->getOperand(0).getType() == op->getResult(resultIndex).getType())
    return 0;
  if (name == "stablehlo.optimization_barrier" && resultIndex < op->getNumOperands())
    return resultIndex;
  if (isa<ViewLikeOpInterface>(op))
    return 0;
  return std::nullopt;
}

bool mlir::remat::allocatesNothing(Operation *op) {
  return isConstantLike(op) || op->getName().getStringRef() == "tensor.empty" ||
         op->getName().getStringRef() == "bufferization.alloc_tensor";
}

MemoryModel::MemoryModel(const TrainingGraph &graph) {
  int64_t n = graph.size();
  // Each value maps to the buffer (storage) it lives in: its own, or an aliased operand's.
  // Storages are identified by the value that owns them; arguments own resident storage.
  llvm::DenseMap<Value, Value> storageOf;
  llvm::DenseMap<Value, int64_t> storageLastUse;
  auto storage = [&](Value v) -> Value {
    auto it = storageOf.find(v);
    return it == storageOf.end() ? v : it->second;
  };
  for (const ValueLifetime &info : graph.getValues()) {
    Operation *op = info.value.getDefiningOp();
    unsigned resultIndex = cast<OpResult>(info.value).getResultNumber();
    Value owner = info.value;
    if (auto operand = getAliasedOperand(op, resultIndex)) {
      owner = storage(op->getOperand(*operand));
    } else if (auto dps = dyn_cast<DestinationStyleOpInterface>(op);
               dps && dps.hasPureTensorSemantics()) {
      // Bufferization writes a destination-style result into its init operand's buffer when
      // nothing reads that buffer afterwards.
      Value init = storage(dps.getDpsInitOperand(resultIndex)->get());
      auto last = storageLastUse.find(init);
      bool initIsOwnedHere = ownedBytes.count(init) && ownedBytes.lookup(init) > 0;
      if (initIsOwnedHere && last != storageLastUse.end() && last->second <= info.def &&
          ownedBytes.lookup(init) == info.bytes)
        owner = init;
    }
    storageOf[info.value] = owner;
    if (owner == info.value)
      ownedBytes[info.value] = allocatesNothing(op) ? 0 : info.bytes;
    int64_t &last = storageLastUse[owner];
    last = std::max({last, info.lastUse, info.def});
    if (info.returned)
      resultStorage.insert(owner);
  }

  liveBytes.assign(n, 0);
  for (auto [owner, bytes] : ownedBytes) {
    if (bytes == 0)
      continue;
    const ValueLifetime *info = graph.lookup(owner);
    int64_t end = std::min<int64_t>(storageLastUse.lookup(owner), n - 1);
    int64_t begin =
        graph.resultsPreallocated() && resultStorage.contains(owner) ? 0 : info->def;
    for (int64_t pos = begin; pos <= end; ++pos)
      liveBytes[pos] += bytes;
  }
  for (int64_t pos = 0; pos < n; ++pos)
    if (liveBytes[pos] > peakBytes || peakStep < 0) {
      peakBytes = liveBytes[pos];
      peakStep = pos;
    }
}

void MemoryModel::print(raw_ostream &os) const {
  os << "peak " << peakBytes << " bytes at step " << peakStep << "\n";
  for (auto [pos, bytes] : llvm::enumerate(liveBytes))
    os << "  step " << pos << ": " << bytes << "\n";
}
