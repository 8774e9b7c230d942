//===- ScalarOps.cpp - scalar semantics of elementwise StableHLO ops ------===//
//
// One place decides what every elementwise op computes on one element; elementwise patterns
// wrap it in a linalg.generic and reduce-like ops use it for their bodies. Where the StableHLO
// specification leaves behaviour open (integer division by zero, shifts past the width,
// float-to-integer overflow, integer powers) we follow XLA's CPU backend, which is what JAX
// users observe.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

/// Which element kinds an elementwise op accepts (checked on its first data operand).
enum class Accepts {
  Any,           // bool, integers, floats
  Numeric,       // integers and floats
  SignedOrFloat, // signed integers and floats
  IntOrBool,     // bitwise ops
  Int,           // integers only
  Float,         // floats only
  Convert,       // anything to anything
};

struct ElementwiseInfo {
  unsigned arity;
  Accepts accepts;
};

std::optional<ElementwiseInfo> lookupElementwise(StringRef name) {
  using Info = std::optional<ElementwiseInfo>;
  return llvm::StringSwitch<Info>(name)
      // Binary arithmetic.
      .Cases({"add", "multiply", "maximum", "minimum"}, ElementwiseInfo{2, Accepts::Any})
      .Cases({"subtract", "divide", "remainder", "power"}, ElementwiseInfo{2, Accepts::Numeric})
      .Case("atan2", ElementwiseInfo{2, Accepts::Float})
      // Bitwise.
      .Cases({"and", "or", "xor"}, ElementwiseInfo{2, Accepts::IntOrBool})
      .Case("not", ElementwiseInfo{1, Accepts::IntOrBool})
      .Cases({"shift_left", "shift_right_arithmetic", "shift_right_logical"},
             ElementwiseInfo{2, Accepts::Int})
      .Cases({"popcnt", "count_leading_zeros"}, ElementwiseInfo{1, Accepts::Int})
      // Unary arithmetic.
      .Cases({"negate", "sign"}, ElementwiseInfo{1, Accepts::Numeric})
      .Case("abs", ElementwiseInfo{1, Accepts::SignedOrFloat})
      .Cases({"exponential", "exponential_minus_one", "log", "log_plus_one", "logistic", "tanh",
              "sqrt", "rsqrt", "cbrt", "floor", "ceil", "round_nearest_afz", "round_nearest_even",
              "sine", "cosine", "tan", "is_finite", "reduce_precision"},
             ElementwiseInfo{1, Accepts::Float})
      // CHLO.
      .Cases({"erf", "erfc", "sinh", "cosh", "asin", "acos", "atan", "asinh", "acosh", "atanh",
              "is_inf", "is_pos_inf", "is_neg_inf"},
             ElementwiseInfo{1, Accepts::Float})
      // Others.
      .Case("compare", ElementwiseInfo{2, Accepts::Any})
      .Case("select", ElementwiseInfo{3, Accepts::Any})
      .Case("clamp", ElementwiseInfo{3, Accepts::Any})
      .Cases({"convert", "bitcast_convert"}, ElementwiseInfo{1, Accepts::Convert})
      .Default(std::nullopt);
}

/// The operand whose element type decides the semantics (select: the values, clamp: the
/// operand).
unsigned dataOperandIndex(StringRef name) { return name == "select" || name == "clamp" ? 1 : 0; }

const char *describe(Accepts accepts) {
  switch (accepts) {
  case Accepts::Any:
    return "boolean, integer or floating-point";
  case Accepts::Numeric:
    return "integer or floating-point";
  case Accepts::SignedOrFloat:
    return "signed integer or floating-point";
  case Accepts::IntOrBool:
    return "boolean or integer";
  case Accepts::Int:
    return "integer";
  case Accepts::Float:
    return "floating-point";
  case Accepts::Convert:
    return "any";
  }
  llvm_unreachable("unknown category");
}

bool accepts(Accepts accepts, ElementKind kind) {
  switch (accepts) {
  case Accepts::Any:
  case Accepts::Convert:
    return true;
  case Accepts::Numeric:
    return kind != ElementKind::Bool;
  case Accepts::SignedOrFloat:
    return kind == ElementKind::Signed || kind == ElementKind::Float;
  case Accepts::IntOrBool:
    return kind != ElementKind::Float;
  case Accepts::Int:
    return kind == ElementKind::Signed || kind == ElementKind::Unsigned;
  case Accepts::Float:
    return kind == ElementKind::Float;
  }
  llvm_unreachable("unknown category");
}

