//===- SelectAndScatter.cpp - stablehlo.select_and_scatter ----------------===//
//
// Two linalg.generic ops (the gradient of max pooling):
//  1. for every window (one per source element) the offset, within the window, of the element
//     the `select` body picks: windows are scanned in row-major order, the current choice is
//     kept while select(current, candidate) holds, and padding positions are never picked,
//     as in XLA;
//  2. for every operand element, the scatter body folds, starting from the init value, the
//     source values of the windows that picked it, windows in ascending (row-major) order as
//     XLA applies them. Windows and their choices are read with tensor.extract.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

RankedTensorType tensorTypeOf(Value value) { return cast<RankedTensorType>(value.getType()); }

struct ScatterWindow {
  SmallVector<int64_t> dimensions, strides, padding;
};

FailureOr<ScatterWindow> readWindow(const AttrReader &reader, int64_t rank) {
  ScatterWindow info;
  auto dimensions = reader.i64ArrayOfSize("window_dimensions", rank, std::nullopt);
  auto strides = reader.i64ArrayOfSize("window_strides", rank, 1);
  auto padding = reader.paddingOr("padding", rank);
  if (failed(dimensions) || failed(strides) || failed(padding))
    return failure();
  info.dimensions = *dimensions;
  info.strides = *strides;
  info.padding = *padding;
  return info;
}

class SelectAndScatterConversion : public StablehloOpPattern {
public:
  SelectAndScatterConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.select_and_scatter", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 3 || op->getNumResults() != 1 || op->getNumRegions() != 2)
      return reader.fail("expected operand, source, init value, one result and two bodies");
    RankedTensorType operand = tensorTypeOf(op->getOperand(0));
    RankedTensorType source = tensorTypeOf(op->getOperand(1));
    int64_t rank = operand.getRank();
    FailureOr<ScatterWindow> window = readWindow(reader, rank);
    if (failed(window))
      return failure();
    if (tensorTypeOf(op->getOperand(2)).getRank() != 0)
      return reader.fail("the init value must be a rank-0 tensor");
    if (op->getResult(0).getType() != operand)
      return reader.fail("the result must have the operand's type");
    for (int64_t d = 0; d < rank; ++d) {
      if (window->dimensions[d] <= 0 || window->strides[d] <= 0)
        return reader.fail("window dimensions and strides must be positive");
      int64_t padded = window->padding[2 * d] + operand.getDimSize(d) + window->padding[2 * d + 1];
      int64_t windows = padded <= 0 || window->dimensions[d] > padded
                            ? 0
                            : (padded - window->dimensions[d]) / window->strides[d] + 1;
      if (source.getRank() != rank || source.getDimSize(d) != windows)
        return reader.fail("the source must have one element per window");
    }
    Type element = operand.getElementType();
    if (source.getElementType() != element || elementTypeOf(op->getOperand(2)) != element)
      return reader.fail("operand, source and init value must have one element type");
    if (failed(checkScalarBody(reader, op->getRegion(0), 2, 1)) ||
        failed(checkScalarBody(reader, op->getRegion(1), 2, 1)))
      return failure();
    Block &select = op->getRegion(0).front(), &scatter = op->getRegion(1).front();
    if (elementTypeOf(select.getArgument(0)) != element ||
        elementTypeOf(select.getArgument(1)) != element ||
        !elementTypeOf(select.getTerminator()->getOperand(0)).isInteger(1))
      return reader.fail("the select body must compare two operand elements to a boolean");
    if (llvm::any_of(scatter.getArgumentTypes(),
                     [&](Type t) { return elementTypeOf(t) != element; }) ||
        elementTypeOf(scatter.getTerminator()->getOperand(0)) != element)
      return reader.fail("the scatter body must combine two operand elements");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    MLIRContext *ctx = rewriter.getContext();
    RankedTensorType operandType = tensorTypeOf(operands[0]);
    RankedTensorType sourceType = tensorTypeOf(operands[1]);
    int64_t rank = operandType.getRank();
    ScatterWindow window = *readWindow(reader, rank);
    Type element = operandType.getElementType();
    Type i64 = rewriter.getI64Type();

