// RUN: remat-opt --allow-unregistered-dialect --remat-strip %s | FileCheck %s
// RUN: remat-opt --allow-unregistered-dialect --remat-annotate-lifetimes --remat-strip %s | FileCheck %s

// remat-strip removes every remat.* attribute and nothing else.

// CHECK-LABEL: func.func @step
// CHECK-SAME: attributes {other.keep = 1 : i64}
// CHECK-NOT: remat.
// CHECK: "fwd.a"(%{{.*}}) {other.note = "kept"}
// CHECK-NOT: remat.
// CHECK: return
func.func @step(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {other.keep = 1 : i64, remat.memory = #remat.memory<peak_bytes = 1, peak_step = 0, activations = 0, activation_bytes = 0>} {
  %a = "fwd.a"(%x) {other.note = "kept", remat.policy = #remat.policy<recompute>, remat.phase = #remat.phase<forward>} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "fwd.loss"(%a) : (tensor<16xf32>) -> tensor<f32>
  %b = "fwd.a"(%x) {remat.recomputed = 1 : i64} : (tensor<16xf32>) -> tensor<16xf32>
  %g = "bwd.g"(%a, %b) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}
