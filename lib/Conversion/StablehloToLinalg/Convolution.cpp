//===- Convolution.cpp - stablehlo.convolution to linalg.generic ----------===//
//
// The input is first padded (edge padding, negative included, and lhs dilation as interior
// padding). The feature (or batch) dimension of the input and the output-feature dimension of
// the kernel and result are then split into [group, within-group], which turns
// feature_group_count and batch_group_count into one more parallel loop. What remains is one
// linalg.generic over
//   [result batch, group, output feature, output spatial..., input feature, kernel spatial...]
// whose indexing maps follow the dimension numbers, so every layout (NHWC/HWIO, NCHW/OIHW,
// the transposed layouts JAX uses for gradients) is handled without transposes; window
// strides, rhs dilation and window reversal are affine expressions of the loops.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

/// Everything the conversion needs, read and checked once.
struct ConvolutionInfo {
  ConvDimensionNumbers dims;
  SmallVector<int64_t> strides, padding, lhsDilation, rhsDilation;
  SmallVector<bool> reversal;
  int64_t featureGroups = 1, batchGroups = 1;
};

/// Output size of one spatial dimension (the specification's num_windows).
int64_t numWindows(int64_t input, int64_t low, int64_t high, int64_t lhsDilation, int64_t window,
                   int64_t rhsDilation, int64_t stride) {
  int64_t dilatedInput = input == 0 ? 0 : (input - 1) * lhsDilation + 1;
  int64_t padded = low + dilatedInput + high;
  int64_t dilatedWindow = window == 0 ? 0 : (window - 1) * rhsDilation + 1;
  if (padded <= 0 || dilatedWindow > padded)
    return 0;
  return (padded - dilatedWindow) / stride + 1;
}

FailureOr<ConvolutionInfo> readConvolution(const AttrReader &reader) {
  Operation *op = reader.getOp();
  ConvolutionInfo info;
  FailureOr<ConvDimensionNumbers> dims = reader.convDimensionNumbers("dimension_numbers");
  if (failed(dims))
    return failure();
  info.dims = *dims;
  size_t spatial = dims->inputSpatial.size();
  auto strides = reader.i64ArrayOfSize("window_strides", spatial, 1);
  auto padding = reader.paddingOr("padding", spatial);
  auto lhsDilation = reader.i64ArrayOfSize("lhs_dilation", spatial, 1);
  auto rhsDilation = reader.i64ArrayOfSize("rhs_dilation", spatial, 1);
  auto reversal = reader.boolArrayOr("window_reversal", spatial, false);
  auto featureGroups = reader.i64Or("feature_group_count", 1);
  auto batchGroups = reader.i64Or("batch_group_count", 1);
  if (failed(strides) || failed(padding) || failed(lhsDilation) || failed(rhsDilation) ||
      failed(reversal) || failed(featureGroups) || failed(batchGroups))
    return failure();
  info.strides = *strides;
  info.padding = *padding;
  info.lhsDilation = *lhsDilation;
  info.rhsDilation = *rhsDilation;
  info.reversal = *reversal;
  info.featureGroups = *featureGroups;
  info.batchGroups = *batchGroups;
  if (op->getNumOperands() != 2 || op->getNumResults() != 1)
    return reader.fail("expected 2 operands and 1 result");
  return info;
}

