// REQUIRES: numpy
// RUN: rm -rf %t && %python %gpu_reference mlp_train_step %t/data
// RUN: %gpu_bundle --build %remat_build --out %t --name mlp_train_step --keep %s %t/data | FileCheck %s --check-prefix=BUNDLE
// RUN: FileCheck %s --check-prefix=CUBIN < %t/mlp_train_step/build/lowered.mlir
// RUN: readelf -d %t/mlp_train_step/run | FileCheck %s --check-prefix=ELF
// RUN: ls %t/mlp_train_step/inputs | FileCheck %s --check-prefix=INPUTS
// RUN: ls %t/mlp_train_step/expected | FileCheck %s --check-prefix=EXPECTED
//
// The step lowers to 20 distinct kernels, compiled together into one sm_90 cubin; the bundle
// links against the runtime next to it only.
// BUNDLE: gpu-bundle: {{.*}}/mlp_train_step (20 kernels, train_step(f32[64,128],f32[64,16],f32[128,256],f32[256],f32[256,16],f32[16])->(f32[],f32[128,256],f32[256],f32[256,16],f32[16]))
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
// Two-layer perceptron training step: forward, mean squared error, backward.
// x: [64, 128], y: [64, 16], w1: [128, 256], b1: [256], w2: [256, 16], b2: [16]
// Returns (loss, dw1, db1, dw2, db2).
#id2 = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>
#scalar2 = affine_map<(i, j) -> ()>
#mk = affine_map<(m, n, k) -> (k, m)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mkd = affine_map<(m, n, k) -> (m, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#colsum_in = affine_map<(j, i) -> (i, j)>
#colsum_out = affine_map<(j, i) -> (j)>
func.func @train_step(%x: tensor<64x128xf32>, %y: tensor<64x16xf32>,
                      %w1: tensor<128x256xf32>, %b1: tensor<256xf32>,
                      %w2: tensor<256x16xf32>, %b2: tensor<16xf32>)
    -> (tensor<f32>, tensor<128x256xf32>, tensor<256xf32>, tensor<256x16xf32>, tensor<16xf32>) {
  %zero = arith.constant 0.0 : f32
  // Forward.
  %e1 = tensor.empty() : tensor<64x256xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<64x256xf32>) -> tensor<64x256xf32>
  %mm1 = linalg.matmul ins(%x, %w1 : tensor<64x128xf32>, tensor<128x256xf32>)
                       outs(%z1 : tensor<64x256xf32>) -> tensor<64x256xf32>
  %h = linalg.generic {indexing_maps = [#id2, #row, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%mm1, %b1 : tensor<64x256xf32>, tensor<256xf32>) outs(%e1 : tensor<64x256xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %s = arith.addf %a, %b : f32
      linalg.yield %s : f32
  } -> tensor<64x256xf32>
  %act = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%h : tensor<64x256xf32>) outs(%e1 : tensor<64x256xf32>) {
    ^bb0(%a: f32, %o: f32):
      %r = arith.maximumf %a, %zero : f32
      linalg.yield %r : f32
  } -> tensor<64x256xf32>
  %e2 = tensor.empty() : tensor<64x16xf32>
  %z2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<64x16xf32>) -> tensor<64x16xf32>
  %mm2 = linalg.matmul ins(%act, %w2 : tensor<64x256xf32>, tensor<256x16xf32>)
                       outs(%z2 : tensor<64x16xf32>) -> tensor<64x16xf32>
  %out = linalg.generic {indexing_maps = [#id2, #row, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%mm2, %b2 : tensor<64x16xf32>, tensor<16xf32>) outs(%e2 : tensor<64x16xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %s = arith.addf %a, %b : f32
      linalg.yield %s : f32
  } -> tensor<64x16xf32>
  // Loss = 0.5 * mean((out - y)^2); dout = (out - y) / (64 * 16).
  %scale = arith.constant 9.765625e-04 : f32
  %half = arith.constant 0.5 : f32
  %dout = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%out, %y : tensor<64x16xf32>, tensor<64x16xf32>) outs(%e2 : tensor<64x16xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %d = arith.subf %a, %b : f32
      %g = arith.mulf %d, %scale : f32
      linalg.yield %g : f32
  } -> tensor<64x16xf32>
  %el = tensor.empty() : tensor<f32>
  %zl = linalg.fill ins(%zero : f32) outs(%el : tensor<f32>) -> tensor<f32>
  %loss = linalg.generic {indexing_maps = [#id2, #id2, #scalar2], iterator_types = ["reduction", "reduction"]}
      ins(%out, %y : tensor<64x16xf32>, tensor<64x16xf32>) outs(%zl : tensor<f32>) {
    ^bb0(%a: f32, %b: f32, %acc: f32):
      %d = arith.subf %a, %b : f32
      %sq = arith.mulf %d, %d : f32
      %hs = arith.mulf %sq, %half : f32
      %ms = arith.mulf %hs, %scale : f32
      %n = arith.addf %acc, %ms : f32
      linalg.yield %n : f32
  } -> tensor<f32>
  // Backward through the second layer.
  %e3 = tensor.empty() : tensor<256x16xf32>
  %z3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<256x16xf32>) -> tensor<256x16xf32>
  %dw2 = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%act, %dout : tensor<64x256xf32>, tensor<64x16xf32>) outs(%z3 : tensor<256x16xf32>) {
    ^bb0(%a: f32, %b: f32, %acc: f32):
      %p = arith.mulf %a, %b : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  } -> tensor<256x16xf32>
  %e4 = tensor.empty() : tensor<16xf32>
  %z4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<16xf32>) -> tensor<16xf32>
  %db2 = linalg.generic {indexing_maps = [#colsum_in, #colsum_out], iterator_types = ["parallel", "reduction"]}
      ins(%dout : tensor<64x16xf32>) outs(%z4 : tensor<16xf32>) {
    ^bb0(%a: f32, %acc: f32):
      %s = arith.addf %acc, %a : f32
      linalg.yield %s : f32
  } -> tensor<16xf32>
  %dact = linalg.generic {indexing_maps = [#mkd, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%dout, %w2 : tensor<64x16xf32>, tensor<256x16xf32>) outs(%z1 : tensor<64x256xf32>) {
    ^bb0(%a: f32, %b: f32, %acc: f32):
      %p = arith.mulf %a, %b : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  } -> tensor<64x256xf32>
  // Backward through the ReLU and the first layer.
  %dh = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%dact, %h : tensor<64x256xf32>, tensor<64x256xf32>) outs(%e1 : tensor<64x256xf32>) {
    ^bb0(%g: f32, %a: f32, %o: f32):
      %pos = arith.cmpf ogt, %a, %zero : f32
      %r = arith.select %pos, %g, %zero : f32
      linalg.yield %r : f32
  } -> tensor<64x256xf32>
  %e5 = tensor.empty() : tensor<128x256xf32>
  %z5 = linalg.fill ins(%zero : f32) outs(%e5 : tensor<128x256xf32>) -> tensor<128x256xf32>
  %dw1 = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %dh : tensor<64x128xf32>, tensor<64x256xf32>) outs(%z5 : tensor<128x256xf32>) {
    ^bb0(%a: f32, %b: f32, %acc: f32):
      %p = arith.mulf %a, %b : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  } -> tensor<128x256xf32>
  %e6 = tensor.empty() : tensor<256xf32>
  %z6 = linalg.fill ins(%zero : f32) outs(%e6 : tensor<256xf32>) -> tensor<256xf32>
  %db1 = linalg.generic {indexing_maps = [#colsum_in, #colsum_out], iterator_types = ["parallel", "reduction"]}
      ins(%dh : tensor<64x256xf32>) outs(%z6 : tensor<256xf32>) {
    ^bb0(%a: f32, %acc: f32):
      %s = arith.addf %acc, %a : f32
      linalg.yield %s : f32
  } -> tensor<256xf32>
  return %loss, %dw1, %db1, %dw2, %db2
      : tensor<f32>, tensor<128x256xf32>, tensor<256xf32>, tensor<256x16xf32>, tensor<16xf32>
}
