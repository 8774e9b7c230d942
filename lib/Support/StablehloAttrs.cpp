//===- StablehloAttrs.cpp - read StableHLO attributes without the dialect -===//
#include "Remat/Support/StablehloAttrs.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

//===----------------------------------------------------------------------===//
// Text of opaque attributes
//===----------------------------------------------------------------------===//

namespace {

/// A cursor over the text of one opaque attribute. The grammar is tiny: identifiers,
/// integers, integer lists in brackets and the punctuation `< > [ ] , = -> :`.
class AttrTextParser {
public:
  AttrTextParser(StringRef text, std::string &error) : text(text), error(error) {}

  bool atEnd() {
    skipSpace();
    return pos == text.size();
  }

  /// Consumes `punct` if it comes next.
  bool consumeIf(StringRef punct) {
    skipSpace();
    if (!text.substr(pos).starts_with(punct))
      return false;
    pos += punct.size();
    return true;
  }

  LogicalResult expect(StringRef punct) {
    if (consumeIf(punct))
      return success();
    return fail("expected '" + punct + "'");
  }

  /// True when an identifier comes next.
  bool atIdentifier() {
    skipSpace();
    return pos < text.size() && (llvm::isAlpha(text[pos]) || text[pos] == '_');
  }

  FailureOr<StringRef> identifier() {
    if (!atIdentifier())
      return fail("expected an identifier");
    size_t start = pos;
    while (pos < text.size() && (llvm::isAlnum(text[pos]) || text[pos] == '_'))
      ++pos;
    return text.slice(start, pos);
  }

  bool atInteger() {
    skipSpace();
    if (pos < text.size() && llvm::isDigit(text[pos]))
      return true;
    return pos + 1 < text.size() && text[pos] == '-' && llvm::isDigit(text[pos + 1]);
  }

  FailureOr<int64_t> integer() {
    if (!atInteger())
      return fail("expected an integer");
    size_t start = pos;
    if (text[pos] == '-')
      ++pos;
    while (pos < text.size() && llvm::isDigit(text[pos]))
      ++pos;
    int64_t value;
    if (text.slice(start, pos).getAsInteger(10, value))
      return fail("integer out of range");
    return value;
  }

  /// `[` [int {`,` int}] `]`
  FailureOr<SmallVector<int64_t>> integerList() {
    if (failed(expect("[")))
      return failure();
    SmallVector<int64_t> values;
    if (consumeIf("]"))
      return values;
    do {
      FailureOr<int64_t> value = integer();
      if (failed(value))
        return failure();
      values.push_back(*value);
    } while (consumeIf(","));
    if (failed(expect("]")))
      return failure();
    return values;
  }

  /// Where the next token starts.
  size_t position() {
    skipSpace();
    return pos;
  }

  /// Records "<message> at column N of '<text>'" for the next token and fails.
  LogicalResult fail(const Twine &message) { return failAt(position(), message); }

  /// Like fail, for the token that started at `at`.
  LogicalResult failAt(size_t at, const Twine &message) {
    error = (message + " at column " + Twine(at + 1) + " of '" + text + "'").str();
    return failure();
  }

private:
  void skipSpace() {
    while (pos < text.size() && llvm::isSpace(text[pos]))
      ++pos;
  }

