// RUN: remat-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics \
// RUN:   --remat-apply="pure-ops=f.*" %s | FileCheck %s

// A three-stage chain and a schedule that recomputes: stage 0 is rerun to rebuild stage 1's
// input, stage 1 is rerun keeping everything for its backward, and stage 0 once more for its
// own backward. Each rerun is a numbered recomputation; backward ops read the latest values.

// CHECK-LABEL: func.func @chain
// CHECK:      %[[A:.*]] = "f.a"(%arg0) {remat.stage = 0 : i64}
// CHECK-NEXT: %[[B:.*]] = "f.b"(%[[A]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[L:.*]] = "f.loss"(%[[B]]) {remat.stage = 2 : i64}
// CHECK-NEXT: %[[GL:.*]] = "b.gl"(%[[L]]) {remat.stage = 2 : i64}
// CHECK-NEXT: %[[A1:.*]] = "f.a"(%arg0) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[B2:.*]] = "f.b"(%[[A1]]) {remat.recomputed = 2 : i64, remat.stage = 1 : i64}
// CHECK-NEXT: %[[GB:.*]] = "b.gb"(%[[GL]], %[[B2]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[A3:.*]] = "f.a"(%arg0) {remat.recomputed = 3 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[GA:.*]] = "b.ga"(%[[GB]], %[[A3]]) {remat.stage = 0 : i64}
// CHECK-NEXT: return %[[L]], %[[GA]]
func.func @chain(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fc 0, fn 1, fa 2, b 2, fc 0, fa 1, b 1, fa 0, b 0]>} {
  %a = "f.a"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %b = "f.b"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "f.loss"(%b) {remat.stage = 2} : (tensor<16xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) {remat.stage = 2} : (tensor<f32>) -> tensor<16xf32>
  %gb = "b.gb"(%gl, %b) {remat.stage = 1} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %ga = "b.ga"(%gb, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}

// -----

// Keeping everything recomputes nothing. A rerun whose values no backward op reads leaves no
// clone behind.

// CHECK-LABEL: func.func @keep_all
// CHECK-NOT: remat.recomputed
// CHECK: return
func.func @keep_all(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fc 0, fa 1, b 1, fa 0, b 0]>} {
  %a = "f.a"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "f.loss"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %gl = "b.gl"(%l, %a) {remat.stage = 1} : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  %ga = "b.ga"(%gl) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}

// -----

// Values captured by regions of backward ops are rewired too; a value the user marked
// `save` is never cloned, and its readers in a rerun use the original.

// CHECK-LABEL: func.func @regions_and_hints
// CHECK:      %[[A:.*]] = "f.a"(%arg0) {remat.policy = #remat.policy<save>, remat.stage = 0 : i64}
// CHECK-NEXT: %[[B:.*]] = "f.b"(%[[A]]) {remat.stage = 0 : i64}
// CHECK-NEXT: %[[L:.*]] = "f.loss"(%[[B]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[GL:.*]] = "b.gl"(%[[L]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[B1:.*]] = "f.b"(%[[A]]) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: "b.region"(%[[GL]])
// CHECK-NEXT: "b.use"(%[[B1]])
func.func @regions_and_hints(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, b 1, fa 0, b 0]>} {
  %a = "f.a"(%x) {remat.stage = 0, remat.policy = #remat.policy<save>} : (tensor<16xf32>) -> tensor<16xf32>
  %b = "f.b"(%a) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "f.loss"(%b) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) {remat.stage = 1} : (tensor<f32>) -> tensor<16xf32>
  %ga = "b.region"(%gl) ({
    "b.use"(%b) : (tensor<16xf32>) -> ()
  }) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}

// -----

// A `recompute` hint on a value the schedule keeps: the value is rebuilt before the backward
// step that reads it, from the latest versions of its operands.

// CHECK-LABEL: func.func @recompute_hint
// CHECK:      %[[A:.*]] = "f.a"(%arg0) {remat.policy = #remat.policy<recompute>, remat.stage = 0 : i64}
// CHECK-NEXT: %[[L:.*]] = "f.loss"(%[[A]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[GL:.*]] = "b.gl"(%[[L]]) {remat.stage = 1 : i64}
// CHECK-NEXT: %[[A1:.*]] = "f.a"(%arg0) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[GA:.*]] = "b.ga"(%[[GL]], %[[A1]]) {remat.stage = 0 : i64}
func.func @recompute_hint(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fa 0, fa 1, b 1, b 0]>} {
  %a = "f.a"(%x) {remat.stage = 0, remat.policy = #remat.policy<recompute>} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "f.loss"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) {remat.stage = 1} : (tensor<f32>) -> tensor<16xf32>
  %ga = "b.ga"(%gl, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}

// -----

// A clone never writes into a tensor.empty it shares with another op: bufferization gives
// each tensor.empty one buffer, so a shared one would stay live from the forward pass to the
// recomputation. The residual %d of stage 0 writes into a tensor.empty of stage 1; its clone
// gets a tensor.empty of its own, next to it.

// CHECK-LABEL: func.func @fresh_destination
// CHECK:      %[[E:.*]] = tensor.empty() {remat.stage = 1 : i64}
// CHECK:      %[[D:.*]] = linalg.generic {{.*}} outs(%[[E]] : tensor<16xf32>)
// CHECK:      "b.gl"
// CHECK-NEXT: %[[E1:.*]] = tensor.empty() {remat.recomputed = 1 : i64, remat.stage = 1 : i64}
// CHECK-NEXT: %[[H1:.*]] = "f.h"(%arg0) {remat.recomputed = 1 : i64, remat.stage = 0 : i64}
// CHECK-NEXT: %[[D1:.*]] = linalg.generic {{.*}} ins(%[[H1]] : tensor<16xf32>) outs(%[[E1]] : tensor<16xf32>)
// CHECK:      "b.ga"(%{{.*}}, %[[D1]])
func.func @fresh_destination(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fc 0, fa 1, b 1, fa 0, b 0]>} {
  %h = "f.h"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %e = tensor.empty() {remat.stage = 1} : tensor<16xf32>
  %d = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]} ins(%h : tensor<16xf32>)
                       outs(%e : tensor<16xf32>) attrs = {remat.stage = 0} {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %in : f32
    linalg.yield %m : f32
  } -> tensor<16xf32>
  %l = "f.loss"(%h) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) {remat.stage = 1} : (tensor<f32>) -> tensor<16xf32>
  %ga = "b.ga"(%gl, %d) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %ga : tensor<f32>, tensor<16xf32>
}
