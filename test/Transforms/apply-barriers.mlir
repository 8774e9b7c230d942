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

// The step's results computed before a recomputation (here the parameter gradient %gw) are
// waited for too: nothing else makes XLA compute them before the recomputation, and a schedule
// that defers them to the end of the step keeps every value they read live until then. The
// return reads the barrier's copy.

// CHECK-LABEL: func.func @returned_gradient
// CHECK:      %[[GW:.*]] = "stablehlo.multiply"(%{{.*}}, %{{.*}}) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[G1:.*]] = "stablehlo.cosine"
// CHECK-NEXT: %[[F:.*]]:4 = "stablehlo.optimization_barrier"(%arg0, %arg1, %[[G1]], %[[GW]]) {remat.recomputed = 1 : i64}
// CHECK-NEXT: %[[A1:.*]] = "stablehlo.multiply"(%[[F]]#0, %[[F]]#1) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[GA:.*]] = "stablehlo.multiply"(%[[F]]#2, %[[A1]]) {remat.stage = 0 : i64}
// CHECK-NEXT: return %{{.*}}, %[[GA]], %[[F]]#3
func.func @returned_gradient(%x: tensor<16xf32>, %w: tensor<16xf32>)
    -> (tensor<f32>, tensor<16xf32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, fa 2, b 2, b 1, fa 0, b 0]>} {
  %a = "stablehlo.multiply"(%x, %w) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %b = "stablehlo.sine"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.reduce_sum"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<f32>
  %gl = "stablehlo.negate"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<16xf32>
  %gw = "stablehlo.multiply"(%gl, %b) {remat.stage = 1} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %g1 = "stablehlo.cosine"(%gl) {remat.stage = 1} : (tensor<16xf32>) -> tensor<16xf32>
  %ga = "stablehlo.multiply"(%g1, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga, %gw : tensor<f32>, tensor<16xf32>, tensor<16xf32>
}

// Two recomputations before one backward step: the second segment reads the first one's clone
// directly, not through a barrier: a barrier between two recomputed segments would keep XLA
// from fusing across it and keep the value on both of its sides. Here the second segment reads
// nothing else, so it has no barrier of its own.

// CHECK-LABEL: func.func @run_of_two
// CHECK:      %[[GL:.*]] = "stablehlo.negate"(%{{.*}}) {remat.stage = 2 : i64}
// CHECK-NEXT: %[[F:.*]]:2 = "stablehlo.optimization_barrier"(%arg0, %[[GL]]) {remat.recomputed = 1 : i64}
// CHECK-NEXT: %[[A1:.*]] = "stablehlo.tanh"(%[[F]]#0) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[B1:.*]] = "stablehlo.sine"(%[[A1]]) {remat.recomputed = 2 : i64, remat.stage = 1 : i64}
// CHECK-NOT:  optimization_barrier
// CHECK:      %[[GB:.*]] = "stablehlo.multiply"(%[[F]]#1, %[[B1]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[GA:.*]] = "stablehlo.multiply"(%[[GB]], %[[A1]]) {remat.stage = 0 : i64}
// CHECK-NEXT: return %{{.*}}, %[[GA]]
func.func @run_of_two(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fn 1, fa 2, b 2, fa 0, fa 1, b 1, b 0]>} {
  %a = "stablehlo.tanh"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %b = "stablehlo.sine"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<16xf32>
  %c = "stablehlo.cosine"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.reduce_sum"(%c) {remat.stage = 2} : (tensor<16xf32>) -> tensor<f32>
  %gl = "stablehlo.negate"(%c) {remat.stage = 2} : (tensor<16xf32>) -> tensor<16xf32>
  %gb = "stablehlo.multiply"(%gl, %b) {remat.stage = 1} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %ga = "stablehlo.multiply"(%gb, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}

// A later segment of the run that also reads a value from outside the run (the parameter %w)
// gets a barrier of its own for that value (and the wait), as every segment does for its
// inputs; the first segment's clone still reaches it directly.

// CHECK-LABEL: func.func @run_reading_a_parameter
// CHECK:      %[[GL:.*]] = "stablehlo.negate"(%{{.*}}) {remat.stage = 2 : i64}
// CHECK-NEXT: %[[F:.*]]:2 = "stablehlo.optimization_barrier"(%arg0, %[[GL]]) {remat.recomputed = 1 : i64}
// CHECK-NEXT: %[[A1:.*]] = "stablehlo.tanh"(%[[F]]#0) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[G:.*]]:2 = "stablehlo.optimization_barrier"(%arg1, %[[F]]#1) {remat.recomputed = 2 : i64}
// CHECK-NEXT: %[[B1:.*]] = "stablehlo.multiply"(%[[A1]], %[[G]]#0) {remat.recomputed = 2 : i64, remat.stage = 1 : i64}
// CHECK-NEXT: %[[GB:.*]] = "stablehlo.multiply"(%[[G]]#1, %[[B1]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[GA:.*]] = "stablehlo.multiply"(%[[GB]], %[[A1]]) {remat.stage = 0 : i64}
// CHECK-NEXT: return %{{.*}}, %[[GA]]
func.func @run_reading_a_parameter(%x: tensor<16xf32>, %w: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fn 1, fa 2, b 2, fa 0, fa 1, b 1, b 0]>} {
  %a = "stablehlo.tanh"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %b = "stablehlo.multiply"(%a, %w) {remat.stage = 1} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %c = "stablehlo.cosine"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.reduce_sum"(%c) {remat.stage = 2} : (tensor<16xf32>) -> tensor<f32>
  %gl = "stablehlo.negate"(%c) {remat.stage = 2} : (tensor<16xf32>) -> tensor<16xf32>
  %gb = "stablehlo.multiply"(%gl, %b) {remat.stage = 1} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %ga = "stablehlo.multiply"(%gb, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}
