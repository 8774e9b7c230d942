// RUN: remat-opt %s --remat-prepare-cpu-entry-points | FileCheck %s

// Public functions get a C interface, their tensor signature and read-only tensor arguments;
// an explicit writable choice is kept; remat.* attributes go, others stay.
// CHECK-LABEL: func.func @step(
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = false},
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = true, test.keep},
// CHECK-SAME: %{{.*}}: f32)
// CHECK-SAME: -> (tensor<4xf32> {jax.result_info = "result[0]"})
// CHECK-SAME: attributes {llvm.emit_c_interface, remat_cpu.signature = (tensor<4xf32>, tensor<4xf32>, f32) -> tensor<4xf32>}
// CHECK: linalg.add ins
// CHECK-NOT: remat.
func.func @step(%a: tensor<4xf32>, %b: tensor<4xf32> {bufferization.writable = true, test.keep},
                %s: f32 {remat.policy = #remat.policy<save>}) -> (tensor<4xf32> {jax.result_info = "result[0]"})
    attributes {remat.plan = #remat.plan<strategy = "sqrt", budget = 64, peak_before = 96, peak_after = 64, forward_flops = 8, recompute_flops = 4>} {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.add {remat.recomputed = 1 : i64, remat.policy = #remat.policy<recompute>}
      ins(%a, %b : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %t = func.call @helper(%r) : (tensor<4xf32>) -> tensor<4xf32>
  return %t : tensor<4xf32>
}

// Private functions and declarations are left alone.
// CHECK-LABEL: func.func private @helper(%{{.*}}: tensor<4xf32>) -> tensor<4xf32> {
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
// CHECK-LABEL: func.func private @external(tensor<4xf32>)
// CHECK-NOT: attributes
func.func private @external(tensor<4xf32>)
