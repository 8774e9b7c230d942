// An 11-layer perceptron training step in linalg on tensors: forward, loss and a
// hand-derived backward in one function.
//
//   h0 = x                                  x: [512, 16] (batch 512), y: [512, 8]
//   hk = tanh(h(k-1) @ wk + bk)           k = 1..10, width 32
//   out = h10 @ w_out + b_out
//   loss = 0.5 * mean((out - y)^2)
//
// Returns (loss, dw1, db1, ..., dw10, db10, dw_out, db_out). Like reverse-mode autodiff
// (JAX's linearize), the forward computes tanh's derivative dk = 1 - hk^2 next to hk and
// keeps it for the backward, so each layer holds two [512, 32] activations (64 KiB each) from
// the forward to the backward: 1280 KiB for the ten layers, against 40 KiB for all gradients.
// Matmuls write into a zero-filled tensor; bias adds, tanh and the gradient updates run in
// place, where bufferization puts them too.
//
// Inputs and numpy-computed expected results: argK.npy, resultK.npy (../make_inputs.py).
//   remat-run train_step.mlir --case-dir . --rtol 1e-4 --atol 1e-6
//   remat-opt train_step.mlir --remat="budget=25% strategy=dp report=r.json" -o planned.mlir

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>
#all = affine_map<(i, j) -> ()>
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
#kmT = affine_map<(m, n, k) -> (k, m)>
#nkT = affine_map<(m, n, k) -> (n, k)>

