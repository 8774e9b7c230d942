// REQUIRES: numpy
// RUN: rm -rf %t && %python %gpu_reference softmax_train_step %t/data
// RUN: %gpu_bundle --build %remat_build --out %t --name softmax_train_step --keep %s %t/data | FileCheck %s --check-prefix=BUNDLE
// RUN: FileCheck %s --check-prefix=CUBIN < %t/softmax_train_step/build/lowered.mlir
// RUN: readelf -d %t/softmax_train_step/run | FileCheck %s --check-prefix=ELF
// RUN: ls %t/softmax_train_step/inputs | FileCheck %s --check-prefix=INPUTS
// RUN: ls %t/softmax_train_step/expected | FileCheck %s --check-prefix=EXPECTED
//
// The step launches 12 kernels, 11 of them distinct (two fills are the same kernel), compiled
// together into one sm_90 cubin; the bundle links against the runtime next to it only.
// BUNDLE: gpu-bundle: {{.*}}/softmax_train_step (11 kernels, train_step(f32[512,64],f32[64,10],f32[512,10])->(f32[],f32[64,10]))
// CUBIN: gpu.binary @remat_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80"{{.*}}bin = "\7FELF
// CUBIN-NOT: gpu.binary
// CUBIN: @remat_entry_signature
// ELF-NOT: libcuda
// ELF-NOT: libstdc++
// ELF: (NEEDED){{.*}}[libremat_cuda_runtime.so]
// ELF-NOT: libcuda
// ELF-NOT: libstdc++
// ELF: (RUNPATH){{.*}}[$ORIGIN]
// INPUTS: arg0.npy
// EXPECTED: result0.npy
// Linear layer with softmax cross-entropy against one-hot labels. x: [512,64], w: [64,10],
// onehot: [512,10]; returns (mean loss, dw). Uses max/exp/log/division and long reductions.
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#all = affine_map<(i, j) -> ()>
#xt = affine_map<(m, n, k) -> (k, m)>
#g = affine_map<(m, n, k) -> (k, n)>
#out = affine_map<(m, n, k) -> (m, n)>
func.func @train_step(%x: tensor<512x64xf32>, %w: tensor<64x10xf32>, %onehot: tensor<512x10xf32>)
    -> (tensor<f32>, tensor<64x10xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %invb = arith.constant 1.953125e-03 : f32
  %el = tensor.empty() : tensor<512x10xf32>
  %zl = linalg.fill ins(%zero : f32) outs(%el : tensor<512x10xf32>) -> tensor<512x10xf32>
  %logits = linalg.matmul ins(%x, %w : tensor<512x64xf32>, tensor<64x10xf32>) outs(%zl : tensor<512x10xf32>) -> tensor<512x10xf32>
  %er = tensor.empty() : tensor<512xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%er : tensor<512xf32>) -> tensor<512xf32>
  %m = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%logits : tensor<512x10xf32>) outs(%mi : tensor<512xf32>) {
    ^bb0(%a: f32, %acc: f32):
      %r = arith.maximumf %acc, %a : f32
      linalg.yield %r : f32
  } -> tensor<512xf32>
  %e = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%logits, %m : tensor<512x10xf32>, tensor<512xf32>) outs(%el : tensor<512x10xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %d = arith.subf %a, %b : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
  } -> tensor<512x10xf32>
  %zs = linalg.fill ins(%zero : f32) outs(%er : tensor<512xf32>) -> tensor<512xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%e : tensor<512x10xf32>) outs(%zs : tensor<512xf32>) {
    ^bb0(%a: f32, %acc: f32):
      %r = arith.addf %acc, %a : f32
      linalg.yield %r : f32
  } -> tensor<512xf32>
  // loss = -sum(onehot * (logits - m - log s)) / 512
  %e0 = tensor.empty() : tensor<f32>
  %z0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %loss = linalg.generic {indexing_maps = [#id, #row, #row, #id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%logits, %m, %s, %onehot : tensor<512x10xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512x10xf32>) outs(%z0 : tensor<f32>) {
    ^bb0(%a: f32, %mx: f32, %sum: f32, %y: f32, %acc: f32):
      %ls = math.log %sum : f32
      %d = arith.subf %a, %mx : f32
      %lp = arith.subf %d, %ls : f32
      %t = arith.mulf %y, %lp : f32
      %tb = arith.mulf %t, %invb : f32
      %r = arith.subf %acc, %tb : f32
      linalg.yield %r : f32
  } -> tensor<f32>
  // dlogits = (e / s - onehot) / 512
  %dl = linalg.generic {indexing_maps = [#id, #row, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%e, %s, %onehot : tensor<512x10xf32>, tensor<512xf32>, tensor<512x10xf32>) outs(%el : tensor<512x10xf32>) {
    ^bb0(%a: f32, %sum: f32, %y: f32, %o: f32):
      %p = arith.divf %a, %sum : f32
      %d = arith.subf %p, %y : f32
      %r = arith.mulf %d, %invb : f32
      linalg.yield %r : f32
  } -> tensor<512x10xf32>
  %ew = tensor.empty() : tensor<64x10xf32>
  %zw = linalg.fill ins(%zero : f32) outs(%ew : tensor<64x10xf32>) -> tensor<64x10xf32>
  %dw = linalg.generic {indexing_maps = [#xt, #g, #out], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %dl : tensor<512x64xf32>, tensor<512x10xf32>) outs(%zw : tensor<64x10xf32>) {
    ^bb0(%a: f32, %b: f32, %acc: f32):
      %p = arith.mulf %a, %b : f32
      %r = arith.addf %acc, %p : f32
      linalg.yield %r : f32
  } -> tensor<64x10xf32>
  return %loss, %dw : tensor<f32>, tensor<64x10xf32>
}
