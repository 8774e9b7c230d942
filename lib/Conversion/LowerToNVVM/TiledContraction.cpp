//===- TiledContraction.cpp - shared-memory tiled products and convolutions -===//
//
// A contraction `out[p] += a[fa(p, k)] * b[fb(p, k)]` on f32 buffers, where every index of a, b
// and out is an affine sum of loop indices (matrix products with batch dimensions and
// transposed operands, and the convolutions JAX emits: forward, input gradient with the reversed
// kernel, weight gradient), becomes one kernel in the classic blocked form:
//
//  - every operand is addressed as a flat buffer: the element of loop point (p, k) lies at
//    base + sum_d coeff[d] * index[d], the coefficients folded from the indexing map and the
//    buffer's strides;
//  - the loops are grouped by the operands they index: batch (a, b and out), M (a and out),
//    N (b and out), K (the reductions). Each group is traversed as one linear index, delinearized
//    with constant divisors; M, N and batch follow out's layout, K follows a's strides so that
//    tile loads run along the fastest-varying index;
//  - a block of 256 threads computes a BM x BN tile of out (BM, BN in {64, 128}), each thread a
//    TM x TN register tile of outputs spaced 16 apart (so that a warp's shared-memory reads are
//    broadcasts or consecutive words, and its global stores consecutive);
//  - K advances in slices of 8: the block stages the slice of a (BM x 8) and of b (8 x BN) into
//    shared memory (zero outside the bounds, along whichever index is contiguous in memory),
//    waits at a barrier, and every thread does TM*TN fused multiply-adds per k from shared
//    memory into its accumulators (a private array indexed by constants only, so it lives in
//    registers);
//  - with fewer tiles than the GPU has room for and a long K (weight gradients: a 576 x 64
//    output reduced over 100352 points), K is split among blocks, each adding its partial sums
//    to out with atomic adds; otherwise each output is read once and written once.
//
// The op's buffer is its output, as before: no scratch memory, so the step's peak is unchanged.
//
//===----------------------------------------------------------------------===//
#include "Kernels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;

namespace {

constexpr int64_t kThreads = 256;      // 16 x 16 threads per block
constexpr int64_t kSide = 16;          // threads along each side of the output tile
constexpr int64_t kSliceK = 8;         // K slice staged in shared memory
constexpr int64_t kTargetBlocks = 264; // two blocks on each of an H100's 132 multiprocessors
constexpr int64_t kMinSplitK = 256;    // least K per block when K is split

/// The flat element offset of an operand at a loop point: base + sum_d coeff[d] * index[d],
/// counted from the buffer's aligned pointer; `span` elements from there cover the buffer.
struct Linear {
  SmallVector<int64_t> coeff;
  int64_t base = 0;
  int64_t span = 0;
};

bool decompose(AffineExpr expr, int64_t scale, MutableArrayRef<int64_t> coeff, int64_t &constant) {
  if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
    coeff[dim.getPosition()] += scale;
    return true;
  }
  if (auto value = dyn_cast<AffineConstantExpr>(expr)) {
    constant += scale * value.getValue();
    return true;
  }
  auto binary = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!binary)
    return false;
  if (binary.getKind() == AffineExprKind::Add)
    return decompose(binary.getLHS(), scale, coeff, constant) &&
           decompose(binary.getRHS(), scale, coeff, constant);
  if (binary.getKind() == AffineExprKind::Mul) {
    if (auto value = dyn_cast<AffineConstantExpr>(binary.getRHS()))
      return decompose(binary.getLHS(), scale * value.getValue(), coeff, constant);
    if (auto value = dyn_cast<AffineConstantExpr>(binary.getLHS()))
      return decompose(binary.getRHS(), scale * value.getValue(), coeff, constant);
  }
  return false;
}

