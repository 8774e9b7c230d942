//===- remat-run.cpp - run a function on the CPU with .npy inputs ---------===//
//
// remat-run <module.mlir> [--entry <name>] [--case-dir <dir>] [--args a.npy ...]
//           [--expect r0.npy ...] [--write-results <dir>] [--rtol x] [--atol y] [--repeat N]
//
// Lowers the module with remat-lower-to-cpu unless it already is LLVM dialect, JIT-compiles it,
// calls the entry once (or N times for timing) with the .npy arguments, counts the heap bytes
// the compiled code allocates, compares the results with the expected .npy files and prints
// one JSON object. Exit status: 0 when the results match (or there was nothing to compare),
// 1 when they differ, 2 when the input is unusable.
//
//===----------------------------------------------------------------------===//
#include "HeapCounter.h"
#include "NpyArray.h"

#include "Remat/Conversion/LowerToCPU.h"
#include "Remat/IR/RematDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <cstring>

using namespace mlir;
using namespace mlir::remat;
namespace cl = llvm::cl;
namespace json = llvm::json;
using llvm::Error;
using llvm::Expected;
using llvm::Twine;

namespace {

cl::OptionCategory runCategory("remat-run options");

cl::opt<std::string> inputFile(cl::Positional, cl::Required, cl::desc("<module.mlir>"),
                               cl::cat(runCategory));
cl::opt<std::string>
    entryName("entry", cl::value_desc("name"),
              cl::desc("Function to run (default: @main if present, else the only public one)"),
              cl::cat(runCategory));
cl::opt<std::string>
    caseDir("case-dir", cl::value_desc("dir"),
            cl::desc("Folder with argK.npy (K = 0..n-1) and, to compare, resultK.npy"),
            cl::cat(runCategory));
cl::list<std::string> argFiles("args", cl::value_desc("a.npy b.npy ..."),
                               cl::desc("Argument files in order (instead of the case dir's)"),
                               cl::cat(runCategory));
cl::list<std::string> expectFiles("expect", cl::value_desc("r0.npy r1.npy ..."),
                                  cl::desc("Expected results in order (instead of the case dir's)"),
                                  cl::cat(runCategory));
cl::opt<std::string> writeResultsDir("write-results", cl::value_desc("dir"),
                                     cl::desc("Write the results to <dir>/resultK.npy"),
                                     cl::cat(runCategory));
cl::opt<double> rtol("rtol", cl::init(1e-5),
                     cl::desc("Relative tolerance: |got - expected| <= atol + rtol * |expected|"),
                     cl::cat(runCategory));
cl::opt<double> atol("atol", cl::init(1e-6),
                     cl::desc("Absolute tolerance; with --rtol=0 --atol=0 floats must match "
                              "bit for bit (any NaN equals any NaN)"),
                     cl::cat(runCategory));
cl::opt<unsigned> repeat("repeat", cl::init(1),
                         cl::desc("Call the entry N times and report the median time"),
                         cl::cat(runCategory));

enum ExitStatus { kMatch = 0, kMismatch = 1, kBadInput = 2 };

Error badInput(const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// `--args a.npy b.npy` -> `--args=a.npy --args=b.npy`, so that llvm::cl sees one value per
/// occurrence. A list ends at the next option or at a .mlir file.
SmallVector<const char *> expandListOptions(int argc, char **argv, llvm::StringSaver &saver) {
  SmallVector<const char *> out;
  for (int i = 0; i < argc; ++i) {
    StringRef arg = argv[i];
    bool isList = i > 0 && llvm::is_contained({"--args", "-args", "--expect", "-expect"}, arg);
    auto isValue = [](StringRef next) {
      return !next.starts_with("-") && !next.ends_with(".mlir") && !next.ends_with(".mlirbc");
    };
    if (!isList || i + 1 >= argc || !isValue(argv[i + 1])) {
      out.push_back(argv[i]);
      continue;
    }
    StringRef name = arg.ltrim('-');
    while (i + 1 < argc && isValue(argv[i + 1]))
      out.push_back(saver.save("--" + name + "=" + argv[++i]).data());
  }
  return out;
}

//===----------------------------------------------------------------------===//
// The entry's signature
//===----------------------------------------------------------------------===//

/// One argument or result of the entry, as the C interface passes it.
struct ValueSpec {
  Type type;
  /// Ranked tensor or memref: passed as a memref descriptor.
  bool shaped = false;
  SmallVector<int64_t> shape;
  DType dtype = DType::Float32;

  unsigned rank() const { return shape.size(); }
  /// allocated, aligned, offset, sizes[rank], strides[rank]
  size_t descriptorWords() const { return 3 + 2 * rank(); }
  size_t abiBytes() const { return shaped ? 8 * descriptorWords() : dtypeBytes(dtype); }
  size_t abiAlign() const { return shaped ? 8 : dtypeBytes(dtype); }
  std::string typeString() const {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << type;
    return text;
  }
};

std::optional<DType> dtypeFor(Type element) {
  if (element.isIndex())
    return DType::Int64;
  if (element.isF16())
    return DType::Float16;
  if (element.isF32())
    return DType::Float32;
  if (element.isF64())
    return DType::Float64;
  auto integer = dyn_cast<IntegerType>(element);
  if (!integer)
    return std::nullopt;
  bool isUnsigned = integer.isUnsigned();
  switch (integer.getWidth()) {
  case 1:
    return DType::Bool;
  case 8:
    return isUnsigned ? DType::UInt8 : DType::Int8;
  case 16:
    return isUnsigned ? DType::UInt16 : DType::Int16;
  case 32:
    return isUnsigned ? DType::UInt32 : DType::Int32;
  case 64:
    return isUnsigned ? DType::UInt64 : DType::Int64;
  default:
    return std::nullopt;
  }
}

Expected<ValueSpec> describeValue(Type type, const Twine &what) {
  ValueSpec spec;
  spec.type = type;
  Type element = type;
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    spec.shaped = true;
    llvm::append_range(spec.shape, tensor.getShape());
    element = tensor.getElementType();
  } else if (auto memref = dyn_cast<MemRefType>(type)) {
    if (!memref.getLayout().isIdentity() || memref.getMemorySpace())
      return badInput(what + " has type " + spec.typeString() +
                      "; only memrefs with the identity layout in the default memory space "
                      "can be passed");
    spec.shaped = true;
    llvm::append_range(spec.shape, memref.getShape());
    element = memref.getElementType();
  } else if (isa<UnrankedTensorType, UnrankedMemRefType>(type)) {
    return badInput(what + " has type " + spec.typeString() +
                    "; unranked tensors and memrefs cannot be passed, give it a rank");
  } else if (isa<ShapedType>(type)) {
    return badInput(what + " has type " + spec.typeString() +
                    "; remat-run passes ranked tensors, memrefs and scalars");
  }
  std::optional<DType> dtype = dtypeFor(element);
  if (!dtype) {
    std::string elementText;
    llvm::raw_string_ostream(elementText) << element;
    return badInput(what + " has element type " + elementText +
                    ", which remat-run cannot pass; supported: f16, f32, f64, i1, i8, i16, i32, "
                    "i64 (signless, signed or unsigned) and index");
  }
  spec.dtype = *dtype;
  return spec;
}

struct Entry {
  std::string name;
  SmallVector<ValueSpec> args, results;
};

bool isLLVMDialectModule(ModuleOp module) {
  Block *body = module.getBody();
  return !body->empty() &&
         llvm::all_of(*body, [](Operation &op) { return isa<LLVM::LLVMDialect>(op.getDialect()); });
}

constexpr StringLiteral kCInterfacePrefix = "_mlir_ciface_";

std::string listNames(ArrayRef<std::string> names) {
  if (names.empty())
    return "none";
  std::string text;
  for (const std::string &name : names)
    text += (text.empty() ? "@" : ", @") + name;
  return text;
}

/// The function to run and its type before lowering.
Expected<std::pair<std::string, FunctionType>> selectEntry(ModuleOp module, bool isLLVM) {
  SmallVector<std::string> candidates;
  llvm::StringMap<FunctionType> types;
  if (isLLVM) {
    for (auto func : module.getOps<LLVM::LLVMFuncOp>()) {
      auto signature = func->getAttrOfType<TypeAttr>(kCPUSignatureAttrName);
      if (func.isExternal() || !signature || func.getName().starts_with(kCInterfacePrefix) ||
          !isa<FunctionType>(signature.getValue()))
        continue;
      candidates.push_back(func.getName().str());
      types[func.getName()] = cast<FunctionType>(signature.getValue());
    }
  } else {
    for (auto func : module.getOps<func::FuncOp>()) {
      if (func.isExternal() || !func.isPublic())
        continue;
      candidates.push_back(func.getName().str());
      types[func.getName()] = func.getFunctionType();
    }
  }

  std::string name;
  if (!entryName.empty()) {
    name = entryName;
    if (!types.count(name)) {
      Operation *symbol = SymbolTable::lookupSymbolIn(module, name);
      if (!symbol)
        return badInput("no function @" + name + " in " + inputFile +
                        "; functions that can be run: " + listNames(candidates));
      if (isLLVM)
        return badInput("@" + name + " has no " + kCPUSignatureAttrName +
                        " attribute, so its tensor signature is unknown: give remat-run the "
                        "module before lowering, or lower it with remat-lower-to-cpu");
      return badInput("@" + name +
                      " is private or only declared; remat-run calls public "
                      "functions with a body: " +
                      listNames(candidates));
    }
  } else if (types.count("main")) {
    name = "main";
  } else if (candidates.size() == 1) {
    name = candidates.front();
  } else if (candidates.empty()) {
    return badInput(Twine(inputFile) + " has no function to run" +
                    (isLLVM ? Twine(" (no llvm.func carries ") + kCPUSignatureAttrName +
                                  "; lower the tensor module with remat-lower-to-cpu)"
                            : Twine(" (no public func.func with a body)")));
  } else {
    return badInput(Twine(inputFile) + " has no @main and several public functions (" +
                    listNames(candidates) + "); choose one with --entry");
  }
  return std::make_pair(name, types.lookup(name));
}

Expected<Entry> describeEntry(StringRef name, FunctionType type) {
  Entry entry;
  entry.name = name.str();
  for (auto [i, input] : llvm::enumerate(type.getInputs())) {
    Expected<ValueSpec> spec = describeValue(input, "argument " + Twine(i) + " of @" + name);
    if (!spec)
      return spec.takeError();
    entry.args.push_back(std::move(*spec));
  }
  for (auto [i, result] : llvm::enumerate(type.getResults())) {
    Expected<ValueSpec> spec = describeValue(result, "result " + Twine(i) + " of @" + name);
    if (!spec)
      return spec.takeError();
    entry.results.push_back(std::move(*spec));
  }
  return entry;
}

//===----------------------------------------------------------------------===//
// Inputs and expectations
//===----------------------------------------------------------------------===//

/// NumPy arrays of signless integers may come signed or unsigned: the bits are the same.
bool dtypeFits(DType expected, DType given) {
  if (expected == given)
    return true;
  auto sameWidthInts = [](DType a, DType b) {
    auto isInt = [](DType d) { return !isFloat(d) && d != DType::Bool; };
    return isInt(a) && isInt(b) && dtypeBytes(a) == dtypeBytes(b);
  };
  return sameWidthInts(expected, given);
}

std::string describeSpec(const ValueSpec &spec) {
  std::string text = spec.typeString() + " (" + dtypeName(spec.dtype).str();
  if (spec.shaped) {
    text += ", shape [";
    for (auto [i, dim] : llvm::enumerate(spec.shape))
      text +=
          (i ? ", " : "") + (ShapedType::isDynamic(dim) ? std::string("?") : std::to_string(dim));
    text += "]";
  } else {
    text += " scalar, a 0-d array";
  }
  return text + ")";
}

/// Checks `array` (read from `path`) against the declared `spec` of `what`.
Error checkArray(const NpyArray &array, const ValueSpec &spec, const Twine &what, StringRef path) {
  bool shapeFits = spec.shaped ? array.shape.size() == spec.rank() : array.shape.empty();
  if (shapeFits && spec.shaped)
    for (auto [declared, given] : llvm::zip(spec.shape, array.shape))
      shapeFits &= ShapedType::isDynamic(declared) || declared == given;
  if (shapeFits && dtypeFits(spec.dtype, array.dtype))
    return Error::success();
  return badInput(what + ": expected " + describeSpec(spec) + ", got " + array.describe() +
                  " from " + path);
}

/// "1 result", "2 results", "no results".
std::string quantity(size_t count, StringRef noun) {
  if (count == 0)
    return ("no " + noun + "s").str();
  return (Twine(count) + " " + noun + (count == 1 ? "" : "s")).str();
}

std::string caseFile(StringRef kind, size_t index) {
  llvm::SmallString<256> path(caseDir);
  llvm::sys::path::append(path, (kind + Twine(index) + ".npy").str());
  return std::string(path);
}

/// The .npy paths for `count` values of `kind` ("arg" or "result"): from the list option, else
/// from the case dir. With `optional`, a case dir without any such file means "none".
Expected<std::optional<SmallVector<std::string>>> collectPaths(ArrayRef<std::string> listed,
                                                               StringRef option, StringRef kind,
                                                               size_t count, StringRef entry,
                                                               bool optional) {
  std::string has = quantity(count, kind == "arg" ? "argument" : "result");
  if (!listed.empty()) {
    if (listed.size() != count)
      return badInput("@" + entry + " has " + has + " but " + option + " gives " +
                      quantity(listed.size(), "file"));
    return std::optional<SmallVector<std::string>>(
        SmallVector<std::string>(listed.begin(), listed.end()));
  }
  if (caseDir.empty()) {
    if (optional || count == 0)
      return optional ? std::optional<SmallVector<std::string>>()
                      : std::optional<SmallVector<std::string>>(SmallVector<std::string>());
    return badInput("@" + entry + " takes " + has +
                    ": pass them with --args a.npy ... or --case-dir <dir>");
  }
  SmallVector<std::string> paths, missing;
  for (size_t k = 0; k < count; ++k) {
    paths.push_back(caseFile(kind, k));
    if (!llvm::sys::fs::exists(paths.back()))
      missing.push_back(llvm::sys::path::filename(paths.back()).str());
  }
  if (llvm::sys::fs::exists(caseFile(kind, count)))
    return badInput("case dir " + caseDir + " has " + kind + Twine(count) + ".npy, but @" + entry +
                    " has " + (count ? "only " : "") + has + ": is it the right entry or folder?");
  if (optional && missing.size() == count)
    return std::optional<SmallVector<std::string>>();
  if (!missing.empty())
    return badInput("case dir " + caseDir + " lacks " + llvm::join(missing, ", ") + " (@" + entry +
                    " has " + has + ")");
  return std::optional<SmallVector<std::string>>(std::move(paths));
}

Expected<SmallVector<NpyArray>> loadChecked(ArrayRef<std::string> paths, ArrayRef<ValueSpec> specs,
                                            StringRef what) {
  SmallVector<NpyArray> arrays;
  for (auto [k, path] : llvm::enumerate(paths)) {
    Expected<NpyArray> array = readNpy(path);
    if (!array)
      return array.takeError();
    if (Error error = checkArray(*array, specs[k], what + " " + Twine(k), path))
      return std::move(error);
    arrays.push_back(std::move(*array));
  }
  return arrays;
}

//===----------------------------------------------------------------------===//
// Calling the compiled entry through its C interface
//===----------------------------------------------------------------------===//

/// Argument and result storage for `_mlir_ciface_<entry>`, called through the execution
/// engine's packed wrapper: one pointer per parameter, then one for the return value.
class CallFrame {
public:
  CallFrame(const Entry &entry, ArrayRef<NpyArray> inputs) : entry(entry), inputs(inputs) {
    size_t numArgs = entry.args.size();
    argData.resize(numArgs);
    descriptors.resize(numArgs);
    descriptorPtrs.assign(numArgs, nullptr);
    scalars.assign(numArgs, 0);
    for (size_t i = 0; i < numArgs; ++i) {
      argData[i] = inputs[i].data;
      // Keep a valid pointer for empty arrays too.
      if (argData[i].empty())
        argData[i].resize(1);
      if (!entry.args[i].shaped) {
        std::memcpy(&scalars[i], inputs[i].data.data(), inputs[i].data.size());
        continue;
      }
      const NpyArray &array = inputs[i];
      std::vector<int64_t> &words = descriptors[i];
      words.push_back(reinterpret_cast<intptr_t>(argData[i].data()));
      words.push_back(reinterpret_cast<intptr_t>(argData[i].data()));
      words.push_back(0);
      llvm::append_range(words, array.shape);
      SmallVector<int64_t> strides(array.shape.size(), 1);
      for (int d = static_cast<int>(array.shape.size()) - 2; d >= 0; --d)
        strides[d] = strides[d + 1] * array.shape[d + 1];
      llvm::append_range(words, strides);
      descriptorPtrs[i] = words.data();
    }

    // Results: one descriptor by pointer, several as a struct by pointer, one scalar by value.
    size_t offset = 0, align = 1;
    for (const ValueSpec &result : entry.results) {
      offset = llvm::alignTo(offset, result.abiAlign());
      resultOffsets.push_back(offset);
      offset += result.abiBytes();
      align = std::max(align, result.abiAlign());
    }
    resultStorage.assign(llvm::alignTo(std::max<size_t>(offset, 8), align) / 8 + 1, 0);
    resultPtr = resultStorage.data();

    bool resultByPointer =
        entry.results.size() > 1 || (entry.results.size() == 1 && entry.results[0].shaped);
    if (resultByPointer)
      packed.push_back(&resultPtr);
    for (size_t i = 0; i < numArgs; ++i)
      packed.push_back(entry.args[i].shaped ? static_cast<void *>(&descriptorPtrs[i])
                                            : static_cast<void *>(&scalars[i]));
    if (entry.results.size() == 1 && !entry.results[0].shaped)
      packed.push_back(resultStorage.data());
  }