const StringRef kDirections[] = {"EQ", "NE", "LT", "LE", "GT", "GE"};
const StringRef kCompareTypes[] = {"FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"};

/// Float operands widened to f32 when narrower; float arithmetic on bf16/f16/f8 is computed
/// in f32 and rounded once at the end, as XLA does on CPU (exact for +, -, *, /, sqrt).
Value widen(OpBuilder &b, Location loc, Value value) {
  auto type = dyn_cast<FloatType>(value.getType());
  if (!type || type.getWidth() >= 32)
    return value;
  return arith::ExtFOp::create(b, loc, b.getF32Type(), value);
}

Value narrow(OpBuilder &b, Location loc, Value value, Type storageType) {
  if (value.getType() == storageType)
    return value;
  return arith::TruncFOp::create(b, loc, storageType, value);
}

Value emitCompare(OpBuilder &b, Location loc, Operation *op, Value lhs, Value rhs) {
  AttrReader reader(op, /*report=*/false);
  std::string direction =
      **reader.enumValue("comparison_direction", "comparison_direction", kDirections);
  std::optional<std::string> compareType =
      *reader.enumValue("compare_type", "comparison_type", kCompareTypes);
  ElementKind kind = *getElementKind(elementTypeOf(op->getOperand(0)));

  if (kind == ElementKind::Float && compareType != std::optional<std::string>("TOTALORDER")) {
    // IEEE quiet comparisons: every ordered comparison with NaN is false, NE is true.
    auto predicate = llvm::StringSwitch<arith::CmpFPredicate>(direction)
                         .Case("EQ", arith::CmpFPredicate::OEQ)
                         .Case("NE", arith::CmpFPredicate::UNE)
                         .Case("LT", arith::CmpFPredicate::OLT)
                         .Case("LE", arith::CmpFPredicate::OLE)
                         .Case("GT", arith::CmpFPredicate::OGT)
                         .Default(arith::CmpFPredicate::OGE);
    return arith::CmpFOp::create(b, loc, predicate, widen(b, loc, lhs), widen(b, loc, rhs));
  }

  bool isSigned;
  if (kind == ElementKind::Float) {
    // Total order: compare the bit patterns as signed integers after flipping the magnitude
    // bits of negative values, so -NaN < -Inf < ... < -0 < +0 < ... < +Inf < +NaN.
    auto floatType = cast<FloatType>(lhs.getType());
    auto intType = b.getIntegerType(floatType.getWidth());
    Value zero = createIntConstant(b, loc, intType, 0);
    Value magnitude =
        createIntConstant(b, loc, intType, APInt::getSignedMaxValue(floatType.getWidth()));
    auto key = [&](Value x) -> Value {
      Value bits = arith::BitcastOp::create(b, loc, intType, x);
      Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, bits, zero);
      Value flipped = arith::XOrIOp::create(b, loc, bits, magnitude);
      return arith::SelectOp::create(b, loc, negative, flipped, bits);
    };
    lhs = key(lhs);
    rhs = key(rhs);
    isSigned = true;
  } else if (compareType == std::optional<std::string>("SIGNED")) {
    isSigned = kind != ElementKind::Bool;
  } else if (compareType == std::optional<std::string>("UNSIGNED")) {
    isSigned = false;
  } else {
    isSigned = kind == ElementKind::Signed;
  }
  auto predicate = llvm::StringSwitch<arith::CmpIPredicate>(direction)
                       .Case("EQ", arith::CmpIPredicate::eq)
                       .Case("NE", arith::CmpIPredicate::ne)
                       .Case("LT", isSigned ? arith::CmpIPredicate::slt : arith::CmpIPredicate::ult)
                       .Case("LE", isSigned ? arith::CmpIPredicate::sle : arith::CmpIPredicate::ule)
                       .Case("GT", isSigned ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::ugt)
                       .Default(isSigned ? arith::CmpIPredicate::sge : arith::CmpIPredicate::uge);
  return arith::CmpIOp::create(b, loc, predicate, lhs, rhs);
}

