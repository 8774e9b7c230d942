//===- NpyArray.h - NumPy .npy arrays in memory -----------------*- C++ -*-===//
//
// Reads and writes the .npy format (versions 1-3, little-endian, C or Fortran order on input,
// C order in memory and on output) for the element types a training step uses.
//
//===----------------------------------------------------------------------===//
#ifndef REMAT_TOOLS_REMATRUN_NPYARRAY_H
#define REMAT_TOOLS_REMATRUN_NPYARRAY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mlir::remat {

enum class DType {
  Bool,
  Int8,
  Int16,
  Int32,
  Int64,
  UInt8,
  UInt16,
  UInt32,
  UInt64,
  Float16,
  Float32,
  Float64
};

/// NumPy's name of the type: "float32", "bool", ...
llvm::StringRef dtypeName(DType dtype);
/// Bytes of one element.
unsigned dtypeBytes(DType dtype);
bool isFloat(DType dtype);

/// The value of one element as a double (f16 widened exactly).
double elementAsDouble(DType dtype, const char *element);

/// `[2, 3]`, `[]` for a scalar.
std::string formatShape(llvm::ArrayRef<int64_t> shape);

struct NpyArray {
  DType dtype = DType::Float32;
  llvm::SmallVector<int64_t> shape;
  /// Elements in C (row-major) order.
  std::vector<char> data;

  int64_t numElements() const;
  size_t numBytes() const { return data.size(); }
  /// "float32 array of shape [2, 3]".
  std::string describe() const;
};

/// Reads `path`; errors name the file and what is wrong with it.
llvm::Expected<NpyArray> readNpy(llvm::StringRef path);
/// Writes `array` to `path` in .npy version 1.0.
llvm::Error writeNpy(llvm::StringRef path, const NpyArray &array);

} // namespace mlir::remat

#endif // REMAT_TOOLS_REMATRUN_NPYARRAY_H
