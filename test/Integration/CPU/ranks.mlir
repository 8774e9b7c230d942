// Arrays of every rank from 0 to 6 (with unit dimensions) pass through memref descriptors of
// the matching size in both directions.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py ranks %t
// RUN: remat-run %s --case-dir %t --rtol 0 --atol 0 | FileCheck %s

// CHECK: "outputs_match": true,
// CHECK: "shape": [],
// CHECK: "shape": [2],
// CHECK: "shape": [2, 3],
// CHECK: "shape": [2, 1, 3],
// CHECK: "shape": [1, 2, 2, 3],
// CHECK: "shape": [2, 1, 2, 1, 3],
// CHECK: "shape": [1, 2, 1, 2, 1, 3],
// CHECK-NOT: "match": false

func.func @main(%r0: tensor<f32>, %r1: tensor<2xf32>, %r2: tensor<2x3xf32>, %r3: tensor<2x1x3xf32>,
                %r4: tensor<1x2x2x3xf32>, %r5: tensor<2x1x2x1x3xf32>, %r6: tensor<1x2x1x2x1x3xf32>)
    -> (tensor<f32>, tensor<2xf32>, tensor<2x3xf32>, tensor<2x1x3xf32>, tensor<1x2x2x3xf32>,
        tensor<2x1x2x1x3xf32>, tensor<1x2x1x2x1x3xf32>) {
  %one = arith.constant 1.0 : f32
  %c0 = tensor.splat %one : tensor<f32>
  %c1 = tensor.splat %one : tensor<2xf32>
  %c2 = tensor.splat %one : tensor<2x3xf32>
  %c3 = tensor.splat %one : tensor<2x1x3xf32>
  %c4 = tensor.splat %one : tensor<1x2x2x3xf32>
  %c5 = tensor.splat %one : tensor<2x1x2x1x3xf32>
  %c6 = tensor.splat %one : tensor<1x2x1x2x1x3xf32>
  %s0 = arith.addf %r0, %c0 : tensor<f32>
  %s1 = arith.addf %r1, %c1 : tensor<2xf32>
  %s2 = arith.addf %r2, %c2 : tensor<2x3xf32>
  %s3 = arith.addf %r3, %c3 : tensor<2x1x3xf32>
  %s4 = arith.addf %r4, %c4 : tensor<1x2x2x3xf32>
  %s5 = arith.addf %r5, %c5 : tensor<2x1x2x1x3xf32>
  %s6 = arith.addf %r6, %c6 : tensor<1x2x1x2x1x3xf32>
  return %s0, %s1, %s2, %s3, %s4, %s5, %s6
      : tensor<f32>, tensor<2xf32>, tensor<2x3xf32>, tensor<2x1x3xf32>, tensor<1x2x2x3xf32>,
        tensor<2x1x2x1x3xf32>, tensor<1x2x1x2x1x3xf32>
}
