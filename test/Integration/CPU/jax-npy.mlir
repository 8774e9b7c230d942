// remat-run reads the .npy files that examples/jax/export.py wrote: a 4-d float32 batch and a
// 0-d float32 loss, in and out. Returning an argument costs one copy (the caller's buffer
// stays the caller's), the only allocation: 2 x 8 x 8 x 8 floats = 4096 bytes.
//
// REQUIRES: numpy
// RUN: rm -rf %t
// RUN: remat-run %s --entry batch --args %jax_data/resnet_d4_c8_8x8_b2/arg8.npy --expect %jax_data/resnet_d4_c8_8x8_b2/arg8.npy --rtol 0 --atol 0 --write-results %t | FileCheck %s --check-prefix=BATCH
// RUN: %python -c "import numpy as n, sys; a = n.load(sys.argv[1]); b = n.load(sys.argv[2]); print(a.dtype, a.shape, n.array_equal(a, b))" %t/result0.npy %jax_data/resnet_d4_c8_8x8_b2/arg8.npy | FileCheck %s --check-prefix=WRITTEN
// RUN: remat-run %s --entry loss --args %jax_data/mlp_tanh_d6_w64_b16/result0.npy --expect %jax_data/mlp_tanh_d6_w64_b16/result0.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=LOSS
// The 13 arguments of the MLP step come from its case dir and match the declared signature.
// RUN: remat-run %s --entry mlp_step_inputs --case-dir %jax_data/mlp_tanh_d6_w64_b16 --expect %jax_data/mlp_tanh_d6_w64_b16/arg0.npy %jax_data/mlp_tanh_d6_w64_b16/arg12.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=MLP

// BATCH:      "outputs_match": true,
// BATCH:      "peak_alloc_bytes": 4096,
// BATCH-NEXT: "live_alloc_bytes_after": 4096,
// BATCH-NEXT: "leaked_alloc_bytes": 0,
// BATCH-NEXT: "alloc_count": 1,
// BATCH:      "shape": [2, 8, 8, 8],

// WRITTEN: float32 (2, 8, 8, 8) True

// LOSS:      "outputs_match": true,
// LOSS:      "type": "tensor<f32>",
// LOSS:      "shape": [],

// MLP: "outputs_match": true,

func.func @batch(%x: tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32> {
  return %x : tensor<2x8x8x8xf32>
}

func.func @loss(%l: tensor<f32>) -> tensor<f32> {
  return %l : tensor<f32>
}

func.func @mlp_step_inputs(
    %w0: tensor<64x64xf32>, %b0: tensor<64xf32>, %w1: tensor<64x64xf32>, %b1: tensor<64xf32>,
    %w2: tensor<64x64xf32>, %b2: tensor<64xf32>, %w3: tensor<64x64xf32>, %b3: tensor<64xf32>,
    %w4: tensor<64x64xf32>, %b4: tensor<64xf32>, %w5: tensor<64x64xf32>, %b5: tensor<64xf32>,
    %x: tensor<16x64xf32>) -> (tensor<64x64xf32>, tensor<16x64xf32>) {
  return %w0, %x : tensor<64x64xf32>, tensor<16x64xf32>
}
