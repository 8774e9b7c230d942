// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// concatenate: insert_slice of each operand at its offset; empty operands are skipped.
// CHECK-LABEL: func.func @concatenate(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x1xf32>, %[[Z:.*]]: tensor<2x0xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x7xf32>
// CHECK: %[[R0:.*]] = tensor.insert_slice %[[A]] into %[[E]][0, 0] [2, 3] [1, 1]
// CHECK: %[[R1:.*]] = tensor.insert_slice %[[B]] into %[[R0]][0, 3] [2, 1] [1, 1]
// CHECK-NOT: tensor.insert_slice %[[Z]]
// CHECK: %[[R2:.*]] = tensor.insert_slice %[[A]] into %[[R1]][0, 4] [2, 3] [1, 1]
// CHECK: return %[[R2]]
func.func @concatenate(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>, %z: tensor<2x0xf32>) -> tensor<2x7xf32> {
  %0 = "stablehlo.concatenate"(%a, %b, %z, %a) <{dimension = 1 : i64}> : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x0xf32>, tensor<2x3xf32>) -> tensor<2x7xf32>
  "func.return"(%0) : (tensor<2x7xf32>) -> ()
}

// -----

// pad with interior padding and a negative high edge: fill with the padding value, then insert
// the operand elements that land inside with stride interior + 1.
// CHECK-LABEL: func.func @pad_interior_negative(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>, %[[P:.*]]: tensor<f32>)
// CHECK: %[[V:.*]] = tensor.extract %[[P]][] : tensor<f32>
// CHECK: %[[KEEP:.*]] = tensor.extract_slice %[[A]][0, 0] [2, 2] [1, 1] : tensor<2x3xf32> to tensor<2x2xf32>
// CHECK: %[[E:.*]] = tensor.empty() : tensor<4x8xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[V]] : f32) outs(%[[E]] : tensor<4x8xf32>)
// CHECK: %[[R:.*]] = tensor.insert_slice %[[KEEP]] into %[[F]][1, 2] [2, 2] [1, 3] : tensor<2x2xf32> into tensor<4x8xf32>
// CHECK: return %[[R]]
func.func @pad_interior_negative(%a: tensor<2x3xf32>, %p: tensor<f32>) -> tensor<4x8xf32> {
  %0 = "stablehlo.pad"(%a, %p) <{edge_padding_high = array<i64: 1, -1>, edge_padding_low = array<i64: 1, 2>, interior_padding = array<i64: 0, 2>}> : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x8xf32>
  "func.return"(%0) : (tensor<4x8xf32>) -> ()
}

// -----

// Only negative padding is a slice; empty padding is the operand itself.
// CHECK-LABEL: func.func @pad_crop_and_empty(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xi32>, %[[P:.*]]: tensor<i32>)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[A]][0, 1] [1, 2] [1, 1] : tensor<2x3xi32> to tensor<1x2xi32>
// CHECK-NOT: linalg.fill
// CHECK: return %[[S]], %[[A]]
func.func @pad_crop_and_empty(%a: tensor<2x3xi32>, %p: tensor<i32>) -> (tensor<1x2xi32>, tensor<2x3xi32>) {
  %0 = "stablehlo.pad"(%a, %p) <{edge_padding_high = array<i64: -1, 0>, edge_padding_low = array<i64: 0, -1>, interior_padding = array<i64: 0, 0>}> : (tensor<2x3xi32>, tensor<i32>) -> tensor<1x2xi32>
  %1 = "stablehlo.pad"(%a, %p) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  "func.return"(%0, %1) : (tensor<1x2xi32>, tensor<2x3xi32>) -> ()
}

// -----

// Padding that removes everything leaves only the padding value.
// CHECK-LABEL: func.func @pad_all_removed(
// CHECK: %[[F:.*]] = linalg.fill
// CHECK-NOT: tensor.insert_slice
// CHECK: return %[[F]]
func.func @pad_all_removed(%a: tensor<2xf32>, %p: tensor<f32>) -> tensor<1xf32> {
  %0 = "stablehlo.pad"(%a, %p) <{edge_padding_high = array<i64: 1>, edge_padding_low = array<i64: -3>, interior_padding = array<i64: 1>}> : (tensor<2xf32>, tensor<f32>) -> tensor<1xf32>
  "func.return"(%0) : (tensor<1xf32>) -> ()
}

// -----

// reverse reads index size - 1 - i along the reversed dimensions; reversing size-1 dimensions
// changes nothing.
// CHECK-DAG: #[[REV:.*]] = affine_map<(d0, d1) -> (d0, -d1 + 2)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @reverse(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<1x3xf32>)
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[REV]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[A]] : tensor<2x3xf32>)
// CHECK: return %[[R]], %[[B]]
func.func @reverse(%a: tensor<2x3xf32>, %b: tensor<1x3xf32>) -> (tensor<2x3xf32>, tensor<1x3xf32>) {
  %0 = "stablehlo.reverse"(%a) <{dimensions = array<i64: 1>}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "stablehlo.reverse"(%b) <{dimensions = array<i64: 0>}> : (tensor<1x3xf32>) -> tensor<1x3xf32>
  "func.return"(%0, %1) : (tensor<2x3xf32>, tensor<1x3xf32>) -> ()
}
