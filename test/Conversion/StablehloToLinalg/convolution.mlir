// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// NHWC x HWIO with strides and asymmetric padding: the input is padded (zeros), the feature
// dimensions are split into [group, within group] and one generic runs over
// [n, g, o_feature, oh, ow, i_feature, kh, kw].
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d3 * 2 + d6, d4 * 2 + d7, d1, d5)>
// CHECK-DAG: #[[K:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d6, d7, d5, d1, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d3, d4, d1, d2)>
// CHECK-LABEL: func.func @nhwc_hwio(
// CHECK-SAME: %[[X:.*]]: tensor<2x8x8x3xf32>, %[[W:.*]]: tensor<3x3x3x4xf32>)
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<2x9x9x3xf32>)
// CHECK: %[[P:.*]] = tensor.insert_slice %[[X]] into %[[F]][0, 1, 1, 0] [2, 8, 8, 3] [1, 1, 1, 1]
// CHECK: %[[XE:.*]] = tensor.expand_shape %[[P]] {{\[}}[0], [1], [2], [3, 4]] output_shape [2, 9, 9, 1, 3]
// CHECK: %[[WE:.*]] = tensor.expand_shape %[[W]] {{\[}}[0], [1], [2], [3, 4]] output_shape [3, 3, 3, 1, 4]
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[K]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%[[XE]], %[[WE]] : tensor<2x9x9x1x3xf32>, tensor<3x3x3x1x4xf32>) outs(%{{.*}} : tensor<2x4x4x1x4xf32>)
// CHECK: arith.mulf
// CHECK-NEXT: arith.addf
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[R]] {{\[}}[0], [1], [2], [3, 4]] : tensor<2x4x4x1x4xf32> into tensor<2x4x4x4xf32>
// CHECK: return %[[C]]
func.func @nhwc_hwio(%x: tensor<2x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<2x4x4x4xf32> {
  %0 = "stablehlo.convolution"(%x, %w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 0], [1, 0]]> : tensor<2x2xi64>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], rhs_dilation = array<i64: 1, 1>, window_reversal = array<i1: false, false>, window_strides = array<i64: 2, 2>}> : (tensor<2x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<2x4x4x4xf32>
  "func.return"(%0) : (tensor<2x4x4x4xf32>) -> ()
}

// -----

// NCHW x OIHW with rhs dilation 4 and 2 (no padding: no insert).
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d5, d3 + d6 * 4, d4 + d7 * 2)>
// CHECK-DAG: #[[K:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d1, d2, d5, d6, d7)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d4)>
// CHECK-LABEL: func.func @nchw_oihw_dilated(
// CHECK-NOT: tensor.insert_slice
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[K]], #[[OUT]]]
// CHECK-SAME: outs(%{{.*}} : tensor<1x1x5x3x2xf32>)
func.func @nchw_oihw_dilated(%x: tensor<1x2x7x6xf32>, %w: tensor<5x2x2x3xf32>) -> tensor<1x5x3x2xf32> {
  %0 = "stablehlo.convolution"(%x, %w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1]>, feature_group_count = 1 : i64, rhs_dilation = array<i64: 4, 2>}> : (tensor<1x2x7x6xf32>, tensor<5x2x2x3xf32>) -> tensor<1x5x3x2xf32>
  "func.return"(%0) : (tensor<1x5x3x2xf32>) -> ()
}

// -----

// lhs dilation (transposed convolution, used for input gradients): interior padding with
// zeros, inserted with stride 2.
// CHECK-LABEL: func.func @lhs_dilated(
// CHECK-SAME: %[[X:.*]]: tensor<1x3x3x1xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x7x7x1xf32>)
// CHECK: tensor.insert_slice %[[X]] into %[[F]][0, 1, 1, 0] [1, 3, 3, 1] [1, 2, 2, 1]
func.func @lhs_dilated(%x: tensor<1x3x3x1xf32>, %w: tensor<2x2x1x1xf32>) -> tensor<1x6x6x1xf32> {
  %0 = "stablehlo.convolution"(%x, %w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<1> : tensor<2x2xi64>}> : (tensor<1x3x3x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x6x6x1xf32>
  "func.return"(%0) : (tensor<1x6x6x1xf32>) -> ()
}

// -----

// Depthwise (feature_group_count = input features): input features split [4 groups, 1],
// output features [4 groups, 2].
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d3 + d6, d4 + d7, d1, d5)>
// CHECK-LABEL: func.func @depthwise(
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1], [2], [3, 4]] output_shape [1, 6, 6, 4, 1]
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1], [2], [3, 4]] output_shape [3, 3, 1, 4, 2]
// CHECK: linalg.generic {indexing_maps = [#[[IN]],
// CHECK-SAME: outs(%{{.*}} : tensor<1x4x4x4x2xf32>)
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1], [2], [3, 4]] : tensor<1x4x4x4x2xf32> into tensor<1x4x4x8xf32>
func.func @depthwise(%x: tensor<1x6x6x4xf32>, %w: tensor<3x3x1x8xf32>) -> tensor<1x4x4x8xf32> {
  %0 = "stablehlo.convolution"(%x, %w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 4 : i64}> : (tensor<1x6x6x4xf32>, tensor<3x3x1x8xf32>) -> tensor<1x4x4x8xf32>
  "func.return"(%0) : (tensor<1x4x4x8xf32>) -> ()
}

