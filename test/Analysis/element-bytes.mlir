// RUN: remat-opt --allow-unregistered-dialect --remat-annotate-lifetimes=print --verify-diagnostics %s -o /dev/null

// Bytes per element: f64 8, f32 4, bf16 2, f16 2, i64 8, i32 4, i8 1, i1 1, complex<f32> 8,
// index 8 (so 468 activation bytes; the peak adds the loss, 4 B, and the gradient, 16 B). Each value below is an activation (read by the backward op after the loss).

// expected-remark @+1 {{@sizes: 12 ops, peak 488 bytes at step 11, 10 activations, 468 activation bytes}}
func.func @sizes(%x: tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>) {
  // expected-remark @+1 {{64 bytes}}
  %f64 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<2x4xf64>
  // expected-remark @+1 {{48 bytes}}
  %f32 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<3x4xf32>
  // expected-remark @+1 {{14 bytes}}
  %bf16 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<7xbf16>
  // expected-remark @+1 {{10 bytes}}
  %f16 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<5xf16>
  // expected-remark @+1 {{128 bytes}}
  %i64 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<16xi64>
  // expected-remark @+1 {{36 bytes}}
  %i32 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<9xi32>
  // expected-remark @+1 {{11 bytes}}
  %i8 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<11xi8>
  // expected-remark @+1 {{13 bytes}}
  %i1 = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<13xi1>
  // expected-remark @+1 {{96 bytes}}
  %c = "fwd.op"(%x) : (tensor<4xf32>) -> tensor<12xcomplex<f32>>
  // expected-remark @+1 {{48 bytes}}
  %idx = "fwd.op"(%x, %f64, %f32, %bf16, %f16, %i64, %i32, %i8, %i1, %c) : (tensor<4xf32>, tensor<2x4xf64>, tensor<3x4xf32>, tensor<7xbf16>, tensor<5xf16>, tensor<16xi64>, tensor<9xi32>, tensor<11xi8>, tensor<13xi1>, tensor<12xcomplex<f32>>) -> tensor<2x3xindex>
  %l = "fwd.loss"(%idx) : (tensor<2x3xindex>) -> tensor<f32>
  %g = "bwd.g"(%f64, %f32, %bf16, %f16, %i64, %i32, %i8, %i1, %c, %idx) : (tensor<2x4xf64>, tensor<3x4xf32>, tensor<7xbf16>, tensor<5xf16>, tensor<16xi64>, tensor<9xi32>, tensor<11xi8>, tensor<13xi1>, tensor<12xcomplex<f32>>, tensor<2x3xindex>) -> tensor<4xf32>
  return %l, %g : tensor<f32>, tensor<4xf32>
}
