//===- DataMovement.cpp - ops that move elements without computing --------===//
//
// broadcast_in_dim, reshape, transpose, slice, dynamic_slice, dynamic_update_slice,
// concatenate, pad, reverse and optimization_barrier.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

RankedTensorType tensorTypeOf(Value value) { return cast<RankedTensorType>(value.getType()); }

LogicalResult expectCounts(const AttrReader &reader, unsigned operands, unsigned results) {
  Operation *op = reader.getOp();
  if (op->getNumOperands() != operands || op->getNumResults() != results)
    return reader.fail("expected " + Twine(operands) + " operands and " + Twine(results) +
                       " results");
  return success();
}

/// A reshape as tensor.collapse_shape / tensor.expand_shape, through a rank-1 tensor when it
/// is neither a pure collapse nor a pure expansion.
Value reshapeTensor(OpBuilder &b, Location loc, Value source, RankedTensorType target) {
  auto sourceType = tensorTypeOf(source);
  if (sourceType.getShape() == target.getShape())
    return source;
  if (sourceType.getRank() == 0)
    return tensor::ExpandShapeOp::create(b, loc, target, source, ArrayRef<ReassociationIndices>{});
  if (target.getRank() == 0)
    return tensor::CollapseShapeOp::create(b, loc, target, source,
                                           ArrayRef<ReassociationIndices>{});
  if (std::optional<SmallVector<ReassociationIndices>> groups =
          getReassociationIndicesForReshape(sourceType, target)) {
    if (sourceType.getRank() > target.getRank())
      return tensor::CollapseShapeOp::create(b, loc, target, source, *groups);
    if (sourceType.getRank() < target.getRank())
      return tensor::ExpandShapeOp::create(b, loc, target, source, *groups);
  }
  auto flat = RankedTensorType::get({sourceType.getNumElements()}, target.getElementType());
  return reshapeTensor(b, loc, reshapeTensor(b, loc, source, flat), target);
}

//===----------------------------------------------------------------------===//
// broadcast_in_dim
//===----------------------------------------------------------------------===//

