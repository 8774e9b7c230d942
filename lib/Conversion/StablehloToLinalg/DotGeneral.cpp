//===- DotGeneral.cpp - stablehlo.dot_general and stablehlo.dot -----------===//
//
// One linalg.generic over [batch..., lhs free..., rhs free..., contracting...]: the result
// dimensions come in the order the specification gives (batch, then lhs, then rhs), and any
// batching/contracting dimension order of the operands is expressed by the indexing maps, so
// no transposes are needed.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

class DotGeneralConversion : public StablehloOpPattern {
public:
  DotGeneralConversion(StringRef name, const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern(name, converter, ctx) {}

protected:
  /// Dimension numbers of the op; stablehlo.dot contracts the last lhs dimension with the
  /// first rhs dimension.
  static FailureOr<DotDimensionNumbers> readDims(const AttrReader &reader) {
    Operation *op = reader.getOp();
    if (shortName(op) == "dot_general")
      return reader.dotDimensionNumbers("dot_dimension_numbers");
    int64_t lhsRank = cast<RankedTensorType>(op->getOperand(0).getType()).getRank();
    int64_t rhsRank = cast<RankedTensorType>(op->getOperand(1).getType()).getRank();
    if (lhsRank < 1 || lhsRank > 2 || rhsRank < 1 || rhsRank > 2)
      return reader.fail("dot operands must have rank 1 or 2");
    DotDimensionNumbers dims;
    dims.lhsContracting = {lhsRank - 1};
    dims.rhsContracting = {0};
    return dims;
  }

  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 2 || op->getNumResults() != 1)
      return reader.fail("expected 2 operands and 1 result");
    FailureOr<DotDimensionNumbers> dims = readDims(reader);
    if (failed(dims) || failed(reader.checkPrecision()))
      return failure();
    auto lhs = cast<RankedTensorType>(op->getOperand(0).getType());
    auto rhs = cast<RankedTensorType>(op->getOperand(1).getType());
    auto result = cast<RankedTensorType>(op->getResult(0).getType());
    if (dims->lhsBatching.size() != dims->rhsBatching.size() ||
        dims->lhsContracting.size() != dims->rhsContracting.size())
      return reader.fail("lhs and rhs have different numbers of batching or contracting "
                         "dimensions");
    SmallVector<int64_t> lhsUsed(dims->lhsBatching), rhsUsed(dims->rhsBatching);
    llvm::append_range(lhsUsed, dims->lhsContracting);
    llvm::append_range(rhsUsed, dims->rhsContracting);
    if (failed(checkDimensionList(reader, "lhs batching and contracting dimensions", lhsUsed,
                                  lhs.getRank())) ||
        failed(checkDimensionList(reader, "rhs batching and contracting dimensions", rhsUsed,
                                  rhs.getRank())))
      return failure();
    for (auto [l, r] : llvm::zip(lhsUsed, rhsUsed))
      if (lhs.getDimSize(l) != rhs.getDimSize(r))
        return reader.fail("lhs dimension " + Twine(l) + " and rhs dimension " + Twine(r) +
                           " have different sizes");
    SmallVector<int64_t> expected;
    for (int64_t d : dims->lhsBatching)
      expected.push_back(lhs.getDimSize(d));
    for (int64_t d = 0; d < lhs.getRank(); ++d)
      if (!llvm::is_contained(lhsUsed, d))
        expected.push_back(lhs.getDimSize(d));
    for (int64_t d = 0; d < rhs.getRank(); ++d)
      if (!llvm::is_contained(rhsUsed, d))
        expected.push_back(rhs.getDimSize(d));
    if (ArrayRef<int64_t>(expected) != result.getShape())
      return reader.fail("the result shape is not batch x lhs free x rhs free dimensions");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    DotDimensionNumbers dims = *readDims(reader);
    auto lhsType = cast<RankedTensorType>(op->getOperand(0).getType());
    auto rhsType = cast<RankedTensorType>(op->getOperand(1).getType());
    Type resultElement = elementTypeOf(op->getResult(0));
    Type accElement = accumulationType(resultElement);
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    auto accType = RankedTensorType::get(resultType.getShape(), getStorageType(accElement));
    MLIRContext *ctx = rewriter.getContext();
    Location loc = op->getLoc();

    int64_t numBatch = dims.lhsBatching.size();
    int64_t numContract = dims.lhsContracting.size();
    int64_t resultRank = resultType.getRank();
    int64_t numLoops = resultRank + numContract;

    // Loop positions: batching dims first, then the free dims of lhs and of rhs in operand
    // order (the result's order), then the contracting dims.
    auto operandMap = [&](RankedTensorType type, ArrayRef<int64_t> batching,
                          ArrayRef<int64_t> contracting, int64_t freeStart) {
      SmallVector<AffineExpr> exprs;
      int64_t free = freeStart;
      for (int64_t d = 0; d < type.getRank(); ++d) {
        if (const auto *it = llvm::find(batching, d); it != batching.end())
          exprs.push_back(getAffineDimExpr(it - batching.begin(), ctx));
        else if (const auto *it = llvm::find(contracting, d); it != contracting.end())
          exprs.push_back(getAffineDimExpr(resultRank + (it - contracting.begin()), ctx));
        else
          exprs.push_back(getAffineDimExpr(free++, ctx));
      }
      return AffineMap::get(numLoops, 0, exprs, ctx);
    };
    int64_t lhsFree = lhsType.getRank() - numBatch - numContract;
    AffineMap lhsMap = operandMap(lhsType, dims.lhsBatching, dims.lhsContracting, numBatch);
    AffineMap rhsMap =
        operandMap(rhsType, dims.rhsBatching, dims.rhsContracting, numBatch + lhsFree);
    AffineMap resultMap = AffineMap::getMultiDimIdentityMap(numLoops, ctx)
                              .getSubMap(llvm::to_vector(llvm::seq<unsigned>(0, resultRank)));
    SmallVector<utils::IteratorType> iterators(resultRank, utils::IteratorType::parallel);
    iterators.append(numContract, utils::IteratorType::reduction);

    Type lhsElement = elementTypeOf(op->getOperand(0));
    Type rhsElement = elementTypeOf(op->getOperand(1));
    Value init = createFilledTensor(rewriter, loc, accType,
                                    createZero(rewriter, loc, accType.getElementType()));
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{accType}, ValueRange{operands[0], operands[1]}, ValueRange{init},
        {lhsMap, rhsMap, resultMap}, iterators,
        [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
          Value sum = emitMultiplyAccumulate(b, nestedLoc, args[2], args[0], lhsElement, args[1],
                                             rhsElement, accElement);
          linalg::YieldOp::create(b, nestedLoc, sum);
        });
    Value result = generic.getResult(0);
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

void mlir::remat::populateStablehloDotPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns) {
  patterns.add<DotGeneralConversion>("stablehlo.dot_general", converter, patterns.getContext());
  patterns.add<DotGeneralConversion>("stablehlo.dot", converter, patterns.getContext());
}