// -----

// batch_group_count (weight gradients of grouped convolutions): the input batch is split
// [groups, batch / groups] and the group index also selects the output features.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d1, d0, d3 + d6, d4 + d7, d5)>
// CHECK-DAG: #[[K:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d6, d7, d5, d1, d2)>
// CHECK-LABEL: func.func @batch_groups(
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0, 1], [2], [3], [4]] output_shape [2, 3, 4, 4, 5]
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1], [2], [3, 4]] output_shape [2, 2, 5, 2, 3]
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[K]],
// CHECK-SAME: outs(%{{.*}} : tensor<3x3x3x2x3xf32>)
func.func @batch_groups(%x: tensor<6x4x4x5xf32>, %w: tensor<2x2x5x6xf32>) -> tensor<3x3x3x6xf32> {
  %0 = "stablehlo.convolution"(%x, %w) <{batch_group_count = 2 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64}> : (tensor<6x4x4x5xf32>, tensor<2x2x5x6xf32>) -> tensor<3x3x3x6xf32>
  "func.return"(%0) : (tensor<3x3x3x6xf32>) -> ()
}

// -----

// The layouts JAX uses for weight gradients ([f, 0, 1, b]x[i, 0, 1, o]->[0, 1, b, f]), read
// from the raw spelling of the dimension numbers, with negative padding and window reversal.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d1, d5, d3 + -d6 + 2, d4 + d7, d0)>
// CHECK-DAG: #[[K:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d5, d6, d7, d1, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d3, d4, d0, d1, d2)>
// CHECK-LABEL: func.func @raw_reversed_negative_padding(
// CHECK: tensor.extract_slice %{{.*}}[0, 1, 0, 0] [2, 7, 8, 8] [1, 1, 1, 1] : tensor<2x8x8x8xf32> to tensor<2x7x8x8xf32>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[K]], #[[OUT]]]
func.func @raw_reversed_negative_padding(%x: tensor<2x8x8x8xf32>, %w: tensor<2x3x3x4xf32>) -> tensor<5x6x8x4xf32> {
  %0 = "stablehlo.convolution"(%x, %w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<raw input_batch_dimension = 3, input_feature_dimension = 0, input_spatial_dimensions = [1, 2], kernel_input_feature_dimension = 0, kernel_output_feature_dimension = 3, kernel_spatial_dimensions = [1, 2], output_batch_dimension = 2, output_feature_dimension = 3, output_spatial_dimensions = [0, 1]>, feature_group_count = 1 : i64, padding = dense<[[-1, 0], [0, 0]]> : tensor<2x2xi64>, window_reversal = array<i1: true, false>}> : (tensor<2x8x8x8xf32>, tensor<2x3x3x4xf32>) -> tensor<5x6x8x4xf32>
  "func.return"(%0) : (tensor<5x6x8x4xf32>) -> ()
}

// -----

// One spatial dimension; bf16 accumulates in f32 and rounds at the end.
// CHECK-LABEL: func.func @conv1d_bf16(
// CHECK: ^bb0(%{{.*}}: bf16, %{{.*}}: bf16, %{{.*}}: f32):
// CHECK: arith.extf
// CHECK: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK: tensor.collapse_shape %{{.*}} : tensor<2x6x1x4xf32> into tensor<2x6x4xf32>
// CHECK: arith.truncf %{{.*}} : f32 to bf16
func.func @conv1d_bf16(%x: tensor<2x8x3xbf16>, %w: tensor<3x3x4xbf16>) -> tensor<2x6x4xbf16> {
  %0 = "stablehlo.convolution"(%x, %w) <{dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>}> : (tensor<2x8x3xbf16>, tensor<3x3x4xbf16>) -> tensor<2x6x4xbf16>
  "func.return"(%0) : (tensor<2x6x4xbf16>) -> ()
}
