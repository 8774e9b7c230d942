// RUN: remat-opt --allow-unregistered-dialect --remat-apply="optimization-barriers=true" %s | FileCheck %s
// RUN: remat-opt --allow-unregistered-dialect --remat-apply="optimization-barriers=true" --remat-strip %s | FileCheck %s --check-prefix=STRIP

// With optimization barriers, a recomputed segment reads its inputs through a
// stablehlo.optimization_barrier that also waits for the latest backward value, as
// jax.checkpoint emits them; later readers of that backward value read the barrier's copy, so
// the order between the backward and the recomputation survives XLA's simplifications.
// Barriers whose fenced inputs nobody reads are removed.

// CHECK-LABEL: func.func @chain
// CHECK:      %[[A:.*]] = "stablehlo.tanh"(%arg0) {remat.stage = 0 : i64}
// CHECK-NEXT: %[[B:.*]] = "stablehlo.sine"(%[[A]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[L:.*]] = "stablehlo.reduce_sum"(%[[B]]) {remat.stage = 2 : i64}
// CHECK-NEXT: %[[GL:.*]] = "stablehlo.negate"(%[[B]]) {remat.stage = 2 : i64}
// CHECK-NEXT: %[[F1:.*]]:2 = "stablehlo.optimization_barrier"(%arg0, %[[GL]]) {remat.recomputed = 1 : i64}
// CHECK-NEXT: %[[A1:.*]] = "stablehlo.tanh"(%[[F1]]#0) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[GA:.*]] = "stablehlo.multiply"(%[[F1]]#1, %[[A1]]) {remat.stage = 0 : i64}
// CHECK-NEXT: return %[[L]], %[[GA]]
// STRIP: "stablehlo.optimization_barrier"(%arg0, %{{.*}}) : (tensor<16xf32>, tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>)
func.func @chain(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, fa 2, b 2, b 1, fa 0, b 0]>} {
  %a = "stablehlo.tanh"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %b = "stablehlo.sine"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.reduce_sum"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<f32>
  %gl = "stablehlo.negate"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<16xf32>
  %ga = "stablehlo.multiply"(%gl, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}
