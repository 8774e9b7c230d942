// RUN: remat-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics \
// RUN:   --remat-annotate-lifetimes=print %s | FileCheck %s

// A chain: two forward values are read by the backward. Sizes: 16xf32 = 64 B, 32xf32 = 128 B.
// Live bytes: step 0: a = 64; 1: a+b = 192; 2: a+b+l = 196; 3: a+b+l+gb = 324;
// 4: a+l+gb+ga = 260; 5: l+ga+gx = 132. Peak 324 at step 3.

// CHECK-LABEL: func.func @chain
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 324, peak_step = 3, activations = 2, activation_bytes = 192>
// expected-remark @+1 {{@chain: 6 ops, peak 324 bytes at step 3, 2 activations, 192 activation bytes}}
func.func @chain(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  // CHECK: "fwd.a"{{.*}}remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 4, last_bwd = 4, bytes = 64>
  // expected-remark @+1 {{activation: def 0, last forward use 1, backward uses 4..4, 64 bytes}}
  %a = "fwd.a"(%x) : (tensor<16xf32>) -> tensor<16xf32>
  // CHECK: "fwd.b"{{.*}}remat.lifetime = #remat.lifetime<def = 1, last_fwd = 2, first_bwd = 3, last_bwd = 3, bytes = 128>
  // expected-remark @+1 {{activation: def 1, last forward use 2, backward uses 3..3, 128 bytes}}
  %b = "fwd.b"(%a) : (tensor<16xf32>) -> tensor<32xf32>
  // CHECK: "fwd.loss"
  // CHECK-NOT: remat.lifetime
  %l = "fwd.loss"(%b) : (tensor<32xf32>) -> tensor<f32>
  %gb = "bwd.gb"(%b) : (tensor<32xf32>) -> tensor<32xf32>
  %ga = "bwd.ga"(%gb, %a) : (tensor<32xf32>, tensor<16xf32>) -> tensor<16xf32>
  %gx = "bwd.gx"(%ga) : (tensor<16xf32>) -> tensor<16xf32>
  return %l, %gx : tensor<f32>, tensor<16xf32>
}

// -----

// Constants take no bytes and are not activations; reshapes and identity converts are views of
// their operand, whose buffer lives until the last view dies.
// Buffer A (%a, 64 B) lives 1..5 through %r and %v; %l (4 B) 4..6; buffer G (%g, 64 B) 5..6.
// Live: 0, 64, 64, 64, 68, 132, 68.

// CHECK-LABEL: func.func @views
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 132, peak_step = 5, activations = 1, activation_bytes = 64>
// expected-remark @+1 {{@views: 7 ops, peak 132 bytes at step 5, 1 activations, 64 activation bytes}}
func.func @views(%x: tensor<4x4xf32>) -> (tensor<f32>, tensor<4x4xf32>) {
  %c = "stablehlo.constant"() {value = dense<1.0> : tensor<4x4xf32>} : () -> tensor<4x4xf32>
  %a = "stablehlo.add"(%x, %c) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  // CHECK: "stablehlo.reshape"{{.*}}remat.lifetime = #remat.lifetime<def = 2, last_fwd = 3, first_bwd = 5, last_bwd = 5, bytes = 64>
  // expected-remark @+1 {{activation: def 2, last forward use 3, backward uses 5..5, 64 bytes}}
  %r = "stablehlo.reshape"(%a) : (tensor<4x4xf32>) -> tensor<16xf32>
  %v = "stablehlo.convert"(%r) : (tensor<16xf32>) -> tensor<16xf32>
  %l = "test.sum"(%v) : (tensor<16xf32>) -> tensor<f32>
  %g = "stablehlo.multiply"(%r, %r) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %gr = "stablehlo.reshape"(%g) : (tensor<16xf32>) -> tensor<4x4xf32>
  return %l, %gr : tensor<f32>, tensor<4x4xf32>
}

// -----

// Destination-style ops write into their init operand's buffer when nothing reads it later, as
// one-shot bufferization does: %u reuses %t's buffer T, and %h reuses it again.
// T (32 B) lives 1..6, %l (4 B) 3..6, G (32 B) 5..6. Live: 0, 32, 32, 36, 36, 68, 68.

// CHECK-LABEL: func.func @destination_style
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 68, peak_step = 5, activations = 1, activation_bytes = 32>
// expected-remark @+1 {{@destination_style: 7 ops, peak 68 bytes at step 5, 1 activations, 32 activation bytes}}
func.func @destination_style(%x: tensor<8xf32>) -> (tensor<f32>, tensor<8xf32>) {
  %e = tensor.empty() : tensor<8xf32>
  %t = linalg.exp ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) -> tensor<8xf32>
  // CHECK: linalg.log {{.*}}remat.lifetime = #remat.lifetime<def = 2, last_fwd = 3, first_bwd = 5, last_bwd = 6, bytes = 32>
  // expected-remark @+1 {{activation: def 2, last forward use 3, backward uses 5..6, 32 bytes}}
  %u = linalg.log ins(%t : tensor<8xf32>) outs(%t : tensor<8xf32>) -> tensor<8xf32>
  %l = "test.sum"(%u) : (tensor<8xf32>) -> tensor<f32>
  %e2 = tensor.empty() : tensor<8xf32>
  %g = linalg.mul ins(%u, %x : tensor<8xf32>, tensor<8xf32>) outs(%e2 : tensor<8xf32>) -> tensor<8xf32>
  %h = linalg.exp ins(%g : tensor<8xf32>) outs(%u : tensor<8xf32>) -> tensor<8xf32>
  return %l, %h : tensor<f32>, tensor<8xf32>
}

