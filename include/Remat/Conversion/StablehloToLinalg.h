//===- StablehloToLinalg.h - StableHLO (generic form) to linalg -*- C++ -*-===//
//
// Conversion of unregistered, generic-form StableHLO ops to linalg/tensor/arith/math on
// tensors. The patterns match ops by name ("stablehlo.add"), so the StableHLO dialect does not
// need to be registered. Each family of ops has its own populate function so that a client can
// pick the families it needs.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_CONVERSION_STABLEHLOTOLINALG_H
#define REMAT_CONVERSION_STABLEHLOTOLINALG_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::remat {

/// Maps StableHLO tensor types to the types of the converted IR: unsigned and signed integer
/// element types become signless integers of the same width; everything else is unchanged.
class StablehloTypeConverter : public TypeConverter {
public:
  StablehloTypeConverter();
};

/// A conversion pattern for one StableHLO op name. Besides rewriting, it can check an op
/// before anything is rewritten, so that a module with an op that cannot be converted is
/// reported (with the reason) and left unchanged.
class StablehloConversionPattern : public ConversionPattern {
public:
  StablehloConversionPattern(StringRef opName, const TypeConverter &typeConverter,
                             MLIRContext *context)
      : ConversionPattern(typeConverter, opName, /*benefit=*/1, context) {}

  /// Emits an error on `op` and fails when the op's types or attributes are outside what the
  /// pattern converts. `matchAndRewrite` succeeds on every op this accepts.
  virtual LogicalResult checkConvertible(Operation *op) const = 0;
};

/// Elementwise ops: arithmetic, bitwise, math functions, compare, select, clamp, convert,
/// bitcast_convert, reduce_precision, map, and the elementwise CHLO ops.
void populateStablehloElementwisePatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns);
/// Constants and iota.
void populateStablehloConstantPatterns(const TypeConverter &converter, RewritePatternSet &patterns);
/// Data movement: broadcast_in_dim, reshape, transpose, slice, dynamic_slice,
/// dynamic_update_slice, concatenate, pad, reverse, optimization_barrier.
void populateStablehloDataMovementPatterns(const TypeConverter &converter,
                                           RewritePatternSet &patterns);
/// dot_general (and the legacy dot).
void populateStablehloDotPatterns(const TypeConverter &converter, RewritePatternSet &patterns);
/// convolution.
void populateStablehloConvolutionPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns);
/// reduce and reduce_window.
void populateStablehloReducePatterns(const TypeConverter &converter, RewritePatternSet &patterns);
/// select_and_scatter.
void populateStablehloSelectAndScatterPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns);
/// sort.
void populateStablehloSortPatterns(const TypeConverter &converter, RewritePatternSet &patterns);
/// gather and scatter.
void populateStablehloGatherScatterPatterns(const TypeConverter &converter,
                                            RewritePatternSet &patterns);
/// Sharding and memory-space annotations (GSPMD custom calls, Shardy ops): identities on one
/// device.
void populateStablehloShardingPatterns(const TypeConverter &converter, RewritePatternSet &patterns);
/// Control flow: while, if, case (to scf).
void populateStablehloControlFlowPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns);

/// Every family above.
void populateStablehloToLinalgPatterns(const TypeConverter &converter, RewritePatternSet &patterns);

/// Inlines every func.call in `module` whose callee is a single-block function of the module,
/// callees first, then erases private functions left without uses. Fails (with an error) on
/// recursive calls.
LogicalResult inlineModuleCalls(ModuleOp module);

/// Checks, without changing anything, that every StableHLO op of `module` has a pattern that
/// accepts it; emits one error per offending op ("unsupported StableHLO op 'stablehlo.foo'",
/// or the attribute or type that cannot be converted).
LogicalResult checkStablehloModule(ModuleOp module);

/// Converts every StableHLO op of `module` and the function signatures (full dialect
/// conversion). Run checkStablehloModule first for precise diagnostics.
LogicalResult convertStablehloModule(ModuleOp module);

} // namespace mlir::remat

#endif // REMAT_CONVERSION_STABLEHLOTOLINALG_H
