// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Sum over the last dimension: outputs filled with the init value, the body runs as
// body(accumulator, element).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @sum(
// CHECK-SAME: %[[X:.*]]: tensor<3x4xf32>, %[[INIT:.*]]: tensor<f32>)
// CHECK: %[[I:.*]] = tensor.extract %[[INIT]][] : tensor<f32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[I]] : f32) outs(%{{.*}} : tensor<3xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<3x4xf32>) outs(%[[F]] : tensor<3xf32>)
// CHECK-NEXT: ^bb0(%[[E:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ACC]], %[[E]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
func.func @sum(%x: tensor<3x4xf32>, %init: tensor<f32>) -> tensor<3xf32> {
  %0 = "stablehlo.reduce"(%x, %init) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<3x4xf32>, tensor<f32>) -> tensor<3xf32>
  "func.return"(%0) : (tensor<3xf32>) -> ()
}

// -----

// Several dimensions in any order, down to a rank-0 result; multiply/max/min/and/or bodies.
// CHECK-DAG: #[[ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[MID:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-DAG: #[[NONE:.*]] = affine_map<(d0, d1, d2) -> ()>
// CHECK-LABEL: func.func @bodies(
// CHECK: linalg.generic {indexing_maps = [#[[ID3]], #[[MID]]], iterator_types = ["reduction", "parallel", "reduction"]}
// CHECK: arith.mulf
// CHECK: linalg.generic {indexing_maps = [#[[ID3]], #[[NONE]]], iterator_types = ["reduction", "reduction", "reduction"]}
// CHECK: arith.maximumf
// CHECK: arith.minsi %{{.*}}, %{{.*}} : i32
// CHECK: arith.andi %{{.*}}, %{{.*}} : i1
// CHECK: arith.ori %{{.*}}, %{{.*}} : i1
func.func @bodies(%x: tensor<2x3x4xf32>, %i: tensor<2x3x4xi32>, %p: tensor<2x3x4xi1>, %f: tensor<f32>, %n: tensor<i32>, %b: tensor<i1>) -> (tensor<3xf32>, tensor<f32>, tensor<2x4xi32>, tensor<2x3xi1>, tensor<3x4xi1>) {
  %0 = "stablehlo.reduce"(%x, %f) <{dimensions = array<i64: 2, 0>}> ({
  ^bb0(%a: tensor<f32>, %c: tensor<f32>):
    %s = "stablehlo.multiply"(%a, %c) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<3xf32>
  %1 = "stablehlo.reduce"(%x, %f) <{dimensions = array<i64: 0, 1, 2>}> ({
  ^bb0(%a: tensor<f32>, %c: tensor<f32>):
    %s = "stablehlo.maximum"(%a, %c) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<f32>
  %2 = "stablehlo.reduce"(%i, %n) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<i32>, %c: tensor<i32>):
    %s = "stablehlo.minimum"(%a, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%s) : (tensor<i32>) -> ()
  }) : (tensor<2x3x4xi32>, tensor<i32>) -> tensor<2x4xi32>
  %3 = "stablehlo.reduce"(%p, %b) <{dimensions = array<i64: 2>}> ({
  ^bb0(%a: tensor<i1>, %c: tensor<i1>):
    %s = "stablehlo.and"(%a, %c) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    "stablehlo.return"(%s) : (tensor<i1>) -> ()
  }) : (tensor<2x3x4xi1>, tensor<i1>) -> tensor<2x3xi1>
  %4 = "stablehlo.reduce"(%p, %b) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<i1>, %c: tensor<i1>):
    %s = "stablehlo.or"(%a, %c) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    "stablehlo.return"(%s) : (tensor<i1>) -> ()
  }) : (tensor<2x3x4xi1>, tensor<i1>) -> tensor<3x4xi1>
  "func.return"(%0, %1, %2, %3, %4) : (tensor<3xf32>, tensor<f32>, tensor<2x4xi32>, tensor<2x3xi1>, tensor<3x4xi1>) -> ()
}

// -----

// Two operands and two results (argmax): one generic with two outputs; the body's first half
// of arguments are the accumulators.
// CHECK-LABEL: func.func @argmax(
// CHECK: %{{.*}}:2 = linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<3x4xf32>, tensor<3x4xi32>) outs(%{{.*}}, %{{.*}} : tensor<3xf32>, tensor<3xi32>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: f32, %[[I:.*]]: i32, %[[AV:.*]]: f32, %[[AI:.*]]: i32):
// CHECK-NEXT: %[[GT:.*]] = arith.cmpf ogt, %[[AV]], %[[V]] : f32
// CHECK-NEXT: %[[NV:.*]] = arith.select %[[GT]], %[[AV]], %[[V]] : f32
// CHECK-NEXT: %[[NI:.*]] = arith.select %[[GT]], %[[AI]], %[[I]] : i32
// CHECK-NEXT: linalg.yield %[[NV]], %[[NI]] : f32, i32
func.func @argmax(%x: tensor<3x4xf32>, %i: tensor<3x4xi32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %init = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
  %zero = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %0:2 = "stablehlo.reduce"(%x, %i, %init, %zero) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %ai: tensor<i32>, %b: tensor<f32>, %bi: tensor<i32>):
    %gt = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %v = "stablehlo.select"(%gt, %a, %b) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %j = "stablehlo.select"(%gt, %ai, %bi) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%v, %j) : (tensor<f32>, tensor<i32>) -> ()
  }) : (tensor<3x4xf32>, tensor<3x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<3xf32>, tensor<3xi32>)
  "func.return"(%0#0, %0#1) : (tensor<3xf32>, tensor<3xi32>) -> ()
}

// -----

// Bodies may hold constants and convert; no reduced dimension means one application per
// element; the body element type may be wider than the input's (bf16 summed in f32).
// CHECK-LABEL: func.func @body_forms(
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel"]}
// CHECK: ^bb0(%[[E:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: %[[M:.*]] = arith.mulf %[[E]], %[[TWO]] : f32
// CHECK: arith.addf %[[ACC]], %[[M]] : f32
// CHECK: %[[INIT:.*]] = arith.extf %{{.*}} : bf16 to f32
// CHECK: linalg.fill ins(%[[INIT]] : f32)
// CHECK: ^bb0(%[[H:.*]]: bf16, %[[HACC:.*]]: f32):
// CHECK-NEXT: %[[W:.*]] = arith.extf %[[H]] : bf16 to f32
// CHECK-NEXT: arith.addf %[[HACC]], %[[W]] : f32
func.func @body_forms(%x: tensor<4xf32>, %f: tensor<f32>, %h: tensor<4xbf16>, %hi: tensor<bf16>) -> (tensor<4xf32>, tensor<f32>) {
  %0 = "stablehlo.reduce"(%x, %f) <{dimensions = array<i64>}> ({
  ^bb0(%a: tensor<f32>, %c: tensor<f32>):
    %two = "stablehlo.constant"() <{value = dense<2.0> : tensor<f32>}> : () -> tensor<f32>
    %d = "stablehlo.multiply"(%c, %two) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %s = "stablehlo.add"(%a, %d) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = "stablehlo.reduce"(%h, %hi) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %c: tensor<f32>):
    %s = "stablehlo.add"(%a, %c) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4xbf16>, tensor<bf16>) -> tensor<f32>
  "func.return"(%0, %1) : (tensor<4xf32>, tensor<f32>) -> ()
}
