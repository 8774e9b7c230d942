//===- Common.cpp - shared pieces of the StableHLO to linalg patterns -----===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/AffineMap.h"
#include "llvm/ADT/APFloat.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

std::optional<ElementKind> stablehlo::getElementKind(Type type) {
  if (isa<FloatType>(type))
    return ElementKind::Float;
  if (auto integer = dyn_cast<IntegerType>(type)) {
    if (integer.getWidth() == 1)
      return ElementKind::Bool;
    return integer.isUnsigned() ? ElementKind::Unsigned : ElementKind::Signed;
  }
  return std::nullopt;
}

Type stablehlo::getStorageType(Type type) {
  if (auto integer = dyn_cast<IntegerType>(type); integer && !integer.isSignless())
    return IntegerType::get(type.getContext(), integer.getWidth());
  return type;
}

Type stablehlo::elementTypeOf(Type type) { return getElementTypeOrSelf(type); }
Type stablehlo::elementTypeOf(Value value) { return getElementTypeOrSelf(value.getType()); }

StringRef stablehlo::shortName(Operation *op) {
  StringRef name = op->getName().getStringRef();
  if (!name.consume_front("stablehlo."))
    name.consume_front("chlo.");
  return name;
}

bool stablehlo::isStablehloOp(Operation *op) {
  StringRef dialect = op->getName().getDialectNamespace();
  return dialect == "stablehlo" || dialect == "chlo" || dialect == "sdy";
}

LogicalResult stablehlo::checkTensorType(const AttrReader &reader, Type type, StringRef what) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  if (!tensor)
    return reader.fail(what + " has type " + text + "; only ranked tensors are supported");
  if (!tensor.hasStaticShape())
    return reader.fail(what + " has type " + text + "; dynamic shapes are not supported");
  if (tensor.getEncoding())
    return reader.fail(what + " has type " + text + "; tensor encodings are not supported");
  if (!getElementKind(tensor.getElementType()))
    return reader.fail(what + " has type " + text +
                       "; only boolean, integer and floating-point elements are supported");
  return success();
}

LogicalResult stablehlo::checkTensorTypes(const AttrReader &reader) {
  Operation *op = reader.getOp();
  for (auto [index, operand] : llvm::enumerate(op->getOperands()))
    if (failed(checkTensorType(reader, operand.getType(), "operand #" + std::to_string(index))))
      return failure();
  for (auto [index, result] : llvm::enumerate(op->getResults()))
    if (failed(checkTensorType(reader, result.getType(), "result #" + std::to_string(index))))
      return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

RankedTensorType stablehlo::getStorageTensorType(Type stablehloType) {
  auto tensor = cast<RankedTensorType>(stablehloType);
  return RankedTensorType::get(tensor.getShape(), getStorageType(tensor.getElementType()));
}

Value stablehlo::createEmptyTensor(OpBuilder &b, Location loc, RankedTensorType type) {
  return tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
}

Value stablehlo::createFilledTensor(OpBuilder &b, Location loc, RankedTensorType type,
                                    Value scalar) {
  Value empty = createEmptyTensor(b, loc, type);
  return linalg::FillOp::create(b, loc, ValueRange{scalar}, ValueRange{empty}).getResult(0);
}

Value stablehlo::extractScalar(OpBuilder &b, Location loc, Value tensor) {
  return tensor::ExtractOp::create(b, loc, tensor, ValueRange{});
}

Value stablehlo::createIntConstant(OpBuilder &b, Location loc, Type type, const APInt &value) {
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

Value stablehlo::createIntConstant(OpBuilder &b, Location loc, Type type, int64_t value) {
  unsigned width = type.getIntOrFloatBitWidth();
  return createIntConstant(b, loc, type,
                           APInt(width, static_cast<uint64_t>(value), /*isSigned=*/true,
                                 /*implicitTrunc=*/true));
}

Value stablehlo::createFloatConstant(OpBuilder &b, Location loc, Type type, double value) {
  return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
}

Value stablehlo::createIndexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

Value stablehlo::createZero(OpBuilder &b, Location loc, Type storageType) {
  if (isa<FloatType>(storageType))
    return createFloatConstant(b, loc, storageType, 0.0);
  return createIntConstant(b, loc, storageType, 0);
}

Value stablehlo::buildElementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                                  ValueRange inputs,
                                  function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  int64_t rank = resultType.getRank();
  MLIRContext *ctx = b.getContext();
  SmallVector<AffineMap> maps;
  for (Value input : inputs) {
    if (cast<RankedTensorType>(input.getType()).getRank() == 0 && rank != 0)
      maps.push_back(AffineMap::get(rank, 0, {}, ctx));
    else
      maps.push_back(AffineMap::getMultiDimIdentityMap(rank, ctx));
  }
  maps.push_back(AffineMap::getMultiDimIdentityMap(rank, ctx));
  SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
  Value init = createEmptyTensor(b, loc, resultType);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value result = body(nested, nestedLoc, args.drop_back());
        linalg::YieldOp::create(nested, nestedLoc, result);
      });
  return generic.getResult(0);
}

