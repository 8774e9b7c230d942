// RUN: remat-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: remat-opt --allow-unregistered-dialect %s | remat-opt --allow-unregistered-dialect | FileCheck %s
// RUN: remat-opt --allow-unregistered-dialect -mlir-print-op-generic %s | remat-opt --allow-unregistered-dialect | FileCheck %s

// Every remat attribute survives printing and parsing, on registered and unregistered ops.

// CHECK-LABEL: func.func @step
// CHECK-SAME: remat.memory = #remat.memory<peak_bytes = 324, peak_step = 3, activations = 2, activation_bytes = 192>
// CHECK-SAME: remat.plan = #remat.plan<strategy = "dp", budget = 256, peak_before = 324, peak_after = 260, forward_flops = 100, recompute_flops = 10>
// CHECK-SAME: remat.schedule = #remat.schedule<[fc 0, fn 1, fa 2, b 2, fc 0, fa 1, b 1, fa 0, b 0]>
func.func @step(%x: tensor<16xf32>) -> tensor<16xf32>
    attributes {remat.schedule = #remat.schedule<[fc 0, fn 1, fa 2, b 2, fc 0, fa 1, b 1, fa 0, b 0]>,
                remat.memory = #remat.memory<peak_bytes = 324, peak_step = 3, activations = 2, activation_bytes = 192>,
                remat.plan = #remat.plan<strategy = "dp", budget = 256, peak_before = 324, peak_after = 260, forward_flops = 100, recompute_flops = 10>} {
  // CHECK: math.tanh
  // CHECK-SAME: remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 4, last_bwd = 5, bytes = 64>
  // CHECK-SAME: remat.phase = #remat.phase<forward>
  // CHECK-SAME: remat.policy = #remat.policy<recompute>
  %0 = math.tanh %x {remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 4, last_bwd = 5, bytes = 64>,
                     remat.phase = #remat.phase<forward>, remat.policy = #remat.policy<recompute>} : tensor<16xf32>
  // CHECK: math.exp
  // CHECK-SAME: remat.policy = #remat.policy<save>
  // CHECK-SAME: remat.recomputed = 1 : i64
  // CHECK-SAME: remat.stage = 2 : i64
  %1 = math.exp %0 {remat.recomputed = 1 : i64, remat.policy = #remat.policy<save>, remat.stage = 2 : i64} : tensor<16xf32>
  // CHECK: "test.unregistered"
  // CHECK-SAME: remat.lifetime = #remat.lifetime<def = 2, last_fwd = -1, first_bwd = 3, last_bwd = 3, bytes = 0>
  // CHECK-SAME: remat.phase = #remat.phase<backward>
  %2 = "test.unregistered"(%1) {remat.lifetime = #remat.lifetime<def = 2, last_fwd = -1, first_bwd = 3, last_bwd = 3, bytes = 0>,
                                remat.phase = #remat.phase<backward>} : (tensor<16xf32>) -> tensor<16xf32>
  return %2 : tensor<16xf32>
}