/// A linalg.generic reading operand dimension d at result dimension broadcast_dimensions[d],
/// or at 0 where the operand has size 1.
class BroadcastInDimConversion : public StablehloOpPattern {
public:
  BroadcastInDimConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.broadcast_in_dim", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 1, 1)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType operandType = tensorTypeOf(op->getOperand(0));
    RankedTensorType resultType = tensorTypeOf(op->getResult(0));
    FailureOr<SmallVector<int64_t>> dims =
        reader.i64ArrayOfSize("broadcast_dimensions", operandType.getRank(), std::nullopt);
    if (failed(dims) ||
        failed(checkDimensionList(reader, "broadcast_dimensions", *dims, resultType.getRank())))
      return failure();
    for (auto [d, target] : llvm::enumerate(*dims)) {
      int64_t size = operandType.getDimSize(d);
      if (size != 1 && size != resultType.getDimSize(target))
        return reader.fail("operand dimension " + Twine(d) + " of size " + Twine(size) +
                           " cannot broadcast to result dimension " + Twine(target));
    }
    if (operandType.getElementType() != resultType.getElementType())
      return reader.fail("operand and result element types differ");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<int64_t> dims = *reader.i64Array("broadcast_dimensions");
    RankedTensorType operandType = tensorTypeOf(op->getOperand(0));
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    // Only unit dimensions inserted, in order: a view of the operand.
    if (operandType.getNumElements() == resultType.getNumElements() && llvm::is_sorted(dims) &&
        llvm::adjacent_find(dims) == dims.end()) {
      rewriter.replaceOp(op, reshapeTensor(rewriter, op->getLoc(), operands[0], resultType));
      return success();
    }
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> exprs;
    for (auto [d, target] : llvm::enumerate(dims))
      exprs.push_back(operandType.getDimSize(d) == 1 ? getAffineConstantExpr(0, ctx)
                                                     : getAffineDimExpr(target, ctx));
    int64_t rank = resultType.getRank();
    SmallVector<AffineMap> maps = {AffineMap::get(rank, 0, exprs, ctx),
                                   AffineMap::getMultiDimIdentityMap(rank, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    Location loc = op->getLoc();
    Value init = createEmptyTensor(rewriter, loc, resultType);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{operands[0]}, ValueRange{init}, maps,
        iterators, [](OpBuilder &b, Location nestedLoc, ValueRange args) {
          linalg::YieldOp::create(b, nestedLoc, args[0]);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

/// tensor.collapse_shape / tensor.expand_shape, through a rank-1 tensor when the reshape is
/// not a pure collapse or expansion.
class ReshapeConversion : public StablehloOpPattern {
public:
  ReshapeConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.reshape", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 1, 1)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType from = tensorTypeOf(op->getOperand(0)), to = tensorTypeOf(op->getResult(0));
    if (from.getNumElements() != to.getNumElements())
      return reader.fail("operand and result have different numbers of elements");
    if (from.getElementType() != to.getElementType())
      return reader.fail("operand and result element types differ");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, reshapeTensor(rewriter, op->getLoc(), operands[0],
                                         getStorageTensorType(op->getResult(0).getType())));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

class TransposeConversion : public StablehloOpPattern {
public:
  TransposeConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.transpose", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 1, 1)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType from = tensorTypeOf(op->getOperand(0)), to = tensorTypeOf(op->getResult(0));
    FailureOr<SmallVector<int64_t>> perm =
        reader.i64ArrayOfSize("permutation", from.getRank(), std::nullopt);
    if (failed(perm) || failed(checkDimensionList(reader, "permutation", *perm, from.getRank())))
      return failure();
    for (auto [i, p] : llvm::enumerate(*perm))
      if (to.getDimSize(i) != from.getDimSize(p))
        return reader.fail("result dimension " + Twine(i) + " does not match the permutation");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<int64_t> perm = *reader.i64Array("permutation");
    if (llvm::equal(perm, llvm::seq<int64_t>(0, perm.size()))) {
      rewriter.replaceOp(op, operands[0]);
      return success();
    }
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    Value init = createEmptyTensor(rewriter, op->getLoc(), resultType);
    auto transpose = linalg::TransposeOp::create(rewriter, op->getLoc(), operands[0], init, perm);
    rewriter.replaceOp(op, transpose->getResult(0));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// slice, dynamic_slice, dynamic_update_slice
//===----------------------------------------------------------------------===//

class SliceConversion : public StablehloOpPattern {
public:
  SliceConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.slice", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 1, 1)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType from = tensorTypeOf(op->getOperand(0)), to = tensorTypeOf(op->getResult(0));
    int64_t rank = from.getRank();
    FailureOr<SmallVector<int64_t>> start = reader.i64ArrayOfSize("start_indices", rank, {});
    FailureOr<SmallVector<int64_t>> limit = reader.i64ArrayOfSize("limit_indices", rank, {});
    FailureOr<SmallVector<int64_t>> strides = reader.i64ArrayOfSize("strides", rank, 1);
    if (failed(start) || failed(limit) || failed(strides))
      return failure();
    for (int64_t d = 0; d < rank; ++d) {
      int64_t s = (*start)[d], l = (*limit)[d], st = (*strides)[d];
      if (s < 0 || l < s || l > from.getDimSize(d) || st <= 0)
        return reader.fail("invalid slice bounds in dimension " + Twine(d));
      if (to.getDimSize(d) != llvm::divideCeil(l - s, st))
        return reader.fail("result dimension " + Twine(d) + " does not match the slice");
    }
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    int64_t rank = tensorTypeOf(op->getOperand(0)).getRank();
    SmallVector<int64_t> start = *reader.i64Array("start_indices");
    SmallVector<int64_t> strides = *reader.i64ArrayOfSize("strides", rank, 1);
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, resultType, operands[0], foldResults(rewriter, start),
        foldResults(rewriter, resultType.getShape()), foldResults(rewriter, strides));
    return success();
  }
};

/// Start indices of dynamic_slice/dynamic_update_slice clamped to [0, dim - size]: constants
/// where the index is a constant, else index values computed at run time.
SmallVector<OpFoldResult> clampedStartIndices(OpBuilder &b, Location loc, Operation *op,
                                              ArrayRef<Value> indexOperands,
                                              ArrayRef<int64_t> operandShape,
                                              ArrayRef<int64_t> sliceShape) {
  SmallVector<OpFoldResult> offsets;
  for (auto [d, index] : llvm::enumerate(indexOperands)) {
    int64_t maxStart = operandShape[d] - sliceShape[d];
    Type indexType = elementTypeOf(op->getOperand(op->getNumOperands() - indexOperands.size() + d));
    bool isUnsigned = *getElementKind(indexType) != ElementKind::Signed;
    DenseIntElementsAttr constant;
    if (matchPattern(index, m_Constant(&constant))) {
      APInt value = constant.getSplatValue<APInt>();
      int64_t start;
      if (isUnsigned)
        start = value.getActiveBits() > 62 ? maxStart : static_cast<int64_t>(value.getZExtValue());
      else
        start = value.getSignificantBits() > 63 ? (value.isNegative() ? 0 : maxStart)
                                                : value.getSExtValue();
      offsets.push_back(b.getIndexAttr(std::clamp<int64_t>(start, 0, maxStart)));
      continue;
    }
    Value scalar = extractScalar(b, loc, index);
    Value asIndex = isUnsigned
                        ? Value(arith::IndexCastUIOp::create(b, loc, b.getIndexType(), scalar))
                        : Value(arith::IndexCastOp::create(b, loc, b.getIndexType(), scalar));
    Value clamped = arith::MaxSIOp::create(b, loc, asIndex, createIndexConstant(b, loc, 0));
    clamped = arith::MinSIOp::create(b, loc, clamped, createIndexConstant(b, loc, maxStart));
    offsets.push_back(clamped);
  }
  return offsets;
}

LogicalResult checkStartIndices(const AttrReader &reader, unsigned first, int64_t rank) {
  Operation *op = reader.getOp();
  if (op->getNumOperands() != first + rank)
    return reader.fail("expected " + Twine(rank) + " start indices");
  for (unsigned i = first; i < op->getNumOperands(); ++i) {
    auto type = tensorTypeOf(op->getOperand(i));
    ElementKind kind = *getElementKind(type.getElementType());
    if (type.getRank() != 0 || kind == ElementKind::Bool || kind == ElementKind::Float)
      return reader.fail("start indices must be rank-0 integer tensors");
  }
  return success();
}

class DynamicSliceConversion : public StablehloOpPattern {
public:
  DynamicSliceConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.dynamic_slice", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumResults() != 1 || op->getNumOperands() < 1)
      return reader.fail("expected an operand, start indices and one result");
    RankedTensorType from = tensorTypeOf(op->getOperand(0)), to = tensorTypeOf(op->getResult(0));
    if (failed(checkStartIndices(reader, 1, from.getRank())))
      return failure();
    FailureOr<SmallVector<int64_t>> sizes =
        reader.i64ArrayOfSize("slice_sizes", from.getRank(), std::nullopt);
    if (failed(sizes))
      return failure();
    for (int64_t d = 0; d < from.getRank(); ++d)
      if ((*sizes)[d] < 0 || (*sizes)[d] > from.getDimSize(d) || (*sizes)[d] != to.getDimSize(d))
        return reader.fail("slice_sizes do not fit the operand and result in dimension " +
                           Twine(d));
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    ArrayRef<int64_t> operandShape = tensorTypeOf(op->getOperand(0)).getShape();
    SmallVector<OpFoldResult> offsets = clampedStartIndices(
        rewriter, op->getLoc(), op, operands.drop_front(), operandShape, resultType.getShape());
    SmallVector<int64_t> ones(resultType.getRank(), 1);
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, resultType, operands[0], offsets, foldResults(rewriter, resultType.getShape()),
        foldResults(rewriter, ones));
    return success();
  }
};

class DynamicUpdateSliceConversion : public StablehloOpPattern {
public:
  DynamicUpdateSliceConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.dynamic_update_slice", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumResults() != 1 || op->getNumOperands() < 2)
      return reader.fail("expected an operand, an update, start indices and one result");
    RankedTensorType operand = tensorTypeOf(op->getOperand(0));
    RankedTensorType update = tensorTypeOf(op->getOperand(1));
    if (failed(checkStartIndices(reader, 2, operand.getRank())))
      return failure();
    if (update.getRank() != operand.getRank() ||
        update.getElementType() != operand.getElementType() ||
        op->getResult(0).getType() != operand)
      return reader.fail("operand, update and result types do not fit");
    for (int64_t d = 0; d < operand.getRank(); ++d)
      if (update.getDimSize(d) > operand.getDimSize(d))
        return reader.fail("the update is larger than the operand in dimension " + Twine(d));
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    RankedTensorType operandType = tensorTypeOf(op->getOperand(0));
    RankedTensorType updateType = tensorTypeOf(op->getOperand(1));
    SmallVector<OpFoldResult> offsets =
        clampedStartIndices(rewriter, op->getLoc(), op, operands.drop_front(2),
                            operandType.getShape(), updateType.getShape());
    SmallVector<int64_t> ones(operandType.getRank(), 1);
    rewriter.replaceOpWithNewOp<tensor::InsertSliceOp>(op, operands[1], operands[0], offsets,
                                                       foldResults(rewriter, updateType.getShape()),
                                                       foldResults(rewriter, ones));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// concatenate
//===----------------------------------------------------------------------===//

class ConcatenateConversion : public StablehloOpPattern {
public:
  ConcatenateConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.concatenate", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumResults() != 1 || op->getNumOperands() < 1)
      return reader.fail("expected at least one operand and one result");
    RankedTensorType result = tensorTypeOf(op->getResult(0));
    FailureOr<int64_t> dim = reader.i64("dimension");
    if (failed(dim))
      return failure();
    if (*dim < 0 || *dim >= result.getRank())
      return reader.fail("dimension " + Twine(*dim) + " is outside the rank");
    int64_t total = 0;
    for (Value operand : op->getOperands()) {
      RankedTensorType type = tensorTypeOf(operand);
      if (type.getRank() != result.getRank() || type.getElementType() != result.getElementType())
        return reader.fail("operands must have the result's rank and element type");
      for (int64_t d = 0; d < result.getRank(); ++d)
        if (d != *dim && type.getDimSize(d) != result.getDimSize(d))
          return reader.fail("operand shapes differ outside the concatenated dimension");
      total += type.getDimSize(*dim);
    }
    if (total != result.getDimSize(*dim))
      return reader.fail("the result size does not match the operands");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    int64_t dim = *reader.i64("dimension");
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    if (operands.size() == 1) {
      rewriter.replaceOp(op, operands[0]);
      return success();
    }
    Location loc = op->getLoc();
    Value result = createEmptyTensor(rewriter, loc, resultType);
    int64_t offset = 0;
    SmallVector<int64_t> ones(resultType.getRank(), 1);
    for (Value operand : operands) {
      RankedTensorType type = tensorTypeOf(operand);
      if (type.getDimSize(dim) == 0)
        continue;
      SmallVector<int64_t> offsets(resultType.getRank(), 0);
      offsets[dim] = offset;
      result = tensor::InsertSliceOp::create(
          rewriter, loc, operand, result, foldResults(rewriter, offsets),
          foldResults(rewriter, type.getShape()), foldResults(rewriter, ones));
      offset += type.getDimSize(dim);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

class PadConversion : public StablehloOpPattern {
public:
  PadConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.pad", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 2, 1)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType operand = tensorTypeOf(op->getOperand(0));
    RankedTensorType result = tensorTypeOf(op->getResult(0));
    int64_t rank = operand.getRank();
    if (tensorTypeOf(op->getOperand(1)).getRank() != 0)
      return reader.fail("the padding value must be a rank-0 tensor");
    FailureOr<SmallVector<int64_t>> low = reader.i64ArrayOfSize("edge_padding_low", rank, {});
    FailureOr<SmallVector<int64_t>> high = reader.i64ArrayOfSize("edge_padding_high", rank, {});
    FailureOr<SmallVector<int64_t>> interior = reader.i64ArrayOfSize("interior_padding", rank, 0);
    if (failed(low) || failed(high) || failed(interior))
      return failure();
    for (int64_t d = 0; d < rank; ++d) {
      int64_t n = operand.getDimSize(d);
      if ((*interior)[d] < 0)
        return reader.fail("interior padding must not be negative");
      int64_t size = n + (*low)[d] + (*high)[d] + std::max<int64_t>(n - 1, 0) * (*interior)[d];
      if (size != result.getDimSize(d))
        return reader.fail("result dimension " + Twine(d) + " does not match the padding");
    }
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    int64_t rank = tensorTypeOf(op->getOperand(0)).getRank();
    Location loc = op->getLoc();
    Value padValue = extractScalar(rewriter, loc, operands[1]);
    Value result = padTensor(
        rewriter, loc, operands[0], padValue, *reader.i64Array("edge_padding_low"),
        *reader.i64Array("edge_padding_high"), *reader.i64ArrayOfSize("interior_padding", rank, 0));
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// reverse
//===----------------------------------------------------------------------===//

/// A linalg.generic reading index size-1-i along the reversed dimensions.
class ReverseConversion : public StablehloOpPattern {
public:
  ReverseConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.reverse", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 1, 1)))
      return failure();
    Operation *op = reader.getOp();
    if (op->getOperand(0).getType() != op->getResult(0).getType())
      return reader.fail("operand and result types differ");
    FailureOr<SmallVector<int64_t>> dims = reader.i64Array("dimensions");
    if (failed(dims))
      return failure();
    return checkDimensionList(reader, "dimensions", *dims,
                              tensorTypeOf(op->getOperand(0)).getRank());
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<int64_t> dims = *reader.i64Array("dimensions");
    auto type = getStorageTensorType(op->getResult(0).getType());
    int64_t rank = type.getRank();
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> exprs;
    for (int64_t d = 0; d < rank; ++d) {
      AffineExpr dimExpr = getAffineDimExpr(d, ctx);
      exprs.push_back(llvm::is_contained(dims, d) && type.getDimSize(d) > 1
                          ? getAffineConstantExpr(type.getDimSize(d) - 1, ctx) - dimExpr
                          : dimExpr);
    }
    SmallVector<AffineMap> maps = {AffineMap::get(rank, 0, exprs, ctx),
                                   AffineMap::getMultiDimIdentityMap(rank, ctx)};
    if (maps[0].isIdentity()) {
      rewriter.replaceOp(op, operands[0]);
      return success();
    }
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    Value init = createEmptyTensor(rewriter, op->getLoc(), type);
    auto generic = linalg::GenericOp::create(
        rewriter, op->getLoc(), TypeRange{type}, ValueRange{operands[0]}, ValueRange{init}, maps,
        iterators, [](OpBuilder &b, Location loc, ValueRange args) {
          linalg::YieldOp::create(b, loc, args[0]);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// bitcast_convert
//===----------------------------------------------------------------------===//

/// Reinterprets bits. Between types of one width it is elementwise (arith.bitcast); a
/// narrower result gains a last dimension holding the pieces of each element, lowest bits
/// first (little-endian, as the specification's example), a wider result packs the operand's
/// last dimension.
class BitcastConvertConversion : public StablehloOpPattern {
public:
  BitcastConvertConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.bitcast_convert", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(expectCounts(reader, 1, 1)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType from = tensorTypeOf(op->getOperand(0)), to = tensorTypeOf(op->getResult(0));
    unsigned fromBits = from.getElementTypeBitWidth(), toBits = to.getElementTypeBitWidth();
    if (fromBits == toBits) {
      if (from.getShape() != to.getShape())
        return reader.fail("operand and result shapes differ");
      return success();
    }
    if (fromBits == 1 || toBits == 1)
      return reader.fail("booleans can only be bitcast to and from 1-bit types");
    RankedTensorType wide = fromBits > toBits ? from : to, narrow = fromBits > toBits ? to : from;
    unsigned ratio = std::max(fromBits, toBits) / std::min(fromBits, toBits);
    if (std::max(fromBits, toBits) % std::min(fromBits, toBits) != 0 ||
        narrow.getRank() != wide.getRank() + 1 ||
        narrow.getShape().drop_back() != wide.getShape() ||
        narrow.getShape().back() != static_cast<int64_t>(ratio))
      return reader.fail("the narrow side must have the wide side's shape plus a last dimension "
                         "of " +
                         Twine(ratio));
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    MLIRContext *ctx = rewriter.getContext();
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    auto operandType = tensorTypeOf(operands[0]);
    Type fromElement = operandType.getElementType(), toElement = resultType.getElementType();
    unsigned fromBits = fromElement.getIntOrFloatBitWidth();
    unsigned toBits = toElement.getIntOrFloatBitWidth();
    if (operandType == resultType) {
      rewriter.replaceOp(op, operands[0]);
      return success();
    }
    auto asBits = [](OpBuilder &b, Location l, Value v) -> Value {
      if (isa<FloatType>(v.getType()))
        return arith::BitcastOp::create(b, l, b.getIntegerType(v.getType().getIntOrFloatBitWidth()),
                                        v);
      return v;
    };
    auto fromBitsTo = [](OpBuilder &b, Location l, Value v, Type type) -> Value {
      return v.getType() == type ? v : arith::BitcastOp::create(b, l, type, v).getResult();
    };
    if (fromBits == toBits) {
      rewriter.replaceOp(op, buildElementwise(rewriter, loc, resultType, operands[0],
                                              [&](OpBuilder &b, Location l, ValueRange args) {
                                                return fromBitsTo(b, l, args[0], toElement);
                                              }));
      return success();
    }
    if (fromBits > toBits) {
      // result[i..., k] = bits(operand[i...]) >> (k * toBits), truncated.
      int64_t rank = resultType.getRank();
      SmallVector<AffineExpr> exprs;
      for (int64_t d = 0; d + 1 < rank; ++d)
        exprs.push_back(getAffineDimExpr(d, ctx));
      SmallVector<AffineMap> maps = {AffineMap::get(rank, 0, exprs, ctx),
                                     AffineMap::getMultiDimIdentityMap(rank, ctx)};
      SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
      Value init = createEmptyTensor(rewriter, loc, resultType);
      auto generic = linalg::GenericOp::create(
          rewriter, loc, TypeRange{resultType}, operands[0], init, maps, iterators,
          [&](OpBuilder &b, Location l, ValueRange args) {
            Value bits = asBits(b, l, args[0]);
            Type wideInt = bits.getType();
            Value piece =
                arith::IndexCastOp::create(b, l, wideInt, linalg::IndexOp::create(b, l, rank - 1));
            Value shift =
                arith::MulIOp::create(b, l, piece, createIntConstant(b, l, wideInt, toBits));
            Value shifted = arith::ShRUIOp::create(b, l, bits, shift);
            Value narrowBits = arith::TruncIOp::create(b, l, b.getIntegerType(toBits), shifted);
            linalg::YieldOp::create(b, l, fromBitsTo(b, l, narrowBits, toElement));
          });
      rewriter.replaceOp(op, generic.getResult(0));
      return success();
    }
    // result[i...] = OR over k of bits(operand[i..., k]) << (k * fromBits).
    int64_t rank = operandType.getRank();
    Type wideInt = rewriter.getIntegerType(toBits);
    auto packedType = RankedTensorType::get(resultType.getShape(), wideInt);
    SmallVector<AffineExpr> exprs;
    for (int64_t d = 0; d + 1 < rank; ++d)
      exprs.push_back(getAffineDimExpr(d, ctx));
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx),
                                   AffineMap::get(rank, 0, exprs, ctx)};
    SmallVector<utils::IteratorType> iterators(rank - 1, utils::IteratorType::parallel);
    iterators.push_back(utils::IteratorType::reduction);
    Value init = createFilledTensor(rewriter, loc, packedType, createZero(rewriter, loc, wideInt));
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{packedType}, operands[0], init, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value bits = arith::ExtUIOp::create(b, l, wideInt, asBits(b, l, args[0]));
          Value piece =
              arith::IndexCastOp::create(b, l, wideInt, linalg::IndexOp::create(b, l, rank - 1));
          Value shift =
              arith::MulIOp::create(b, l, piece, createIntConstant(b, l, wideInt, fromBits));
          Value placed = arith::ShLIOp::create(b, l, bits, shift);
          linalg::YieldOp::create(b, l, ValueRange{arith::OrIOp::create(b, l, args[1], placed)});
        });
    Value packed = generic.getResult(0);
    if (toElement != wideInt)
      packed = buildElementwise(rewriter, loc, resultType, packed,
                                [&](OpBuilder &b, Location l, ValueRange args) {
                                  return fromBitsTo(b, l, args[0], toElement);
                                });
    rewriter.replaceOp(op, packed);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// optimization_barrier
//===----------------------------------------------------------------------===//

/// The barrier only orders scheduling in XLA (jax.checkpoint uses it to keep recomputation
/// apart); rematerialization is decided by remat here, so its operands pass through.
class OptimizationBarrierConversion : public StablehloOpPattern {
public:
  OptimizationBarrierConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.optimization_barrier", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != op->getNumResults())
      return reader.fail("expected as many results as operands");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, operands);
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloDataMovementPatterns(const TypeConverter &converter,
                                                        RewritePatternSet &patterns) {
  patterns.add<BroadcastInDimConversion, ReshapeConversion, TransposeConversion, SliceConversion,
               DynamicSliceConversion, DynamicUpdateSliceConversion, ConcatenateConversion,
               PadConversion, ReverseConversion, OptimizationBarrierConversion,
               BitcastConvertConversion>(converter, patterns.getContext());
}