/// XLA's integer division: x / 0 = -1 (all ones), INT_MIN / -1 = INT_MIN.
Value emitIntegerDivide(OpBuilder &b, Location loc, Value lhs, Value rhs, bool isSigned) {
  Type type = lhs.getType();
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = createIntConstant(b, loc, type, 0);
  Value one = createIntConstant(b, loc, type, 1);
  Value allOnes = createIntConstant(b, loc, type, -1);
  Value byZero = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, zero);
  if (!isSigned) {
    Value safeRhs = arith::SelectOp::create(b, loc, byZero, one, rhs);
    Value quotient = arith::DivUIOp::create(b, loc, lhs, safeRhs);
    return arith::SelectOp::create(b, loc, byZero, allOnes, quotient);
  }
  Value intMin = createIntConstant(b, loc, type, APInt::getSignedMinValue(width));
  Value overflow = arith::AndIOp::create(
      b, loc, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lhs, intMin),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, allOnes));
  Value unsafe = arith::OrIOp::create(b, loc, byZero, overflow);
  Value safeRhs = arith::SelectOp::create(b, loc, unsafe, one, rhs);
  Value quotient = arith::DivSIOp::create(b, loc, lhs, safeRhs);
  quotient = arith::SelectOp::create(b, loc, overflow, intMin, quotient);
  return arith::SelectOp::create(b, loc, byZero, allOnes, quotient);
}

/// XLA's integer remainder (sign of the dividend): x % 0 = x, INT_MIN % -1 = 0.
Value emitIntegerRemainder(OpBuilder &b, Location loc, Value lhs, Value rhs, bool isSigned) {
  Type type = lhs.getType();
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = createIntConstant(b, loc, type, 0);
  Value one = createIntConstant(b, loc, type, 1);
  Value byZero = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, zero);
  if (!isSigned) {
    Value safeRhs = arith::SelectOp::create(b, loc, byZero, one, rhs);
    Value remainder = arith::RemUIOp::create(b, loc, lhs, safeRhs);
    return arith::SelectOp::create(b, loc, byZero, lhs, remainder);
  }
  Value intMin = createIntConstant(b, loc, type, APInt::getSignedMinValue(width));
  Value allOnes = createIntConstant(b, loc, type, -1);
  Value overflow = arith::AndIOp::create(
      b, loc, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lhs, intMin),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, allOnes));
  Value unsafe = arith::OrIOp::create(b, loc, byZero, overflow);
  Value safeRhs = arith::SelectOp::create(b, loc, unsafe, one, rhs);
  Value remainder = arith::RemSIOp::create(b, loc, lhs, safeRhs);
  remainder = arith::SelectOp::create(b, loc, overflow, zero, remainder);
  return arith::SelectOp::create(b, loc, byZero, lhs, remainder);
}

/// XLA's integer power: square-and-multiply over the low 6 bits of the exponent (any larger
/// exponent overflows every base but 0 and +-1); a negative exponent gives 1 for base 1 and 0
/// otherwise.
Value emitIntegerPower(OpBuilder &b, Location loc, Value base, Value exponent) {
  Type type = base.getType();
  Value zero = createIntConstant(b, loc, type, 0);
  Value one = createIntConstant(b, loc, type, 1);
  Value accumulator = one;
  Value square = base;
  Value remaining = exponent;
  for (int bit = 0; bit < 6; ++bit) {
    Value lowBit = arith::AndIOp::create(b, loc, remaining, one);
    Value isSet = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lowBit, one);
    Value product = arith::MulIOp::create(b, loc, accumulator, square);
    accumulator = arith::SelectOp::create(b, loc, isSet, product, accumulator);
    if (bit == 5)
      break;
    square = arith::MulIOp::create(b, loc, square, square);
    remaining = arith::ShRUIOp::create(b, loc, remaining, one);
  }
  Value nonNegative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, exponent, zero);
  Value baseIsOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, base, one);
  Value negativeResult = arith::SelectOp::create(b, loc, baseIsOne, one, zero);
  return arith::SelectOp::create(b, loc, nonNegative, accumulator, negativeResult);
}

/// Shifts by an amount outside [0, width) (read as unsigned) saturate: 0, or the sign for
/// arithmetic right shifts.
Value emitShift(OpBuilder &b, Location loc, StringRef name, Value lhs, Value rhs) {
  Type type = lhs.getType();
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = createIntConstant(b, loc, type, 0);
  Value inRange = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, rhs,
                                        createIntConstant(b, loc, type, width));
  Value shifted, saturated = zero;
  if (name == "shift_left") {
    shifted = arith::ShLIOp::create(b, loc, lhs, rhs);
  } else if (name == "shift_right_logical") {
    shifted = arith::ShRUIOp::create(b, loc, lhs, rhs);
  } else {
    shifted = arith::ShRSIOp::create(b, loc, lhs, rhs);
    Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, lhs, zero);
    saturated =
        arith::SelectOp::create(b, loc, negative, createIntConstant(b, loc, type, -1), zero);
  }
  return arith::SelectOp::create(b, loc, inRange, shifted, saturated);
}

