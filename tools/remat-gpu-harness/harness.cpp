//===- harness.cpp - run a lowered training step on the GPU and report ----===//
//
// Linked with a training step lowered by remat-lower-to-nvvm and libremat_cuda_runtime. Loads
// inputs/argK.npy, copies them to the device, runs remat_entry once to check the results against
// expected/resultK.npy and to read the step's peak device memory, then times more steps and
// prints one JSON object.
//
//   run [--inputs DIR | --random-inputs SEED] [--expected DIR] [--iters N] [--warmup N]
//       [--rtol X] [--atol X] [--json FILE]
//
// Directories default to inputs/ and expected/ next to the executable. --random-inputs fills
// every argument from a fixed-seed generator instead of reading inputs/ (for steps whose inputs
// are too large to ship): see randomArgument below.
//
//===----------------------------------------------------------------------===//
#include "Remat/Runtime/CudaRuntime.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

extern "C" void remat_entry(void **args, void **results);
extern "C" const char remat_entry_signature[];

namespace {

[[noreturn]] void die(const std::string &message) {
  std::fprintf(stderr, "remat-gpu-harness: %s\n", message.c_str());
  std::exit(2);
}

struct TensorType {
  std::string dtype; // f16 bf16 f32 f64 i1 i8 i16 i32 i64 u8 u16 u32 u64
  std::vector<int64_t> shape;

  size_t elementSize() const {
    if (dtype == "i1" || dtype == "i8" || dtype == "u8")
      return 1;
    if (dtype == "f16" || dtype == "bf16" || dtype == "i16" || dtype == "u16")
      return 2;
    if (dtype == "f32" || dtype == "i32" || dtype == "u32")
      return 4;
    return 8;
  }
  size_t count() const {
    size_t n = 1;
    for (int64_t d : shape)
      n *= static_cast<size_t>(d);
    return n;
  }
  size_t bytes() const { return count() * elementSize(); }
  std::string str() const {
    std::string s = dtype + "[";
    for (size_t i = 0; i < shape.size(); ++i)
      s += (i ? "," : "") + std::to_string(shape[i]);
    return s + "]";
  }
};

struct Signature {
  std::string name;
  std::vector<TensorType> args, results;
};

std::vector<TensorType> parseTypeList(const std::string &text) {
  std::vector<TensorType> types;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find('[', pos), close = text.find(']', pos);
    if (open == std::string::npos || close == std::string::npos)
      die("malformed signature: " + text);
    TensorType type;
    type.dtype = text.substr(pos, open - pos);
    std::string dims = text.substr(open + 1, close - open - 1);
    std::stringstream ss(dims);
    std::string dim;
    while (std::getline(ss, dim, ','))
      if (!dim.empty())
        type.shape.push_back(std::stoll(dim));
    types.push_back(type);
    pos = close + 1;
    if (pos < text.size() && text[pos] == ',')
      ++pos;
  }
  return types;
}

Signature parseSignature(const std::string &text) {
  size_t open = text.find('('), arrow = text.find(")->(");
  if (open == std::string::npos || arrow == std::string::npos || text.back() != ')')
    die("malformed signature: " + text);
  Signature sig;
  sig.name = text.substr(0, open);
  sig.args = parseTypeList(text.substr(open + 1, arrow - open - 1));
  sig.results = parseTypeList(text.substr(arrow + 4, text.size() - arrow - 5));
  return sig;
}

struct Array {
  TensorType type;
  std::vector<char> data;
};

std::string dtypeOfDescr(const std::string &descr) {
  static const std::pair<const char *, const char *> table[] = {
      {"<f2", "f16"}, {"<f4", "f32"}, {"<f8", "f64"}, {"|b1", "i1"},  {"|i1", "i8"},
      {"<i1", "i8"},  {"|u1", "u8"},  {"<u1", "u8"},  {"<i2", "i16"}, {"<u2", "u16"},
      {"<i4", "i32"}, {"<u4", "u32"}, {"<i8", "i64"}, {"<u8", "u64"}};
  for (auto [d, t] : table)
    if (descr == d)
      return t;
  return "";
}