SmallVector<OpFoldResult> stablehlo::foldResults(OpBuilder &b, ArrayRef<int64_t> values) {
  return getAsIndexOpFoldResult(b.getContext(), values);
}

Value stablehlo::padTensor(OpBuilder &b, Location loc, Value input, Value padValue,
                           ArrayRef<int64_t> low, ArrayRef<int64_t> high,
                           ArrayRef<int64_t> interior) {
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t rank = inputType.getRank();
  bool identity = llvm::all_of(low, [](int64_t v) { return v == 0; }) &&
                  llvm::all_of(high, [](int64_t v) { return v == 0; }) &&
                  llvm::all_of(interior, [](int64_t v) { return v == 0; });
  if (identity)
    return input;

  SmallVector<int64_t> resultShape, sliceStart, sliceSize, insertOffset, insertStride;
  bool empty = false;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t n = inputType.getDimSize(d);
    int64_t step = interior[d] + 1;
    int64_t size = n + low[d] + high[d] + std::max<int64_t>(n - 1, 0) * interior[d];
    resultShape.push_back(size);
    // Operand elements i land at low + i * step; keep those inside [0, size).
    int64_t first = low[d] >= 0 ? 0 : llvm::divideCeilSigned(-low[d], step);
    int64_t last = std::min(n - 1, llvm::divideFloorSigned(size - 1 - low[d], step));
    if (n == 0 || size <= 0 || last < first) {
      empty = true;
      first = 0;
      last = -1;
    }
    sliceStart.push_back(first);
    sliceSize.push_back(last - first + 1);
    insertOffset.push_back(low[d] + first * step);
    insertStride.push_back(step);
  }
  auto resultType = RankedTensorType::get(resultShape, inputType.getElementType());
  Value slice = input;
  if (!empty && llvm::any_of(llvm::zip(sliceStart, sliceSize, inputType.getShape()), [](auto t) {
        return std::get<0>(t) != 0 || std::get<1>(t) != std::get<2>(t);
      })) {
    SmallVector<int64_t> ones(rank, 1);
    slice = tensor::ExtractSliceOp::create(b, loc, input, foldResults(b, sliceStart),
                                           foldResults(b, sliceSize), foldResults(b, ones));
  }
  // Only negative padding: the kept part is the result.
  if (!empty && ArrayRef<int64_t>(sliceSize) == ArrayRef<int64_t>(resultShape))
    return slice;
  Value result = createFilledTensor(b, loc, resultType, padValue);
  if (empty)
    return result;
  return tensor::InsertSliceOp::create(b, loc, slice, result, foldResults(b, insertOffset),
                                       foldResults(b, sliceSize), foldResults(b, insertStride));
}

//===----------------------------------------------------------------------===//
// convert
//===----------------------------------------------------------------------===//

/// `value` widened to f32 when its float type is narrower (exact), else unchanged.
static Value widenToF32(OpBuilder &b, Location loc, Value value) {
  auto type = cast<FloatType>(value.getType());
  if (type.getWidth() >= 32)
    return value;
  return arith::ExtFOp::create(b, loc, b.getF32Type(), value);
}

/// The float nearest to integer `value` in `type` (ties to even), possibly infinite.
static APFloat nearestFloat(FloatType type, const APInt &value, bool isSigned) {
  APFloat result(type.getFloatSemantics());
  result.convertFromAPInt(value, isSigned, APFloat::rmNearestTiesToEven);
  return result;
}

