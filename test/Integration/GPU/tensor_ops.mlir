// REQUIRES: numpy
// RUN: rm -rf %t && %python %gpu_reference tensor_ops %t/data
// RUN: %gpu_bundle --build %remat_build --out %t --name gpu %s %t/data | FileCheck %s --check-prefix=BUNDLE
// RUN: %gpu_bundle --emulate --build %remat_build --out %t --name emulated %s %t/data
// RUN: %t/emulated/run --iters 1 --warmup 0 | FileCheck %s
//
// Tensor ops a training step imported from JAX uses besides linalg.generic: transpose, pad,
// batch_matmul, reshapes, a dense constant, compare/select, strided slice, concat, reduce, and
// results that are views of another result or an argument (each returned as its own buffer).
// BUNDLE: gpu-bundle: {{.*}}/gpu ({{[0-9]+}} kernels, train_step(f32[4,6],f32[2,3,5],f32[2,5,4])->(f32[6,4],f32[6,8],f32[2,3,4],f32[24],f32[4,6],f32[4,3],f32[8,6],f32[6],f32[4,6]))
// CHECK: "outputs_match": true
// CHECK-COUNT-9: "checked": true, "match": true
func.func @train_step(%a: tensor<4x6xf32>, %b: tensor<2x3x5xf32>, %c: tensor<2x5x4xf32>) -> (tensor<6x4xf32>, tensor<6x8xf32>, tensor<2x3x4xf32>, tensor<24xf32>, tensor<4x6xf32>, tensor<4x3xf32>, tensor<8x6xf32>, tensor<6xf32>, tensor<4x6xf32>) {
  %t0 = tensor.empty() : tensor<6x4xf32>
  %tr = linalg.transpose ins(%a : tensor<4x6xf32>) outs(%t0 : tensor<6x4xf32>) permutation = [1, 0]
  %pad0 = arith.constant 0.5 : f32
  %p = tensor.pad %tr low[0, 2] high[0, 2] {
    ^bb0(%i: index, %j: index):
      tensor.yield %pad0 : f32
  } : tensor<6x4xf32> to tensor<6x8xf32>
  %z = arith.constant dense<0.0> : tensor<2x3x4xf32>
  %bm = linalg.batch_matmul ins(%b, %c : tensor<2x3x5xf32>, tensor<2x5x4xf32>) outs(%z : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %fl = tensor.collapse_shape %bm [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %cst = arith.constant dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.0, 1.0, 0.0, 1.0, 0.0, 1.0], [2.0, 2.0, 2.0, 2.0, 2.0, 2.0], [-1.0, -2.0, -3.0, -4.0, -5.0, -6.0]]> : tensor<4x6xf32>
  %e0 = tensor.empty() : tensor<4x6xf32>
  %sel = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%a, %cst : tensor<4x6xf32>, tensor<4x6xf32>) outs(%e0 : tensor<4x6xf32>) {
    ^bb0(%x: f32, %y: f32, %o: f32):
      %gt = arith.cmpf ogt, %x, %y : f32
      %r = arith.select %gt, %x, %y : f32
      linalg.yield %r : f32
  } -> tensor<4x6xf32>
  %sl = tensor.extract_slice %a[0, 0] [4, 3] [1, 2] : tensor<4x6xf32> to tensor<4x3xf32>
  %cat = tensor.concat dim(0) %a, %a : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<8x6xf32>
  %r0 = arith.constant dense<0.0> : tensor<6xf32>
  %red = linalg.reduce ins(%a : tensor<4x6xf32>) outs(%r0 : tensor<6xf32>) dimensions = [0]
    (%in: f32, %init: f32) {
      %s = arith.addf %in, %init : f32
      linalg.yield %s : f32
    }
  return %tr, %p, %bm, %fl, %sel, %sl, %cat, %red, %a : tensor<6x4xf32>, tensor<6x8xf32>, tensor<2x3x4xf32>, tensor<24xf32>, tensor<4x6xf32>, tensor<4x3xf32>, tensor<8x6xf32>, tensor<6xf32>, tensor<4x6xf32>
}
