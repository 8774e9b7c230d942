// RUN: remat-opt --allow-unregistered-dialect --remat-plan=print=true %s -o /dev/null 2>&1 | FileCheck %s

// FLOPs per op, read from the stage remarks (every op below is an articulation, so each is a
// stage of its own, with the constants scheduled before it).
// convolution: 2 * 64 outputs * (3*3*2*4 kernel elements / 4 output features) = 2304
// CHECK: stage 0: ops 0..0, forward 2304 FLOPs
// tanh: one per element
// CHECK: stage 1: ops 1..1, forward 64 FLOPs
// reduce_window (max over 2x2): 16 outputs * 4-element windows * 1 body op = 64 (its init
// constant, op 2, is free)
// CHECK: stage 2: ops 2..3, forward 64 FLOPs
// reshape: a view, nothing computed
// CHECK: stage 3: ops 4..4, forward 0 FLOPs
// dot_general [1x16]x[16x8], contracting 16: 2 * 8 * 16 = 256
// CHECK: stage 4: ops 5..5, forward 256 FLOPs
// reduce over 8 elements with a one-op body: 8
// CHECK: stage 5: ops 6..7, forward 8 FLOPs
func.func @step(%x: tensor<1x6x6x2xf32>, %k: tensor<3x3x2x4xf32>, %w: tensor<16x8xf32>) -> (tensor<f32>, tensor<16x8xf32>) {
  %0 = "stablehlo.convolution"(%x, %k) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64}> : (tensor<1x6x6x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x4x4x4xf32>
  %1 = "stablehlo.tanh"(%0) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %c = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
  %2 = "stablehlo.reduce_window"(%1, %c) <{window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %m = "stablehlo.maximum"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%m) : (tensor<f32>) -> ()
  }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x2x2x4xf32>
  %3 = "stablehlo.reshape"(%2) : (tensor<1x2x2x4xf32>) -> tensor<1x16xf32>
  %4 = "stablehlo.dot_general"(%3, %w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<1x16xf32>, tensor<16x8xf32>) -> tensor<1x8xf32>
  %z = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %5 = "stablehlo.reduce"(%4, %z) <{dimensions = array<i64: 0, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<1x8xf32>, tensor<f32>) -> tensor<f32>
  %g = "stablehlo.dot_general"(%3, %4) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>}> : (tensor<1x16xf32>, tensor<1x8xf32>) -> tensor<16x8xf32>
  return %5, %g : tensor<f32>, tensor<16x8xf32>
}