    SmallVector<int64_t> low, high, zeros(rank, 0), windowStrides(rank);
    for (int64_t d = 0; d < rank; ++d) {
      low.push_back(window.padding[2 * d]);
      high.push_back(window.padding[2 * d + 1]);
    }
    // Row-major strides of the window, to number the offsets inside it.
    int64_t stride = 1;
    for (int64_t d = rank - 1; d >= 0; --d) {
      windowStrides[d] = stride;
      stride *= window.dimensions[d];
    }
    auto linearOffset = [&](OpBuilder &b, Location l, ArrayRef<Value> offsets) {
      Value linear = createIndexConstant(b, l, 0);
      for (int64_t d = 0; d < rank; ++d)
        linear = arith::AddIOp::create(
            b, l, linear,
            arith::MulIOp::create(b, l, offsets[d], createIndexConstant(b, l, windowStrides[d])));
      return arith::IndexCastOp::create(b, l, i64, linear).getResult();
    };
    Value init = extractScalar(rewriter, loc, operands[2]);
    Value resultInit = createFilledTensor(rewriter, loc, operandType, init);
    if (sourceType.getNumElements() == 0) {
      // No window: nothing is scattered.
      rewriter.replaceOp(op, resultInit);
      return success();
    }
    Value windowShape =
        tensor::EmptyOp::create(rewriter, loc, window.dimensions, rewriter.getF32Type());

