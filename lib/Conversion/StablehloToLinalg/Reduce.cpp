//===- Reduce.cpp - stablehlo.reduce and stablehlo.reduce_window ----------===//
//
// Both become one linalg.generic with one output per result, initialised with the init values.
// The body region is emitted on scalars with the accumulators as its first half of arguments
// and the new elements as its second half, the order XLA applies reducers in; the elements are
// visited in ascending index order after the init value.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

RankedTensorType tensorTypeOf(Value value) { return cast<RankedTensorType>(value.getType()); }

/// Checks the shared shape of reduce-like ops: N inputs of one shape, N rank-0 inits, N
/// results, and a body of 2N scalar arguments returning N values of the results' types.
LogicalResult checkReduceOperands(const AttrReader &reader) {
  Operation *op = reader.getOp();
  unsigned n = op->getNumResults();
  if (n == 0 || op->getNumOperands() != 2 * n || op->getNumRegions() != 1)
    return reader.fail("expected N inputs, N init values, N results and a body");
  ArrayRef<int64_t> shape = tensorTypeOf(op->getOperand(0)).getShape();
  for (unsigned i = 0; i < n; ++i) {
    if (tensorTypeOf(op->getOperand(i)).getShape() != shape)
      return reader.fail("inputs must have one shape");
    if (tensorTypeOf(op->getOperand(n + i)).getRank() != 0)
      return reader.fail("init values must be rank-0 tensors");
  }
  Region &body = op->getRegion(0);
  if (failed(checkScalarBody(reader, body, 2 * n, n)))
    return failure();
  Block &block = body.front();
  for (unsigned i = 0; i < n; ++i) {
    Type accType = elementTypeOf(block.getArgument(i));
    if (elementTypeOf(block.getArgument(n + i)) != accType ||
        elementTypeOf(op->getResult(i)) != accType ||
        elementTypeOf(block.getTerminator()->getOperand(i)) != accType)
      return reader.fail("body argument, body result and op result #" + Twine(i) +
                         " must have one element type");
  }
  return success();
}

/// Output tensors filled with the init values converted to the body's types.
SmallVector<Value> createAccumulators(OpBuilder &b, Location loc, Operation *op,
                                      ArrayRef<Value> operands) {
  unsigned n = op->getNumResults();
  Block &block = op->getRegion(0).front();
  SmallVector<Value> outputs;
  for (unsigned i = 0; i < n; ++i) {
    Value init = extractScalar(b, loc, operands[n + i]);
    init = convertScalar(b, loc, init, elementTypeOf(op->getOperand(n + i)),
                         elementTypeOf(block.getArgument(i)));
    outputs.push_back(
        createFilledTensor(b, loc, getStorageTensorType(op->getResult(i).getType()), init));
  }
  return outputs;
}

/// The body of the generic: converts the new elements to the body's argument types and runs
/// the region as reducer(accumulators..., elements...).
void buildReducerBody(OpBuilder &b, Location loc, Operation *op, ValueRange elements,
                      ValueRange accumulators) {
  unsigned n = op->getNumResults();
  Block &block = op->getRegion(0).front();
  SmallVector<Value> args(accumulators);
  for (unsigned i = 0; i < n; ++i)
    args.push_back(convertScalar(b, loc, elements[i], elementTypeOf(op->getOperand(i)),
                                 elementTypeOf(block.getArgument(n + i))));
  SmallVector<Value> results = emitScalarBody(b, loc, op->getRegion(0), args);
  linalg::YieldOp::create(b, loc, results);
}

//===----------------------------------------------------------------------===//
// reduce
//===----------------------------------------------------------------------===//

class ReduceConversion : public StablehloOpPattern {
public:
  ReduceConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.reduce", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(checkReduceOperands(reader)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType inputType = tensorTypeOf(op->getOperand(0));
    FailureOr<SmallVector<int64_t>> dims = reader.i64Array("dimensions");
    if (failed(dims) ||
        failed(checkDimensionList(reader, "dimensions", *dims, inputType.getRank())))
      return failure();
    SmallVector<int64_t> kept;
    for (int64_t d = 0; d < inputType.getRank(); ++d)
      if (!llvm::is_contained(*dims, d))
        kept.push_back(inputType.getDimSize(d));
    for (Value result : op->getResults())
      if (tensorTypeOf(result).getShape() != ArrayRef<int64_t>(kept))
        return reader.fail("result shapes must be the input shape without the reduced "
                           "dimensions");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<int64_t> dims = *reader.i64Array("dimensions");
    unsigned n = op->getNumResults();
    int64_t rank = tensorTypeOf(op->getOperand(0)).getRank();
    Location loc = op->getLoc();
    MLIRContext *ctx = rewriter.getContext();

    SmallVector<AffineExpr> kept;
    SmallVector<utils::IteratorType> iterators;
    for (int64_t d = 0; d < rank; ++d) {
      bool reduced = llvm::is_contained(dims, d);
      iterators.push_back(reduced ? utils::IteratorType::reduction : utils::IteratorType::parallel);
      if (!reduced)
        kept.push_back(getAffineDimExpr(d, ctx));
    }
    SmallVector<AffineMap> maps(n, AffineMap::getMultiDimIdentityMap(rank, ctx));
    maps.append(n, AffineMap::get(rank, 0, kept, ctx));

