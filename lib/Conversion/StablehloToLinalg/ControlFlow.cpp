//===- ControlFlow.cpp - stablehlo.while/if/case to scf -------------------===//
//
// The regions move into scf.while / scf.if / scf.index_switch and their ops are converted in
// place by the rest of the conversion; the `stablehlo.return` that ends each region becomes
// scf.condition (the while condition, whose rank-0 boolean is extracted) or scf.yield.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

/// Checks that `region` has one block taking `args` and ending in a stablehlo.return of
/// values of types `results`.
LogicalResult checkRegion(const AttrReader &reader, Region &region, TypeRange args,
                          TypeRange results, StringRef what) {
  if (!region.hasOneBlock())
    return reader.fail("the " + what + " region must have one block");
  Block &block = region.front();
  if (block.getArgumentTypes() != args)
    return reader.fail("the " + what + " region has the wrong arguments");
  Operation *terminator = &block.back();
  if (terminator->getName().getStringRef() != "stablehlo.return" ||
      terminator->getOperandTypes() != results)
    return reader.fail("the " + what + " region must end in stablehlo.return of the results");
  return success();
}

class WhileConversion : public StablehloOpPattern {
public:
  WhileConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.while", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumRegions() != 2 || op->getOperandTypes() != op->getResultTypes())
      return reader.fail("expected two regions and results of the operands' types");
    auto boolType = RankedTensorType::get({}, IntegerType::get(op->getContext(), 1));
    if (failed(checkRegion(reader, op->getRegion(0), op->getOperandTypes(), {boolType},
                           "condition")) ||
        failed(checkRegion(reader, op->getRegion(1), op->getOperandTypes(), op->getOperandTypes(),
                           "body")))
      return failure();
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertTypes(op->getResultTypes(), resultTypes)))
      return failure();
    auto whileOp = scf::WhileOp::create(rewriter, op->getLoc(), resultTypes, operands);
    rewriter.inlineRegionBefore(op->getRegion(0), whileOp.getBefore(), whileOp.getBefore().end());
    rewriter.inlineRegionBefore(op->getRegion(1), whileOp.getAfter(), whileOp.getAfter().end());
    if (failed(rewriter.convertRegionTypes(&whileOp.getBefore(), *getTypeConverter())) ||
        failed(rewriter.convertRegionTypes(&whileOp.getAfter(), *getTypeConverter())))
      return failure();
    rewriter.replaceOp(op, whileOp.getResults());
    return success();
  }
};

class IfConversion : public StablehloOpPattern {
public:
  IfConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.if", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 1 || op->getNumRegions() != 2 ||
        cast<RankedTensorType>(op->getOperand(0).getType()).getRank() != 0 ||
        !elementTypeOf(op->getOperand(0)).isInteger(1))
      return reader.fail("expected a rank-0 boolean predicate and two regions");
    if (failed(checkRegion(reader, op->getRegion(0), {}, op->getResultTypes(), "true")) ||
        failed(checkRegion(reader, op->getRegion(1), {}, op->getResultTypes(), "false")))
      return failure();
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertTypes(op->getResultTypes(), resultTypes)))
      return failure();
    Location loc = op->getLoc();
    Value condition = extractScalar(rewriter, loc, operands[0]);
    auto ifOp = scf::IfOp::create(rewriter, loc, resultTypes, condition,
                                  /*addThenBlock=*/false, /*addElseBlock=*/false);
    rewriter.inlineRegionBefore(op->getRegion(0), ifOp.getThenRegion(), ifOp.getThenRegion().end());
    rewriter.inlineRegionBefore(op->getRegion(1), ifOp.getElseRegion(), ifOp.getElseRegion().end());
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

/// stablehlo.case: branch `index`, or the last branch when the index is out of range, which is
/// exactly scf.index_switch with the last branch as default.
class CaseConversion : public StablehloOpPattern {
public:
  CaseConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.case", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    auto indexType = cast<RankedTensorType>(op->getOperand(0).getType());
    ElementKind kind = *getElementKind(indexType.getElementType());
    if (op->getNumOperands() != 1 || op->getNumRegions() < 1 || indexType.getRank() != 0 ||
        kind == ElementKind::Float || kind == ElementKind::Bool)
      return reader.fail("expected a rank-0 integer index and at least one branch");
    for (Region &region : op->getRegions())
      if (failed(checkRegion(reader, region, {}, op->getResultTypes(), "branch")))
        return failure();
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertTypes(op->getResultTypes(), resultTypes)))
      return failure();
    Location loc = op->getLoc();
    Value index = extractScalar(rewriter, loc, operands[0]);
    index =
        *getElementKind(elementTypeOf(op->getOperand(0))) == ElementKind::Signed
            ? Value(arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), index))
            : Value(arith::IndexCastUIOp::create(rewriter, loc, rewriter.getIndexType(), index));
    unsigned numCases = op->getNumRegions() - 1;
    auto cases = llvm::to_vector(llvm::seq<int64_t>(0, numCases));
    auto switchOp = scf::IndexSwitchOp::create(rewriter, loc, resultTypes, index, cases, numCases);
    for (unsigned i = 0; i < numCases; ++i)
      rewriter.inlineRegionBefore(op->getRegion(i), switchOp.getCaseRegions()[i],
                                  switchOp.getCaseRegions()[i].end());
    rewriter.inlineRegionBefore(op->getRegion(numCases), switchOp.getDefaultRegion(),
                                switchOp.getDefaultRegion().end());
    rewriter.replaceOp(op, switchOp.getResults());
    return success();
  }
};

/// The terminator of a region that moved into an scf op.
class ReturnConversion : public StablehloOpPattern {
public:
  ReturnConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.return", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *parent = reader.getOp()->getParentOp();
    StringRef name = parent ? parent->getName().getStringRef() : "";
    if (name != "stablehlo.while" && name != "stablehlo.if" && name != "stablehlo.case")
      return reader.fail("'stablehlo.return' outside the body of a StableHLO op");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    auto whileOp = dyn_cast<scf::WhileOp>(op->getParentOp());
    if (whileOp && op->getParentRegion() == &whileOp.getBefore()) {
      Value condition = extractScalar(rewriter, op->getLoc(), operands[0]);
      rewriter.replaceOpWithNewOp<scf::ConditionOp>(op, condition, op->getBlock()->getArguments());
      return success();
    }
    if (!isa<scf::WhileOp, scf::IfOp, scf::IndexSwitchOp>(op->getParentOp()))
      return failure();
    rewriter.replaceOpWithNewOp<scf::YieldOp>(op, operands);
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloControlFlowPatterns(const TypeConverter &converter,
                                                       RewritePatternSet &patterns) {
  patterns.add<WhileConversion, IfConversion, CaseConversion, ReturnConversion>(
      converter, patterns.getContext());
}