/// XLA's reduce_precision: round the mantissa to `mantissaBits` (ties to even), flush values
/// outside the range of `exponentBits` to signed infinity/zero, keep NaNs.
Value emitReducePrecision(OpBuilder &b, Location loc, Value x, int64_t exponentBits,
                          int64_t mantissaBits) {
  auto floatType = cast<FloatType>(x.getType());
  unsigned nbits = floatType.getWidth();
  int64_t srcMantissaBits = floatType.getFPMantissaWidth() - 1;
  int64_t srcExponentBits = nbits - 1 - srcMantissaBits;
  auto intType = b.getIntegerType(nbits);
  auto constant = [&](const APInt &v) { return createIntConstant(b, loc, intType, v); };

  Value bits = arith::BitcastOp::create(b, loc, intType, x);
  APInt signMask = APInt::getSignMask(nbits);
  Value absBits = arith::AndIOp::create(b, loc, bits, constant(~signMask));
  APInt expMask = APInt::getLowBitsSet(nbits, srcExponentBits).shl(srcMantissaBits);
  Value isNan =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, absBits, constant(expMask));
  if (mantissaBits < srcMantissaBits) {
    APInt lastMantissaBit = APInt::getOneBitSet(nbits, srcMantissaBits - mantissaBits);
    APInt baseBias = lastMantissaBit.lshr(1) - 1;
    Value lastBit = arith::ShRUIOp::create(
        b, loc, arith::AndIOp::create(b, loc, bits, constant(lastMantissaBit)),
        constant(APInt(nbits, srcMantissaBits - mantissaBits)));
    Value bias = arith::AddIOp::create(b, loc, lastBit, constant(baseBias));
    APInt truncationMask = ~(lastMantissaBit - 1);
    bits = arith::AndIOp::create(b, loc, arith::AddIOp::create(b, loc, bits, bias),
                                 constant(truncationMask));
  }
  if (exponentBits < srcExponentBits) {
    APInt exponentBias = APInt::getLowBitsSet(nbits, srcExponentBits - 1);
    APInt reducedBias = APInt::getLowBitsSet(nbits, exponentBits - 1);
    APInt maxExponent = (exponentBias + reducedBias).shl(srcMantissaBits);
    APInt minExponent = (exponentBias - reducedBias).shl(srcMantissaBits);
    Value exponent = arith::AndIOp::create(b, loc, bits, constant(expMask));
    Value overflows =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, exponent, constant(maxExponent));
    Value underflows =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, exponent, constant(minExponent));
    Value signedZero = arith::AndIOp::create(b, loc, bits, constant(signMask));
    Value signedInf = arith::OrIOp::create(b, loc, signedZero, constant(expMask));
    bits = arith::SelectOp::create(b, loc, overflows, signedInf, bits);
    bits = arith::SelectOp::create(b, loc, underflows, signedZero, bits);
  }
  Value result = arith::BitcastOp::create(b, loc, floatType, bits);
  if (mantissaBits > 0)
    return arith::SelectOp::create(b, loc, isNan, x, result);
  Value inf = arith::ConstantOp::create(
      b, loc, b.getFloatAttr(floatType, APFloat::getInf(floatType.getFloatSemantics())));
  return arith::SelectOp::create(b, loc, isNan, inf, result);
}

