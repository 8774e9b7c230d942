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
      bool mayBeScalar = (name == "select" && index == 0) ||
                         (name == "clamp" && (index == 0 || index == 2));
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
    if ((name == "convert" || name == "bitcast_convert") &&
        operands[0].getType() == resultType) {
      rewriter.replaceOp(op, operands[0]);
      return success();
    }
    Value result = buildElementwise(
        rewriter, op->getLoc(), resultType, operands,
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return emitElementwiseScalar(b, loc, op, args);
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
  for (StringLiteral name : getChloElementwiseOpNames())
    patterns.add<ElementwiseConversion>(("chlo." + name).str(), converter,
                                        patterns.getContext());
}
