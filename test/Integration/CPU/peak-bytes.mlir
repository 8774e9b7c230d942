// Heap bytes of a straight-line chain, derived by hand. x is 256 x f32 = 1024 bytes; every
// intermediate is one more 1024-byte buffer, the result 4 bytes. Arguments belong to the
// caller and are not counted.
//
// With buffers freed after their last use (the default):
//   a = exp(x)    live a            1024
//   b = a * a     live a b          2048   a dies
//   c = b + x     live b c          2048   b dies
//   r = sum(c)    live c r          1028   c dies
//   return r      live r               4
// so the peak is 2048 bytes, 4 bytes stay allocated (the result), 4 allocations in all.
//
// With shrink-buffer-live-ranges=false, ownership-based deallocation frees a, b and c only at
// the end of the function: 3 * 1024 + 4 = 3076 bytes at the peak. This run also takes the
// already lowered (LLVM dialect) path of remat-run.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py chain %t
// RUN: remat-run %s --case-dir %t | FileCheck %s --check-prefix=EARLY
// RUN: remat-opt %s --remat-lower-to-cpu=shrink-buffer-live-ranges=false -o %t/late.mlir
// RUN: remat-run %t/late.mlir --case-dir %t | FileCheck %s --check-prefix=LATE

// EARLY:      "entry": "chain",
// EARLY-NEXT: "lowered": true,
// EARLY-NEXT: "outputs_match": true,
// EARLY:      "peak_alloc_bytes": 2048,
// EARLY-NEXT: "live_alloc_bytes_after": 4,
// EARLY-NEXT: "leaked_alloc_bytes": 0,
// EARLY-NEXT: "alloc_count": 4,

// LATE:      "lowered": false,
// LATE-NEXT: "outputs_match": true,
// LATE:      "peak_alloc_bytes": 3076,
// LATE-NEXT: "live_alloc_bytes_after": 4,
// LATE-NEXT: "leaked_alloc_bytes": 0,
// LATE-NEXT: "alloc_count": 4,

func.func @chain(%x: tensor<256xf32>) -> tensor<f32> {
  %e0 = tensor.empty() : tensor<256xf32>
  %e1 = tensor.empty() : tensor<256xf32>
  %e2 = tensor.empty() : tensor<256xf32>
  %a = linalg.exp ins(%x : tensor<256xf32>) outs(%e0 : tensor<256xf32>) -> tensor<256xf32>
  %b = linalg.mul ins(%a, %a : tensor<256xf32>, tensor<256xf32>) outs(%e1 : tensor<256xf32>) -> tensor<256xf32>
  %c = linalg.add ins(%b, %x : tensor<256xf32>, tensor<256xf32>) outs(%e2 : tensor<256xf32>) -> tensor<256xf32>
  %zero = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<f32>
  %s1 = linalg.fill ins(%zero : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%c : tensor<256xf32>) outs(%s1 : tensor<f32>) dimensions = [0]
    (%in: f32, %init: f32) {
      %sum = arith.addf %in, %init : f32
      linalg.yield %sum : f32
    }
  return %r : tensor<f32>
}