/// A float unary op computed in (at least) f32.
Value emitFloatUnary(OpBuilder &b, Location loc, StringRef name, Value x) {
  auto type = x.getType();
  if (name == "is_finite") {
    // |x| != inf, false for NaN.
    Value abs = math::AbsFOp::create(b, loc, x);
    Value inf = arith::ConstantOp::create(
        b, loc, b.getFloatAttr(type, APFloat::getInf(cast<FloatType>(type).getFloatSemantics())));
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::ONE, abs, inf);
  }
  if (name == "exponential")
    return math::ExpOp::create(b, loc, x);
  if (name == "exponential_minus_one")
    return math::ExpM1Op::create(b, loc, x);
  if (name == "log")
    return math::LogOp::create(b, loc, x);
  if (name == "log_plus_one")
    return math::Log1pOp::create(b, loc, x);
  if (name == "logistic") {
    // 1 / (1 + exp(-x)): exact limits 0 and 1 in the tails.
    Value one = createFloatConstant(b, loc, type, 1.0);
    Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
    return arith::DivFOp::create(b, loc, one, arith::AddFOp::create(b, loc, one, e));
  }
  if (name == "tanh")
    return math::TanhOp::create(b, loc, x);
  if (name == "sqrt")
    return math::SqrtOp::create(b, loc, x);
  if (name == "rsqrt")
    return math::RsqrtOp::create(b, loc, x);
  if (name == "cbrt")
    return math::CbrtOp::create(b, loc, x);
  if (name == "floor")
    return math::FloorOp::create(b, loc, x);
  if (name == "ceil")
    return math::CeilOp::create(b, loc, x);
  if (name == "round_nearest_afz")
    return math::RoundOp::create(b, loc, x);
  if (name == "round_nearest_even")
    return math::RoundEvenOp::create(b, loc, x);
  if (name == "sine")
    return math::SinOp::create(b, loc, x);
  if (name == "cosine")
    return math::CosOp::create(b, loc, x);
  if (name == "tan")
    return math::TanOp::create(b, loc, x);
  if (name == "erf")
    return math::ErfOp::create(b, loc, x);
  if (name == "erfc")
    return math::ErfcOp::create(b, loc, x);
  if (name == "sinh")
    return math::SinhOp::create(b, loc, x);
  if (name == "cosh")
    return math::CoshOp::create(b, loc, x);
  if (name == "asin")
    return math::AsinOp::create(b, loc, x);
  if (name == "acos")
    return math::AcosOp::create(b, loc, x);
  if (name == "atan")
    return math::AtanOp::create(b, loc, x);
  if (name == "asinh")
    return math::AsinhOp::create(b, loc, x);
  if (name == "acosh")
    return math::AcoshOp::create(b, loc, x);
  if (name == "atanh")
    return math::AtanhOp::create(b, loc, x);
  if (name == "is_inf" || name == "is_pos_inf" || name == "is_neg_inf") {
    auto semantics = &cast<FloatType>(type).getFloatSemantics();
    Value inf =
        arith::ConstantOp::create(b, loc, b.getFloatAttr(type, APFloat::getInf(*semantics)));
    if (name == "is_pos_inf")
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x, inf);
    Value negInf = arith::ConstantOp::create(
        b, loc, b.getFloatAttr(type, APFloat::getInf(*semantics, /*Negative=*/true)));
    if (name == "is_neg_inf")
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x, negInf);
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, math::AbsFOp::create(b, loc, x),
                                 inf);
  }
  if (name == "negate")
    return arith::NegFOp::create(b, loc, x);
  if (name == "abs")
    return math::AbsFOp::create(b, loc, x);
  if (name == "sign") {
    // copysign(x != 0 ? 1 : 0, x), NaN stays NaN; keeps the sign of zero.
    Value zero = createFloatConstant(b, loc, type, 0.0);
    Value one = createFloatConstant(b, loc, type, 1.0);
    Value nonZero = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::ONE, x, zero);
    Value magnitude = arith::SelectOp::create(b, loc, nonZero, one, zero);
    Value sign = math::CopySignOp::create(b, loc, magnitude, x);
    Value isNan = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
    return arith::SelectOp::create(b, loc, isNan, x, sign);
  }
  llvm_unreachable("not a float unary op");
}

} // namespace

ArrayRef<StringLiteral> stablehlo::getElementwiseOpNames() {
  // bitcast_convert is elementwise only between types of one width; its pattern lives with
  // the data-movement ops, the scalar emitter above handles it in bodies.
  // clang-format off
  static const StringLiteral names[] = {
      "add", "multiply", "maximum", "minimum", "subtract", "divide", "remainder", "power",
      "atan2", "and", "or", "xor", "not", "shift_left", "shift_right_arithmetic",
      "shift_right_logical", "popcnt", "count_leading_zeros", "negate", "sign", "abs",
      "exponential", "exponential_minus_one", "log", "log_plus_one", "logistic", "tanh", "sqrt",
      "rsqrt", "cbrt", "floor", "ceil", "round_nearest_afz", "round_nearest_even", "sine",
      "cosine", "tan", "is_finite", "reduce_precision", "compare", "select", "clamp", "convert"};
  // clang-format on
  return names;
}

ArrayRef<StringLiteral> stablehlo::getChloElementwiseOpNames() {
  // clang-format off
  static const StringLiteral names[] = {
      "erf", "erfc", "sinh", "cosh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "tan",
      "is_inf", "is_pos_inf", "is_neg_inf"};
  // clang-format on
  return names;
}

bool stablehlo::isElementwiseOpName(StringRef name) { return lookupElementwise(name).has_value(); }

