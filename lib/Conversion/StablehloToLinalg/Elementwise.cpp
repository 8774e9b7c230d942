//===- Elementwise.cpp - elementwise StableHLO ops to linalg.generic ------===//
#include "Common.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

/// Any elementwise op: one linalg.generic whose body is the op's scalar semantics. Rank-0
/// predicates of select and rank-0 bounds of clamp are broadcast.
class ElementwiseConversion : public StablehloOpPattern {
public:
  using StablehloOpPattern::StablehloOpPattern;

protected:
  LogicalResult check(const AttrReader &reader) const override {
    if (failed(checkElementwiseOp(reader)))
      return failure();
    Operation *op = reader.getOp();
    StringRef name = shortName(op);
    ArrayRef<int64_t> shape = cast<RankedTensorType>(op->getResult(0).getType()).getShape();
    for (auto [index, operand] : llvm::enumerate(op->getOperands())) {
      auto type = cast<RankedTensorType>(operand.getType());
      bool mayBeScalar =
          (name == "select" && index == 0) || (name == "clamp" && (index == 0 || index == 2));
      if (type.getShape() != shape && !(mayBeScalar && type.getRank() == 0))
        return reader.fail("operand #" + Twine(index) + " does not have the result's shape");
    }
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    StringRef name = shortName(op);
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    // Conversions between types with one storage type (f32 to f32, i32 to ui32) change no
    // bits: the operand itself.
    if ((name == "convert" || name == "bitcast_convert") && operands[0].getType() == resultType) {
      rewriter.replaceOp(op, operands[0]);
      return success();
    }
    Value result = buildElementwise(rewriter, op->getLoc(), resultType, operands,
                                    [&](OpBuilder &b, Location loc, ValueRange args) {
                                      return emitElementwiseScalar(b, loc, op, args);
                                    });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// stablehlo.map: the computation region applied to the elements of the inputs.
class MapConversion : public StablehloOpPattern {
public:
  MapConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.map", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() == 0 || op->getNumResults() != 1 || op->getNumRegions() != 1)
      return reader.fail("expected inputs, one result and a computation");
    auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
    for (Value operand : op->getOperands())
      if (cast<RankedTensorType>(operand.getType()).getShape() != resultType.getShape())
        return reader.fail("inputs must have the result's shape");
    FailureOr<SmallVector<int64_t>> dims = reader.i64Array("dimensions");
    if (failed(dims))
      return failure();
    if (!llvm::equal(*dims, llvm::seq<int64_t>(0, resultType.getRank())))
      return reader.fail("dimensions must be all dimensions in order");
    if (failed(checkScalarBody(reader, op->getRegion(0), op->getNumOperands(), 1)))
      return failure();
    Block &body = op->getRegion(0).front();
    for (auto [arg, operand] : llvm::zip(body.getArguments(), op->getOperands()))
      if (elementTypeOf(arg) != elementTypeOf(operand))
        return reader.fail("the computation's arguments must have the inputs' element types");
    if (elementTypeOf(body.back().getOperand(0)) != resultType.getElementType())
      return reader.fail("the computation must return the result's element type");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    Value result = buildElementwise(rewriter, op->getLoc(), resultType, operands,
                                    [&](OpBuilder &b, Location loc, ValueRange args) {
                                      return emitScalarBody(b, loc, op->getRegion(0), args)[0];
                                    });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloElementwisePatterns(const TypeConverter &converter,
                                                       RewritePatternSet &patterns) {
  for (StringLiteral name : getElementwiseOpNames())
    patterns.add<ElementwiseConversion>(("stablehlo." + name).str(), converter,
                                        patterns.getContext());
  patterns.add<MapConversion>(converter, patterns.getContext());
  for (StringLiteral name : getChloElementwiseOpNames())
    patterns.add<ElementwiseConversion>(("chlo." + name).str(), converter, patterns.getContext());
}
