// RUN: remat-opt --remat-plan=print=true %s -o /dev/null 2>&1 | FileCheck %s

// linalg costs: loop iterations times body ops; fill/transpose move data only.
// fill of 4x16: no FLOPs (it moves data); tensor.empty and constants are never stage ends.
// CHECK: stage 0: ops 0..2, forward 0 FLOPs
// matmul 4x8x16: 4*16*8 iterations * (mul + add) = 1024
// CHECK: stage 1: ops 3..3, forward 1024 FLOPs
// elementwise generic with two body ops over 64 elements: 128
// CHECK: stage 2: ops 4..5, forward 128 FLOPs
// transpose: 0 FLOPs (bytes moved only)
// CHECK: stage 3: ops 6..7, forward 0 FLOPs
// the loss: a reduction over 64 elements with one add = 64
// CHECK: stage 4: ops 8..10, forward 64 FLOPs
#map = affine_map<(d0, d1) -> (d0, d1)>
#sum = affine_map<(d0, d1) -> ()>
func.func @step(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> (tensor<f32>, tensor<16x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  %e2 = tensor.empty() : tensor<4x16xf32>
  %h = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%e2 : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.mulf %in, %in : f32
    %b = arith.addf %a, %in : f32
    linalg.yield %b : f32
  } -> tensor<4x16xf32>
  %e3 = tensor.empty() : tensor<16x4xf32>
  %t = linalg.transpose ins(%h : tensor<4x16xf32>) outs(%e3 : tensor<16x4xf32>) permutation = [1, 0]
  %e4 = tensor.empty() : tensor<f32>
  %z = linalg.fill ins(%zero : f32) outs(%e4 : tensor<f32>) -> tensor<f32>
  %l = linalg.generic {indexing_maps = [#map, #sum], iterator_types = ["reduction", "reduction"]} ins(%t : tensor<16x4xf32>) outs(%z : tensor<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %l, %t : tensor<f32>, tensor<16x4xf32>
}