std::optional<Linear> linearize(AffineMap map, Type type) {
  auto memref = dyn_cast<MemRefType>(type);
  if (!memref || !memref.hasStaticShape() || !memref.getElementType().isF32() ||
      memref.getMemorySpace() || memref.getNumElements() == 0)
    return std::nullopt;
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(memref.getStridesAndOffset(strides, offset)) || ShapedType::isDynamic(offset) ||
      llvm::any_of(strides, [](int64_t s) { return ShapedType::isDynamic(s) || s < 0; }))
    return std::nullopt;
  Linear lin;
  lin.coeff.assign(map.getNumDims(), 0);
  lin.base = offset;
  lin.span = offset + 1;
  for (auto [r, expr] : llvm::enumerate(map.getResults())) {
    SmallVector<int64_t> coeff(map.getNumDims(), 0);
    int64_t constant = 0;
    if (!decompose(expr, 1, coeff, constant))
      return std::nullopt;
    for (unsigned d = 0; d < map.getNumDims(); ++d)
      lin.coeff[d] += strides[r] * coeff[d];
    lin.base += strides[r] * constant;
    lin.span += (memref.getDimSize(r) - 1) * strides[r];
  }
  return lin;
}

/// Loops traversed together as one linear index; the last dimension varies fastest.
struct Group {
  SmallVector<unsigned> dims;
  SmallVector<int64_t> sizes;
  int64_t size = 1;

  void sortBy(ArrayRef<int64_t> ranges, llvm::function_ref<bool(unsigned, unsigned)> outer) {
    llvm::stable_sort(dims, outer);
    sizes.clear();
    size = 1;
    for (unsigned d : dims) {
      sizes.push_back(ranges[d]);
      size *= ranges[d];
    }
  }
};

/// Integer arithmetic of the kernel in one type (i32 when every offset fits).
struct Emitter {
  OpBuilder &b;
  Location loc;
  Type it;

  Value c(int64_t v) { return arith::ConstantOp::create(b, loc, it, b.getIntegerAttr(it, v)); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value mul(Value x, int64_t v) { return v == 1 ? x : arith::MulIOp::create(b, loc, x, c(v)); }
  Value div(Value x, int64_t v) { return v == 1 ? x : arith::DivUIOp::create(b, loc, x, c(v)); }
  Value rem(Value x, int64_t v) { return v == 1 ? c(0) : arith::RemUIOp::create(b, loc, x, c(v)); }
  Value lt(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, x, y);
  }
  Value lt(Value x, int64_t v) { return lt(x, c(v)); }
  Value both(Value x, Value y) {
    if (!x)
      return y;
    if (!y)
      return x;
    return arith::AndIOp::create(b, loc, x, y);
  }
  Value select(Value cond, Value x, Value y) {
    return cond ? arith::SelectOp::create(b, loc, cond, x, y).getResult() : x;
  }
  Value index(Value x) { return arith::IndexCastOp::create(b, loc, b.getIndexType(), x); }
  Value fromIndex(Value x) { return arith::IndexCastOp::create(b, loc, it, x); }

  /// The offsets, one per coefficient vector, of element `linear` of `group`.
  SmallVector<Value> offsets(Value linear, const Group &group, ArrayRef<ArrayRef<int64_t>> coeffs) {
    SmallVector<Value> result(coeffs.size());
    Value rest = linear;
    size_t outermost = 0;
    while (outermost < group.dims.size() && group.sizes[outermost] == 1)
      ++outermost;
    for (size_t i = group.dims.size(); i-- > 0;) {
      if (group.sizes[i] == 1)
        continue;
      Value index = rest;
      if (i != outermost) {
        index = rem(rest, group.sizes[i]);
        rest = div(rest, group.sizes[i]);
      }
      for (auto [o, coeff] : llvm::enumerate(coeffs)) {
        int64_t k = coeff[group.dims[i]];
        if (k == 0)
          continue;
        Value term = mul(index, k);
        result[o] = result[o] ? add(result[o], term) : term;
      }
    }
    for (Value &v : result)
      if (!v)
        v = c(0);
    return result;
  }
};