Value stablehlo::convertScalar(OpBuilder &b, Location loc, Value value, Type from, Type to) {
  if (from == to)
    return value;
  ElementKind fromKind = *getElementKind(from);
  ElementKind toKind = *getElementKind(to);
  Type target = getStorageType(to);

  if (toKind == ElementKind::Bool) {
    // Nonzero (NaN included) is true.
    if (fromKind == ElementKind::Float)
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, value,
                                   createZero(b, loc, value.getType()));
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, value,
                                 createZero(b, loc, value.getType()));
  }

  if (fromKind == ElementKind::Float && toKind == ElementKind::Float) {
    auto fromFloat = cast<FloatType>(from), toFloat = cast<FloatType>(to);
    if (fromFloat.getWidth() < toFloat.getWidth())
      return arith::ExtFOp::create(b, loc, target, value);
    if (fromFloat.getWidth() > toFloat.getWidth())
      return arith::TruncFOp::create(b, loc, target, value);
    // Same width, different format (bf16 <-> f16): through f32, exact then rounded once.
    Value wide = arith::ExtFOp::create(b, loc, b.getF32Type(), value);
    return arith::TruncFOp::create(b, loc, target, wide);
  }

  if (fromKind != ElementKind::Float && toKind == ElementKind::Float) {
    if (fromKind == ElementKind::Signed)
      return arith::SIToFPOp::create(b, loc, target, value);
    return arith::UIToFPOp::create(b, loc, target, value);
  }

  if (fromKind != ElementKind::Float) {
    // Integer (or bool) to integer: extend by the source's signedness, or truncate.
    unsigned fromWidth = from.getIntOrFloatBitWidth(), toWidth = to.getIntOrFloatBitWidth();
    if (fromWidth == toWidth)
      return value;
    if (fromWidth > toWidth)
      return arith::TruncIOp::create(b, loc, target, value);
    if (fromKind == ElementKind::Signed)
      return arith::ExtSIOp::create(b, loc, target, value);
    return arith::ExtUIOp::create(b, loc, target, value);
  }

  // Float to integer, saturating as XLA does: NaN -> 0, beyond the range -> min/max.
  Value x = widenToF32(b, loc, value);
  auto floatType = cast<FloatType>(x.getType());
  unsigned width = to.getIntOrFloatBitWidth();
  bool isSigned = toKind == ElementKind::Signed;
  APInt minInt = isSigned ? APInt::getSignedMinValue(width) : APInt::getMinValue(width);
  APInt maxInt = isSigned ? APInt::getSignedMaxValue(width) : APInt::getMaxValue(width);
  Value minFloat = arith::ConstantOp::create(
      b, loc, b.getFloatAttr(floatType, nearestFloat(floatType, minInt, isSigned)));
  Value maxFloat = arith::ConstantOp::create(
      b, loc, b.getFloatAttr(floatType, nearestFloat(floatType, maxInt, isSigned)));
  Value minValue = createIntConstant(b, loc, target, minInt);
  Value maxValue = createIntConstant(b, loc, target, maxInt);
  Value converted = isSigned ? Value(arith::FPToSIOp::create(b, loc, target, x))
                             : Value(arith::FPToUIOp::create(b, loc, target, x));
  // Unsigned: x <= 0 or NaN gives 0 (ULE is true on NaN). Signed: x <= min gives min.
  Value belowMin = arith::CmpFOp::create(
      b, loc, isSigned ? arith::CmpFPredicate::OLE : arith::CmpFPredicate::ULE, x, minFloat);
  converted = arith::SelectOp::create(b, loc, belowMin, minValue, converted);
  Value aboveMax = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, maxFloat);
  converted = arith::SelectOp::create(b, loc, aboveMax, maxValue, converted);
  if (isSigned) {
    Value isNan = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
    converted = arith::SelectOp::create(b, loc, isNan, createZero(b, loc, target), converted);
  }
  return converted;
}

Type stablehlo::accumulationType(Type resultType) {
  if (auto floatType = dyn_cast<FloatType>(resultType); floatType && floatType.getWidth() < 32)
    return Float32Type::get(resultType.getContext());
  return resultType;
}

Value stablehlo::emitMultiplyAccumulate(OpBuilder &b, Location loc, Value acc, Value lhs,
                                        Type lhsType, Value rhs, Type rhsType, Type accType) {
  Value l = convertScalar(b, loc, lhs, lhsType, accType);
  Value r = convertScalar(b, loc, rhs, rhsType, accType);
  if (isa<FloatType>(accType))
    return arith::AddFOp::create(b, loc, acc, arith::MulFOp::create(b, loc, l, r));
  if (accType.isInteger(1))
    return arith::OrIOp::create(b, loc, acc, arith::AndIOp::create(b, loc, l, r));
  return arith::AddIOp::create(b, loc, acc, arith::MulIOp::create(b, loc, l, r));
}