  /// Restores the inputs, in case the compiled code wrote into them.
  void restoreInputs() {
    for (size_t i = 0; i < inputs.size(); ++i)
      std::memcpy(argData[i].data(), inputs[i].data.data(), inputs[i].data.size());
  }

  void **packedArgs() { return packed.data(); }

  /// Copies result `k` out of the compiled code's buffer into C order.
  NpyArray readResult(size_t k) const {
    const ValueSpec &spec = entry.results[k];
    const char *base = reinterpret_cast<const char *>(resultStorage.data()) + resultOffsets[k];
    NpyArray array;
    array.dtype = spec.dtype;
    unsigned bytes = dtypeBytes(spec.dtype);
    if (!spec.shaped) {
      array.data.assign(base, base + bytes);
      return array;
    }
    const int64_t *words = reinterpret_cast<const int64_t *>(base);
    const char *aligned = reinterpret_cast<const char *>(words[1]);
    int64_t offset = words[2];
    unsigned rank = spec.rank();
    array.shape.assign(words + 3, words + 3 + rank);
    ArrayRef<int64_t> strides(words + 3 + rank, rank);
    int64_t count = array.numElements();
    array.data.resize(count * bytes);
    SmallVector<int64_t> index(rank, 0);
    for (int64_t linear = 0; linear < count; ++linear) {
      int64_t element = offset;
      for (unsigned d = 0; d < rank; ++d)
        element += index[d] * strides[d];
      std::memcpy(array.data.data() + linear * bytes, aligned + element * bytes, bytes);
      for (int d = static_cast<int>(rank) - 1; d >= 0; --d) {
        if (++index[d] < array.shape[d])
          break;
        index[d] = 0;
      }
    }
    return array;
  }

