// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Matrix product: loops [lhs free, rhs free, contracting], accumulation from 0.
// CHECK-DAG: #[[L:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[R:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[O:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul(
// CHECK-SAME: %[[A:.*]]: tensor<16x64xf32>, %[[B:.*]]: tensor<64x32xf32>)
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[E:.*]] = tensor.empty() : tensor<16x32xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<16x32xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[L]], #[[R]], #[[O]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[A]], %[[B]] : tensor<16x64xf32>, tensor<64x32xf32>) outs(%[[F]] : tensor<16x32xf32>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
func.func @matmul(%a: tensor<16x64xf32>, %b: tensor<64x32xf32>) -> tensor<16x32xf32> {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<16x64xf32>, tensor<64x32xf32>) -> tensor<16x32xf32>
  "func.return"(%0) : (tensor<16x32xf32>) -> ()
}

// -----

// Batching dimensions in any position: result = [batch, lhs free, rhs free].
// CHECK-DAG: #[[L:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[R:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d0, d2)>
// CHECK-DAG: #[[O:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @batch_any_position(
// CHECK: linalg.generic {indexing_maps = [#[[L]], #[[R]], #[[O]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: outs(%{{.*}} : tensor<2x3x5xf32>)
func.func @batch_any_position(%a: tensor<2x3x4xf32>, %b: tensor<4x2x5xf32>) -> tensor<2x3x5xf32> {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<2x3x4xf32>, tensor<4x2x5xf32>) -> tensor<2x3x5xf32>
  "func.return"(%0) : (tensor<2x3x5xf32>) -> ()
}

// -----

// Attention-style: two batching dimensions, contracting the last of both.
// CHECK-DAG: #[[L:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
// CHECK-DAG: #[[R:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
// CHECK-DAG: #[[O:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @attention_scores(
// CHECK: linalg.generic {indexing_maps = [#[[L]], #[[R]], #[[O]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
func.func @attention_scores(%q: tensor<2x4x32x16xf32>, %k: tensor<2x4x32x16xf32>) -> tensor<2x4x32x32xf32> {
  %0 = "stablehlo.dot_general"(%q, %k) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<2x4x32x16xf32>, tensor<2x4x32x16xf32>) -> tensor<2x4x32x32xf32>
  "func.return"(%0) : (tensor<2x4x32x32xf32>) -> ()
}

// -----

// Several contracting dimensions paired out of order (lhs [0, 1] with rhs [1, 0]).
// CHECK-DAG: #[[L:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3, d0)>
// CHECK-DAG: #[[R:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d2, d1)>
// CHECK-DAG: #[[O:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @contract_out_of_order(
// CHECK: linalg.generic {indexing_maps = [#[[L]], #[[R]], #[[O]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
func.func @contract_out_of_order(%a: tensor<2x3x7xf32>, %b: tensor<3x2x5xf32>) -> tensor<7x5xf32> {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [1, 0]>}> : (tensor<2x3x7xf32>, tensor<3x2x5xf32>) -> tensor<7x5xf32>
  "func.return"(%0) : (tensor<7x5xf32>) -> ()
}

// -----

// Mixed precision: bf16 operands into an f32 result extend in the body; a bf16 result
// accumulates in f32 and rounds once at the end; integers sign-extend.
// CHECK-LABEL: func.func @mixed_types(
// CHECK: ^bb0(%[[X:.*]]: bf16, %[[Y:.*]]: bf16, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[WX:.*]] = arith.extf %[[X]] : bf16 to f32
// CHECK-NEXT: %[[WY:.*]] = arith.extf %[[Y]] : bf16 to f32
// CHECK-NEXT: arith.mulf %[[WX]], %[[WY]] : f32
// CHECK: %[[ACC16:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<3x5xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[ACC16]] : tensor<3x5xf32>) outs(%{{.*}} : tensor<3x5xbf16>)
// CHECK: arith.truncf %{{.*}} : f32 to bf16
// CHECK: ^bb0(%[[I:.*]]: i8, %[[J:.*]]: i8, %[[IACC:.*]]: i32):
// CHECK-NEXT: arith.extsi %[[I]] : i8 to i32
// CHECK-NEXT: arith.extsi %[[J]] : i8 to i32
// CHECK-NEXT: arith.muli
// CHECK-NEXT: arith.addi
func.func @mixed_types(%c: tensor<3x4xbf16>, %d: tensor<4x5xbf16>, %e: tensor<3xi8>, %g: tensor<3xi8>) -> (tensor<3x5xf32>, tensor<3x5xbf16>, tensor<i32>) {
  %0 = "stablehlo.dot_general"(%c, %d) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<3x4xbf16>, tensor<4x5xbf16>) -> tensor<3x5xf32>
  %1 = "stablehlo.dot_general"(%c, %d) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<3x4xbf16>, tensor<4x5xbf16>) -> tensor<3x5xbf16>
  %2 = "stablehlo.dot"(%e, %g) : (tensor<3xi8>, tensor<3xi8>) -> tensor<i32>
  "func.return"(%0, %1, %2) : (tensor<3x5xf32>, tensor<3x5xbf16>, tensor<i32>) -> ()
}

// -----

// An outer product (no contracting dimension) has only parallel loops.
// CHECK-DAG: #[[L:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[R:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @outer(
// CHECK: linalg.generic {indexing_maps = [#[[L]], #[[R]], #{{.*}}], iterator_types = ["parallel", "parallel"]}
func.func @outer(%a: tensor<3xf32>, %b: tensor<4xf32>) -> tensor<3x4xf32> {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<>}> : (tensor<3xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  "func.return"(%0) : (tensor<3x4xf32>) -> ()
}