LogicalResult checkConvolution(const AttrReader &reader, const ConvolutionInfo &info) {
  Operation *op = reader.getOp();
  auto lhs = cast<RankedTensorType>(op->getOperand(0).getType());
  auto rhs = cast<RankedTensorType>(op->getOperand(1).getType());
  auto result = cast<RankedTensorType>(op->getResult(0).getType());
  const ConvDimensionNumbers &d = info.dims;
  int64_t rank = lhs.getRank();
  if (rhs.getRank() != rank || result.getRank() != rank ||
      static_cast<int64_t>(d.inputSpatial.size()) + 2 != rank)
    return reader.fail("lhs, rhs, result and dimension_numbers disagree on the rank");
  SmallVector<int64_t> input = {d.inputBatch, d.inputFeature};
  llvm::append_range(input, d.inputSpatial);
  SmallVector<int64_t> kernel = {d.kernelInputFeature, d.kernelOutputFeature};
  llvm::append_range(kernel, d.kernelSpatial);
  SmallVector<int64_t> output = {d.outputBatch, d.outputFeature};
  llvm::append_range(output, d.outputSpatial);
  if (failed(checkDimensionList(reader, "input dimensions", input, rank)) ||
      failed(checkDimensionList(reader, "kernel dimensions", kernel, rank)) ||
      failed(checkDimensionList(reader, "output dimensions", output, rank)))
    return failure();
  for (size_t s = 0; s < d.inputSpatial.size(); ++s)
    if (info.strides[s] <= 0 || info.lhsDilation[s] <= 0 || info.rhsDilation[s] <= 0)
      return reader.fail("window strides and dilations must be positive");
  int64_t groupsF = info.featureGroups, groupsB = info.batchGroups;
  if (groupsF <= 0 || groupsB <= 0 || (groupsF > 1 && groupsB > 1))
    return reader.fail("feature_group_count and batch_group_count must be positive and one "
                       "of them 1");
  int64_t batch = lhs.getDimSize(d.inputBatch);
  int64_t features = lhs.getDimSize(d.inputFeature);
  int64_t outFeatures = rhs.getDimSize(d.kernelOutputFeature);
  if (features % groupsF != 0 || rhs.getDimSize(d.kernelInputFeature) != features / groupsF)
    return reader.fail("kernel input features must be input features / feature_group_count");
  if (outFeatures % groupsF != 0 || outFeatures % groupsB != 0 || batch % groupsB != 0)
    return reader.fail("group counts must divide the batch and output feature sizes");
  if (result.getDimSize(d.outputBatch) != batch / groupsB ||
      result.getDimSize(d.outputFeature) != outFeatures)
    return reader.fail("result batch or feature size does not match the operands");
  for (size_t s = 0; s < d.inputSpatial.size(); ++s) {
    int64_t expected =
        numWindows(lhs.getDimSize(d.inputSpatial[s]), info.padding[2 * s], info.padding[2 * s + 1],
                   info.lhsDilation[s], rhs.getDimSize(d.kernelSpatial[s]), info.rhsDilation[s],
                   info.strides[s]);
    if (result.getDimSize(d.outputSpatial[s]) != expected)
      return reader.fail("result spatial dimension " + Twine(s) + " should have size " +
                         Twine(expected));
  }
  if (lhs.getElementType() != rhs.getElementType())
    return reader.fail("lhs and rhs element types differ");
  return reader.checkPrecision();
}

/// Reassociation splitting dimension `dim` of a rank-`rank` tensor in two.
SmallVector<ReassociationIndices> splitDimension(int64_t rank, int64_t dim) {
  SmallVector<ReassociationIndices> groups;
  int64_t next = 0;
  for (int64_t d = 0; d < rank; ++d) {
    if (d == dim) {
      groups.push_back({next, next + 1});
      next += 2;
    } else {
      groups.push_back({next++});
    }
  }
  return groups;
}

/// `type` with dimension `dim` split into [groups, size / groups].
RankedTensorType splitType(RankedTensorType type, int64_t dim, int64_t groups) {
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    if (d == dim) {
      shape.push_back(groups);
      shape.push_back(type.getDimSize(d) / groups);
    } else {
      shape.push_back(type.getDimSize(d));
    }
  }
  return RankedTensorType::get(shape, type.getElementType());
}

class ConvolutionConversion : public StablehloOpPattern {
public:
  ConvolutionConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.convolution", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    FailureOr<ConvolutionInfo> info = readConvolution(reader);
    if (failed(info))
      return failure();
    return checkConvolution(reader, *info);
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    ConvolutionInfo info = *readConvolution(reader);
    const ConvDimensionNumbers &d = info.dims;
    Location loc = op->getLoc();
    MLIRContext *ctx = rewriter.getContext();
    auto lhsType = cast<RankedTensorType>(operands[0].getType());
    auto rhsType = cast<RankedTensorType>(operands[1].getType());
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    int64_t rank = lhsType.getRank();
    int64_t numSpatial = rank - 2;
    Type lhsElement = elementTypeOf(op->getOperand(0));
    Type rhsElement = elementTypeOf(op->getOperand(1));
    Type resultElement = elementTypeOf(op->getResult(0));
    Type accElement = accumulationType(resultElement);

    // Padding and lhs dilation, with zeros.
    SmallVector<int64_t> low(rank, 0), high(rank, 0), interior(rank, 0);
    for (int64_t s = 0; s < numSpatial; ++s) {
      low[d.inputSpatial[s]] = info.padding[2 * s];
      high[d.inputSpatial[s]] = info.padding[2 * s + 1];
      interior[d.inputSpatial[s]] = info.lhsDilation[s] - 1;
    }
    Value lhs = padTensor(rewriter, loc, operands[0],
                          createZero(rewriter, loc, lhsType.getElementType()), low, high, interior);