bool fileExists(const std::string &path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

/// The row-major copy of column-major (Fortran-ordered) `data`.
std::vector<char> toRowMajor(const TensorType &type, const std::vector<char> &data) {
  size_t rank = type.shape.size(), size = type.elementSize();
  std::vector<char> out(data.size());
  std::vector<int64_t> index(rank, 0);
  for (size_t c = 0, n = type.count(); c < n; ++c) {
    size_t f = 0, stride = 1;
    for (size_t d = 0; d < rank; ++d) {
      f += static_cast<size_t>(index[d]) * stride;
      stride *= static_cast<size_t>(type.shape[d]);
    }
    std::memcpy(out.data() + c * size, data.data() + f * size, size);
    for (size_t d = rank; d-- > 0;) {
      if (++index[d] < type.shape[d])
        break;
      index[d] = 0;
    }
  }
  return out;
}

/// Reads a little-endian .npy file (format 1.0, 2.0 or 3.0), in row-major order.
Array readNpy(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    die("cannot open " + path);
  char magic[8];
  in.read(magic, 8);
  if (!in || std::memcmp(magic, "\x93NUMPY", 6) != 0)
    die(path + " is not a .npy file");
  uint32_t headerLength = 0;
  if (magic[6] == 1) {
    unsigned char b[2];
    in.read(reinterpret_cast<char *>(b), 2);
    headerLength = b[0] | (b[1] << 8);
  } else {
    unsigned char b[4];
    in.read(reinterpret_cast<char *>(b), 4);
    headerLength = b[0] | (b[1] << 8) | (b[2] << 16) | (uint32_t(b[3]) << 24);
  }
  std::string header(headerLength, '\0');
  in.read(header.data(), headerLength);
  auto field = [&](const std::string &key) -> std::string {
    size_t at = header.find("'" + key + "'");
    if (at == std::string::npos)
      die(path + ": no '" + key + "' in the header");
    size_t colon = header.find(':', at);
    size_t start = header.find_first_not_of(' ', colon + 1);
    if (header[start] == '\'')
      return header.substr(start + 1, header.find('\'', start + 1) - start - 1);
    if (header[start] == '(')
      return header.substr(start + 1, header.find(')', start) - start - 1);
    return header.substr(start, header.find_first_of(",}", start) - start);
  };
  Array array;
  std::string descr = field("descr");
  array.type.dtype = dtypeOfDescr(descr);
  if (array.type.dtype.empty())
    die(path + ": unsupported dtype " + descr);
  bool fortranOrder = field("fortran_order") == "True";
  std::stringstream dims(field("shape"));
  std::string dim;
  while (std::getline(dims, dim, ',')) {
    dim.erase(std::remove(dim.begin(), dim.end(), ' '), dim.end());
    if (!dim.empty())
      array.type.shape.push_back(std::stoll(dim));
  }
  array.data.resize(array.type.bytes());
  in.read(array.data.data(), static_cast<std::streamsize>(array.data.size()));
  if (!in)
    die(path + ": file shorter than its header says");
  if (fortranOrder && array.type.shape.size() > 1)
    array.data = toRowMajor(array.type, array.data);
  return array;
}

double halfToDouble(uint16_t h) {
  int sign = (h >> 15) & 1, exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ff;
  double value;
  if (exponent == 0)
    value = std::ldexp(mantissa, -24);
  else if (exponent == 31)
    value = mantissa ? NAN : INFINITY;
  else
    value = std::ldexp(mantissa + 1024, exponent - 25);
  return sign ? -value : value;
}

double bf16ToDouble(uint16_t h) {
  uint32_t bits = uint32_t(h) << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

double elementAt(const TensorType &type, const char *data, size_t i) {
  const std::string &t = type.dtype;
  auto load = [&](auto sample) {
    decltype(sample) v;
    std::memcpy(&v, data + i * sizeof(v), sizeof(v));
    return static_cast<double>(v);
  };
  if (t == "f32")
    return load(float());
  if (t == "f64")
    return load(double());
  if (t == "f16" || t == "bf16") {
    uint16_t v;
    std::memcpy(&v, data + 2 * i, 2);
    return t == "f16" ? halfToDouble(v) : bf16ToDouble(v);
  }
  if (t == "i1" || t == "u8")
    return load(uint8_t());
  if (t == "i8")
    return load(int8_t());
  if (t == "i16")
    return load(int16_t());
  if (t == "u16")
    return load(uint16_t());
  if (t == "i32")
    return load(int32_t());
  if (t == "u32")
    return load(uint32_t());
  if (t == "i64")
    return load(int64_t());
  return load(uint64_t());
}

struct Comparison {
  bool checked = false, match = false;
  double maxAbsErr = 0, relL2Err = 0;
  size_t mismatches = 0;
};

Comparison compare(const TensorType &type, const std::vector<char> &actual, const Array &expected,
                   double rtol, double atol) {
  Comparison c;
  c.checked = true;
  if (expected.type.shape != type.shape)
    die("expected result has shape " + expected.type.str() + " but the step returns " + type.str());
  bool exact = type.dtype[0] != 'f' && type.dtype != "bf16";
  // atol is relative to the largest expected magnitude: an element that is the small difference
  // of large terms carries float32 rounding of those terms.
  double scale = 0;
  for (size_t i = 0, n = type.count(); i < n; ++i) {
    double e = elementAt(expected.type, expected.data.data(), i);
    if (std::isfinite(e))
      scale = std::max(scale, std::fabs(e));
  }
  if (scale == 0)
    scale = 1;
  double diff2 = 0, ref2 = 0;
  for (size_t i = 0, n = type.count(); i < n; ++i) {
    double a = elementAt(type, actual.data(), i);
    double e = elementAt(expected.type, expected.data.data(), i);
    if (std::isnan(e) && std::isnan(a))
      continue;
    double d = std::fabs(a - e);
    bool ok = exact ? a == e : (!std::isnan(a) && d <= atol * scale + rtol * std::fabs(e));
    if (std::isnan(a))
      d = INFINITY;
    if (!ok)
      ++c.mismatches;
    c.maxAbsErr = std::max(c.maxAbsErr, d);
    diff2 += d * d;
    ref2 += e * e;
  }
  c.relL2Err = ref2 > 0 ? std::sqrt(diff2 / ref2) : std::sqrt(diff2);
  c.match = c.mismatches == 0;
  return c;
}

/// SplitMix64: a small, fixed generator, so that a seed gives the same inputs everywhere.
struct SplitMix64 {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

/// Argument `index` of type `type` for --random-inputs SEED. Floating-point tensors of rank >= 2
/// (weight matrices, convolution kernels, batches) get normal-ish values (the sum of four
/// uniforms, scaled to unit variance) times 1/sqrt(fan_in), fan_in being the product of every
/// dimension but the last; rank 0 and 1 (gains, biases, scalars) get ones. Integers get values in
/// [0, 16), booleans 0 or 1. The values depend only on SEED, the index and the type.
Array randomArgument(const TensorType &type, uint64_t seed, size_t index) {
  Array array;
  array.type = type;
  array.data.resize(type.bytes());
  SplitMix64 rng{seed * 0x100000001b3ULL + index};
  size_t n = type.count();
  bool isFloat = type.dtype[0] == 'f' || type.dtype == "bf16";
  size_t fanIn = 1;
  for (size_t d = 0; d + 1 < type.shape.size(); ++d)
    fanIn *= static_cast<size_t>(type.shape[d]);
  double scale = std::sqrt(3.0) / std::sqrt(static_cast<double>(std::max<size_t>(fanIn, 1)));
  auto store = [&](size_t i, auto value) {
    std::memcpy(array.data.data() + i * sizeof(value), &value, sizeof(value));
  };
  for (size_t i = 0; i < n; ++i) {
    if (isFloat) {
      double v = 1.0;
      if (type.shape.size() >= 2)
        v = (rng.uniform() + rng.uniform() + rng.uniform() + rng.uniform() - 2.0) * scale;
      if (type.dtype == "f32")
        store(i, static_cast<float>(v));
      else if (type.dtype == "f64")
        store(i, v);
      else {
        float f = static_cast<float>(v);
        uint32_t bits;
        std::memcpy(&bits, &f, 4);
        uint16_t h;
        if (type.dtype == "bf16")
          h = static_cast<uint16_t>((bits + 0x7fff + ((bits >> 16) & 1)) >> 16);
        else { // f16 of a value in (-2^15, 2^15): normal or zero
          uint32_t sign = (bits >> 16) & 0x8000;
          int exponent = static_cast<int>((bits >> 23) & 0xff) - 127 + 15;
          uint32_t mantissa = (bits >> 13) & 0x3ff;
          h = exponent <= 0 ? static_cast<uint16_t>(sign)
                            : static_cast<uint16_t>(sign | (uint32_t(exponent) << 10) | mantissa);
        }
        store(i, h);
      }
      continue;
    }
    uint64_t v = type.dtype == "i1" ? rng.next() & 1 : rng.next() % 16;
    switch (type.elementSize()) {
    case 1:
      store(i, static_cast<uint8_t>(v));
      break;
    case 2:
      store(i, static_cast<uint16_t>(v));
      break;
    case 4:
      store(i, static_cast<uint32_t>(v));
      break;
    default:
      store(i, v);
      break;
    }
  }
  return array;
}

std::string executableDir() {
  char buffer[4096];
  ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (n <= 0)
    return ".";
  std::string path(buffer, static_cast<size_t>(n));
  return path.substr(0, path.rfind('/'));
}

std::string jsonNumber(double v) {
  if (std::isnan(v))
    return "null";
  if (std::isinf(v))
    return "1e308";
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.9g", v);
  return buffer;
}

std::string jsonString(const std::string &s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

} // namespace

int main(int argc, char **argv) {
  std::string dir = executableDir();
  std::string inputs = dir + "/inputs", expectedDir = dir + "/expected", jsonPath;
  int iters = 20, warmup = 3;
  bool randomInputs = false;
  uint64_t seed = 0;
  double rtol = 1e-4, atol = 1e-5;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc)
        die("missing value after " + arg);
      return argv[++i];
    };
    if (arg == "--inputs")
      inputs = value();
    else if (arg == "--random-inputs") {
      randomInputs = true;
      seed = std::stoull(value());
    } else if (arg == "--expected")
      expectedDir = value();
    else if (arg == "--iters")
      iters = std::max(1, std::stoi(value()));
    else if (arg == "--warmup")
      warmup = std::max(0, std::stoi(value()));
    else if (arg == "--rtol")
      rtol = std::stod(value());
    else if (arg == "--atol")
      atol = std::stod(value());
    else if (arg == "--json")
      jsonPath = value();
    else if (arg == "--signature") {
      std::printf("%s\n", remat_entry_signature);
      return 0;
    } else
      die("unknown option " + arg +
          " (options: --inputs DIR --random-inputs SEED --expected DIR --iters N --warmup N "
          "--rtol X --atol X --json FILE --signature)");
  }

  Signature sig = parseSignature(remat_entry_signature);
  std::vector<void *> args;
  for (size_t i = 0; i < sig.args.size(); ++i) {
    std::string path = inputs + "/arg" + std::to_string(i) + ".npy";
    Array input = randomInputs ? randomArgument(sig.args[i], seed, i) : readNpy(path);
    if (input.type.dtype != sig.args[i].dtype || input.type.shape != sig.args[i].shape)
      die(path + " holds " + input.type.str() + " but argument " + std::to_string(i) + " of @" +
          sig.name + " is " + sig.args[i].str());
    void *device = remat_cuda_alloc(input.data.size());
    remat_cuda_copy_to_device(device, input.data.data(), input.data.size());
    args.push_back(device);
  }
  remat_cuda_synchronize();

  size_t argsBytes = remat_cuda_live_bytes();
  std::vector<void *> results(2 * sig.results.size(), nullptr);
  auto freeResults = [&] {
    for (size_t i = 0; i < sig.results.size(); ++i)
      remat_cuda_free(results[2 * i]);
  };

  // Step 1: the correctness check and the memory numbers.
  remat_cuda_reset_peak();
  size_t allocations0 = remat_cuda_allocations(), launches0 = remat_cuda_kernel_launches();
  remat_entry(args.data(), results.data());
  remat_cuda_synchronize();
  size_t peak = remat_cuda_peak_bytes();
  size_t resultsBytes = remat_cuda_live_bytes() - argsBytes;
  size_t allocationsPerStep = remat_cuda_allocations() - allocations0;
  size_t launchesPerStep = remat_cuda_kernel_launches() - launches0;

  std::vector<Comparison> comparisons(sig.results.size());
  // Whether each result is free of NaN and infinity, and the value of each scalar result: what
  // can be said of results without expected values (random inputs).
  std::vector<bool> finite(sig.results.size(), true);
  std::vector<double> scalar(sig.results.size(), NAN);
  bool anyChecked = false, allMatch = true, allFinite = true;
  double maxAbsErr = 0, maxRelL2 = 0;
  for (size_t i = 0; i < sig.results.size(); ++i) {
    const TensorType &type = sig.results[i];
    std::vector<char> host(type.bytes());
    remat_cuda_copy_to_host(host.data(), results[2 * i + 1], host.size());
    for (size_t k = 0, n = type.count(); k < n && finite[i]; ++k)
      finite[i] = std::isfinite(elementAt(type, host.data(), k));
    allFinite = allFinite && finite[i];
    if (type.count() == 1)
      scalar[i] = elementAt(type, host.data(), 0);
    std::string path = expectedDir + "/result" + std::to_string(i) + ".npy";
    if (!fileExists(path))
      continue;
    comparisons[i] = compare(type, host, readNpy(path), rtol, atol);
    anyChecked = true;
    allMatch = allMatch && comparisons[i].match;
    maxAbsErr = std::max(maxAbsErr, comparisons[i].maxAbsErr);
    maxRelL2 = std::max(maxRelL2, comparisons[i].relL2Err);
  }
  freeResults();

  for (int i = 0; i < warmup; ++i) {
    remat_entry(args.data(), results.data());
    freeResults();
  }
  size_t deviceAllocations0 = remat_cuda_device_allocations();
  std::vector<double> times;
  for (int i = 0; i < iters; ++i) {
    remat_cuda_synchronize();
    auto start = std::chrono::steady_clock::now();
    remat_entry(args.data(), results.data());
    remat_cuda_synchronize();
    auto stop = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    freeResults();
  }
  size_t timedDeviceAllocations = remat_cuda_device_allocations() - deviceAllocations0;
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  double median = sorted.size() % 2
                      ? sorted[sorted.size() / 2]
                      : 0.5 * (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]);
  double mean = 0;
  for (double t : times)
    mean += t / times.size();

  std::ostringstream json;
  json << "{\n";
  json << "  \"gpu\": " << jsonString(remat_cuda_device_name()) << ",\n";
  json << "  \"signature\": " << jsonString(remat_entry_signature) << ",\n";
  json << "  \"inputs\": "
       << jsonString(randomInputs ? "random, seed " + std::to_string(seed) : inputs) << ",\n";
  json << "  \"outputs_match\": " << (anyChecked ? (allMatch ? "true" : "false") : "null") << ",\n";
  json << "  \"outputs_finite\": " << (allFinite ? "true" : "false") << ",\n";
  json << "  \"max_abs_err\": " << jsonNumber(anyChecked ? maxAbsErr : NAN) << ",\n";
  json << "  \"max_rel_l2_err\": " << jsonNumber(anyChecked ? maxRelL2 : NAN) << ",\n";
  json << "  \"rtol\": " << jsonNumber(rtol) << ", \"atol\": " << jsonNumber(atol) << ",\n";
  json << "  \"peak_device_bytes\": " << peak << ",\n";
  json << "  \"args_bytes\": " << argsBytes << ",\n";
  json << "  \"step_peak_bytes\": " << peak - argsBytes << ",\n";
  json << "  \"results_bytes\": " << resultsBytes << ",\n";
  json << "  \"reserved_device_bytes\": " << remat_cuda_reserved_bytes() << ",\n";
  json << "  \"allocations_per_step\": " << allocationsPerStep << ",\n";
  json << "  \"kernel_launches_per_step\": " << launchesPerStep << ",\n";
  json << "  \"device_allocations_in_timed_steps\": " << timedDeviceAllocations << ",\n";
  json << "  \"median_ms\": " << jsonNumber(median) << ",\n";
  json << "  \"min_ms\": " << jsonNumber(sorted.front()) << ",\n";
  json << "  \"mean_ms\": " << jsonNumber(mean) << ",\n";
  json << "  \"iters\": " << iters << ", \"warmup\": " << warmup << ",\n";
  json << "  \"outputs\": [";
  for (size_t i = 0; i < sig.results.size(); ++i) {
    const Comparison &c = comparisons[i];
    json << (i ? "," : "") << "\n    {\"index\": " << i
         << ", \"type\": " << jsonString(sig.results[i].str())
         << ", \"finite\": " << (finite[i] ? "true" : "false");
    if (sig.results[i].count() == 1)
      json << ", \"value\": " << jsonNumber(scalar[i]);
    json << ", \"checked\": " << (c.checked ? "true" : "false");
    if (c.checked)
      json << ", \"match\": " << (c.match ? "true" : "false")
           << ", \"mismatches\": " << c.mismatches
           << ", \"max_abs_err\": " << jsonNumber(c.maxAbsErr)
           << ", \"rel_l2_err\": " << jsonNumber(c.relL2Err);
    json << "}";
  }
  json << "\n  ]\n}\n";
  std::fputs(json.str().c_str(), stdout);
  if (!jsonPath.empty()) {
    std::ofstream out(jsonPath);
    out << json.str();
  }
  for (void *arg : args)
    remat_cuda_free(arg);
  return anyChecked && !allMatch ? 1 : 0;
}