    // 1. The selected offset of every window (-1 when the window is all padding).
    Value padded =
        padTensor(rewriter, loc, operands[0], createZero(rewriter, loc, element), low, high, zeros);
    SmallVector<AffineExpr> windowed, outer, inner;
    for (int64_t d = 0; d < rank; ++d) {
      AffineExpr w = getAffineDimExpr(d, ctx), k = getAffineDimExpr(rank + d, ctx);
      windowed.push_back(w * window.strides[d] + k);
      outer.push_back(w);
      inner.push_back(k);
    }
    SmallVector<AffineMap> selectMaps = {
        AffineMap::get(2 * rank, 0, windowed, ctx), AffineMap::get(2 * rank, 0, inner, ctx),
        AffineMap::get(2 * rank, 0, outer, ctx), AffineMap::get(2 * rank, 0, outer, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators.append(rank, utils::IteratorType::reduction);
    auto bestValueType = RankedTensorType::get(sourceType.getShape(), element);
    auto bestIndexType = RankedTensorType::get(sourceType.getShape(), i64);
    Value bestValueInit =
        createFilledTensor(rewriter, loc, bestValueType, createZero(rewriter, loc, element));
    Value bestIndexInit =
        createFilledTensor(rewriter, loc, bestIndexType, createIntConstant(rewriter, loc, i64, -1));
    Region &selectBody = op->getRegion(0);
    auto selection = linalg::GenericOp::create(
        rewriter, loc, TypeRange{bestValueType, bestIndexType}, ValueRange{padded, windowShape},
        ValueRange{bestValueInit, bestIndexInit}, selectMaps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value candidate = args[0], bestValue = args[2], bestIndex = args[3];
          SmallVector<Value> offsets;
          Value inBounds = createIntConstant(b, l, b.getI1Type(), 1);
          for (int64_t d = 0; d < rank; ++d) {
            Value w = linalg::IndexOp::create(b, l, d);
            Value k = linalg::IndexOp::create(b, l, rank + d);
            offsets.push_back(k);
            // Position in the unpadded operand: w * stride + k - low.
            Value pos = arith::AddIOp::create(
                b, l, arith::MulIOp::create(b, l, w, createIndexConstant(b, l, window.strides[d])),
                k);
            pos = arith::SubIOp::create(b, l, pos, createIndexConstant(b, l, low[d]));
            Value geZero = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sge, pos,
                                                 createIndexConstant(b, l, 0));
            Value ltSize =
                arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, pos,
                                      createIndexConstant(b, l, operandType.getDimSize(d)));
            inBounds =
                arith::AndIOp::create(b, l, inBounds, arith::AndIOp::create(b, l, geZero, ltSize));
          }
          Value offset = linearOffset(b, l, offsets);
          Value first = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, bestIndex,
                                              createIntConstant(b, l, i64, -1));
          Value keep = emitScalarBody(b, l, selectBody, {bestValue, candidate})[0];
          Value keepNot =
              arith::XOrIOp::create(b, l, keep, createIntConstant(b, l, b.getI1Type(), 1));
          Value take =
              arith::AndIOp::create(b, l, inBounds, arith::OrIOp::create(b, l, first, keepNot));
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, take, candidate, bestValue),
                         arith::SelectOp::create(b, l, take, offset, bestIndex)});
        });
    Value selected = selection.getResult(1);

    // 2. Every operand element folds the source values of the windows that picked it.
    SmallVector<AffineMap> scatterMaps = {AffineMap::get(2 * rank, 0, inner, ctx),
                                          AffineMap::get(2 * rank, 0, outer, ctx)};
    Region &scatterBody = op->getRegion(1);
    Value source = operands[1];
    auto scatter = linalg::GenericOp::create(
        rewriter, loc, TypeRange{operandType}, ValueRange{windowShape}, ValueRange{resultInit},
        scatterMaps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value acc = args[1];
          Value zero = createIndexConstant(b, l, 0);
          Value valid = createIntConstant(b, l, b.getI1Type(), 1);
          SmallVector<Value> windowIndex, offsets;
          for (int64_t d = 0; d < rank; ++d) {
            Value p = linalg::IndexOp::create(b, l, d);
            // Visit offsets from the last: windows then come in ascending order.
            Value k =
                arith::SubIOp::create(b, l, createIndexConstant(b, l, window.dimensions[d] - 1),
                                      linalg::IndexOp::create(b, l, rank + d));
            offsets.push_back(k);
            Value start = arith::SubIOp::create(
                b, l, arith::AddIOp::create(b, l, p, createIndexConstant(b, l, low[d])), k);
            Value nonNegative = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sge, start, zero);
            start = arith::SelectOp::create(b, l, nonNegative, start, zero);
            Value strideValue = createIndexConstant(b, l, window.strides[d]);
            Value aligned =
                arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq,
                                      arith::RemUIOp::create(b, l, start, strideValue), zero);
            Value w = arith::DivUIOp::create(b, l, start, strideValue);
            Value inRange =
                arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, w,
                                      createIndexConstant(b, l, sourceType.getDimSize(d)));
            Value ok = arith::AndIOp::create(b, l, nonNegative,
                                             arith::AndIOp::create(b, l, aligned, inRange));
            valid = arith::AndIOp::create(b, l, valid, ok);
            windowIndex.push_back(arith::SelectOp::create(b, l, ok, w, zero));
          }
          Value chosen = tensor::ExtractOp::create(b, l, selected, windowIndex);
          Value picked = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, chosen,
                                               linearOffset(b, l, offsets));
          picked = arith::AndIOp::create(b, l, valid, picked);
          Value value = tensor::ExtractOp::create(b, l, source, windowIndex);
          Value combined = emitScalarBody(b, l, scatterBody, {acc, value})[0];
          linalg::YieldOp::create(b, l,
                                  ValueRange{arith::SelectOp::create(b, l, picked, combined, acc)});
        });
    rewriter.replaceOp(op, scatter.getResult(0));
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloSelectAndScatterPatterns(const TypeConverter &converter,
                                                            RewritePatternSet &patterns) {
  patterns.add<SelectAndScatterConversion>(converter, patterns.getContext());
}