  StringRef text;
  size_t pos = 0;
  std::string &error;
};

/// One `key = value` entry of a struct-like attribute: an integer or an integer list.
struct FieldValue {
  bool isList = false;
  SmallVector<int64_t> values;
};

/// Parses `<mnemonic> '<' [key '=' value {',' key '=' value}] '>'` (or, with `prefix`, the
/// fields after an already consumed prefix) into `fields`, rejecting keys outside `known`.
LogicalResult parseFields(AttrTextParser &parser, ArrayRef<StringRef> known,
                          llvm::StringMap<FieldValue> &fields) {
  if (parser.consumeIf(">"))
    return success();
  do {
    size_t keyStart = parser.position();
    FailureOr<StringRef> key = parser.identifier();
    if (failed(key))
      return failure();
    if (!llvm::is_contained(known, *key))
      return parser.failAt(keyStart, "unknown field '" + *key + "'");
    if (fields.count(*key))
      return parser.failAt(keyStart, "field '" + *key + "' given twice");
    if (failed(parser.expect("=")))
      return failure();
    FieldValue value;
    if (parser.atInteger()) {
      FailureOr<int64_t> v = parser.integer();
      if (failed(v))
        return failure();
      value.values.push_back(*v);
    } else {
      FailureOr<SmallVector<int64_t>> list = parser.integerList();
      if (failed(list))
        return failure();
      value.isList = true;
      value.values = std::move(*list);
    }
    fields[*key] = std::move(value);
  } while (parser.consumeIf(","));
  if (failed(parser.expect(">")))
    return failure();
  if (!parser.atEnd())
    return parser.fail("unexpected text after '>'");
  return success();
}

/// Consumes `mnemonic<`.
LogicalResult expectMnemonic(AttrTextParser &parser, StringRef mnemonic) {
  size_t start = parser.position();
  FailureOr<StringRef> name = parser.identifier();
  if (failed(name))
    return failure();
  if (*name != mnemonic)
    return parser.failAt(start, "expected '" + mnemonic + "<...>' but found '" + *name + "'");
  return parser.expect("<");
}

/// Field accessors: a list (empty when absent) or a scalar (required).
SmallVector<int64_t> listField(const llvm::StringMap<FieldValue> &fields, StringRef key) {
  auto it = fields.find(key);
  return it == fields.end() ? SmallVector<int64_t>() : it->second.values;
}

LogicalResult listFieldChecked(AttrTextParser &parser, const llvm::StringMap<FieldValue> &fields,
                               StringRef key, SmallVector<int64_t> &out) {
  auto it = fields.find(key);
  if (it == fields.end()) {
    out.clear();
    return success();
  }
  if (!it->second.isList)
    return parser.fail("field '" + key + "' must be a list");
  out = it->second.values;
  return success();
}

LogicalResult scalarField(AttrTextParser &parser, const llvm::StringMap<FieldValue> &fields,
                          StringRef key, int64_t &out) {
  auto it = fields.find(key);
  if (it == fields.end())
    return parser.fail("missing field '" + key + "'");
  if (it->second.isList)
    return parser.fail("field '" + key + "' must be an integer");
  out = it->second.values.front();
  return success();
}

/// One bracketed list of the compact convolution form, e.g. `[b, 0, 1, f]`: `labels` are the
/// two letters allowed besides spatial numbers; their positions go to `first`/`second`.
LogicalResult parseConvLayout(AttrTextParser &parser, StringRef what, char firstLabel,
                              char secondLabel, int64_t &first, int64_t &second,
                              SmallVector<int64_t> &spatial) {
  if (failed(parser.expect("[")))
    return failure();
  SmallVector<std::optional<int64_t>> spatialPositions;
  int64_t position = 0;
  first = second = -1;
  do {
    size_t start = parser.position();
    if (parser.atInteger()) {
      FailureOr<int64_t> index = parser.integer();
      if (failed(index))
        return failure();
      if (*index < 0 || *index > 64)
        return parser.failAt(start, "spatial dimension " + Twine(*index) + " out of range in the " +
                                        what + " layout");
      if (spatialPositions.size() <= static_cast<size_t>(*index))
        spatialPositions.resize(*index + 1);
      if (spatialPositions[*index])
        return parser.failAt(start, "spatial dimension " + Twine(*index) + " repeated in the " +
                                        what + " layout");
      spatialPositions[*index] = position;
    } else {
      FailureOr<StringRef> label = parser.identifier();
      if (failed(label))
        return failure();
      int64_t *slot = nullptr;
      if (*label == StringRef(&firstLabel, 1))
        slot = &first;
      else if (*label == StringRef(&secondLabel, 1))
        slot = &second;
      if (!slot)
        return parser.failAt(start, "unexpected '" + *label + "' in the " + what +
                                        " layout (expected '" + Twine(firstLabel) + "', '" +
                                        Twine(secondLabel) + "' or a spatial index)");
      if (*slot != -1)
        return parser.failAt(start, "'" + *label + "' repeated in the " + what + " layout");
      *slot = position;
    }
    ++position;
  } while (parser.consumeIf(","));
  if (failed(parser.expect("]")))
    return failure();
  if (first == -1 || second == -1)
    return parser.fail("the " + what + " layout needs both '" + Twine(firstLabel) + "' and '" +
                       Twine(secondLabel) + "'");
  spatial.clear();
  for (auto [index, pos] : llvm::enumerate(spatialPositions)) {
    if (!pos)
      return parser.fail("spatial dimension " + Twine(index) + " missing in the " + what +
                         " layout");
    spatial.push_back(*pos);
  }
  return success();
}

} // namespace