LogicalResult stablehlo::checkElementwiseOp(const AttrReader &reader) {
  Operation *op = reader.getOp();
  StringRef name = shortName(op);
  std::optional<ElementwiseInfo> info = lookupElementwise(name);
  if (!info)
    return reader.fail("not an elementwise op");
  if (op->getNumOperands() != info->arity || op->getNumResults() != 1)
    return reader.fail("expected " + Twine(info->arity) + " operands and 1 result");
  Type dataType = elementTypeOf(op->getOperand(dataOperandIndex(name)));
  ElementKind kind = *getElementKind(dataType);
  if (!accepts(info->accepts, kind))
    return reader.fail(Twine("operands must be ") + describe(info->accepts) + ", not " +
                       (kind == ElementKind::Bool ? "boolean" : "this element type"));

  Type resultType = elementTypeOf(op->getResult(0));
  if (name == "compare") {
    FailureOr<std::optional<std::string>> direction =
        reader.enumValue("comparison_direction", "comparison_direction", kDirections);
    if (failed(direction))
      return failure();
    if (!*direction)
      return reader.fail("missing attribute 'comparison_direction'");
    FailureOr<std::optional<std::string>> compareType =
        reader.enumValue("compare_type", "comparison_type", kCompareTypes);
    if (failed(compareType))
      return failure();
    if (*compareType) {
      bool floatType = **compareType == "FLOAT" || **compareType == "TOTALORDER";
      if (floatType != (kind == ElementKind::Float))
        return reader.fail("compare_type " + **compareType + " does not fit the operands");
    }
    if (elementTypeOf(op->getOperand(1)) != dataType || !resultType.isInteger(1))
      return reader.fail("expected operands of one element type and a boolean result");
    return success();
  }
  if (name == "select") {
    if (!elementTypeOf(op->getOperand(0)).isInteger(1))
      return reader.fail("the predicate must be boolean");
    if (elementTypeOf(op->getOperand(2)) != dataType || resultType != dataType)
      return reader.fail("the two values and the result must have one element type");
    return success();
  }
  if (name == "convert")
    return success();
  if (name == "bitcast_convert") {
    if (dataType.getIntOrFloatBitWidth() != resultType.getIntOrFloatBitWidth())
      return reader.fail("bitcast_convert between element types of different widths is not "
                         "supported");
    return success();
  }
  if (name == "reduce_precision") {
    FailureOr<int64_t> exponentBits = reader.i64("exponent_bits");
    FailureOr<int64_t> mantissaBits = reader.i64("mantissa_bits");
    if (failed(exponentBits) || failed(mantissaBits))
      return failure();
    if (*exponentBits < 1 || *mantissaBits < 0)
      return reader.fail("needs exponent_bits >= 1 and mantissa_bits >= 0");
  }
  for (Value operand : op->getOperands())
    if (elementTypeOf(operand) != dataType)
      return reader.fail("operands must have one element type");
  if (name == "is_finite" || name.starts_with("is_")) {
    if (!resultType.isInteger(1))
      return reader.fail("the result must be boolean");
  } else if (resultType != dataType) {
    return reader.fail("the result must have the operands' element type");
  }
  return success();
}