    SmallVector<Value> outputs = createAccumulators(rewriter, loc, op, operands);
    SmallVector<Type> resultTypes =
        llvm::map_to_vector(outputs, [](Value v) { return v.getType(); });
    auto generic = linalg::GenericOp::create(
        rewriter, loc, resultTypes, operands.take_front(n), outputs, maps, iterators,
        [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
          buildReducerBody(b, nestedLoc, op, args.take_front(n), args.drop_front(n));
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// reduce_window
//===----------------------------------------------------------------------===//

struct WindowInfo {
  SmallVector<int64_t> dimensions, strides, baseDilations, windowDilations, padding;
};

FailureOr<WindowInfo> readWindow(const AttrReader &reader, int64_t rank) {
  WindowInfo info;
  auto dimensions = reader.i64ArrayOfSize("window_dimensions", rank, std::nullopt);
  auto strides = reader.i64ArrayOfSize("window_strides", rank, 1);
  auto baseDilations = reader.i64ArrayOfSize("base_dilations", rank, 1);
  auto windowDilations = reader.i64ArrayOfSize("window_dilations", rank, 1);
  auto padding = reader.paddingOr("padding", rank);
  if (failed(dimensions) || failed(strides) || failed(baseDilations) || failed(windowDilations) ||
      failed(padding))
    return failure();
  info.dimensions = *dimensions;
  info.strides = *strides;
  info.baseDilations = *baseDilations;
  info.windowDilations = *windowDilations;
  info.padding = *padding;
  return info;
}

class ReduceWindowConversion : public StablehloOpPattern {
public:
  ReduceWindowConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.reduce_window", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(checkReduceOperands(reader)))
      return failure();
    Operation *op = reader.getOp();
    RankedTensorType inputType = tensorTypeOf(op->getOperand(0));
    int64_t rank = inputType.getRank();
    FailureOr<WindowInfo> info = readWindow(reader, rank);
    if (failed(info))
      return failure();
    SmallVector<int64_t> expected;
    for (int64_t d = 0; d < rank; ++d) {
      if (info->dimensions[d] <= 0 || info->strides[d] <= 0 || info->baseDilations[d] <= 0 ||
          info->windowDilations[d] <= 0)
        return reader.fail("window dimensions, strides and dilations must be positive");
      int64_t size = inputType.getDimSize(d);
      int64_t dilated = size == 0 ? 0 : (size - 1) * info->baseDilations[d] + 1;
      int64_t padded = info->padding[2 * d] + dilated + info->padding[2 * d + 1];
      int64_t window = (info->dimensions[d] - 1) * info->windowDilations[d] + 1;
      expected.push_back(padded <= 0 || window > padded ? 0
                                                        : (padded - window) / info->strides[d] + 1);
    }
    for (Value result : op->getResults())
      if (tensorTypeOf(result).getShape() != ArrayRef<int64_t>(expected))
        return reader.fail("result shapes do not match the window");
    for (unsigned i = 0, n = op->getNumResults(); i < n; ++i)
      if (elementTypeOf(op->getOperand(i)) != elementTypeOf(op->getOperand(n + i)))
        return reader.fail("each input and its init value must have one element type");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    unsigned n = op->getNumResults();
    int64_t rank = tensorTypeOf(op->getOperand(0)).getRank();
    WindowInfo info = *readWindow(reader, rank);
    Location loc = op->getLoc();
    MLIRContext *ctx = rewriter.getContext();

    // Pad every input with its init value (edge padding and base dilation), as specified.
    SmallVector<int64_t> low, high, interior;
    for (int64_t d = 0; d < rank; ++d) {
      low.push_back(info.padding[2 * d]);
      high.push_back(info.padding[2 * d + 1]);
      interior.push_back(info.baseDilations[d] - 1);
    }
    SmallVector<Value> inputs;
    for (unsigned i = 0; i < n; ++i)
      inputs.push_back(padTensor(rewriter, loc, operands[i],
                                 extractScalar(rewriter, loc, operands[n + i]), low, high,
                                 interior));
    // The window loops need a shape: an unused tensor of the window's size.
    Type f32 = rewriter.getF32Type();
    inputs.push_back(tensor::EmptyOp::create(rewriter, loc, info.dimensions, f32));

    SmallVector<AffineExpr> windowed, outer, window;
    for (int64_t d = 0; d < rank; ++d) {
      AffineExpr o = getAffineDimExpr(d, ctx), w = getAffineDimExpr(rank + d, ctx);
      windowed.push_back(o * info.strides[d] + w * info.windowDilations[d]);
      outer.push_back(o);
      window.push_back(w);
    }
    SmallVector<AffineMap> maps(n, AffineMap::get(2 * rank, 0, windowed, ctx));
    maps.push_back(AffineMap::get(2 * rank, 0, window, ctx));
    maps.append(n, AffineMap::get(2 * rank, 0, outer, ctx));
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators.append(rank, utils::IteratorType::reduction);

    SmallVector<Value> outputs = createAccumulators(rewriter, loc, op, operands);
    SmallVector<Type> resultTypes =
        llvm::map_to_vector(outputs, [](Value v) { return v.getType(); });
    auto generic = linalg::GenericOp::create(
        rewriter, loc, resultTypes, inputs, outputs, maps, iterators,
        [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
          buildReducerBody(b, nestedLoc, op, args.take_front(n), args.drop_front(n + 1));
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloReducePatterns(const TypeConverter &converter,
                                                  RewritePatternSet &patterns) {
  patterns.add<ReduceConversion, ReduceWindowConversion>(converter, patterns.getContext());
}