FailureOr<DotDimensionNumbers> stablehlo::parseDotDimensionNumbers(StringRef text,
                                                                   std::string &error) {
  AttrTextParser parser(text, error);
  if (failed(expectMnemonic(parser, "dot")))
    return failure();
  llvm::StringMap<FieldValue> fields;
  if (failed(parseFields(parser,
                         {"lhs_batching_dimensions", "rhs_batching_dimensions",
                          "lhs_contracting_dimensions", "rhs_contracting_dimensions"},
                         fields)))
    return failure();
  DotDimensionNumbers dims;
  if (failed(listFieldChecked(parser, fields, "lhs_batching_dimensions", dims.lhsBatching)) ||
      failed(listFieldChecked(parser, fields, "rhs_batching_dimensions", dims.rhsBatching)) ||
      failed(listFieldChecked(parser, fields, "lhs_contracting_dimensions", dims.lhsContracting)) ||
      failed(listFieldChecked(parser, fields, "rhs_contracting_dimensions", dims.rhsContracting)))
    return failure();
  return dims;
}

FailureOr<ConvDimensionNumbers> stablehlo::parseConvDimensionNumbers(StringRef text,
                                                                     std::string &error) {
  AttrTextParser parser(text, error);
  if (failed(expectMnemonic(parser, "conv")))
    return failure();
  ConvDimensionNumbers dims;
  if (parser.atIdentifier()) {
    // `raw` form: named fields.
    size_t rawStart = parser.position();
    FailureOr<StringRef> raw = parser.identifier();
    if (failed(raw))
      return failure();
    if (*raw != "raw")
      return parser.failAt(rawStart, "expected 'raw' or '[' but found '" + *raw + "'");
    llvm::StringMap<FieldValue> fields;
    if (failed(parseFields(parser,
                           {"input_batch_dimension", "input_feature_dimension",
                            "input_spatial_dimensions", "kernel_input_feature_dimension",
                            "kernel_output_feature_dimension", "kernel_spatial_dimensions",
                            "output_batch_dimension", "output_feature_dimension",
                            "output_spatial_dimensions"},
                           fields)))
      return failure();
    if (failed(scalarField(parser, fields, "input_batch_dimension", dims.inputBatch)) ||
        failed(scalarField(parser, fields, "input_feature_dimension", dims.inputFeature)) ||
        failed(listFieldChecked(parser, fields, "input_spatial_dimensions", dims.inputSpatial)) ||
        failed(scalarField(parser, fields, "kernel_input_feature_dimension",
                           dims.kernelInputFeature)) ||
        failed(scalarField(parser, fields, "kernel_output_feature_dimension",
                           dims.kernelOutputFeature)) ||
        failed(listFieldChecked(parser, fields, "kernel_spatial_dimensions", dims.kernelSpatial)) ||
        failed(scalarField(parser, fields, "output_batch_dimension", dims.outputBatch)) ||
        failed(scalarField(parser, fields, "output_feature_dimension", dims.outputFeature)) ||
        failed(listFieldChecked(parser, fields, "output_spatial_dimensions", dims.outputSpatial)))
      return failure();
    if (dims.inputSpatial.size() != dims.kernelSpatial.size() ||
        dims.inputSpatial.size() != dims.outputSpatial.size())
      return parser.fail("input, kernel and output have different numbers of spatial "
                         "dimensions");
    return dims;
  }
  // Compact form: [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f].
  if (failed(parseConvLayout(parser, "input", 'b', 'f', dims.inputBatch, dims.inputFeature,
                             dims.inputSpatial)))
    return failure();
  size_t timesStart = parser.position();
  FailureOr<StringRef> times = parser.identifier();
  if (failed(times) || *times != "x")
    return parser.failAt(timesStart, "expected 'x' between the input and kernel layouts");
  if (failed(parseConvLayout(parser, "kernel", 'i', 'o', dims.kernelInputFeature,
                             dims.kernelOutputFeature, dims.kernelSpatial)))
    return failure();
  if (failed(parser.expect("->")))
    return failure();
  if (failed(parseConvLayout(parser, "output", 'b', 'f', dims.outputBatch, dims.outputFeature,
                             dims.outputSpatial)))
    return failure();
  if (failed(parser.expect(">")))
    return failure();
  if (!parser.atEnd())
    return parser.fail("unexpected text after '>'");
  if (dims.inputSpatial.size() != dims.kernelSpatial.size() ||
      dims.inputSpatial.size() != dims.outputSpatial.size())
    return parser.fail("input, kernel and output have different numbers of spatial dimensions");
  return dims;
}

