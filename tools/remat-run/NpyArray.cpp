//===- NpyArray.cpp - NumPy .npy arrays in memory ---------------------------===//
#include "NpyArray.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <cstring>

using namespace llvm;
using namespace mlir::remat;

namespace {

struct DTypeInfo {
  DType dtype;
  StringRef name;
  char kind; // NumPy's type character: b, i, u, f
  unsigned bytes;
};

constexpr DTypeInfo kDTypes[] = {
    {DType::Bool, "bool", 'b', 1},       {DType::Int8, "int8", 'i', 1},
    {DType::Int16, "int16", 'i', 2},     {DType::Int32, "int32", 'i', 4},
    {DType::Int64, "int64", 'i', 8},     {DType::UInt8, "uint8", 'u', 1},
    {DType::UInt16, "uint16", 'u', 2},   {DType::UInt32, "uint32", 'u', 4},
    {DType::UInt64, "uint64", 'u', 8},   {DType::Float16, "float16", 'f', 2},
    {DType::Float32, "float32", 'f', 4}, {DType::Float64, "float64", 'f', 8},
};

const DTypeInfo &info(DType dtype) {
  for (const DTypeInfo &entry : kDTypes)
    if (entry.dtype == dtype)
      return entry;
  llvm_unreachable("every DType has an entry");
}

Error fileError(StringRef path, const Twine &message) {
  return createStringError(inconvertibleErrorCode(), "'" + path + "': " + message);
}

/// The value of `key` in the header dictionary, e.g. `'<f4'`, `False`, `(2, 3)`.
std::optional<StringRef> headerValue(StringRef header, StringRef key) {
  std::string quoted = ("'" + key + "'").str();
  size_t at = header.find(quoted);
  if (at == StringRef::npos)
    return std::nullopt;
  StringRef rest = header.drop_front(at + quoted.size()).ltrim();
  if (!rest.consume_front(":"))
    return std::nullopt;
  rest = rest.ltrim();
  size_t end = rest.starts_with("(") ? rest.find(')') + 1 : rest.find_first_of(",}");
  if (end == StringRef::npos || end == 0)
    return std::nullopt;
  return rest.take_front(end).trim();
}

/// Copies `count` elements of `bytes` each from a Fortran-order buffer to C order.
std::vector<char> fortranToC(ArrayRef<int64_t> shape, unsigned bytes, const char *src) {
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  std::vector<char> out(count * bytes);
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t linear = 0; linear < count; ++linear) {
    int64_t fortranOffset = 0, stride = 1;
    for (size_t d = 0; d < shape.size(); ++d) {
      fortranOffset += index[d] * stride;
      stride *= shape[d];
    }
    std::memcpy(out.data() + linear * bytes, src + fortranOffset * bytes, bytes);
    for (int d = static_cast<int>(shape.size()) - 1; d >= 0; --d) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  return out;
}

float halfToFloat(uint16_t half) {
  uint32_t sign = (half >> 15) & 1, exponent = (half >> 10) & 0x1f, mantissa = half & 0x3ff;
  float magnitude;
  if (exponent == 0)
    magnitude = std::ldexp(static_cast<float>(mantissa), -24);
  else if (exponent == 31)
    magnitude = mantissa ? NAN : INFINITY;
  else
    magnitude = std::ldexp(static_cast<float>(mantissa | 0x400), static_cast<int>(exponent) - 25);
  return sign ? -magnitude : magnitude;
}

} // namespace

StringRef mlir::remat::dtypeName(DType dtype) { return info(dtype).name; }
unsigned mlir::remat::dtypeBytes(DType dtype) { return info(dtype).bytes; }
bool mlir::remat::isFloat(DType dtype) { return info(dtype).kind == 'f'; }

double mlir::remat::elementAsDouble(DType dtype, const char *element) {
  auto load = [&](auto value) {
    std::memcpy(&value, element, sizeof(value));
    return static_cast<double>(value);
  };
  switch (dtype) {
  case DType::Bool:
    return *element != 0 ? 1.0 : 0.0;
  case DType::Int8:
    return load(int8_t());
  case DType::Int16:
    return load(int16_t());
  case DType::Int32:
    return load(int32_t());
  case DType::Int64:
    return load(int64_t());
  case DType::UInt8:
    return load(uint8_t());
  case DType::UInt16:
    return load(uint16_t());
  case DType::UInt32:
    return load(uint32_t());
  case DType::UInt64:
    return load(uint64_t());
  case DType::Float16: {
    uint16_t bits;
    std::memcpy(&bits, element, 2);
    return halfToFloat(bits);
  }
  case DType::Float32:
    return load(float());
  case DType::Float64:
    return load(double());
  }
  llvm_unreachable("unknown dtype");
}

std::string mlir::remat::formatShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

