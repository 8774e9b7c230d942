// REQUIRES: numpy
// RUN: rm -rf %t && %python %gpu_reference conv_train_step %t/data
// RUN: %gpu_bundle --build %remat_build --out %t --name conv_train_step --keep %s %t/data | FileCheck %s --check-prefix=BUNDLE
// RUN: FileCheck %s --check-prefix=CUBIN < %t/conv_train_step/build/lowered.mlir
// RUN: readelf -d %t/conv_train_step/run | FileCheck %s --check-prefix=ELF
// RUN: ls %t/conv_train_step/inputs | FileCheck %s --check-prefix=INPUTS
// RUN: ls %t/conv_train_step/expected | FileCheck %s --check-prefix=EXPECTED
//
// The step lowers to 10 distinct kernels, compiled together into one sm_90 cubin; the bundle
// links against the runtime next to it only.
// BUNDLE: gpu-bundle: {{.*}}/conv_train_step (10 kernels, train_step(f32[2,4,10,10],f32[8,4,3,3],f32[2,8])->(f32[],f32[8,4,3,3]))
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
// 3x3 convolution (NCHW) -> tanh -> global sum pooling -> squared error, and the gradient of the
// loss with respect to the filter. x: [2,4,10,10], w: [8,4,3,3], t: [2,8]; returns (loss, dw).
#pool_in = affine_map<(n, f, h, w) -> (n, f, h, w)>
#pool_out = affine_map<(n, f, h, w) -> (n, f)>
#nf = affine_map<(n, f) -> (n, f)>
#scalar_nf = affine_map<(n, f) -> ()>
#dconv_act = affine_map<(n, f, h, w) -> (n, f, h, w)>
#dconv_diff = affine_map<(n, f, h, w) -> (n, f)>
#dw_g = affine_map<(f, c, kh, kw, n, h, w) -> (n, f, h, w)>
#dw_x = affine_map<(f, c, kh, kw, n, h, w) -> (n, c, h + kh, w + kw)>
#dw_o = affine_map<(f, c, kh, kw, n, h, w) -> (f, c, kh, kw)>
func.func @train_step(%x: tensor<2x4x10x10xf32>, %w: tensor<8x4x3x3xf32>, %t: tensor<2x8xf32>)
    -> (tensor<f32>, tensor<8x4x3x3xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %ec = tensor.empty() : tensor<2x8x8x8xf32>
  %zc = linalg.fill ins(%zero : f32) outs(%ec : tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x4x10x10xf32>, tensor<8x4x3x3xf32>) outs(%zc : tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32>
  %act = linalg.generic {indexing_maps = [#pool_in, #pool_in], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%conv : tensor<2x8x8x8xf32>) outs(%ec : tensor<2x8x8x8xf32>) {
    ^bb0(%a: f32, %o: f32):
      %r = math.tanh %a : f32
      linalg.yield %r : f32
  } -> tensor<2x8x8x8xf32>
  %ep = tensor.empty() : tensor<2x8xf32>
  %zp = linalg.fill ins(%zero : f32) outs(%ep : tensor<2x8xf32>) -> tensor<2x8xf32>
  %pooled = linalg.generic {indexing_maps = [#pool_in, #pool_out], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%act : tensor<2x8x8x8xf32>) outs(%zp : tensor<2x8xf32>) {
    ^bb0(%a: f32, %acc: f32):
      %s = arith.addf %acc, %a : f32
      linalg.yield %s : f32
  } -> tensor<2x8xf32>
  %el = tensor.empty() : tensor<f32>
  %zl = linalg.fill ins(%zero : f32) outs(%el : tensor<f32>) -> tensor<f32>
  %loss = linalg.generic {indexing_maps = [#nf, #nf, #scalar_nf], iterator_types = ["reduction", "reduction"]}
      ins(%pooled, %t : tensor<2x8xf32>, tensor<2x8xf32>) outs(%zl : tensor<f32>) {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %d = arith.subf %p, %q : f32
      %sq = arith.mulf %d, %d : f32
      %s = arith.addf %acc, %sq : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  // dconv = 2 (pooled - t) broadcast over h, w, times tanh' = 1 - act^2.
  %dconv = linalg.generic {indexing_maps = [#dconv_act, #dconv_diff, #dconv_diff, #dconv_act], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%act, %pooled, %t : tensor<2x8x8x8xf32>, tensor<2x8xf32>, tensor<2x8xf32>) outs(%ec : tensor<2x8x8x8xf32>) {
    ^bb0(%a: f32, %p: f32, %q: f32, %o: f32):
      %d = arith.subf %p, %q : f32
      %g = arith.mulf %d, %two : f32
      %a2 = arith.mulf %a, %a : f32
      %dt = arith.subf %one, %a2 : f32
      %r = arith.mulf %g, %dt : f32
      linalg.yield %r : f32
  } -> tensor<2x8x8x8xf32>
  %ew = tensor.empty() : tensor<8x4x3x3xf32>
  %zw = linalg.fill ins(%zero : f32) outs(%ew : tensor<8x4x3x3xf32>) -> tensor<8x4x3x3xf32>
  %dw = linalg.generic {indexing_maps = [#dw_g, #dw_x, #dw_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%dconv, %x : tensor<2x8x8x8xf32>, tensor<2x4x10x10xf32>) outs(%zw : tensor<8x4x3x3xf32>) {
    ^bb0(%g: f32, %v: f32, %acc: f32):
      %p = arith.mulf %g, %v : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  } -> tensor<8x4x3x3xf32>
  return %loss, %dw : tensor<f32>, tensor<8x4x3x3xf32>
}
