// REQUIRES: numpy
// RUN: rm -rf %t && %python %gpu_reference reductions %t/data
// RUN: %gpu_bundle --build %remat_build --out %t --name gpu --keep %s %t/data | FileCheck %s --check-prefix=BUNDLE
// RUN: %gpu_bundle --emulate --build %remat_build --out %t --name emulated %s %t/data
// RUN: %t/emulated/run --iters 1 --warmup 0 | FileCheck %s
//
// Reductions to a scalar: the sum of squares and the maximum are large enough to be split into
// partial results along their longest dimension (one thread each) and their combination, each
// with a fill of the partials (9 launches with the two scalar fills, 8 distinct kernels: the two
// scalar fills are the same kernel);
// the sum through subtraction is not an associative fold and stays on one thread.
// BUNDLE: gpu-bundle: {{.*}}/gpu (8 kernels, train_step(f32[128,96],f32[64,80])->(f32[],f32[],f32[]))
// CHECK: "outputs_match": true
// CHECK-COUNT-3: "checked": true, "match": true
#id = affine_map<(i, j) -> (i, j)>
#all = affine_map<(i, j) -> ()>
func.func @train_step(%a: tensor<128x96xf32>, %b: tensor<64x80xf32>)
    -> (tensor<f32>, tensor<f32>, tensor<f32>) {
  %zero = arith.constant dense<0.0> : tensor<f32>
  %ninf = arith.constant dense<0xFF800000> : tensor<f32>
  %sumsq = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%a : tensor<128x96xf32>) outs(%zero : tensor<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %sq = arith.mulf %x, %x : f32
      %s = arith.addf %acc, %sq : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  %max = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%b : tensor<64x80xf32>) outs(%ninf : tensor<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %m = arith.maximumf %x, %acc : f32
      linalg.yield %m : f32
  } -> tensor<f32>
  %neg = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%b : tensor<64x80xf32>) outs(%zero : tensor<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.subf %acc, %x : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  return %sumsq, %max, %neg : tensor<f32>, tensor<f32>, tensor<f32>
}
