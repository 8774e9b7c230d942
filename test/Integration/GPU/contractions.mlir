// REQUIRES: numpy
// RUN: rm -rf %t && %python %gpu_reference contractions %t/data
// RUN: %gpu_bundle --build %remat_build --out %t --name gpu %s %t/data | FileCheck %s --check-prefix=BUNDLE
//
// Products and a convolution lowered to shared-memory tiled kernels (remat-lower-to-nvvm's
// tile-contractions), at sizes that are not multiples of the tiles: 64x64 tiles (100x90, 60x70,
// the batch of 3 40x50 products, the 98x12 output of the convolution), 128x128 tiles (130x150,
// K = 37 not a multiple of the 8-wide K slice), A and B each in both layouts, and a 20x24 product
// over K = 1100 that has one tile only, so K is split among 4 blocks. 13 kernels: the 7
// contractions and the fills of their outputs. emulate.test runs them emulated, tiled and not.
// BUNDLE: gpu-bundle: {{.*}}/gpu (13 kernels, train_step(f32[100,72],f32[72,90],f32[130,37],f32[37,150],f32[52,60],f32[52,70],f32[60,52],f32[70,52],f32[3,40,20],f32[3,20,50],f32[20,1100],f32[1100,24],f32[2,9,9,5],f32[3,3,5,12])->(f32[100,90],f32[130,150],f32[60,70],f32[60,70],f32[3,40,50],f32[20,24],f32[2,7,7,12]))
func.func @train_step(%a0: tensor<100x72xf32>, %b0: tensor<72x90xf32>,
                      %a1: tensor<130x37xf32>, %b1: tensor<37x150xf32>,
                      %a2: tensor<52x60xf32>, %b2: tensor<52x70xf32>,
                      %a3: tensor<60x52xf32>, %b3: tensor<70x52xf32>,
                      %a4: tensor<3x40x20xf32>, %b4: tensor<3x20x50xf32>,
                      %a5: tensor<20x1100xf32>, %b5: tensor<1100x24xf32>,
                      %x: tensor<2x9x9x5xf32>, %w: tensor<3x3x5x12xf32>)
    -> (tensor<100x90xf32>, tensor<130x150xf32>, tensor<60x70xf32>, tensor<60x70xf32>,
        tensor<3x40x50xf32>, tensor<20x24xf32>, tensor<2x7x7x12xf32>) {
  %zero = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<100x90xf32>
  %z0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<100x90xf32>) -> tensor<100x90xf32>
  %r0 = linalg.matmul ins(%a0, %b0 : tensor<100x72xf32>, tensor<72x90xf32>) outs(%z0 : tensor<100x90xf32>) -> tensor<100x90xf32>
  %e1 = tensor.empty() : tensor<130x150xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<130x150xf32>) -> tensor<130x150xf32>
  %r1 = linalg.matmul ins(%a1, %b1 : tensor<130x37xf32>, tensor<37x150xf32>) outs(%z1 : tensor<130x150xf32>) -> tensor<130x150xf32>
  %e2 = tensor.empty() : tensor<60x70xf32>
  %z2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<60x70xf32>) -> tensor<60x70xf32>
  %r2 = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (k, m)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>],
                        iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a2, %b2 : tensor<52x60xf32>, tensor<52x70xf32>) outs(%z2 : tensor<60x70xf32>) {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %m = arith.mulf %p, %q : f32
      %s = arith.addf %acc, %m : f32
      linalg.yield %s : f32
  } -> tensor<60x70xf32>
  %r3 = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>],
                        iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a3, %b3 : tensor<60x52xf32>, tensor<70x52xf32>) outs(%z2 : tensor<60x70xf32>) {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %m = arith.mulf %p, %q : f32
      %s = arith.addf %m, %acc : f32
      linalg.yield %s : f32
  } -> tensor<60x70xf32>
  %e4 = tensor.empty() : tensor<3x40x50xf32>
  %z4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<3x40x50xf32>) -> tensor<3x40x50xf32>
  %r4 = linalg.batch_matmul ins(%a4, %b4 : tensor<3x40x20xf32>, tensor<3x20x50xf32>) outs(%z4 : tensor<3x40x50xf32>) -> tensor<3x40x50xf32>
  %e5 = tensor.empty() : tensor<20x24xf32>
  %z5 = linalg.fill ins(%zero : f32) outs(%e5 : tensor<20x24xf32>) -> tensor<20x24xf32>
  %r5 = linalg.matmul ins(%a5, %b5 : tensor<20x1100xf32>, tensor<1100x24xf32>) outs(%z5 : tensor<20x24xf32>) -> tensor<20x24xf32>
  %e6 = tensor.empty() : tensor<2x7x7x12xf32>
  %z6 = linalg.fill ins(%zero : f32) outs(%e6 : tensor<2x7x7x12xf32>) -> tensor<2x7x7x12xf32>
  %r6 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x9x9x5xf32>, tensor<3x3x5x12xf32>) outs(%z6 : tensor<2x7x7x12xf32>) -> tensor<2x7x7x12xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : tensor<100x90xf32>, tensor<130x150xf32>, tensor<60x70xf32>, tensor<60x70xf32>, tensor<3x40x50xf32>, tensor<20x24xf32>, tensor<2x7x7x12xf32>
}