FailureOr<GatherDimensionNumbers> stablehlo::parseGatherDimensionNumbers(StringRef text,
                                                                         std::string &error) {
  AttrTextParser parser(text, error);
  if (failed(expectMnemonic(parser, "gather")))
    return failure();
  llvm::StringMap<FieldValue> fields;
  if (failed(parseFields(parser,
                         {"offset_dims", "collapsed_slice_dims", "operand_batching_dims",
                          "start_indices_batching_dims", "start_index_map", "index_vector_dim"},
                         fields)))
    return failure();
  GatherDimensionNumbers dims;
  if (failed(listFieldChecked(parser, fields, "offset_dims", dims.offsetDims)) ||
      failed(listFieldChecked(parser, fields, "collapsed_slice_dims", dims.collapsedSliceDims)) ||
      failed(listFieldChecked(parser, fields, "operand_batching_dims", dims.operandBatchingDims)) ||
      failed(listFieldChecked(parser, fields, "start_indices_batching_dims",
                              dims.startIndicesBatchingDims)) ||
      failed(listFieldChecked(parser, fields, "start_index_map", dims.startIndexMap)) ||
      failed(scalarField(parser, fields, "index_vector_dim", dims.indexVectorDim)))
    return failure();
  return dims;
}

FailureOr<ScatterDimensionNumbers> stablehlo::parseScatterDimensionNumbers(StringRef text,
                                                                           std::string &error) {
  AttrTextParser parser(text, error);
  if (failed(expectMnemonic(parser, "scatter")))
    return failure();
  llvm::StringMap<FieldValue> fields;
  if (failed(parseFields(parser,
                         {"update_window_dims", "inserted_window_dims", "input_batching_dims",
                          "scatter_indices_batching_dims", "scatter_dims_to_operand_dims",
                          "index_vector_dim"},
                         fields)))
    return failure();
  ScatterDimensionNumbers dims;
  if (failed(listFieldChecked(parser, fields, "update_window_dims", dims.updateWindowDims)) ||
      failed(listFieldChecked(parser, fields, "inserted_window_dims", dims.insertedWindowDims)) ||
      failed(listFieldChecked(parser, fields, "input_batching_dims", dims.inputBatchingDims)) ||
      failed(listFieldChecked(parser, fields, "scatter_indices_batching_dims",
                              dims.scatterIndicesBatchingDims)) ||
      failed(listFieldChecked(parser, fields, "scatter_dims_to_operand_dims",
                              dims.scatterDimsToOperandDims)) ||
      failed(scalarField(parser, fields, "index_vector_dim", dims.indexVectorDim)))
    return failure();
  return dims;
}

FailureOr<std::string> stablehlo::parseEnumAttr(StringRef text, StringRef mnemonic,
                                                std::string &error) {
  AttrTextParser parser(text, error);
  size_t start = parser.position();
  FailureOr<StringRef> name = parser.identifier();
  if (failed(name))
    return failure();
  if (*name != mnemonic)
    return parser.failAt(start, "expected '" + mnemonic + "' but found '" + *name + "'");
  bool bracketed = parser.consumeIf("<");
  FailureOr<StringRef> value = parser.identifier();
  if (failed(value))
    return failure();
  if (bracketed && failed(parser.expect(">")))
    return failure();
  if (!parser.atEnd())
    return parser.fail("unexpected text after the value");
  return value->str();
}

//===----------------------------------------------------------------------===//
// AttrReader
//===----------------------------------------------------------------------===//

LogicalResult AttrReader::fail(const Twine &message) const {
  if (report)
    op->emitError() << "cannot convert '" << op->getName() << "': " << message;
  return failure();
}

FailureOr<StringRef> AttrReader::opaqueText(StringRef name, Attribute attr) const {
  auto opaque = dyn_cast<OpaqueAttr>(attr);
  if (!opaque || opaque.getDialectNamespace() != "stablehlo") {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << attr;
    return fail("attribute '" + name + "' should be a #stablehlo attribute, found " + text);
  }
  return opaque.getAttrData();
}

