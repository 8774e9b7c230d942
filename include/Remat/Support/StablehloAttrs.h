//===- StablehloAttrs.h - read StableHLO attributes without the dialect ---===//
//
// StableHLO is not registered, so its dialect attributes (`#stablehlo.dot<...>`,
// `#stablehlo.conv<...>`, `#stablehlo<comparison_direction GT>`, ...) reach us as
// `OpaqueAttr`s holding their text. This file parses those texts into plain structs, and reads
// the builtin attributes (arrays, dense elements, integers) that StableHLO ops carry in their
// several historical spellings.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_SUPPORT_STABLEHLOATTRS_H
#define REMAT_SUPPORT_STABLEHLOATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace mlir::remat::stablehlo {

/// `#stablehlo.dot<lhs_batching_dimensions = [..], rhs_batching_dimensions = [..],
/// lhs_contracting_dimensions = [..], rhs_contracting_dimensions = [..]>`; absent fields are
/// empty.
struct DotDimensionNumbers {
  SmallVector<int64_t> lhsBatching, rhsBatching, lhsContracting, rhsContracting;
};

/// `#stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>` or the `raw` form with named
/// fields.
struct ConvDimensionNumbers {
  int64_t inputBatch = -1, inputFeature = -1;
  SmallVector<int64_t> inputSpatial;
  int64_t kernelInputFeature = -1, kernelOutputFeature = -1;
  SmallVector<int64_t> kernelSpatial;
  int64_t outputBatch = -1, outputFeature = -1;
  SmallVector<int64_t> outputSpatial;
};

/// `#stablehlo.gather<offset_dims = [..], collapsed_slice_dims = [..],
/// operand_batching_dims = [..], start_indices_batching_dims = [..], start_index_map = [..],
/// index_vector_dim = N>`.
struct GatherDimensionNumbers {
  SmallVector<int64_t> offsetDims, collapsedSliceDims, operandBatchingDims,
      startIndicesBatchingDims, startIndexMap;
  int64_t indexVectorDim = 0;
};

/// `#stablehlo.scatter<update_window_dims = [..], inserted_window_dims = [..],
/// input_batching_dims = [..], scatter_indices_batching_dims = [..],
/// scatter_dims_to_operand_dims = [..], index_vector_dim = N>`.
struct ScatterDimensionNumbers {
  SmallVector<int64_t> updateWindowDims, insertedWindowDims, inputBatchingDims,
      scatterIndicesBatchingDims, scatterDimsToOperandDims;
  int64_t indexVectorDim = 0;
};

/// Parsers of the text of an opaque `#stablehlo...` attribute (what `OpaqueAttr::getAttrData`
/// returns, e.g. "dot<lhs_contracting_dimensions = [1], ...>"). On failure `error` says what
/// was expected where.
FailureOr<DotDimensionNumbers> parseDotDimensionNumbers(StringRef text, std::string &error);
FailureOr<ConvDimensionNumbers> parseConvDimensionNumbers(StringRef text, std::string &error);
FailureOr<GatherDimensionNumbers> parseGatherDimensionNumbers(StringRef text, std::string &error);
FailureOr<ScatterDimensionNumbers> parseScatterDimensionNumbers(StringRef text, std::string &error);
/// An enum attribute: "comparison_direction GT" or "comparison_direction<GT>" with the given
/// mnemonic; returns the value ("GT").
FailureOr<std::string> parseEnumAttr(StringRef text, StringRef mnemonic, std::string &error);

/// Reads the attributes of one op. Every failure is reported as an error on the op when
/// `report` is set (the checking phase) and silently otherwise (the rewriting phase, which only
/// runs on ops that were checked).
class AttrReader {
public:
  AttrReader(Operation *op, bool report) : op(op), report(report) {}

  Operation *getOp() const { return op; }
  bool isReporting() const { return report; }

  /// Emits "cannot convert 'op': <message>" when reporting; always returns failure.
  LogicalResult fail(const Twine &message) const;

  bool has(StringRef name) const { return static_cast<bool>(op->getAttr(name)); }

  /// A list of integers: `array<i64: ...>`, `dense<...> : tensor<Nxi64>` or `[1, 2]`.
  FailureOr<SmallVector<int64_t>> i64Array(StringRef name) const;
  /// Like i64Array, or `dflt` when the attribute is absent.
  FailureOr<SmallVector<int64_t>> i64ArrayOr(StringRef name, ArrayRef<int64_t> dflt) const;
  /// Like i64Array but of exactly `size` entries.
  FailureOr<SmallVector<int64_t>> i64ArrayOfSize(StringRef name, size_t size,
                                                 std::optional<int64_t> fill) const;
  /// A list of booleans of `size` entries, `dflt` everywhere when absent.
  FailureOr<SmallVector<bool>> boolArrayOr(StringRef name, size_t size, bool dflt) const;
  /// An `rows`x2 integer matrix (`dense<[[lo, hi], ...]> : tensor<Rx2xi64>`), row major;
  /// zeros when absent.
  FailureOr<SmallVector<int64_t>> paddingOr(StringRef name, size_t rows) const;
  /// An integer attribute (`1 : i64`).
  FailureOr<int64_t> i64(StringRef name) const;
  FailureOr<int64_t> i64Or(StringRef name, int64_t dflt) const;
  /// A StableHLO enum (see parseEnumAttr); `std::nullopt` when absent. The value must be one
  /// of `allowed`.
  FailureOr<std::optional<std::string>> enumValue(StringRef name, StringRef mnemonic,
                                                  ArrayRef<StringRef> allowed) const;

  FailureOr<DotDimensionNumbers> dotDimensionNumbers(StringRef name) const;
  FailureOr<ConvDimensionNumbers> convDimensionNumbers(StringRef name) const;
  FailureOr<GatherDimensionNumbers> gatherDimensionNumbers(StringRef name) const;
  FailureOr<ScatterDimensionNumbers> scatterDimensionNumbers(StringRef name) const;

  /// Checks `precision_config` (DEFAULT/HIGH/HIGHEST entries, any count) and rejects a
  /// non-trivial `algorithm`: computation is always exact in the accumulation type.
  LogicalResult checkPrecision() const;

private:
  /// The text of an opaque `#stablehlo` attribute, or failure (reported) when `attr` is
  /// something else.
  FailureOr<StringRef> opaqueText(StringRef name, Attribute attr) const;
  /// Reads the required opaque attribute `name` with one of the parse*DimensionNumbers
  /// functions, reporting a missing attribute or a parse error.
  template <typename T>
  FailureOr<T> dimensionNumbers(StringRef name,
                                FailureOr<T> (*parse)(StringRef, std::string &)) const;

  Operation *op;
  bool report;
};

/// Checks that `values` are distinct dimensions in [0, rank).
LogicalResult checkDimensionList(const AttrReader &reader, StringRef what, ArrayRef<int64_t> values,
                                 int64_t rank);

} // namespace mlir::remat::stablehlo

#endif // REMAT_SUPPORT_STABLEHLOATTRS_H