int64_t NpyArray::numElements() const {
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  return count;
}

std::string NpyArray::describe() const {
  return (dtypeName(dtype) + " array of shape " + formatShape(shape)).str();
}

Expected<NpyArray> mlir::remat::readNpy(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> file =
      MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!file)
    return fileError(path, "cannot open: " + file.getError().message());
  StringRef bytes = (*file)->getBuffer();
  if (!bytes.starts_with("\x93NUMPY") || bytes.size() < 10)
    return fileError(path, "not a .npy file (missing the \\x93NUMPY magic)");
  unsigned major = static_cast<unsigned char>(bytes[6]);
  size_t headerLength, headerStart;
  if (major == 1) {
    headerLength = static_cast<unsigned char>(bytes[8]) |
                   (static_cast<size_t>(static_cast<unsigned char>(bytes[9])) << 8);
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12)
      return fileError(path, "truncated .npy header");
    headerLength = 0;
    for (int i = 0; i < 4; ++i)
      headerLength |= static_cast<size_t>(static_cast<unsigned char>(bytes[8 + i])) << (8 * i);
    headerStart = 12;
  } else {
    return fileError(path, "unsupported .npy format version " + Twine(major));
  }
  if (bytes.size() < headerStart + headerLength)
    return fileError(path, "truncated .npy header");
  StringRef header = bytes.substr(headerStart, headerLength);

  std::optional<StringRef> descr = headerValue(header, "descr");
  std::optional<StringRef> fortran = headerValue(header, "fortran_order");
  std::optional<StringRef> shapeText = headerValue(header, "shape");
  if (!descr || !fortran || !shapeText)
    return fileError(path, "malformed .npy header: " + header.trim());

  NpyArray array;
  StringRef typeText = descr->trim("'\"");
  if (typeText.size() < 3)
    return fileError(path, "unsupported dtype " + *descr);
  char order = typeText[0], kind = typeText[1];
  unsigned width;
  if (typeText.drop_front(2).getAsInteger(10, width))
    return fileError(path, "unsupported dtype " + *descr);
  if (order == '>' && width > 1)
    return fileError(
        path, "big-endian data (" + typeText +
                  ") is not supported; save it with arr.astype(arr.dtype.newbyteorder('<'))");
  const DTypeInfo *found = nullptr;
  for (const DTypeInfo &entry : kDTypes)
    if (entry.kind == kind && entry.bytes == width)
      found = &entry;
  if (!found)
    return fileError(path, "unsupported dtype " + typeText +
                               "; supported: bool, int8-64, uint8-64, float16, float32, float64");
  array.dtype = found->dtype;

  StringRef dims = shapeText->trim("()");
  SmallVector<StringRef> parts;
  dims.split(parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef part : parts) {
    int64_t dim;
    if (part.trim().getAsInteger(10, dim) || dim < 0)
      return fileError(path, "malformed shape " + *shapeText);
    array.shape.push_back(dim);
  }

  size_t dataStart = headerStart + headerLength;
  size_t expectedBytes = static_cast<size_t>(array.numElements()) * found->bytes;
  if (bytes.size() - dataStart != expectedBytes)
    return fileError(path, "holds " + Twine(bytes.size() - dataStart) + " data bytes, but a " +
                               array.describe() + " needs " + Twine(expectedBytes));
  const char *src = bytes.data() + dataStart;
  if (*fortran == "True")
    array.data = fortranToC(array.shape, found->bytes, src);
  else if (*fortran == "False")
    array.data.assign(src, src + expectedBytes);
  else
    return fileError(path, "malformed fortran_order " + *fortran);
  return array;
}

Error mlir::remat::writeNpy(StringRef path, const NpyArray &array) {
  const DTypeInfo &entry = info(array.dtype);
  std::string descr =
      (Twine(entry.bytes == 1 ? '|' : '<') + Twine(entry.kind) + Twine(entry.bytes)).str();
  std::string shape = "(";
  for (int64_t dim : array.shape)
    shape += std::to_string(dim) + (array.shape.size() == 1 ? "," : ", ");
  if (array.shape.size() > 1)
    shape.resize(shape.size() - 2);
  shape += ")";
  std::string header =
      "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
  // NumPy pads the header with spaces so that the data starts on a 64-byte boundary.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';

  std::error_code ec;
  raw_fd_ostream os(path, ec, sys::fs::OF_None);
  if (ec)
    return fileError(path, "cannot write: " + ec.message());
  os << "\x93NUMPY" << '\x01' << '\x00';
  os << static_cast<char>(header.size() & 0xff) << static_cast<char>(header.size() >> 8);
  os << header;
  os.write(array.data.data(), array.data.size());
  os.close();
  if (os.has_error())
    return fileError(path, "cannot write: " + os.error().message());
  return Error::success();
}