/// Integers of an attribute in any of the spellings StableHLO has used for a list.
static std::optional<SmallVector<int64_t>> integersOf(Attribute attr) {
  if (auto array = dyn_cast<DenseI64ArrayAttr>(attr))
    return SmallVector<int64_t>(array.asArrayRef());
  if (auto array = dyn_cast<DenseI32ArrayAttr>(attr))
    return llvm::map_to_vector(array.asArrayRef(), [](int32_t v) { return int64_t(v); });
  if (auto dense = dyn_cast<DenseIntElementsAttr>(attr)) {
    if (dense.getElementType().isInteger(1))
      return std::nullopt;
    return llvm::map_to_vector(dense.getValues<APInt>(),
                               [](const APInt &v) { return v.getSExtValue(); });
  }
  if (auto array = dyn_cast<ArrayAttr>(attr)) {
    SmallVector<int64_t> values;
    for (Attribute element : array) {
      auto integer = dyn_cast<IntegerAttr>(element);
      if (!integer)
        return std::nullopt;
      values.push_back(integer.getValue().getSExtValue());
    }
    return values;
  }
  return std::nullopt;
}

FailureOr<SmallVector<int64_t>> AttrReader::i64Array(StringRef name) const {
  Attribute attr = op->getAttr(name);
  if (!attr)
    return fail("missing attribute '" + name + "'");
  std::optional<SmallVector<int64_t>> values = integersOf(attr);
  if (!values)
    return fail("attribute '" + name + "' should be a list of integers");
  return *values;
}

FailureOr<SmallVector<int64_t>> AttrReader::i64ArrayOr(StringRef name,
                                                       ArrayRef<int64_t> dflt) const {
  if (!has(name))
    return SmallVector<int64_t>(dflt);
  return i64Array(name);
}

FailureOr<SmallVector<int64_t>> AttrReader::i64ArrayOfSize(StringRef name, size_t size,
                                                           std::optional<int64_t> fill) const {
  FailureOr<SmallVector<int64_t>> values =
      fill && !has(name) ? FailureOr<SmallVector<int64_t>>(SmallVector<int64_t>(size, *fill))
                         : i64Array(name);
  if (failed(values))
    return failure();
  if (values->size() != size)
    return fail("attribute '" + name + "' has " + Twine(values->size()) + " entries, expected " +
                Twine(size));
  return values;
}

FailureOr<SmallVector<bool>> AttrReader::boolArrayOr(StringRef name, size_t size, bool dflt) const {
  Attribute attr = op->getAttr(name);
  if (!attr)
    return SmallVector<bool>(size, dflt);
  SmallVector<bool> values;
  if (auto array = dyn_cast<DenseBoolArrayAttr>(attr)) {
    values.assign(array.asArrayRef().begin(), array.asArrayRef().end());
  } else if (auto dense = dyn_cast<DenseIntElementsAttr>(attr);
             dense && dense.getElementType().isInteger(1)) {
    for (bool v : dense.getValues<bool>())
      values.push_back(v);
  } else if (auto array = dyn_cast<ArrayAttr>(attr)) {
    for (Attribute element : array) {
      auto flag = dyn_cast<BoolAttr>(element);
      if (!flag)
        return fail("attribute '" + name + "' should be a list of booleans");
      values.push_back(flag.getValue());
    }
  } else {
    return fail("attribute '" + name + "' should be a list of booleans");
  }
  if (values.size() != size)
    return fail("attribute '" + name + "' has " + Twine(values.size()) + " entries, expected " +
                Twine(size));
  return values;
}

FailureOr<SmallVector<int64_t>> AttrReader::paddingOr(StringRef name, size_t rows) const {
  Attribute attr = op->getAttr(name);
  if (!attr)
    return SmallVector<int64_t>(2 * rows, 0);
  auto dense = dyn_cast<DenseIntElementsAttr>(attr);
  if (!dense)
    return fail("attribute '" + name + "' should be a dense integer matrix");
  ArrayRef<int64_t> shape = dense.getType().getShape();
  bool rightShape = shape.size() == 2 && shape[0] == static_cast<int64_t>(rows) && shape[1] == 2;
  // An empty padding for a rank-0 window may be spelled with any empty shape.
  if (!rightShape && !(rows == 0 && dense.getNumElements() == 0))
    return fail("attribute '" + name + "' should have shape " + Twine(rows) + "x2");
  return llvm::map_to_vector(dense.getValues<APInt>(),
                             [](const APInt &v) { return v.getSExtValue(); });
}