func.func @train_step(%x: tensor<512x16xf32>,
                      %y: tensor<512x8xf32>,
                      %w1: tensor<16x32xf32>,
                      %b1: tensor<32xf32>,
                      %w2: tensor<32x32xf32>,
                      %b2: tensor<32xf32>,
                      %w3: tensor<32x32xf32>,
                      %b3: tensor<32xf32>,
                      %w4: tensor<32x32xf32>,
                      %b4: tensor<32xf32>,
                      %w5: tensor<32x32xf32>,
                      %b5: tensor<32xf32>,
                      %w6: tensor<32x32xf32>,
                      %b6: tensor<32xf32>,
                      %w7: tensor<32x32xf32>,
                      %b7: tensor<32xf32>,
                      %w8: tensor<32x32xf32>,
                      %b8: tensor<32xf32>,
                      %w9: tensor<32x32xf32>,
                      %b9: tensor<32xf32>,
                      %w10: tensor<32x32xf32>,
                      %b10: tensor<32xf32>,
                      %w_out: tensor<32x8xf32>,
                      %b_out: tensor<8xf32>)
    -> (tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x8xf32>, tensor<8xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32

  // Forward.
  // Layer 1: h1 = tanh(h0 @ w1 + b1); d1 = 1 - h1^2 is kept for the backward.
  %mm1_init = tensor.empty() : tensor<512x32xf32>
  %mm1_zero = linalg.fill ins(%zero : f32) outs(%mm1_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm1 = linalg.matmul ins(%x, %w1 : tensor<512x16xf32>, tensor<16x32xf32>) outs(%mm1_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre1 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b1 : tensor<32xf32>) outs(%mm1 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h1 = linalg.tanh ins(%pre1 : tensor<512x32xf32>) outs(%pre1 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d1_init = tensor.empty() : tensor<512x32xf32>
  %d1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h1 : tensor<512x32xf32>) outs(%d1_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 2: h2 = tanh(h1 @ w2 + b2); d2 = 1 - h2^2 is kept for the backward.
  %mm2_init = tensor.empty() : tensor<512x32xf32>
  %mm2_zero = linalg.fill ins(%zero : f32) outs(%mm2_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm2 = linalg.matmul ins(%h1, %w2 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm2_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre2 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b2 : tensor<32xf32>) outs(%mm2 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h2 = linalg.tanh ins(%pre2 : tensor<512x32xf32>) outs(%pre2 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d2_init = tensor.empty() : tensor<512x32xf32>
  %d2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h2 : tensor<512x32xf32>) outs(%d2_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 3: h3 = tanh(h2 @ w3 + b3); d3 = 1 - h3^2 is kept for the backward.
  %mm3_init = tensor.empty() : tensor<512x32xf32>
  %mm3_zero = linalg.fill ins(%zero : f32) outs(%mm3_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm3 = linalg.matmul ins(%h2, %w3 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm3_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre3 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b3 : tensor<32xf32>) outs(%mm3 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h3 = linalg.tanh ins(%pre3 : tensor<512x32xf32>) outs(%pre3 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d3_init = tensor.empty() : tensor<512x32xf32>
  %d3 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h3 : tensor<512x32xf32>) outs(%d3_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 4: h4 = tanh(h3 @ w4 + b4); d4 = 1 - h4^2 is kept for the backward.
  %mm4_init = tensor.empty() : tensor<512x32xf32>
  %mm4_zero = linalg.fill ins(%zero : f32) outs(%mm4_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm4 = linalg.matmul ins(%h3, %w4 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm4_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre4 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b4 : tensor<32xf32>) outs(%mm4 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h4 = linalg.tanh ins(%pre4 : tensor<512x32xf32>) outs(%pre4 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d4_init = tensor.empty() : tensor<512x32xf32>
  %d4 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h4 : tensor<512x32xf32>) outs(%d4_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 5: h5 = tanh(h4 @ w5 + b5); d5 = 1 - h5^2 is kept for the backward.
  %mm5_init = tensor.empty() : tensor<512x32xf32>
  %mm5_zero = linalg.fill ins(%zero : f32) outs(%mm5_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm5 = linalg.matmul ins(%h4, %w5 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm5_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre5 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b5 : tensor<32xf32>) outs(%mm5 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h5 = linalg.tanh ins(%pre5 : tensor<512x32xf32>) outs(%pre5 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d5_init = tensor.empty() : tensor<512x32xf32>
  %d5 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h5 : tensor<512x32xf32>) outs(%d5_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 6: h6 = tanh(h5 @ w6 + b6); d6 = 1 - h6^2 is kept for the backward.
  %mm6_init = tensor.empty() : tensor<512x32xf32>
  %mm6_zero = linalg.fill ins(%zero : f32) outs(%mm6_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm6 = linalg.matmul ins(%h5, %w6 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm6_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre6 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b6 : tensor<32xf32>) outs(%mm6 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h6 = linalg.tanh ins(%pre6 : tensor<512x32xf32>) outs(%pre6 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d6_init = tensor.empty() : tensor<512x32xf32>
  %d6 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h6 : tensor<512x32xf32>) outs(%d6_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 7: h7 = tanh(h6 @ w7 + b7); d7 = 1 - h7^2 is kept for the backward.
  %mm7_init = tensor.empty() : tensor<512x32xf32>
  %mm7_zero = linalg.fill ins(%zero : f32) outs(%mm7_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm7 = linalg.matmul ins(%h6, %w7 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm7_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre7 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b7 : tensor<32xf32>) outs(%mm7 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h7 = linalg.tanh ins(%pre7 : tensor<512x32xf32>) outs(%pre7 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d7_init = tensor.empty() : tensor<512x32xf32>
  %d7 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h7 : tensor<512x32xf32>) outs(%d7_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 8: h8 = tanh(h7 @ w8 + b8); d8 = 1 - h8^2 is kept for the backward.
  %mm8_init = tensor.empty() : tensor<512x32xf32>
  %mm8_zero = linalg.fill ins(%zero : f32) outs(%mm8_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm8 = linalg.matmul ins(%h7, %w8 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm8_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre8 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b8 : tensor<32xf32>) outs(%mm8 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h8 = linalg.tanh ins(%pre8 : tensor<512x32xf32>) outs(%pre8 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d8_init = tensor.empty() : tensor<512x32xf32>
  %d8 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h8 : tensor<512x32xf32>) outs(%d8_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 9: h9 = tanh(h8 @ w9 + b9); d9 = 1 - h9^2 is kept for the backward.
  %mm9_init = tensor.empty() : tensor<512x32xf32>
  %mm9_zero = linalg.fill ins(%zero : f32) outs(%mm9_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm9 = linalg.matmul ins(%h8, %w9 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm9_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre9 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b9 : tensor<32xf32>) outs(%mm9 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h9 = linalg.tanh ins(%pre9 : tensor<512x32xf32>) outs(%pre9 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d9_init = tensor.empty() : tensor<512x32xf32>
  %d9 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h9 : tensor<512x32xf32>) outs(%d9_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Layer 10: h10 = tanh(h9 @ w10 + b10); d10 = 1 - h10^2 is kept for the backward.
  %mm10_init = tensor.empty() : tensor<512x32xf32>
  %mm10_zero = linalg.fill ins(%zero : f32) outs(%mm10_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm10 = linalg.matmul ins(%h9, %w10 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mm10_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre10 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b10 : tensor<32xf32>) outs(%mm10 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h10 = linalg.tanh ins(%pre10 : tensor<512x32xf32>) outs(%pre10 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d10_init = tensor.empty() : tensor<512x32xf32>
  %d10 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h10 : tensor<512x32xf32>) outs(%d10_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Readout: out = h10 @ w_out + b_out.
  %mm_out_init = tensor.empty() : tensor<512x8xf32>
  %mm_out_zero = linalg.fill ins(%zero : f32) outs(%mm_out_init : tensor<512x8xf32>) -> tensor<512x8xf32>
  %mm_out = linalg.matmul ins(%h10, %w_out : tensor<512x32xf32>, tensor<32x8xf32>) outs(%mm_out_zero : tensor<512x8xf32>) -> tensor<512x8xf32>
  %out = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b_out : tensor<8xf32>) outs(%mm_out : tensor<512x8xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x8xf32>

  // Loss: 0.5 * mean((out - y)^2) over all 512 x 8 elements.
  %scale = arith.constant 0.000244140625 : f32
  %half = arith.constant 0.5 : f32
  %loss_init = tensor.empty() : tensor<f32>
  %loss_zero = linalg.fill ins(%zero : f32) outs(%loss_init : tensor<f32>) -> tensor<f32>
  %loss = linalg.generic {indexing_maps = [#id, #id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%out, %y : tensor<512x8xf32>, tensor<512x8xf32>) outs(%loss_zero : tensor<f32>) {
    ^bb0(%o: f32, %t: f32, %acc: f32):
      %d = arith.subf %o, %t : f32
      %sq = arith.mulf %d, %d : f32
      %hsq = arith.mulf %sq, %half : f32
      %term = arith.mulf %hsq, %scale : f32
      %s = arith.addf %acc, %term : f32
      linalg.yield %s : f32
    } -> tensor<f32>

  // Backward. d loss / d out = (out - y) / (batch * outputs).
  %g_out = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<512x8xf32>) outs(%out : tensor<512x8xf32>) {
    ^bb0(%t: f32, %o: f32):
      %d = arith.subf %o, %t : f32
      %g = arith.mulf %d, %scale : f32
      linalg.yield %g : f32
    } -> tensor<512x8xf32>
  %dw_out_init = tensor.empty() : tensor<32x8xf32>
  %dw_out_zero = linalg.fill ins(%zero : f32) outs(%dw_out_init : tensor<32x8xf32>) -> tensor<32x8xf32>
  %dw_out = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h10, %g_out : tensor<512x32xf32>, tensor<512x8xf32>) outs(%dw_out_zero : tensor<32x8xf32>) -> tensor<32x8xf32>
  %db_out_init = tensor.empty() : tensor<8xf32>
  %db_out_zero = linalg.fill ins(%zero : f32) outs(%db_out_init : tensor<8xf32>) -> tensor<8xf32>
  %db_out = linalg.reduce ins(%g_out : tensor<512x8xf32>) outs(%db_out_zero : tensor<8xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g10_init = tensor.empty() : tensor<512x32xf32>
  %g10_zero = linalg.fill ins(%zero : f32) outs(%g10_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g10 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%g_out, %w_out : tensor<512x8xf32>, tensor<32x8xf32>) outs(%g10_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 10: through tanh (times d10), then the weight, bias and input gradients.
  %ga10 = linalg.mul ins(%g10, %d10 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g10 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw10_init = tensor.empty() : tensor<32x32xf32>
  %dw10_zero = linalg.fill ins(%zero : f32) outs(%dw10_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw10 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h9, %ga10 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw10_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db10_init = tensor.empty() : tensor<32xf32>
  %db10_zero = linalg.fill ins(%zero : f32) outs(%db10_init : tensor<32xf32>) -> tensor<32xf32>
  %db10 = linalg.reduce ins(%ga10 : tensor<512x32xf32>) outs(%db10_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g9_init = tensor.empty() : tensor<512x32xf32>
  %g9_zero = linalg.fill ins(%zero : f32) outs(%g9_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g9 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga10, %w10 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g9_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 9: through tanh (times d9), then the weight, bias and input gradients.
  %ga9 = linalg.mul ins(%g9, %d9 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g9 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw9_init = tensor.empty() : tensor<32x32xf32>
  %dw9_zero = linalg.fill ins(%zero : f32) outs(%dw9_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw9 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h8, %ga9 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw9_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db9_init = tensor.empty() : tensor<32xf32>
  %db9_zero = linalg.fill ins(%zero : f32) outs(%db9_init : tensor<32xf32>) -> tensor<32xf32>
  %db9 = linalg.reduce ins(%ga9 : tensor<512x32xf32>) outs(%db9_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g8_init = tensor.empty() : tensor<512x32xf32>
  %g8_zero = linalg.fill ins(%zero : f32) outs(%g8_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g8 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga9, %w9 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g8_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 8: through tanh (times d8), then the weight, bias and input gradients.
  %ga8 = linalg.mul ins(%g8, %d8 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g8 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw8_init = tensor.empty() : tensor<32x32xf32>
  %dw8_zero = linalg.fill ins(%zero : f32) outs(%dw8_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw8 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h7, %ga8 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw8_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db8_init = tensor.empty() : tensor<32xf32>
  %db8_zero = linalg.fill ins(%zero : f32) outs(%db8_init : tensor<32xf32>) -> tensor<32xf32>
  %db8 = linalg.reduce ins(%ga8 : tensor<512x32xf32>) outs(%db8_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g7_init = tensor.empty() : tensor<512x32xf32>
  %g7_zero = linalg.fill ins(%zero : f32) outs(%g7_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g7 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga8, %w8 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g7_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 7: through tanh (times d7), then the weight, bias and input gradients.
  %ga7 = linalg.mul ins(%g7, %d7 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g7 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw7_init = tensor.empty() : tensor<32x32xf32>
  %dw7_zero = linalg.fill ins(%zero : f32) outs(%dw7_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw7 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h6, %ga7 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw7_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db7_init = tensor.empty() : tensor<32xf32>
  %db7_zero = linalg.fill ins(%zero : f32) outs(%db7_init : tensor<32xf32>) -> tensor<32xf32>
  %db7 = linalg.reduce ins(%ga7 : tensor<512x32xf32>) outs(%db7_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g6_init = tensor.empty() : tensor<512x32xf32>
  %g6_zero = linalg.fill ins(%zero : f32) outs(%g6_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g6 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga7, %w7 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g6_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 6: through tanh (times d6), then the weight, bias and input gradients.
  %ga6 = linalg.mul ins(%g6, %d6 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g6 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw6_init = tensor.empty() : tensor<32x32xf32>
  %dw6_zero = linalg.fill ins(%zero : f32) outs(%dw6_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw6 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h5, %ga6 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw6_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db6_init = tensor.empty() : tensor<32xf32>
  %db6_zero = linalg.fill ins(%zero : f32) outs(%db6_init : tensor<32xf32>) -> tensor<32xf32>
  %db6 = linalg.reduce ins(%ga6 : tensor<512x32xf32>) outs(%db6_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g5_init = tensor.empty() : tensor<512x32xf32>
  %g5_zero = linalg.fill ins(%zero : f32) outs(%g5_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g5 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga6, %w6 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g5_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 5: through tanh (times d5), then the weight, bias and input gradients.
  %ga5 = linalg.mul ins(%g5, %d5 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g5 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw5_init = tensor.empty() : tensor<32x32xf32>
  %dw5_zero = linalg.fill ins(%zero : f32) outs(%dw5_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw5 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h4, %ga5 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw5_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db5_init = tensor.empty() : tensor<32xf32>
  %db5_zero = linalg.fill ins(%zero : f32) outs(%db5_init : tensor<32xf32>) -> tensor<32xf32>
  %db5 = linalg.reduce ins(%ga5 : tensor<512x32xf32>) outs(%db5_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g4_init = tensor.empty() : tensor<512x32xf32>
  %g4_zero = linalg.fill ins(%zero : f32) outs(%g4_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g4 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga5, %w5 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g4_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 4: through tanh (times d4), then the weight, bias and input gradients.
  %ga4 = linalg.mul ins(%g4, %d4 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g4 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw4_init = tensor.empty() : tensor<32x32xf32>
  %dw4_zero = linalg.fill ins(%zero : f32) outs(%dw4_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw4 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h3, %ga4 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw4_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db4_init = tensor.empty() : tensor<32xf32>
  %db4_zero = linalg.fill ins(%zero : f32) outs(%db4_init : tensor<32xf32>) -> tensor<32xf32>
  %db4 = linalg.reduce ins(%ga4 : tensor<512x32xf32>) outs(%db4_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g3_init = tensor.empty() : tensor<512x32xf32>
  %g3_zero = linalg.fill ins(%zero : f32) outs(%g3_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g3 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga4, %w4 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g3_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 3: through tanh (times d3), then the weight, bias and input gradients.
  %ga3 = linalg.mul ins(%g3, %d3 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g3 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw3_init = tensor.empty() : tensor<32x32xf32>
  %dw3_zero = linalg.fill ins(%zero : f32) outs(%dw3_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw3 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h2, %ga3 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw3_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db3_init = tensor.empty() : tensor<32xf32>
  %db3_zero = linalg.fill ins(%zero : f32) outs(%db3_init : tensor<32xf32>) -> tensor<32xf32>
  %db3 = linalg.reduce ins(%ga3 : tensor<512x32xf32>) outs(%db3_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g2_init = tensor.empty() : tensor<512x32xf32>
  %g2_zero = linalg.fill ins(%zero : f32) outs(%g2_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g2 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga3, %w3 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g2_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 2: through tanh (times d2), then the weight, bias and input gradients.
  %ga2 = linalg.mul ins(%g2, %d2 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g2 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw2_init = tensor.empty() : tensor<32x32xf32>
  %dw2_zero = linalg.fill ins(%zero : f32) outs(%dw2_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dw2 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h1, %ga2 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dw2_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %db2_init = tensor.empty() : tensor<32xf32>
  %db2_zero = linalg.fill ins(%zero : f32) outs(%db2_init : tensor<32xf32>) -> tensor<32xf32>
  %db2 = linalg.reduce ins(%ga2 : tensor<512x32xf32>) outs(%db2_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %g1_init = tensor.empty() : tensor<512x32xf32>
  %g1_zero = linalg.fill ins(%zero : f32) outs(%g1_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %g1 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga2, %w2 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%g1_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Layer 1: through tanh (times d1), then the weight, bias and input gradients.
  %ga1 = linalg.mul ins(%g1, %d1 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g1 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw1_init = tensor.empty() : tensor<16x32xf32>
  %dw1_zero = linalg.fill ins(%zero : f32) outs(%dw1_init : tensor<16x32xf32>) -> tensor<16x32xf32>
  %dw1 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%x, %ga1 : tensor<512x16xf32>, tensor<512x32xf32>) outs(%dw1_zero : tensor<16x32xf32>) -> tensor<16x32xf32>
  %db1_init = tensor.empty() : tensor<32xf32>
  %db1_zero = linalg.fill ins(%zero : f32) outs(%db1_init : tensor<32xf32>) -> tensor<32xf32>
  %db1 = linalg.reduce ins(%ga1 : tensor<512x32xf32>) outs(%db1_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %loss, %dw1, %db1, %dw2, %db2, %dw3, %db3, %dw4,
         %db4, %dw5, %db5, %dw6, %db6, %dw7, %db7, %dw8,
         %db8, %dw9, %db9, %dw10, %db10, %dw_out, %db_out
      : tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x8xf32>, tensor<8xf32>
}