/// Whether `op`'s body is exactly `out + a * b` (in either operand order).
bool isMultiplyAccumulate(linalg::GenericOp op) {
  Block &body = op.getRegion().front();
  if (body.getNumArguments() != 3 || !llvm::hasNItems(body.getOperations(), 3))
    return false;
  auto mul = dyn_cast<arith::MulFOp>(&body.front());
  auto add = mul ? dyn_cast<arith::AddFOp>(mul->getNextNode()) : nullptr;
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!mul || !add || !yield || yield.getValues().size() != 1 ||
      yield.getValues()[0] != add.getResult())
    return false;
  Value a = body.getArgument(0), b = body.getArgument(1), out = body.getArgument(2);
  bool mulOk = (mul.getLhs() == a && mul.getRhs() == b) || (mul.getLhs() == b && mul.getRhs() == a);
  bool addOk = (add.getLhs() == out && add.getRhs() == mul.getResult()) ||
               (add.getLhs() == mul.getResult() && add.getRhs() == out);
  return mulOk && addOk;
}

int64_t smallestStride(const Group &group, ArrayRef<int64_t> coeff) {
  int64_t best = std::numeric_limits<int64_t>::max();
  for (unsigned d : group.dims)
    if (coeff[d] != 0)
      best = std::min(best, std::abs(coeff[d]));
  return best;
}

/// How one operand's tile (rows x kSliceK, rows along M or N) is staged in shared memory. The
/// tile is stored k-major: element (k, row) at k * stride + row.
struct Staging {
  int64_t rows = 0;   // BM or BN
  bool kFast = false; // consecutive threads load consecutive k (else consecutive rows)
  int64_t stride = 0; // rows plus padding that keeps transposed stores free of bank conflicts
  int64_t perThread = 0;
};

Staging stagingFor(int64_t rows, const Group &rowGroup, const Group &k, ArrayRef<int64_t> coeff) {
  Staging s;
  s.rows = rows;
  s.kFast = smallestStride(k, coeff) < smallestStride(rowGroup, coeff);
  s.stride = rows + (s.kFast ? 32 / kSliceK : 0);
  s.perThread = rows * kSliceK / kThreads;
  return s;
}

} // namespace