// -----

// A multi-result op gets one lifetime (sum of bytes, union of uses). A value captured by a
// region is read by the op that holds the region.
// a (16 B) 0..3, b (8 B) 0..2, l (4 B) 1..3, r (16 B) 2..3, g (16 B) 3..3.
// Live: 24, 28, 44, 52.

// CHECK-LABEL: func.func @regions_and_results
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 52, peak_step = 3, activations = 2, activation_bytes = 24>
// expected-remark @+1 {{@regions_and_results: 4 ops, peak 52 bytes at step 3, 2 activations, 24 activation bytes}}
func.func @regions_and_results(%x: tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>) {
  // CHECK: "test.split"{{.*}}remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 2, last_bwd = 3, bytes = 24>
  // expected-remark @+1 {{activation: def 0, last forward use 1, backward uses 2..3, 24 bytes}}
  %a, %b = "test.split"(%x) : (tensor<4xf32>) -> (tensor<4xf32>, tensor<2xf32>)
  %l = "test.sum"(%a) : (tensor<4xf32>) -> tensor<f32>
  %r = "test.region"(%x) ({
    "test.use"(%b) : (tensor<2xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %g = "test.grad"(%a, %r) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %l, %g : tensor<f32>, tensor<4xf32>
}

// -----

// Ops scheduled before the loss are forward even when the loss does not read them: autodiff
// computes residuals (here tanh's derivative) alongside the forward. %d is an activation.
// t (64 B) 0..2, d (64 B) 1..3, l (4 B) 2..4, g (64 B) 3..4, gx (64 B) 4..4.
// Live: 64, 128, 132, 132, 132 -> peak first reached at step 2.

// CHECK-LABEL: func.func @residuals
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 132, peak_step = 2, activations = 1, activation_bytes = 64>
// expected-remark @+1 {{@residuals: 5 ops, peak 132 bytes at step 2, 1 activations, 64 activation bytes}}
func.func @residuals(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  %t = "fwd.tanh"(%x) : (tensor<16xf32>) -> tensor<16xf32>
  // CHECK: "fwd.dtanh"{{.*}}remat.lifetime = #remat.lifetime<def = 1, last_fwd = -1, first_bwd = 3, last_bwd = 3, bytes = 64>
  // expected-remark @+1 {{activation: def 1, last forward use -1, backward uses 3..3, 64 bytes}}
  %d = "fwd.dtanh"(%t) : (tensor<16xf32>) -> tensor<16xf32>
  %l = "fwd.loss"(%t) : (tensor<16xf32>) -> tensor<f32>
  %g = "bwd.g"(%d) : (tensor<16xf32>) -> tensor<16xf32>
  %gx = "bwd.gx"(%g) : (tensor<16xf32>) -> tensor<16xf32>
  return %l, %gx : tensor<f32>, tensor<16xf32>
}

// -----

// Explicit phases win: "test.late" follows the loss but is marked forward, so the value it
// defines, read by the backward, is an activation.
// CHECK-LABEL: func.func @explicit_phase
// CHECK-SAME: activations = 1, activation_bytes = 16
// expected-remark @+1 {{@explicit_phase: 3 ops, peak 36 bytes at step 2, 1 activations, 16 activation bytes}}
func.func @explicit_phase(%x: tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>) {
  %l = "fwd.loss"(%x) : (tensor<4xf32>) -> tensor<f32>
  // CHECK: "test.late"{{.*}}remat.lifetime = #remat.lifetime<def = 1, last_fwd = -1, first_bwd = 2, last_bwd = 2, bytes = 16>
  // expected-remark @+1 {{activation: def 1, last forward use -1, backward uses 2..2, 16 bytes}}
  %m = "test.late"(%x) {remat.phase = #remat.phase<forward>} : (tensor<4xf32>) -> tensor<4xf32>
  %g = "bwd.g"(%m) : (tensor<4xf32>) -> tensor<4xf32>
  return %l, %g : tensor<f32>, tensor<4xf32>
}

// -----

// Private functions are helpers (JAX emits them for jnp functions), not training steps.
// %0 (16 B) 0..2, %l (4 B) 1..2, %g (16 B) 2..2. Live: 16, 20, 36.
// CHECK-LABEL: func.func private @helper
// CHECK-NOT: remat.memory
// CHECK-LABEL: func.func @calls
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 36, peak_step = 2
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "test.op"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
// expected-remark @+1 {{@calls: 3 ops, peak 36 bytes at step 2, 1 activations, 16 activation bytes}}
func.func @calls(%x: tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>) {
  // CHECK: call @helper{{.*}}remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 2, last_bwd = 2, bytes = 16>
  // expected-remark @+1 {{activation: def 0, last forward use 1, backward uses 2..2, 16 bytes}}
  %0 = func.call @helper(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %l = "fwd.loss"(%0) : (tensor<4xf32>) -> tensor<f32>
  %g = "bwd.g"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  return %l, %g : tensor<f32>, tensor<4xf32>
}
