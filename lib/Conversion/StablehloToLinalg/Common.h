//===- Common.h - shared pieces of the StableHLO to linalg patterns -------===//
#ifndef REMAT_LIB_CONVERSION_STABLEHLOTOLINALG_COMMON_H
#define REMAT_LIB_CONVERSION_STABLEHLOTOLINALG_COMMON_H

#include "Remat/Support/StablehloAttrs.h"

#include "Remat/Conversion/StablehloToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::remat::stablehlo {

/// The meaning of a StableHLO element type. Signless integers other than i1 are signed, as in
/// the StableHLO dialect; `uiN` are unsigned.
enum class ElementKind { Bool, Signed, Unsigned, Float };

/// The kind of `type`, or nullopt for element types the conversion does not handle (complex,
/// quantized, index, ...).
std::optional<ElementKind> getElementKind(Type type);
/// The element type used after conversion: signless integers, floats unchanged.
Type getStorageType(Type type);
/// The element type of a (tensor) value or type.
Type elementTypeOf(Value value);
Type elementTypeOf(Type type);

/// Name of `op` without the "stablehlo." (or "chlo.") prefix.
StringRef shortName(Operation *op);
/// Whether `op` belongs to StableHLO or to the dialects JAX exports next to it (CHLO, Shardy).
bool isStablehloOp(Operation *op);

/// Checks that every operand and result of the op is a statically shaped tensor of a
/// supported element type.
LogicalResult checkTensorTypes(const AttrReader &reader);
/// Checks one type (named `what` in the message) like checkTensorTypes.
LogicalResult checkTensorType(const AttrReader &reader, Type type, StringRef what);

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

/// A ranked tensor type with the element type replaced by its storage type.
RankedTensorType getStorageTensorType(Type stablehloType);

Value createEmptyTensor(OpBuilder &b, Location loc, RankedTensorType type);
/// tensor.empty + linalg.fill with `scalar`.
Value createFilledTensor(OpBuilder &b, Location loc, RankedTensorType type, Value scalar);
/// The element of a rank-0 tensor.
Value extractScalar(OpBuilder &b, Location loc, Value tensor);

Value createIntConstant(OpBuilder &b, Location loc, Type type, const APInt &value);
Value createIntConstant(OpBuilder &b, Location loc, Type type, int64_t value);
Value createFloatConstant(OpBuilder &b, Location loc, Type type, double value);
Value createIndexConstant(OpBuilder &b, Location loc, int64_t value);
/// Zero of a storage element type (false, 0 or +0.0).
Value createZero(OpBuilder &b, Location loc, Type storageType);

/// linalg.generic computing `resultType` elementwise; each input has the result's shape or
/// is rank 0 (then broadcast). `body` gets one scalar per input.
Value buildElementwise(OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
                       function_ref<Value(OpBuilder &, Location, ValueRange)> body);

/// Static index values for the offset/size/stride operands of tensor slicing ops.
SmallVector<OpFoldResult> foldResults(OpBuilder &b, ArrayRef<int64_t> values);

/// stablehlo.pad semantics on converted values: `low`/`high` may be negative, `interior` is
/// the number of padding elements between neighbours. `padValue` is a scalar.
Value padTensor(OpBuilder &b, Location loc, Value input, Value padValue, ArrayRef<int64_t> low,
                ArrayRef<int64_t> high, ArrayRef<int64_t> interior);

/// Converts scalar `value` of StableHLO element type `from` to `to` with the semantics of
/// XLA's convert (saturating float to integer, NaN to 0, nonzero to true, ...).
Value convertScalar(OpBuilder &b, Location loc, Value value, Type from, Type to);

/// The accumulation type of a dot or convolution producing `resultType` elements: floats
/// narrower than f32 accumulate in f32 (XLA on CPU upcasts them), the rest in their own type.
Type accumulationType(Type resultType);

/// Emits `acc + lhs * rhs` for a dot or convolution body: the operands (of StableHLO element
/// types `lhsType`/`rhsType`) are converted to the accumulation type `accType` first;
/// booleans use AND/OR.
Value emitMultiplyAccumulate(OpBuilder &b, Location loc, Value acc, Value lhs, Type lhsType,
                             Value rhs, Type rhsType, Type accType);

//===----------------------------------------------------------------------===//
// Elementwise ops and scalar bodies
//===----------------------------------------------------------------------===//

/// Names (without prefix) of every elementwise StableHLO op.
ArrayRef<StringLiteral> getElementwiseOpNames();
/// Names (without prefix) of the elementwise CHLO ops handled like them.
ArrayRef<StringLiteral> getChloElementwiseOpNames();
/// Whether `name` (without prefix) is an elementwise op the scalar emitter handles.
bool isElementwiseOpName(StringRef name);
/// Checks arity, element kinds and attributes of an elementwise op (not shapes).
LogicalResult checkElementwiseOp(const AttrReader &reader);
/// Emits the scalar computation of elementwise op `op` on `args`, one storage-typed scalar per
/// operand. Element types and attributes are read from `op`.
Value emitElementwiseScalar(OpBuilder &b, Location loc, Operation *op, ValueRange args);

/// Checks that `body` (the region of reduce, reduce_window, ...) is one block of
/// `numArgs` rank-0 tensor arguments made only of elementwise ops and rank-0 constants,
/// returning `numResults` rank-0 tensors.
LogicalResult checkScalarBody(const AttrReader &reader, Region &body, unsigned numArgs,
                              unsigned numResults);
/// Emits `body` on scalars (storage types of the block arguments' element types) and returns
/// the scalars it returns.
SmallVector<Value> emitScalarBody(OpBuilder &b, Location loc, Region &body, ValueRange args);

//===----------------------------------------------------------------------===//
// Pattern base
//===----------------------------------------------------------------------===//

/// Base of every pattern: checks tensor types, then defers to `check`; `rewrite` reads
/// attributes again without reporting (they were checked).
class StablehloOpPattern : public StablehloConversionPattern {
public:
  using StablehloConversionPattern::StablehloConversionPattern;

  LogicalResult checkConvertible(Operation *op) const final {
    AttrReader reader(op, /*report=*/true);
    if (failed(checkTensorTypes(reader)))
      return failure();
    return check(reader);
  }

  LogicalResult matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                                ConversionPatternRewriter &rewriter) const final {
    AttrReader reader(op, /*report=*/false);
    return rewrite(op, reader, operands, rewriter);
  }

protected:
  virtual LogicalResult check(const AttrReader &reader) const = 0;
  virtual LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                                ConversionPatternRewriter &rewriter) const = 0;
};

} // namespace mlir::remat::stablehlo

#endif // REMAT_LIB_CONVERSION_STABLEHLOTOLINALG_COMMON_H
