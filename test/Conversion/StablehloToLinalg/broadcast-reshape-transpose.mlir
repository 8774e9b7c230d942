// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// broadcast_in_dim: a generic reading operand dimension d at result dimension
// broadcast_dimensions[d], and at index 0 where the operand has size 1.
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[UNIT:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-DAG: #[[SWAP:.*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-LABEL: func.func @broadcast(
// CHECK-SAME: %[[S:.*]]: tensor<f32>, %[[V:.*]]: tensor<3xf32>, %[[M:.*]]: tensor<1x3xf32>, %[[T:.*]]: tensor<2x3xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[SCALAR]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[S]] : tensor<f32>) outs(%{{.*}} : tensor<2x3xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]] : f32
// CHECK: linalg.generic {indexing_maps = [#[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[V]] : tensor<3xf32>) outs(%{{.*}} : tensor<3x2xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[UNIT]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[M]] : tensor<1x3xf32>) outs(%{{.*}} : tensor<4x3xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[SWAP]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[T]] : tensor<2x3xf32>) outs(%{{.*}} : tensor<3x2xf32>)
// Inserting unit dimensions in order is a view.
// CHECK: %[[X:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1]] output_shape [1, 3] : tensor<3xf32> into tensor<1x3xf32>
// CHECK: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[X]], %[[M]] :
func.func @broadcast(%s: tensor<f32>, %v: tensor<3xf32>, %m: tensor<1x3xf32>, %t: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<3x2xf32>, tensor<4x3xf32>, tensor<3x2xf32>, tensor<1x3xf32>, tensor<1x3xf32>) {
  %0 = "stablehlo.broadcast_in_dim"(%s) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x3xf32>
  %1 = "stablehlo.broadcast_in_dim"(%v) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3x2xf32>
  %2 = "stablehlo.broadcast_in_dim"(%m) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xf32>) -> tensor<4x3xf32>
  %3 = "stablehlo.broadcast_in_dim"(%t) <{broadcast_dimensions = array<i64: 1, 0>}> : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %4 = "stablehlo.broadcast_in_dim"(%v) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1x3xf32>
  %5 = "stablehlo.broadcast_in_dim"(%m) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xf32>) -> tensor<1x3xf32>
  "func.return"(%0, %1, %2, %3, %4, %5) : (tensor<2x3xf32>, tensor<3x2xf32>, tensor<4x3xf32>, tensor<3x2xf32>, tensor<1x3xf32>, tensor<1x3xf32>) -> ()
}

// -----

// The older dense spelling of broadcast_dimensions is read too.
// CHECK-LABEL: func.func @broadcast_dense_attr(
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}} : tensor<3xi32>) outs(%{{.*}} : tensor<2x3xi32>)
func.func @broadcast_dense_attr(%v: tensor<3xi32>) -> tensor<2x3xi32> {
  %0 = "stablehlo.broadcast_in_dim"(%v) {broadcast_dimensions = dense<1> : tensor<1xi64>} : (tensor<3xi32>) -> tensor<2x3xi32>
  "func.return"(%0) : (tensor<2x3xi32>) -> ()
}

// -----

// reshape: collapse, expand, through rank 1 when neither, and to/from rank 0.
// CHECK-LABEL: func.func @reshape(
// CHECK-SAME: %[[S:.*]]: tensor<f32>, %[[T:.*]]: tensor<2x3x4xf32>)
// CHECK: %[[C0:.*]] = tensor.collapse_shape %[[T]] {{\[}}[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: %[[C1:.*]] = tensor.collapse_shape %[[T]] {{\[}}[0], [1, 2]] : tensor<2x3x4xf32> into tensor<2x12xf32>
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[T]] {{\[}}[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
// CHECK: %[[E:.*]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1]] output_shape [3, 8] : tensor<24xf32> into tensor<3x8xf32>
// CHECK: %[[U:.*]] = tensor.expand_shape %[[S]] [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
// CHECK: %[[B:.*]] = tensor.collapse_shape %[[U]] [] : tensor<1x1xf32> into tensor<f32>
// CHECK: %[[G:.*]] = tensor.expand_shape %[[T]] {{\[}}[0, 1], [2], [3]] output_shape [1, 2, 3, 4] : tensor<2x3x4xf32> into tensor<1x2x3x4xf32>
// CHECK: return %[[C0]], %[[C1]], %[[E]], %[[U]], %[[B]], %[[G]] :
func.func @reshape(%s: tensor<f32>, %t: tensor<2x3x4xf32>) -> (tensor<6x4xf32>, tensor<2x12xf32>, tensor<3x8xf32>, tensor<1x1xf32>, tensor<f32>, tensor<1x2x3x4xf32>) {
  %0 = "stablehlo.reshape"(%t) : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %1 = "stablehlo.reshape"(%t) : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %2 = "stablehlo.reshape"(%t) : (tensor<2x3x4xf32>) -> tensor<3x8xf32>
  %3 = "stablehlo.reshape"(%s) : (tensor<f32>) -> tensor<1x1xf32>
  %4 = "stablehlo.reshape"(%3) : (tensor<1x1xf32>) -> tensor<f32>
  %5 = "stablehlo.reshape"(%t) : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
  "func.return"(%0, %1, %2, %3, %4, %5) : (tensor<6x4xf32>, tensor<2x12xf32>, tensor<3x8xf32>, tensor<1x1xf32>, tensor<f32>, tensor<1x2x3x4xf32>) -> ()
}

// -----

// transpose: linalg.transpose with the same permutation; the identity permutation is the
// operand.
// CHECK-LABEL: func.func @transpose(
// CHECK-SAME: %[[T:.*]]: tensor<2x3x4xi8>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<4x2x3xi8>
// CHECK: %[[R:.*]] = linalg.transpose ins(%[[T]] : tensor<2x3x4xi8>) outs(%[[E]] : tensor<4x2x3xi8>) permutation = [2, 0, 1]
// CHECK: return %[[R]], %[[T]] : tensor<4x2x3xi8>, tensor<2x3x4xi8>
func.func @transpose(%t: tensor<2x3x4xui8>) -> (tensor<4x2x3xui8>, tensor<2x3x4xui8>) {
  %0 = "stablehlo.transpose"(%t) <{permutation = array<i64: 2, 0, 1>}> : (tensor<2x3x4xui8>) -> tensor<4x2x3xui8>
  %1 = "stablehlo.transpose"(%t) <{permutation = array<i64: 0, 1, 2>}> : (tensor<2x3x4xui8>) -> tensor<2x3x4xui8>
  "func.return"(%0, %1) : (tensor<4x2x3xui8>, tensor<2x3x4xui8>) -> ()
}
