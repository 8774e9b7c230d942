//===- Sharding.cpp - sharding annotations on one device ------------------===//
//
// JAX marks shardings with ops that move no data on a single device: the GSPMD custom calls
// (`Sharding`, `SPMDFullToShardShape`, `SPMDShardToFullShape`), memory-space annotations
// (`MoveToHost`, `MoveToDevice`) and Shardy's `sdy.sharding_constraint` / `sdy.reshard` with
// its `sdy.mesh` declarations. A train step imported for one device passes their operand
// through; any other custom call is an error that names its target.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

const StringRef kIdentityTargets[] = {"Sharding", "SPMDFullToShardShape", "SPMDShardToFullShape",
                                      "MoveToHost", "MoveToDevice"};

/// One operand, one result of the same type.
LogicalResult checkIdentity(const AttrReader &reader) {
  Operation *op = reader.getOp();
  if (op->getNumOperands() != 1 || op->getNumResults() != 1 ||
      op->getOperand(0).getType() != op->getResult(0).getType())
    return reader.fail("expected one operand and one result of the same type");
  return success();
}

class CustomCallConversion : public StablehloOpPattern {
public:
  CustomCallConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.custom_call", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    auto target = reader.getOp()->getAttrOfType<StringAttr>("call_target_name");
    if (!target)
      return reader.fail("missing attribute 'call_target_name'");
    if (!llvm::is_contained(kIdentityTargets, target.getValue()))
      return reader.fail("unsupported custom call target '" + target.getValue() +
                         "'; only the sharding and memory-space annotations (Sharding, "
                         "SPMDFullToShardShape, SPMDShardToFullShape, MoveToHost, "
                         "MoveToDevice) are converted, as identities");
    return checkIdentity(reader);
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, operands[0]);
    return success();
  }
};

class ShardyIdentityConversion : public StablehloOpPattern {
public:
  using StablehloOpPattern::StablehloOpPattern;

protected:
  LogicalResult check(const AttrReader &reader) const override { return checkIdentity(reader); }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, operands[0]);
    return success();
  }
};

/// `sdy.mesh` only declares device meshes for sharding attributes.
class ShardyMeshConversion : public StablehloOpPattern {
public:
  ShardyMeshConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("sdy.mesh", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 0 || op->getNumResults() != 0 || op->getNumRegions() != 0)
      return reader.fail("expected a declaration without operands, results or regions");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &, ArrayRef<Value>,
                        ConversionPatternRewriter &rewriter) const override {
    rewriter.eraseOp(op);
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloShardingPatterns(const TypeConverter &converter,
                                                    RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<CustomCallConversion, ShardyMeshConversion>(converter, ctx);
  patterns.add<ShardyIdentityConversion>("sdy.sharding_constraint", converter, ctx);
  patterns.add<ShardyIdentityConversion>("sdy.reshard", converter, ctx);
}
