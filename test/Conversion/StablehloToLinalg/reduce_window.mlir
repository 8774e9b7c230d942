// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Max pooling with strides and padding: the input is padded with the init value (-inf), the
// window loops get their bounds from an unused tensor of the window's shape.
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0 + d4, d1 * 2 + d5, d2 * 2 + d6, d3 + d7)>
// CHECK-DAG: #[[SHAPE:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d4, d5, d6, d7)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @max_pool(
// CHECK-SAME: %[[X:.*]]: tensor<1x4x4x1xf32>)
// CHECK: %[[NEGINF:.*]] = arith.constant dense<0xFF800000> : tensor<f32>
// CHECK: %[[PV:.*]] = tensor.extract %[[NEGINF]][] : tensor<f32>
// CHECK: %[[PF:.*]] = linalg.fill ins(%[[PV]] : f32) outs(%{{.*}} : tensor<1x5x5x1xf32>)
// CHECK: %[[P:.*]] = tensor.insert_slice %[[X]] into %[[PF]][0, 1, 1, 0] [1, 4, 4, 1] [1, 1, 1, 1]
// CHECK: %[[W:.*]] = tensor.empty() : tensor<1x3x3x1xf32>
// CHECK: %[[O:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x2x2x1xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[WIN]], #[[SHAPE]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction"]} ins(%[[P]], %[[W]] : tensor<1x5x5x1xf32>, tensor<1x3x3x1xf32>) outs(%[[O]] : tensor<1x2x2x1xf32>)
// CHECK-NEXT: ^bb0(%[[E:.*]]: f32, %{{.*}}: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[ACC]], %[[E]] : f32
// CHECK-NEXT: linalg.yield %[[M]] : f32
func.func @max_pool(%x: tensor<1x4x4x1xf32>) -> tensor<1x2x2x1xf32> {
  %init = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
  %0 = "stablehlo.reduce_window"(%x, %init) <{padding = dense<[[0, 0], [1, 0], [1, 0], [0, 0]]> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 3, 3, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %m = "stablehlo.maximum"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%m) : (tensor<f32>) -> ()
  }) : (tensor<1x4x4x1xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
  "func.return"(%0) : (tensor<1x2x2x1xf32>) -> ()
}

// -----

// Sum with base dilation (interior padding with the init value) and window dilation.
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1) -> (d0 + d1 * 2)>
// CHECK-LABEL: func.func @dilated_sum(
// CHECK-SAME: %[[X:.*]]: tensor<3xf32>
// CHECK: %[[PF:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<5xf32>)
// CHECK: %[[P:.*]] = tensor.insert_slice %[[X]] into %[[PF]][0] [3] [2]
// CHECK: linalg.generic {indexing_maps = [#[[WIN]], #{{.*}}, #{{.*}}], iterator_types = ["parallel", "reduction"]} ins(%[[P]], %{{.*}} : tensor<5xf32>, tensor<2xf32>) outs(%{{.*}} : tensor<3xf32>)
// CHECK: arith.addf
func.func @dilated_sum(%x: tensor<3xf32>, %init: tensor<f32>) -> tensor<3xf32> {
  %0 = "stablehlo.reduce_window"(%x, %init) <{base_dilations = array<i64: 2>, window_dilations = array<i64: 2>, window_dimensions = array<i64: 2>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  "func.return"(%0) : (tensor<3xf32>) -> ()
}

// -----

// Two inputs reduced together, integer elements.
// CHECK-LABEL: func.func @two_inputs(
// CHECK: %{{.*}}:2 = linalg.generic
// CHECK-SAME: ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4xi32>, tensor<4xi32>, tensor<2xf32>) outs(%{{.*}}, %{{.*}} : tensor<3xi32>, tensor<3xi32>)
// CHECK: arith.maxsi
// CHECK: arith.addi
func.func @two_inputs(%x: tensor<4xi32>, %y: tensor<4xi32>, %i: tensor<i32>) -> (tensor<3xi32>, tensor<3xi32>) {
  %0:2 = "stablehlo.reduce_window"(%x, %y, %i, %i) <{window_dimensions = array<i64: 2>}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>, %c: tensor<i32>, %d: tensor<i32>):
    %m = "stablehlo.maximum"(%a, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %s = "stablehlo.add"(%b, %d) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%m, %s) : (tensor<i32>, tensor<i32>) -> ()
  }) : (tensor<4xi32>, tensor<4xi32>, tensor<i32>, tensor<i32>) -> (tensor<3xi32>, tensor<3xi32>)
  "func.return"(%0#0, %0#1) : (tensor<3xi32>, tensor<3xi32>) -> ()
}