FailureOr<int64_t> AttrReader::i64(StringRef name) const {
  Attribute attr = op->getAttr(name);
  if (!attr)
    return fail("missing attribute '" + name + "'");
  auto integer = dyn_cast<IntegerAttr>(attr);
  if (!integer)
    return fail("attribute '" + name + "' should be an integer");
  return integer.getValue().getSExtValue();
}

FailureOr<int64_t> AttrReader::i64Or(StringRef name, int64_t dflt) const {
  return has(name) ? i64(name) : FailureOr<int64_t>(dflt);
}

FailureOr<std::optional<std::string>> AttrReader::enumValue(StringRef name, StringRef mnemonic,
                                                            ArrayRef<StringRef> allowed) const {
  Attribute attr = op->getAttr(name);
  if (!attr)
    return std::optional<std::string>();
  std::string value;
  if (auto text = dyn_cast<StringAttr>(attr)) {
    value = text.getValue().str();
  } else {
    FailureOr<StringRef> data = opaqueText(name, attr);
    if (failed(data))
      return failure();
    std::string error;
    FailureOr<std::string> parsed = parseEnumAttr(*data, mnemonic, error);
    if (failed(parsed))
      return fail("cannot read '" + name + "': " + error);
    value = *parsed;
  }
  if (!llvm::is_contained(allowed, value))
    return fail("attribute '" + name + "' has unknown value '" + value + "'");
  return std::optional<std::string>(value);
}

template <typename T>
FailureOr<T> AttrReader::dimensionNumbers(StringRef name,
                                          FailureOr<T> (*parse)(StringRef, std::string &)) const {
  Attribute attr = op->getAttr(name);
  if (!attr)
    return fail("missing attribute '" + name + "'");
  FailureOr<StringRef> text = opaqueText(name, attr);
  if (failed(text))
    return failure();
  std::string error;
  FailureOr<T> dims = parse(*text, error);
  if (failed(dims))
    return fail("cannot read '" + name + "': " + error);
  return dims;
}

FailureOr<DotDimensionNumbers> AttrReader::dotDimensionNumbers(StringRef name) const {
  return dimensionNumbers(name, parseDotDimensionNumbers);
}

FailureOr<ConvDimensionNumbers> AttrReader::convDimensionNumbers(StringRef name) const {
  return dimensionNumbers(name, parseConvDimensionNumbers);
}

FailureOr<GatherDimensionNumbers> AttrReader::gatherDimensionNumbers(StringRef name) const {
  return dimensionNumbers(name, parseGatherDimensionNumbers);
}

FailureOr<ScatterDimensionNumbers> AttrReader::scatterDimensionNumbers(StringRef name) const {
  return dimensionNumbers(name, parseScatterDimensionNumbers);
}

LogicalResult AttrReader::checkPrecision() const {
  if (Attribute attr = op->getAttr("precision_config")) {
    auto array = dyn_cast<ArrayAttr>(attr);
    if (!array)
      return fail("attribute 'precision_config' should be a list");
    for (Attribute entry : array) {
      FailureOr<StringRef> text = opaqueText("precision_config", entry);
      if (failed(text))
        return failure();
      std::string error;
      FailureOr<std::string> value = parseEnumAttr(*text, "precision", error);
      if (failed(value))
        return fail("cannot read 'precision_config': " + error);
      if (*value != "DEFAULT" && *value != "HIGH" && *value != "HIGHEST")
        return fail("unknown precision '" + *value + "'");
    }
  }
  if (has("algorithm"))
    return fail("dot algorithms ('algorithm' attribute) are not supported; use "
                "precision_config");
  return success();
}

LogicalResult stablehlo::checkDimensionList(const AttrReader &reader, StringRef what,
                                            ArrayRef<int64_t> values, int64_t rank) {
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t v : values) {
    if (v < 0 || v >= rank)
      return reader.fail(what + " has dimension " + Twine(v) + " outside [0, " + Twine(rank) + ")");
    if (!seen.insert(v).second)
      return reader.fail(what + " repeats dimension " + Twine(v));
  }
  return success();
}
