//===- Constants.cpp - stablehlo.constant and stablehlo.iota --------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

/// stablehlo.constant -> arith.constant; unsigned element data is reinterpreted as signless.
class ConstantConversion : public StablehloOpPattern {
public:
  ConstantConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.constant", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 0 || op->getNumResults() != 1)
      return reader.fail("expected no operands and one result");
    auto value = dyn_cast_or_null<ElementsAttr>(op->getAttr("value"));
    if (!value)
      return reader.fail("expected an elements attribute 'value'");
    if (value.getType() != op->getResult(0).getType())
      return reader.fail("the type of 'value' differs from the result type");
    Type elementType = value.getElementType();
    if (elementType != getStorageType(elementType) && !isa<DenseIntOrFPElementsAttr>(value))
      return reader.fail("constants of unsigned type must be written as dense<...>");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value>,
                        ConversionPatternRewriter &rewriter) const override {
    auto value = cast<ElementsAttr>(op->getAttr("value"));
    Type storage = getStorageType(value.getElementType());
    TypedAttr converted = cast<TypedAttr>(value);
    if (storage != value.getElementType())
      converted = cast<DenseIntOrFPElementsAttr>(value).bitcast(storage);
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, converted);
    return success();
  }
};

/// stablehlo.iota -> linalg.generic writing the index along `iota_dimension`.
class IotaConversion : public StablehloOpPattern {
public:
  IotaConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.iota", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 0 || op->getNumResults() != 1)
      return reader.fail("expected no operands and one result");
    FailureOr<int64_t> dim = reader.i64("iota_dimension");
    if (failed(dim))
      return failure();
    int64_t rank = cast<RankedTensorType>(op->getResult(0).getType()).getRank();
    if (*dim < 0 || *dim >= rank)
      return reader.fail("iota_dimension " + Twine(*dim) + " is outside the result's rank");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value>,
                        ConversionPatternRewriter &rewriter) const override {
    int64_t dim = *reader.i64("iota_dimension");
    Type elementType = elementTypeOf(op->getResult(0));
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    Value result =
        buildElementwise(rewriter, op->getLoc(), resultType, ValueRange{},
                         [&](OpBuilder &b, Location loc, ValueRange) {
                           Value index = linalg::IndexOp::create(b, loc, dim);
                           Value i64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
                           return convertScalar(b, loc, i64, b.getI64Type(), elementType);
                         });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloConstantPatterns(const TypeConverter &converter,
                                                    RewritePatternSet &patterns) {
  patterns.add<ConstantConversion, IotaConversion>(converter, patterns.getContext());
}
