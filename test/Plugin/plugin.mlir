// Debian's mlir-opt loads remat as a dialect and pass plugin.
// RUN: mlir-opt --load-dialect-plugin=%remat_lib/remat-plugin.so --load-pass-plugin=%remat_lib/remat-plugin.so \
// RUN:   --allow-unregistered-dialect --pass-pipeline="builtin.module(remat-annotate-lifetimes)" %s | FileCheck %s
// RUN: mlir-opt --load-dialect-plugin=%remat_lib/remat-plugin.so --load-pass-plugin=%remat_lib/remat-plugin.so \
// RUN:   --allow-unregistered-dialect --pass-pipeline="builtin.module(remat-annotate-lifetimes,remat-strip)" %s \
// RUN:   | FileCheck %s --check-prefix=STRIP
// The plugin's dialect verifies remat attributes inside mlir-opt as well.
// RUN: mlir-opt --load-dialect-plugin=%remat_lib/remat-plugin.so --allow-unregistered-dialect \
// RUN:   --split-input-file --verify-diagnostics %S/../IR/invalid.mlir

// CHECK: remat.memory = #remat.memory<peak_bytes = 324, peak_step = 3, activations = 2, activation_bytes = 192>
// CHECK: "fwd.a"{{.*}}remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 4, last_bwd = 4, bytes = 64>
// STRIP-NOT: remat.
func.func @chain(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  %a = "fwd.a"(%x) : (tensor<16xf32>) -> tensor<16xf32>
  %b = "fwd.b"(%a) : (tensor<16xf32>) -> tensor<32xf32>
  %l = "fwd.loss"(%b) : (tensor<32xf32>) -> tensor<f32>
  %gb = "bwd.gb"(%b) : (tensor<32xf32>) -> tensor<32xf32>
  %ga = "bwd.ga"(%gb, %a) : (tensor<32xf32>, tensor<16xf32>) -> tensor<16xf32>
  %gx = "bwd.gx"(%ga) : (tensor<16xf32>) -> tensor<16xf32>
  return %l, %gx : tensor<f32>, tensor<16xf32>
}