LogicalResult mlir::remat::lowerContractionToTiledKernel(RewriterBase &rewriter,
                                                         linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() == 0 || !isMultiplyAccumulate(op))
    return failure();
  Value bufA = op.getDpsInputs()[0], bufB = op.getDpsInputs()[1];
  Value bufC = op.getDpsInits()[0];
  if (bufC == bufA || bufC == bufB)
    return failure();
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::any_of(ranges, [](int64_t r) { return ShapedType::isDynamic(r) || r <= 0; }))
    return failure();
  // Every output element is one parallel point: out's map is a permutation of the parallel loops.
  AffineMap outMap = maps[2];
  if (!outMap.isProjectedPermutation() || outMap.getNumResults() != op.getNumParallelLoops())
    return failure();
  for (AffineExpr e : outMap.getResults())
    if (iterators[cast<AffineDimExpr>(e).getPosition()] != utils::IteratorType::parallel)
      return failure();
  std::optional<Linear> linA = linearize(maps[0], bufA.getType());
  std::optional<Linear> linB = linearize(maps[1], bufB.getType());
  std::optional<Linear> linC = linearize(outMap, bufC.getType());
  if (!linA || !linB || !linC)
    return failure();

  Group batch, gm, gn, gk;
  for (unsigned d = 0; d < ranges.size(); ++d) {
    if (iterators[d] != utils::IteratorType::parallel) {
      gk.dims.push_back(d);
      continue;
    }
    bool inA = linA->coeff[d] != 0, inB = linB->coeff[d] != 0;
    (inA && !inB ? gm : !inA && inB ? gn : batch).dims.push_back(d);
  }
  auto byC = [&](unsigned x, unsigned y) {
    return std::abs(linC->coeff[x]) > std::abs(linC->coeff[y]);
  };
  batch.sortBy(ranges, byC);
  gm.sortBy(ranges, byC);
  gn.sortBy(ranges, byC);
  gk.sortBy(ranges, [&](unsigned x, unsigned y) {
    int64_t ax = std::abs(linA->coeff[x]), ay = std::abs(linA->coeff[y]);
    if (ax != ay)
      return ax > ay;
    return std::abs(linB->coeff[x]) > std::abs(linB->coeff[y]);
  });
  // Too small to fill a tile: the one-thread-per-output kernel does better.
  if (gm.size < 8 || gn.size < 8 || gk.size < 8)
    return failure();

  int64_t tm = gm.size >= 128 ? 8 : 4, tn = gn.size >= 128 ? 8 : 4;
  int64_t bm = kSide * tm, bn = kSide * tn;
  Staging sa = stagingFor(bm, gm, gk, linA->coeff);
  Staging sb = stagingFor(bn, gn, gk, linB->coeff);
  int64_t mTiles = static_cast<int64_t>(llvm::divideCeil(gm.size, bm));
  int64_t nTiles = static_cast<int64_t>(llvm::divideCeil(gn.size, bn));
  int64_t tiles = batch.size * mTiles * nTiles;
  int64_t splits = 1, chunk = gk.size;
  if (tiles < kTargetBlocks && gk.size >= 4 * kMinSplitK) {
    splits = std::min<int64_t>(llvm::divideCeil(2 * kTargetBlocks, tiles), gk.size / kMinSplitK);
    chunk = static_cast<int64_t>(llvm::alignTo(llvm::divideCeil(gk.size, splits), kSliceK));
    splits = static_cast<int64_t>(llvm::divideCeil(gk.size, chunk));
  }
  int64_t blocks = splits * tiles;
  int64_t largest = std::max(
      {linA->span, linB->span, linC->span, blocks, gk.size + chunk, gm.size + bm, gn.size + bn});
  MLIRContext *ctx = op.getContext();
  Type it = largest < (int64_t(1) << 31) ? IntegerType::get(ctx, 32) : IntegerType::get(ctx, 64);
  Type f32 = Float32Type::get(ctx);

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  Value gridX = arith::ConstantIndexOp::create(rewriter, loc, blocks);
  Value blockX = arith::ConstantIndexOp::create(rewriter, loc, kThreads);
  auto workgroup = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup);
  auto privateSpace = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Private);
  auto tileA = MemRefType::get({kSliceK * sa.stride}, f32, MemRefLayoutAttrInterface{}, workgroup);
  auto tileB = MemRefType::get({kSliceK * sb.stride}, f32, MemRefLayoutAttrInterface{}, workgroup);
  auto accType = MemRefType::get({tm * tn}, f32, MemRefLayoutAttrInterface{}, privateSpace);
  auto launch = gpu::LaunchOp::create(rewriter, loc, gridX, one, one, blockX, one, one,
                                      /*dynamicSharedMemorySize=*/nullptr,
                                      /*asyncTokenType=*/nullptr, ValueRange{},
                                      TypeRange{tileA, tileB}, TypeRange{accType});
  launch->setAttr("remat_kernel", rewriter.getStringAttr(splits > 1 ? "tiled-contraction-split-k"
                                                                    : "tiled-contraction"));
  Value sharedA = launch.getWorkgroupAttributions()[0];
  Value sharedB = launch.getWorkgroupAttributions()[1];
  Value acc = launch.getPrivateAttributions()[0];

  OpBuilder b = OpBuilder::atBlockEnd(&launch.getBody().front());
  Emitter e{b, loc, it};
  auto flat = [&](Value buffer, int64_t span) {
    auto type = MemRefType::get({span}, f32);
    return memref::ReinterpretCastOp::create(b, loc, type, buffer, 0, ArrayRef<int64_t>{span},
                                             ArrayRef<int64_t>{1})
        .getResult();
  };
  Value flatA = flat(bufA, linA->span), flatB = flat(bufB, linB->span);
  Value flatC = flat(bufC, linC->span);
  Value zeroF = arith::ConstantOp::create(b, loc, f32, b.getF32FloatAttr(0.0f));
  auto loadAt = [&](Value memref, Value offset) {
    return memref::LoadOp::create(b, loc, memref, ValueRange{e.index(offset)}).getResult();
  };
  auto storeAt = [&](Value value, Value memref, Value offset) {
    memref::StoreOp::create(b, loc, value, memref, ValueRange{e.index(offset)});
  };

  // Which tile of which batch element and K split this block computes.
  Value bid = e.fromIndex(launch.getBlockIds().x);
  Value tid = e.fromIndex(launch.getThreadIds().x);
  Value nt = e.rem(bid, nTiles), rest = e.div(bid, nTiles);
  Value mt = e.rem(rest, mTiles);
  rest = e.div(rest, mTiles);
  Value bt = e.rem(rest, batch.size);
  SmallVector<Value> batchOffsets = e.offsets(bt, batch, {linA->coeff, linB->coeff, linC->coeff});
  Value baseA = e.add(e.c(linA->base), batchOffsets[0]);
  Value baseB = e.add(e.c(linB->base), batchOffsets[1]);
  Value baseC = e.add(e.c(linC->base), batchOffsets[2]);
  Value tx = e.rem(tid, kSide), ty = e.div(tid, kSide);
  // The K range of this block: all of K, or the block's chunk of it when K is split.
  Value kBegin = e.c(0);
  Value kEnd = e.c(gk.size);
  if (splits > 1) {
    kBegin = e.mul(e.div(rest, batch.size), chunk);
    kEnd = arith::MinUIOp::create(b, loc, e.add(kBegin, e.c(chunk)), kEnd);
  }

  for (int64_t i = 0; i < tm * tn; ++i)
    storeAt(zeroF, acc, e.c(i));

  // What each thread stages: rows (along M or N) and k offsets within the slice.
  struct Slot {
    Value row;       // row within the tile
    Value kk;        // k within the slice
    Value valid;     // the row lies inside the operand (null: always)
    Value rowOffset; // offset of the row in the operand, batch and base included
  };
  auto prepare = [&](const Staging &s, const Group &rows, Value tile, Value base,
                     ArrayRef<int64_t> coeff) {
    SmallVector<Slot> slots;
    Value fixedRow, fixedKk;
    if (s.kFast) {
      fixedKk = e.rem(tid, kSliceK);
    } else {
      fixedRow = e.rem(tid, s.rows);
    }
    for (int64_t r = 0; r < s.perThread; ++r) {
      Slot slot;
      if (s.kFast) {
        slot.kk = fixedKk;
        slot.row = e.add(e.div(tid, kSliceK), e.c(r * (kThreads / kSliceK)));
      } else {
        slot.row = fixedRow;
        slot.kk = e.add(e.div(tid, s.rows), e.c(r * (kThreads / s.rows)));
      }
      if (!s.kFast && r > 0) {
        slot.valid = slots[0].valid;
        slot.rowOffset = slots[0].rowOffset;
      } else {
        Value global = e.add(e.mul(tile, s.rows), slot.row);
        if (rows.size % s.rows != 0)
          slot.valid = e.lt(global, rows.size);
        Value clamped = e.select(slot.valid, global, e.c(0));
        slot.rowOffset = e.add(base, e.offsets(clamped, rows, {coeff})[0]);
      }
      slots.push_back(slot);
    }
    return slots;
  };
  SmallVector<Slot> slotsA = prepare(sa, gm, mt, baseA, linA->coeff);
  SmallVector<Slot> slotsB = prepare(sb, gn, nt, baseB, linB->coeff);

  auto loop = scf::ForOp::create(b, loc, e.index(kBegin), e.index(kEnd),
                                 arith::ConstantIndexOp::create(b, loc, kSliceK));
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(loop.getBody()->getTerminator());
    Value k0 = e.fromIndex(loop.getInductionVar());
    auto stage = [&](const Staging &s, ArrayRef<Slot> slots, Value global, Value shared,
                     ArrayRef<int64_t> coeff) {
      Value kOffset, kValid;
      for (auto [r, slot] : llvm::enumerate(slots)) {
        if (r == 0 || !s.kFast) {
          Value k = e.add(k0, slot.kk);
          kValid = e.lt(k, kEnd);
          kOffset = e.offsets(e.select(kValid, k, e.c(0)), gk, {coeff})[0];
        }
        Value valid = e.both(kValid, slot.valid);
        Value offset = e.select(valid, e.add(slot.rowOffset, kOffset), e.c(0));
        Value x = e.select(valid, loadAt(global, offset), zeroF);
        storeAt(x, shared, e.add(e.mul(slot.kk, s.stride), slot.row));
      }
    };
    stage(sa, slotsA, flatA, sharedA, linA->coeff);
    stage(sb, slotsB, flatB, sharedB, linB->coeff);
    gpu::BarrierOp::create(b, loc);
    for (int64_t kk = 0; kk < kSliceK; ++kk) {
      SmallVector<Value> as, bs;
      for (int64_t i = 0; i < tm; ++i)
        as.push_back(loadAt(sharedA, e.add(ty, e.c(kk * sa.stride + i * kSide))));
      for (int64_t j = 0; j < tn; ++j)
        bs.push_back(loadAt(sharedB, e.add(tx, e.c(kk * sb.stride + j * kSide))));
      for (int64_t i = 0; i < tm; ++i)
        for (int64_t j = 0; j < tn; ++j) {
          Value slot = e.c(i * tn + j);
          Value sum = math::FmaOp::create(b, loc, as[i], bs[j], loadAt(acc, slot));
          storeAt(sum, acc, slot);
        }
    }
    gpu::BarrierOp::create(b, loc);
  }

  // Each thread adds its outputs to out (atomically when K is split among blocks).
  SmallVector<Value> colValid, colOffset;
  for (int64_t j = 0; j < tn; ++j) {
    Value n = e.add(e.add(e.mul(nt, bn), tx), e.c(j * kSide));
    Value valid = gn.size % bn != 0 ? e.lt(n, gn.size) : Value();
    colValid.push_back(valid);
    colOffset.push_back(e.offsets(e.select(valid, n, e.c(0)), gn, {linC->coeff})[0]);
  }
  for (int64_t i = 0; i < tm; ++i) {
    Value m = e.add(e.add(e.mul(mt, bm), ty), e.c(i * kSide));
    Value rowValid = gm.size % bm != 0 ? e.lt(m, gm.size) : Value();
    Value rowOffset = e.add(baseC, e.offsets(e.select(rowValid, m, e.c(0)), gm, {linC->coeff})[0]);
    for (int64_t j = 0; j < tn; ++j) {
      auto write = [&](OpBuilder &, Location) {
        Value offset = e.add(rowOffset, colOffset[j]);
        Value sum = loadAt(acc, e.c(i * tn + j));
        if (splits > 1) {
          memref::AtomicRMWOp::create(b, loc, arith::AtomicRMWKind::addf, sum, flatC,
                                      ValueRange{e.index(offset)});
        } else {
          Value old = loadAt(flatC, offset);
          storeAt(arith::AddFOp::create(b, loc, old, sum), flatC, offset);
        }
      };
      Value valid = e.both(rowValid, colValid[j]);
      if (!valid) {
        write(b, loc);
        continue;
      }
      auto guard = scf::IfOp::create(b, loc, valid, /*withElseRegion=*/false);
      OpBuilder::InsertionGuard insertion(b);
      b.setInsertionPoint(guard.thenBlock()->getTerminator());
      write(b, loc);
    }
  }
  gpu::TerminatorOp::create(b, loc);
  rewriter.eraseOp(op);
  return success();
}