    // Split the grouped dimensions.
    bool batchGrouped = info.batchGroups > 1;
    int64_t groups = batchGrouped ? info.batchGroups : info.featureGroups;
    int64_t lhsSplit = batchGrouped ? d.inputBatch : d.inputFeature;
    auto paddedType = cast<RankedTensorType>(lhs.getType());
    lhs = tensor::ExpandShapeOp::create(rewriter, loc, splitType(paddedType, lhsSplit, groups), lhs,
                                        splitDimension(rank, lhsSplit));
    Value rhs = tensor::ExpandShapeOp::create(
        rewriter, loc, splitType(rhsType, d.kernelOutputFeature, groups), operands[1],
        splitDimension(rank, d.kernelOutputFeature));
    auto accType = RankedTensorType::get(resultType.getShape(), getStorageType(accElement));
    RankedTensorType splitAccType = splitType(accType, d.outputFeature, groups);

    // Loops: n, g, j, o[s]..., c, k[s]...
    int64_t numLoops = 4 + 2 * numSpatial;
    auto dim = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
    AffineExpr n = dim(0), g = dim(1), j = dim(2), c = dim(3 + numSpatial);
    auto o = [&](int64_t s) { return dim(3 + s); };
    auto k = [&](int64_t s) { return dim(4 + numSpatial + s); };

    SmallVector<AffineExpr> lhsExprs, rhsExprs, outExprs;
    for (int64_t p = 0; p < rank; ++p) {
      if (p == d.inputBatch) {
        if (batchGrouped)
          lhsExprs.push_back(g);
        lhsExprs.push_back(n);
      } else if (p == d.inputFeature) {
        if (!batchGrouped)
          lhsExprs.push_back(g);
        lhsExprs.push_back(c);
      } else {
        int64_t s = llvm::find(d.inputSpatial, p) - d.inputSpatial.begin();
        int64_t window = rhsType.getDimSize(d.kernelSpatial[s]);
        AffineExpr tap = info.reversal[s] ? getAffineConstantExpr(window - 1, ctx) - k(s) : k(s);
        lhsExprs.push_back(o(s) * info.strides[s] + tap * info.rhsDilation[s]);
      }
    }
    for (int64_t p = 0; p < rank; ++p) {
      if (p == d.kernelOutputFeature) {
        rhsExprs.push_back(g);
        rhsExprs.push_back(j);
      } else if (p == d.kernelInputFeature) {
        rhsExprs.push_back(c);
      } else {
        rhsExprs.push_back(k(llvm::find(d.kernelSpatial, p) - d.kernelSpatial.begin()));
      }
    }
    for (int64_t p = 0; p < rank; ++p) {
      if (p == d.outputBatch) {
        outExprs.push_back(n);
      } else if (p == d.outputFeature) {
        outExprs.push_back(g);
        outExprs.push_back(j);
      } else {
        outExprs.push_back(o(llvm::find(d.outputSpatial, p) - d.outputSpatial.begin()));
      }
    }
    SmallVector<AffineMap> maps = {AffineMap::get(numLoops, 0, lhsExprs, ctx),
                                   AffineMap::get(numLoops, 0, rhsExprs, ctx),
                                   AffineMap::get(numLoops, 0, outExprs, ctx)};
    SmallVector<utils::IteratorType> iterators(3 + numSpatial, utils::IteratorType::parallel);
    iterators.append(1 + numSpatial, utils::IteratorType::reduction);

    Value init = createFilledTensor(rewriter, loc, splitAccType,
                                    createZero(rewriter, loc, splitAccType.getElementType()));
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{splitAccType}, ValueRange{lhs, rhs}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
          linalg::YieldOp::create(b, nestedLoc,
                                  emitMultiplyAccumulate(b, nestedLoc, args[2], args[0], lhsElement,
                                                         args[1], rhsElement, accElement));
        });
    Value result = tensor::CollapseShapeOp::create(rewriter, loc, accType, generic.getResult(0),
                                                   splitDimension(rank, d.outputFeature));
    if (accElement != resultElement)
      result =
          buildElementwise(rewriter, loc, resultType, ValueRange{result},
                           [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
                             return convertScalar(b, nestedLoc, args[0], accElement, resultElement);
                           });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloConvolutionPatterns(const TypeConverter &converter,
                                                       RewritePatternSet &patterns) {
  patterns.add<ConvolutionConversion>(converter, patterns.getContext());
}
