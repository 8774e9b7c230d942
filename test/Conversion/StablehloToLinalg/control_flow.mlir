// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// while -> scf.while: the condition's rank-0 boolean is extracted for scf.condition, the
// regions' ops are converted in place.
// CHECK-LABEL: func.func @loop(
// CHECK-SAME: %[[N:.*]]: tensor<i32>, %[[X:.*]]: tensor<3xf32>)
// CHECK: %[[ZERO:.*]] = arith.constant dense<0> : tensor<i32>
// CHECK: %[[W:.*]]:2 = scf.while (%[[I:.*]] = %[[ZERO]], %[[V:.*]] = %[[X]]) : (tensor<i32>, tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>) {
// CHECK: %[[C:.*]] = linalg.generic {{.*}} ins(%[[I]], %[[N]] : tensor<i32>, tensor<i32>)
// CHECK: arith.cmpi slt
// CHECK: %[[B:.*]] = tensor.extract %[[C]][] : tensor<i1>
// CHECK: scf.condition(%[[B]]) %[[I]], %[[V]] : tensor<i32>, tensor<3xf32>
// CHECK: } do {
// CHECK: ^bb0(%[[I2:.*]]: tensor<i32>, %[[V2:.*]]: tensor<3xf32>):
// CHECK: %[[J:.*]] = linalg.generic {{.*}} ins(%[[I2]], %{{.*}} : tensor<i32>, tensor<i32>)
// CHECK: %[[U:.*]] = linalg.generic {{.*}} ins(%[[V2]], %[[V2]] : tensor<3xf32>, tensor<3xf32>)
// CHECK: scf.yield %[[J]], %[[U]] : tensor<i32>, tensor<3xf32>
// CHECK: return %[[W]]#0, %[[W]]#1
func.func @loop(%n: tensor<i32>, %x: tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>) {
  %zero = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %0:2 = "stablehlo.while"(%zero, %x) ({
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %c = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%c) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %w = "stablehlo.add"(%v, %v) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "stablehlo.return"(%j, %w) : (tensor<i32>, tensor<3xf32>) -> ()
  }) : (tensor<i32>, tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>)
  "func.return"(%0#0, %0#1) : (tensor<i32>, tensor<3xf32>) -> ()
}

// -----

// if -> scf.if; case -> scf.index_switch with the last branch as default (an out-of-range
// index runs the last branch); unsigned values become signless through the regions.
// CHECK-LABEL: func.func @branches(
// CHECK-SAME: %[[P:.*]]: tensor<i1>, %[[K:.*]]: tensor<i32>, %[[X:.*]]: tensor<3xi32>) -> (tensor<3xi32>, tensor<3xi32>)
// CHECK: %[[PB:.*]] = tensor.extract %[[P]][] : tensor<i1>
// CHECK: %[[IF:.*]] = scf.if %[[PB]] -> (tensor<3xi32>) {
// CHECK: scf.yield %[[X]] : tensor<3xi32>
// CHECK: } else {
// CHECK: arith.addi
// CHECK: scf.yield
// CHECK: %[[KV:.*]] = tensor.extract %[[K]][] : tensor<i32>
// CHECK: %[[KI:.*]] = arith.index_cast %[[KV]] : i32 to index
// CHECK: %[[SW:.*]] = scf.index_switch %[[KI]] -> tensor<3xi32>
// CHECK: case 0 {
// CHECK: scf.yield %[[X]] : tensor<3xi32>
// CHECK: case 1 {
// CHECK: arith.muli
// CHECK: default {
// CHECK: arith.xori
// CHECK: return %[[IF]], %[[SW]]
func.func @branches(%p: tensor<i1>, %k: tensor<i32>, %x: tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>) {
  %0 = "stablehlo.if"(%p) ({
    "stablehlo.return"(%x) : (tensor<3xui32>) -> ()
  }, {
    %y = "stablehlo.add"(%x, %x) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    "stablehlo.return"(%y) : (tensor<3xui32>) -> ()
  }) : (tensor<i1>) -> tensor<3xui32>
  %1 = "stablehlo.case"(%k) ({
    "stablehlo.return"(%x) : (tensor<3xui32>) -> ()
  }, {
    %y = "stablehlo.multiply"(%x, %x) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    "stablehlo.return"(%y) : (tensor<3xui32>) -> ()
  }, {
    %y = "stablehlo.not"(%x) : (tensor<3xui32>) -> tensor<3xui32>
    "stablehlo.return"(%y) : (tensor<3xui32>) -> ()
  }) : (tensor<i32>) -> tensor<3xui32>
  "func.return"(%0, %1) : (tensor<3xui32>, tensor<3xui32>) -> ()
}

// -----

// A reduce inside a loop body keeps its scalar body.
// CHECK-LABEL: func.func @reduce_in_loop(
// CHECK: scf.while
// CHECK: } do {
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]
// CHECK: arith.addf
// CHECK-NOT: stablehlo
func.func @reduce_in_loop(%x: tensor<4xf32>, %n: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.while"(%n) ({
  ^bb0(%s: tensor<f32>):
    %c = "stablehlo.compare"(%s, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%c) : (tensor<i1>) -> ()
  }, {
  ^bb0(%s: tensor<f32>):
    %r = "stablehlo.reduce"(%x, %s) <{dimensions = array<i64: 0>}> ({
    ^bb0(%a: tensor<f32>, %b: tensor<f32>):
      %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%t) : (tensor<f32>) -> ()
    }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%r) : (tensor<f32>) -> ()
  }) : (tensor<f32>) -> tensor<f32>
  "func.return"(%0) : (tensor<f32>) -> ()
}
