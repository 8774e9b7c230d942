// RUN: remat-opt %s --remat-gpu-prepare-linalg | FileCheck %s

// Splat tensor constants become linalg.fill (computed on the device, no host global); named ops
// become linalg.generic; reduction loops move behind all parallel loops.

// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d0)>

// CHECK-LABEL: func.func @splat
// CHECK-NOT: dense<
// CHECK: %[[E:.*]] = tensor.empty() : tensor<4x8xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : f32) outs(%[[E]] : tensor<4x8xf32>)
func.func @splat() -> tensor<4x8xf32> {
  %c = arith.constant dense<1.5> : tensor<4x8xf32>
  return %c : tensor<4x8xf32>
}

// Non-splat constants stay (bufferization puts them in a global, copied to the device later).
// CHECK-LABEL: func.func @dense
// CHECK: arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
func.func @dense() -> tensor<2xf32> {
  %c = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  return %c : tensor<2xf32>
}

// A column sum written with the reduction loop first: afterwards the parallel loop is first.
// CHECK-LABEL: func.func @column_sum
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "reduction"]}
func.func @column_sum(%a: tensor<64x16xf32>, %init: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>],
                       iterator_types = ["reduction", "parallel"]}
      ins(%a : tensor<64x16xf32>) outs(%init : tensor<16xf32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.addf %acc, %x : f32
      linalg.yield %s : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// CHECK-LABEL: func.func @named
// CHECK-NOT: linalg.matmul
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]
func.func @named(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>) outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %r : tensor<4x2xf32>
}

// A large reduction to a scalar is split: partials along the longest dimension (parallel, one
// GPU thread each), filled with the neutral element, then folded into the original accumulator.
// CHECK-LABEL: func.func @split_sum
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[E:.*]] = tensor.empty() : tensor<256xf32>
// CHECK: %[[P0:.*]] = linalg.generic {{.*}} ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<256xf32>)
// CHECK: %[[P:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%arg0 : tensor<256x64xf32>) outs(%[[P0]] : tensor<256xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[P]] : tensor<256xf32>) outs(%arg1 : tensor<f32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[OUT:.*]]: f32):
// CHECK-NEXT:   %[[S:.*]] = arith.addf %[[IN]], %[[OUT]] : f32
func.func @split_sum(%a: tensor<256x64xf32>, %init: tensor<f32>) -> tensor<f32> {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> ()>],
                       iterator_types = ["reduction", "reduction"]}
      ins(%a : tensor<256x64xf32>) outs(%init : tensor<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  return %r : tensor<f32>
}

// Small reductions, and folds that are not associative (acc - x), stay whole.
// CHECK-LABEL: func.func @no_split
// CHECK-COUNT-2: iterator_types = ["reduction", "reduction"]
func.func @no_split(%a: tensor<256x64xf32>, %b: tensor<16x16xf32>, %init: tensor<f32>)
    -> (tensor<f32>, tensor<f32>) {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> ()>],
                       iterator_types = ["reduction", "reduction"]}
      ins(%a : tensor<256x64xf32>) outs(%init : tensor<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.subf %acc, %x : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  %q = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> ()>],
                       iterator_types = ["reduction", "reduction"]}
      ins(%b : tensor<16x16xf32>) outs(%init : tensor<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  return %r, %q : tensor<f32>, tensor<f32>
}