Value stablehlo::emitElementwiseScalar(OpBuilder &b, Location loc, Operation *op, ValueRange args) {
  StringRef name = shortName(op);
  Type dataType = elementTypeOf(op->getOperand(dataOperandIndex(name)));
  Type resultType = elementTypeOf(op->getResult(0));
  Type resultStorage = getStorageType(resultType);
  ElementKind kind = *getElementKind(dataType);
  bool isSigned = kind == ElementKind::Signed;

  if (name == "convert")
    return convertScalar(b, loc, args[0], dataType, resultType);
  if (name == "bitcast_convert") {
    if (args[0].getType() == resultStorage)
      return args[0];
    return arith::BitcastOp::create(b, loc, resultStorage, args[0]);
  }
  if (name == "compare")
    return emitCompare(b, loc, op, args[0], args[1]);
  if (name == "select")
    return arith::SelectOp::create(b, loc, args[0], args[1], args[2]);
  if (name == "reduce_precision") {
    AttrReader reader(op, /*report=*/false);
    return emitReducePrecision(b, loc, args[0], *reader.i64("exponent_bits"),
                               *reader.i64("mantissa_bits"));
  }

  if (kind == ElementKind::Float) {
    SmallVector<Value> wide = llvm::map_to_vector(args, [&](Value v) { return widen(b, loc, v); });
    Value result;
    if (name == "add")
      result = arith::AddFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "subtract")
      result = arith::SubFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "multiply")
      result = arith::MulFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "divide")
      result = arith::DivFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "remainder") // fmod: the sign of the dividend
      result = arith::RemFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "power")
      result = math::PowFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "maximum") // IEEE maximum: NaN propagates, -0 < +0
      result = arith::MaximumFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "minimum")
      result = arith::MinimumFOp::create(b, loc, wide[0], wide[1]);
    else if (name == "atan2")
      result = math::Atan2Op::create(b, loc, wide[0], wide[1]);
    else if (name == "clamp") // min(max(operand, lo), hi)
      result = arith::MinimumFOp::create(
          b, loc, arith::MaximumFOp::create(b, loc, wide[1], wide[0]), wide[2]);
    else
      result = emitFloatUnary(b, loc, name, wide[0]);
    if (isa<FloatType>(resultStorage))
      return narrow(b, loc, result, resultStorage);
    return result;
  }

  if (kind == ElementKind::Bool) {
    // Booleans: add/max are OR, multiply/min are AND.
    if (name == "add" || name == "maximum" || name == "or")
      return arith::OrIOp::create(b, loc, args[0], args[1]);
    if (name == "multiply" || name == "minimum" || name == "and")
      return arith::AndIOp::create(b, loc, args[0], args[1]);
    if (name == "xor")
      return arith::XOrIOp::create(b, loc, args[0], args[1]);
    if (name == "not")
      return arith::XOrIOp::create(b, loc, args[0],
                                   createIntConstant(b, loc, args[0].getType(), 1));
    if (name == "clamp")
      return arith::AndIOp::create(b, loc, arith::OrIOp::create(b, loc, args[1], args[0]), args[2]);
    llvm_unreachable("checked: not a boolean op");
  }

  // Integers (wrap-around arithmetic).
  Value lhs = args[0];
  Type type = lhs.getType();
  if (name == "add")
    return arith::AddIOp::create(b, loc, lhs, args[1]);
  if (name == "subtract")
    return arith::SubIOp::create(b, loc, lhs, args[1]);
  if (name == "multiply")
    return arith::MulIOp::create(b, loc, lhs, args[1]);
  if (name == "divide")
    return emitIntegerDivide(b, loc, lhs, args[1], isSigned);
  if (name == "remainder")
    return emitIntegerRemainder(b, loc, lhs, args[1], isSigned);
  if (name == "power")
    return emitIntegerPower(b, loc, lhs, args[1]);
  if (name == "maximum")
    return isSigned ? Value(arith::MaxSIOp::create(b, loc, lhs, args[1]))
                    : Value(arith::MaxUIOp::create(b, loc, lhs, args[1]));
  if (name == "minimum")
    return isSigned ? Value(arith::MinSIOp::create(b, loc, lhs, args[1]))
                    : Value(arith::MinUIOp::create(b, loc, lhs, args[1]));
  if (name == "clamp") {
    Value operand = args[1];
    Value low = isSigned ? Value(arith::MaxSIOp::create(b, loc, operand, args[0]))
                         : Value(arith::MaxUIOp::create(b, loc, operand, args[0]));
    return isSigned ? Value(arith::MinSIOp::create(b, loc, low, args[2]))
                    : Value(arith::MinUIOp::create(b, loc, low, args[2]));
  }
  if (name == "and")
    return arith::AndIOp::create(b, loc, lhs, args[1]);
  if (name == "or")
    return arith::OrIOp::create(b, loc, lhs, args[1]);
  if (name == "xor")
    return arith::XOrIOp::create(b, loc, lhs, args[1]);
  if (name == "not")
    return arith::XOrIOp::create(b, loc, lhs, createIntConstant(b, loc, type, -1));
  if (name.starts_with("shift_"))
    return emitShift(b, loc, name, lhs, args[1]);
  if (name == "popcnt")
    return math::CtPopOp::create(b, loc, lhs);
  if (name == "count_leading_zeros")
    return math::CountLeadingZerosOp::create(b, loc, lhs);
  if (name == "negate")
    return arith::SubIOp::create(b, loc, createIntConstant(b, loc, type, 0), lhs);
  if (name == "abs") // abs(INT_MIN) = INT_MIN
    return math::AbsIOp::create(b, loc, lhs);
  if (name == "sign") {
    Value zero = createIntConstant(b, loc, type, 0);
    Value one = createIntConstant(b, loc, type, 1);
    Value positive = arith::CmpIOp::create(
        b, loc, isSigned ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::ne, lhs, zero);
    Value result = arith::SelectOp::create(b, loc, positive, one, zero);
    if (!isSigned)
      return result;
    Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, lhs, zero);
    return arith::SelectOp::create(b, loc, negative, createIntConstant(b, loc, type, -1), result);
  }
  llvm_unreachable("checked: not an integer op");
}

