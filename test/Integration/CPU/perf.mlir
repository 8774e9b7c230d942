// Plain loops are enough for the sizes of the JAX examples: a 256x256x256 matmul and a 3x3
// convolution of a 16x32x32x16 batch (about 55 million multiply-adds in all) take well under a
// second together, and agree with numpy.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py matmul256 %t
// RUN: remat-run %s --case-dir %t --rtol 1e-4 --atol 1e-4 --repeat 3 > %t/run.json
// RUN: FileCheck %s < %t/run.json
// RUN: %python -c "import json, sys; ms = json.load(open(sys.argv[1]))['ms']; print('under a second' if ms < 1000 else 'slow: %%s ms' %% ms)" %t/run.json | FileCheck %s --check-prefix=TIME

// CHECK: "outputs_match": true,
// TIME: under a second

func.func @main(%a: tensor<256x256xf32>, %b: tensor<256x256xf32>,
                %img: tensor<16x34x34x16xf32>, %ker: tensor<3x3x16x16xf32>)
    -> (tensor<256x256xf32>, tensor<16x32x32x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x256xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<256x256xf32>) -> tensor<256x256xf32>
  %mm = linalg.matmul ins(%a, %b : tensor<256x256xf32>, tensor<256x256xf32>)
      outs(%z : tensor<256x256xf32>) -> tensor<256x256xf32>
  %ec = tensor.empty() : tensor<16x32x32x16xf32>
  %zc = linalg.fill ins(%zero : f32) outs(%ec : tensor<16x32x32x16xf32>) -> tensor<16x32x32x16xf32>
  %conv = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%img, %ker : tensor<16x34x34x16xf32>, tensor<3x3x16x16xf32>)
      outs(%zc : tensor<16x32x32x16xf32>) -> tensor<16x32x32x16xf32>
  return %mm, %conv : tensor<256x256xf32>, tensor<16x32x32x16xf32>
}