  /// Frees the result buffers that the compiled code allocated (a buffer returned twice is
  /// freed once; constants are not heap buffers).
  void releaseResults(HeapCounter &heap) const {
    llvm::SmallPtrSet<void *, 8> released;
    for (auto [k, spec] : llvm::enumerate(entry.results)) {
      if (!spec.shaped)
        continue;
      const char *base = reinterpret_cast<const char *>(resultStorage.data()) + resultOffsets[k];
      void *allocated = reinterpret_cast<void *>(reinterpret_cast<const int64_t *>(base)[0]);
      if (heap.owns(allocated) && released.insert(allocated).second)
        heap.release(allocated);
    }
  }

private:
  const Entry &entry;
  ArrayRef<NpyArray> inputs;
  std::vector<std::vector<char>> argData;
  std::vector<std::vector<int64_t>> descriptors;
  std::vector<void *> descriptorPtrs;
  std::vector<uint64_t> scalars;
  std::vector<uint64_t> resultStorage;
  SmallVector<size_t> resultOffsets;
  void *resultPtr = nullptr;
  SmallVector<void *> packed;
};

//===----------------------------------------------------------------------===//
// Comparison
//===----------------------------------------------------------------------===//

struct Comparison {
  bool match = true;
  double maxAbsErr = 0, maxRelErr = 0;
  int64_t mismatches = 0;
  int64_t firstMismatch = -1;
  double got = 0, expected = 0;
  std::string note;
};

Comparison compareArrays(const NpyArray &got, const NpyArray &expected) {
  Comparison result;
  if (got.shape != expected.shape) {
    result.match = false;
    result.note =
        "result has shape " + formatShape(got.shape) + ", expected " + formatShape(expected.shape);
    return result;
  }
  unsigned bytes = dtypeBytes(got.dtype);
  bool exact = rtol == 0 && atol == 0;
  bool floating = isFloat(got.dtype);
  for (int64_t i = 0, e = got.numElements(); i < e; ++i) {
    const char *gotBits = got.data.data() + i * bytes;
    const char *expectedBits = expected.data.data() + i * dtypeBytes(expected.dtype);
    double a = elementAsDouble(got.dtype, gotBits);
    double b = elementAsDouble(expected.dtype, expectedBits);
    bool equal;
    if (floating && std::isnan(a) && std::isnan(b))
      equal = true;
    else if (!floating)
      equal = a == b;
    else if (exact)
      equal = std::memcmp(gotBits, expectedBits, bytes) == 0;
    else
      equal = a == b || std::fabs(a - b) <= atol + rtol * std::fabs(b);
    if (std::isfinite(a) && std::isfinite(b)) {
      double abs = std::fabs(a - b);
      result.maxAbsErr = std::max(result.maxAbsErr, abs);
      if (b != 0)
        result.maxRelErr = std::max(result.maxRelErr, abs / std::fabs(b));
    }
    if (equal)
      continue;
    result.match = false;
    if (result.mismatches++ == 0) {
      result.firstMismatch = i;
      result.got = a;
      result.expected = b;
    }
  }
  return result;
}

/// Writes `value` as a JSON number with `digits` significant digits; NaN and infinities, which
/// JSON lacks, as strings.
void writeNumber(json::OStream &os, double value, int digits = 9) {
  if (std::isnan(value))
    return os.value("nan");
  if (std::isinf(value))
    return os.value(value > 0 ? "inf" : "-inf");
  os.rawValue(llvm::formatv("{0}", llvm::format("%.*g", digits, value)).str());
}

void writeNumberAttr(json::OStream &os, StringRef key, double value, int digits = 9) {
  os.attributeBegin(key);
  writeNumber(os, value, digits);
  os.attributeEnd();
}

SmallVector<int64_t> unflatten(int64_t linear, ArrayRef<int64_t> shape) {
  SmallVector<int64_t> index(shape.size(), 0);
  for (int d = static_cast<int>(shape.size()) - 1; d >= 0; --d) {
    index[d] = shape[d] ? linear % shape[d] : 0;
    linear = shape[d] ? linear / shape[d] : 0;
  }
  return index;
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

struct RunReport {
  bool lowered = false;
  SmallVector<NpyArray> results;
  uint64_t peakBytes = 0, liveBytesAfter = 0, leakedBytes = 0, allocCount = 0;
  uint64_t foreignFrees = 0;
  double medianMs = 0;
};

Expected<std::unique_ptr<ExecutionEngine>> compile(ModuleOp module) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  ExecutionEngineOptions options;
  auto transformer = makeOptimizingTransformer(/*optLevel=*/3, /*sizeLevel=*/0, nullptr);
  options.transformer = transformer;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  // memrefCopy (strided memref.copy) lives in the C runner utils.
  SmallVector<StringRef> libraries = {REMAT_MLIR_C_RUNNER_UTILS};
  options.sharedLibPaths = libraries;
  Expected<std::unique_ptr<ExecutionEngine>> engine = ExecutionEngine::create(module, options);
  if (!engine)
    return badInput("JIT compilation failed: " + llvm::toString(engine.takeError()));
  (*engine)->registerSymbols([](llvm::orc::MangleAndInterner interner) {
    llvm::orc::SymbolMap symbols;
    for (auto [name, address] : HeapCounter::symbols())
      symbols[interner(name)] = {llvm::orc::ExecutorAddr::fromPtr(address),
                                 llvm::JITSymbolFlags::Exported};
    return symbols;
  });
  (*engine)->initialize();
  return engine;
}

Expected<RunReport> run(ModuleOp module, bool isLLVM, const Entry &entry,
                        ArrayRef<NpyArray> inputs) {
  RunReport report;
  if (!isLLVM) {
    PassManager pm(module.getContext());
    buildLowerToCPUPipeline(pm, LowerToCPUOptions());
    if (failed(pm.run(module)))
      return badInput("remat-lower-to-cpu failed on " + inputFile + " (diagnostics above)");
    report.lowered = true;
  }
  if (!module.lookupSymbol<LLVM::LLVMFuncOp>((kCInterfacePrefix + entry.name).str()))
    return badInput("@" + entry.name + " has no C interface (" + kCInterfacePrefix + entry.name +
                    "): lower it with remat-lower-to-cpu, which adds llvm.emit_c_interface");

  HeapCounter heap;
  HeapCounter::setActive(&heap);
  Expected<std::unique_ptr<ExecutionEngine>> engine = compile(module);
  if (!engine)
    return engine.takeError();
  auto function = (*engine)->lookupPacked((kCInterfacePrefix + entry.name).str());
  if (!function)
    return badInput("cannot find the compiled @" + entry.name + ": " +
                    llvm::toString(function.takeError()));

  CallFrame frame(entry, inputs);
  std::vector<double> times;
  for (unsigned r = 0; r < repeat; ++r) {
    if (r > 0)
      frame.restoreInputs();
    heap.resetPeak();
    auto start = std::chrono::steady_clock::now();
    (*function)(frame.packedArgs());
    auto stop = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    if (r == 0) {
      report.peakBytes = heap.peakBytes();
      report.liveBytesAfter = heap.liveBytes();
      report.allocCount = heap.allocCount();
      for (size_t k = 0; k < entry.results.size(); ++k)
        report.results.push_back(frame.readResult(k));
    }
    frame.releaseResults(heap);
    if (r == 0)
      report.leakedBytes = heap.liveBytes();
  }
  report.foreignFrees = heap.foreignFrees();
  llvm::sort(times);
  size_t mid = times.size() / 2;
  report.medianMs = times.size() % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return report;
}

int runMain(int argc, char **argv) {
  llvm::BumpPtrAllocator allocator;
  llvm::StringSaver saver(allocator);
  SmallVector<const char *> args = expandListOptions(argc, argv, saver);
  cl::HideUnrelatedOptions(runCategory);
  // With an error stream, llvm::cl reports a bad command line instead of exiting with 1,
  // which would read as "results differ".
  if (!cl::ParseCommandLineOptions(
          args.size(), args.data(),
          "remat-run: run a function of an MLIR module on the CPU with .npy inputs\n\n"
          "Lowers the module with remat-lower-to-cpu unless it is LLVM dialect already, calls "
          "the\nentry, counts the heap bytes of the compiled code and compares the results. "
          "Prints one\nJSON object. Exit status: 0 match (or nothing to compare), 1 mismatch, 2 "
          "bad input.\n",
          &llvm::errs()))
    return kBadInput;

  auto fail = [](Error error) {
    llvm::errs() << "remat-run: error: " << llvm::toString(std::move(error)) << "\n";
    return kBadInput;
  };
  if (repeat == 0)
    return fail(badInput("--repeat must be at least 1"));
  if (rtol < 0 || atol < 0)
    return fail(badInput("--rtol and --atol must not be negative"));
  if (!caseDir.empty() && !llvm::sys::fs::is_directory(caseDir))
    return fail(badInput("case dir '" + caseDir + "' is not a folder"));

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  // Modules may still carry remat.* attributes; the pipeline drops them.
  registry.insert<RematDialect>();
  MLIRContext context(registry);

  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  std::string openError;
  std::unique_ptr<llvm::MemoryBuffer> file = openInputFile(inputFile, &openError);
  if (!file)
    return fail(badInput(openError));
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return fail(badInput("cannot parse " + inputFile + " (diagnostics above)"));

  bool isLLVM = isLLVMDialectModule(*module);
  auto selected = selectEntry(*module, isLLVM);
  if (!selected)
    return fail(selected.takeError());
  Expected<Entry> entry = describeEntry(selected->first, selected->second);
  if (!entry)
    return fail(entry.takeError());

  auto argPaths = collectPaths(argFiles, "--args", "arg", entry->args.size(), entry->name,
                               /*optional=*/false);
  if (!argPaths)
    return fail(argPaths.takeError());
  Expected<SmallVector<NpyArray>> inputs = loadChecked(**argPaths, entry->args, "argument");
  if (!inputs)
    return fail(inputs.takeError());
  auto expectPaths = collectPaths(expectFiles, "--expect", "result", entry->results.size(),
                                  entry->name, /*optional=*/true);
  if (!expectPaths)
    return fail(expectPaths.takeError());
  SmallVector<NpyArray> expected;
  if (*expectPaths) {
    Expected<SmallVector<NpyArray>> loaded =
        loadChecked(**expectPaths, entry->results, "expected result");
    if (!loaded)
      return fail(loaded.takeError());
    expected = std::move(*loaded);
  }

  Expected<RunReport> report = run(*module, isLLVM, *entry, *inputs);
  if (!report)
    return fail(report.takeError());

  if (!writeResultsDir.empty()) {
    if (std::error_code ec = llvm::sys::fs::create_directories(writeResultsDir))
      return fail(badInput("cannot create " + writeResultsDir + ": " + ec.message()));
    for (auto [k, result] : llvm::enumerate(report->results)) {
      llvm::SmallString<256> path(writeResultsDir);
      llvm::sys::path::append(path, "result" + Twine(k) + ".npy");
      if (Error error = writeNpy(path, result))
        return fail(std::move(error));
    }
  }

  bool compared = !expected.empty();
  bool allMatch = true;
  double maxAbs = 0, maxRel = 0;
  SmallVector<Comparison> comparisons;
  for (auto [k, result] : llvm::enumerate(report->results)) {
    if (expected.empty())
      break;
    comparisons.push_back(compareArrays(result, expected[k]));
    allMatch &= comparisons.back().match;
    maxAbs = std::max(maxAbs, comparisons.back().maxAbsErr);
    maxRel = std::max(maxRel, comparisons.back().maxRelErr);
  }

  json::OStream os(llvm::outs(), 2);
  os.object([&] {
    os.attribute("entry", entry->name);
    os.attribute("lowered", report->lowered);
    os.attribute("outputs_match", compared ? json::Value(allMatch) : json::Value(nullptr));
    if (compared) {
      writeNumberAttr(os, "max_abs_err", maxAbs);
      writeNumberAttr(os, "max_rel_err", maxRel);
    } else {
      os.attribute("max_abs_err", nullptr);
      os.attribute("max_rel_err", nullptr);
    }
    os.attribute("peak_alloc_bytes", static_cast<int64_t>(report->peakBytes));
    os.attribute("live_alloc_bytes_after", static_cast<int64_t>(report->liveBytesAfter));
    os.attribute("leaked_alloc_bytes", static_cast<int64_t>(report->leakedBytes));
    os.attribute("alloc_count", static_cast<int64_t>(report->allocCount));
    writeNumberAttr(os, "ms", report->medianMs, 4);
    os.attribute("repeat", static_cast<int64_t>(repeat));
    os.attributeArray("results", [&] {
      for (auto [k, result] : llvm::enumerate(report->results)) {
        os.object([&] {
          os.attribute("index", static_cast<int64_t>(k));
          os.attribute("type", entry->results[k].typeString());
          os.attribute("dtype", dtypeName(result.dtype));
          os.attributeBegin("shape");
          os.rawValue(formatShape(result.shape));
          os.attributeEnd();
          if (comparisons.empty()) {
            os.attribute("match", nullptr);
            return;
          }
          const Comparison &cmp = comparisons[k];
          os.attribute("match", cmp.match);
          writeNumberAttr(os, "max_abs_err", cmp.maxAbsErr);
          writeNumberAttr(os, "max_rel_err", cmp.maxRelErr);
          os.attribute("mismatches", cmp.mismatches);
          if (!cmp.note.empty())
            os.attribute("note", cmp.note);
          if (cmp.firstMismatch >= 0)
            os.attributeObject("first_mismatch", [&] {
              os.attributeBegin("index");
              os.rawValue(formatShape(unflatten(cmp.firstMismatch, result.shape)));
              os.attributeEnd();
              writeNumberAttr(os, "got", cmp.got);
              writeNumberAttr(os, "expected", cmp.expected);
            });
        });
      }
    });
  });
  llvm::outs() << "\n";
  llvm::outs().flush();
  if (report->foreignFrees)
    llvm::errs() << "remat-run: warning: the compiled code freed " << report->foreignFrees
                 << " block(s) it did not allocate through the counted functions\n";
  return compared && !allMatch ? kMismatch : kMatch;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return runMain(argc, argv);
}