//===----------------------------------------------------------------------===//
// Scalar bodies
//===----------------------------------------------------------------------===//

static bool isRankZeroTensor(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && tensor.getRank() == 0;
}

LogicalResult stablehlo::checkScalarBody(const AttrReader &reader, Region &body, unsigned numArgs,
                                         unsigned numResults) {
  if (!body.hasOneBlock())
    return reader.fail("the body region must have exactly one block");
  Block &block = body.front();
  if (block.getNumArguments() != numArgs)
    return reader.fail("the body must take " + Twine(numArgs) + " arguments");
  for (BlockArgument arg : block.getArguments()) {
    if (!isRankZeroTensor(arg.getType()))
      return reader.fail("the body arguments must be rank-0 tensors");
    if (failed(checkTensorType(reader, arg.getType(), "a body argument")))
      return failure();
  }
  for (Operation &inner : block) {
    StringRef name = inner.getName().getStringRef();
    AttrReader innerReader(&inner, reader.isReporting());
    if (!isStablehloOp(&inner))
      return reader.fail("the body may only contain StableHLO ops, found '" + name + "'");
    if (name == "stablehlo.return") {
      if (&inner != &block.back() || inner.getNumOperands() != numResults)
        return reader.fail("the body must end in stablehlo.return of " + Twine(numResults) +
                           " values");
      for (Value operand : inner.getOperands())
        if (operand.getParentBlock() != &block)
          return reader.fail("the body may only return its arguments and values computed in "
                             "the body");
      for (Value operand : inner.getOperands())
        if (!isRankZeroTensor(operand.getType()))
          return reader.fail("the body must return rank-0 tensors");
      continue;
    }
    for (Value operand : inner.getOperands())
      if (operand.getParentBlock() != &block)
        return innerReader.fail("reduction bodies may only use their arguments and values "
                                "computed in the body");
    for (Type type : llvm::concat<const Type>(inner.getOperandTypes(), inner.getResultTypes())) {
      if (!isRankZeroTensor(type))
        return innerReader.fail("ops in a reduction body must work on rank-0 tensors");
      if (failed(checkTensorType(innerReader, type, "a value in the body")))
        return failure();
    }
    if (name == "stablehlo.constant") {
      if (!isa_and_nonnull<DenseElementsAttr>(inner.getAttr("value")))
        return innerReader.fail("expected a dense 'value'");
      continue;
    }
    if (name == "stablehlo.broadcast_in_dim" || name == "stablehlo.reshape" ||
        name == "stablehlo.optimization_barrier")
      continue; // identities on rank-0 tensors
    if (!isElementwiseOpName(shortName(&inner))) {
      if (reader.isReporting())
        inner.emitError() << "unsupported StableHLO op '" << name << "' in the body of '"
                          << reader.getOp()->getName()
                          << "': bodies may only use elementwise ops and constants";
      return failure();
    }
    if (failed(checkElementwiseOp(innerReader)))
      return failure();
  }
  if (block.empty() || block.back().getName().getStringRef() != "stablehlo.return")
    return reader.fail("the body must end in stablehlo.return");
  return success();
}

SmallVector<Value> stablehlo::emitScalarBody(OpBuilder &b, Location loc, Region &body,
                                             ValueRange args) {
  Block &block = body.front();
  IRMapping mapping;
  for (auto [arg, value] : llvm::zip(block.getArguments(), args))
    mapping.map(arg, value);
  for (Operation &inner : block) {
    StringRef name = shortName(&inner);
    auto operands =
        llvm::map_to_vector(inner.getOperands(), [&](Value v) { return mapping.lookup(v); });
    if (name == "return")
      return operands;
    Value result;
    if (name == "constant") {
      auto dense = cast<DenseElementsAttr>(inner.getAttr("value"));
      Type storage = getStorageType(dense.getElementType());
      if (isa<FloatType>(storage))
        result = arith::ConstantOp::create(b, loc,
                                           b.getFloatAttr(storage, dense.getSplatValue<APFloat>()));
      else
        result = createIntConstant(b, loc, storage, dense.getSplatValue<APInt>());
    } else if (name == "broadcast_in_dim" || name == "reshape" || name == "optimization_barrier") {
      for (auto [from, to] : llvm::zip(inner.getResults(), operands))
        mapping.map(from, to);
      continue;
    } else {
      result = emitElementwiseScalar(b, loc, &inner, operands);
    }
    mapping.map(inner.getResult(0), result);
  }
  llvm_unreachable("checked: the body ends in stablehlo.return");
}
