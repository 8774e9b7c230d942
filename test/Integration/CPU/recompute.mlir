// Rematerialization measured: the same step computed twice, once keeping the activation
// a = exp(x) until the backward-like use, once freeing it after its forward use and computing
// it again (a clone tagged remat.recomputed, as remat-apply emits). x is 1024 x f32 = 4096
// bytes and every buffer is 4096 bytes; d is computed in place into c.
//
//   @keep:       a | a b | a b c -> b dies | a c -> d into c, a dies      peak 3 * 4096 = 12288
//   @recompute:  a | a b -> a dies | b c -> b dies | c a2 -> d into c      peak 2 * 4096 =  8192
//
// Both return bit-identical results, which also match numpy.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py keep_or_recompute %t
// RUN: remat-run %s --entry keep --case-dir %t --write-results %t/keep | FileCheck %s --check-prefix=KEEP
// RUN: remat-run %s --entry recompute --case-dir %t | FileCheck %s --check-prefix=RECOMPUTE
// RUN: remat-run %s --entry recompute --args %t/arg0.npy --expect %t/keep/result0.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=SAME

// KEEP:      "outputs_match": true,
// KEEP:      "peak_alloc_bytes": 12288,
// KEEP-NEXT: "live_alloc_bytes_after": 4096,
// KEEP-NEXT: "leaked_alloc_bytes": 0,
// KEEP-NEXT: "alloc_count": 3,

// RECOMPUTE:      "outputs_match": true,
// RECOMPUTE:      "peak_alloc_bytes": 8192,
// RECOMPUTE-NEXT: "live_alloc_bytes_after": 4096,
// RECOMPUTE-NEXT: "leaked_alloc_bytes": 0,
// RECOMPUTE-NEXT: "alloc_count": 4,

// SAME:      "outputs_match": true,
// SAME-NEXT: "max_abs_err": 0,

func.func @keep(%x: tensor<1024xf32>) -> tensor<1024xf32> {
  %e0 = tensor.empty() : tensor<1024xf32>
  %e1 = tensor.empty() : tensor<1024xf32>
  %e2 = tensor.empty() : tensor<1024xf32>
  %a = linalg.exp ins(%x : tensor<1024xf32>) outs(%e0 : tensor<1024xf32>) -> tensor<1024xf32>
  %b = linalg.mul ins(%a, %a : tensor<1024xf32>, tensor<1024xf32>) outs(%e1 : tensor<1024xf32>) -> tensor<1024xf32>
  %c = linalg.add ins(%b, %x : tensor<1024xf32>, tensor<1024xf32>) outs(%e2 : tensor<1024xf32>) -> tensor<1024xf32>
  %d = linalg.mul ins(%c, %a : tensor<1024xf32>, tensor<1024xf32>) outs(%c : tensor<1024xf32>) -> tensor<1024xf32>
  return %d : tensor<1024xf32>
}

func.func @recompute(%x: tensor<1024xf32>) -> tensor<1024xf32> {
  %e0 = tensor.empty() : tensor<1024xf32>
  %e1 = tensor.empty() : tensor<1024xf32>
  %e2 = tensor.empty() : tensor<1024xf32>
  %a = linalg.exp {remat.policy = #remat.policy<recompute>}
      ins(%x : tensor<1024xf32>) outs(%e0 : tensor<1024xf32>) -> tensor<1024xf32>
  %b = linalg.mul ins(%a, %a : tensor<1024xf32>, tensor<1024xf32>) outs(%e1 : tensor<1024xf32>) -> tensor<1024xf32>
  %c = linalg.add ins(%b, %x : tensor<1024xf32>, tensor<1024xf32>) outs(%e2 : tensor<1024xf32>) -> tensor<1024xf32>
  %e3 = tensor.empty() : tensor<1024xf32>
  %a2 = linalg.exp {remat.recomputed = 1 : i64}
      ins(%x : tensor<1024xf32>) outs(%e3 : tensor<1024xf32>) -> tensor<1024xf32>
  %d = linalg.mul ins(%c, %a2 : tensor<1024xf32>, tensor<1024xf32>) outs(%c : tensor<1024xf32>) -> tensor<1024xf32>
  return %d : tensor<1024xf32>
}
