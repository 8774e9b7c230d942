// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// sort: for each of the 2 slices along dimension 1, bubble passes swapping neighbours when the
// comparator says the right one is strictly less; all operands move together.
// CHECK-LABEL: func.func @argsort(
// CHECK-SAME: %[[V:.*]]: tensor<2x5xf32>, %[[I:.*]]: tensor<2x5xi32>)
// CHECK: %[[SLICES:.*]] = arith.constant 2 : index
// CHECK: %[[R:.*]]:2 = scf.for %[[S:.*]] = %{{.*}} to %[[SLICES]] step %{{.*}} iter_args(%[[T0:.*]] = %[[V]], %[[T1:.*]] = %[[I]]) -> (tensor<2x5xf32>, tensor<2x5xi32>)
// CHECK: %[[ROW:.*]] = arith.remui %[[S]], %{{.*}} : index
// CHECK: %[[LAST:.*]] = arith.constant 4 : index
// CHECK: scf.for %[[P:.*]] = %{{.*}} to %[[LAST]] step
// CHECK: %[[BOUND:.*]] = arith.subi %{{.*}}, %[[P]] : index
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %[[BOUND]] step %{{.*}} iter_args(%[[C0:.*]] = %{{.*}}, %[[C1:.*]] = %{{.*}})
// CHECK: %[[J1:.*]] = arith.addi %[[J]], %{{.*}} : index
// CHECK: %[[A0:.*]] = tensor.extract %[[C0]][%[[ROW]], %[[J]]] : tensor<2x5xf32>
// CHECK: %[[B0:.*]] = tensor.extract %[[C0]][%[[ROW]], %[[J1]]] : tensor<2x5xf32>
// CHECK: %[[A1:.*]] = tensor.extract %[[C1]][%[[ROW]], %[[J]]] : tensor<2x5xi32>
// CHECK: %[[B1:.*]] = tensor.extract %[[C1]][%[[ROW]], %[[J1]]] : tensor<2x5xi32>
// CHECK: %[[LESS:.*]] = arith.cmpf olt, %[[B0]], %[[A0]] : f32
// CHECK: scf.if %[[LESS]] -> (tensor<2x5xf32>, tensor<2x5xi32>)
// CHECK: tensor.insert %[[B0]] into %[[C0]][%[[ROW]], %[[J]]]
// CHECK: tensor.insert %[[A0]] into %{{.*}}[%[[ROW]], %[[J1]]]
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @argsort(%v: tensor<2x5xf32>, %i: tensor<2x5xi32>) -> (tensor<2x5xf32>, tensor<2x5xi32>) {
  %0:2 = "stablehlo.sort"(%v, %i) <{dimension = 1 : i64, is_stable = true}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>, %c: tensor<i32>, %d: tensor<i32>):
    %lt = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<2x5xf32>, tensor<2x5xi32>) -> (tensor<2x5xf32>, tensor<2x5xi32>)
  "func.return"(%0#0, %0#1) : (tensor<2x5xf32>, tensor<2x5xi32>) -> ()
}

// -----

// Slices of one element are already sorted.
// CHECK-LABEL: func.func @trivial(
// CHECK-SAME: %[[V:.*]]: tensor<3x1xi32>)
// CHECK-NEXT: return %[[V]]
func.func @trivial(%v: tensor<3x1xi32>) -> tensor<3x1xi32> {
  %0 = "stablehlo.sort"(%v) <{dimension = 1 : i64}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    %lt = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<3x1xi32>) -> tensor<3x1xi32>
  "func.return"(%0) : (tensor<3x1xi32>) -> ()
}

// -----

// map applies its computation elementwise.
// CHECK-LABEL: func.func @map(
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x2xi64>, tensor<2x2xi64>) outs(%{{.*}} : tensor<2x2xi64>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: i64, %[[B:.*]]: i64, %{{.*}}: i64):
// CHECK-NEXT: %[[M:.*]] = arith.muli %[[A]], %[[B]] : i64
// CHECK-NEXT: linalg.yield %[[M]] : i64
func.func @map(%a: tensor<2x2xi64>, %b: tensor<2x2xi64>) -> tensor<2x2xi64> {
  %0 = "stablehlo.map"(%a, %b) <{dimensions = array<i64: 0, 1>}> ({
  ^bb0(%x: tensor<i64>, %y: tensor<i64>):
    %m = "stablehlo.multiply"(%x, %y) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    "stablehlo.return"(%m) : (tensor<i64>) -> ()
  }) : (tensor<2x2xi64>, tensor<2x2xi64>) -> tensor<2x2xi64>
  "func.return"(%0) : (tensor<2x2xi64>) -> ()
}
