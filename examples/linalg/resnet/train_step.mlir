// A residual network training step in linalg on tensors: forward, loss and a hand-derived
// backward in one function.
//
//   h0 = tanh(x @ w_in + b_in)                       x: [512, 16] (batch 512), y: [512, 8]
//   uk = tanh(h(k-1) @ wak + bak)                    k = 1..10, width 32
//   hk = relu(h(k-1) + uk @ wbk + bbk)               (skip connection around each block)
//   out = h10 @ w_out + b_out
//   loss = 0.5 * mean((out - y)^2)
//
// Returns (loss, dw_in, db_in, dwa1, dba1, dwb1, dbb1, ..., dw_out, db_out). As in the MLP
// example, tanh's derivative 1 - u^2 is computed in the forward and kept. Each block holds
// three [512, 32] activations (64 KiB each) until the backward: its output, u and 1 - u^2.
// In the backward, the gradient of a block's input is the skip gradient plus the branch's:
// the last matmul of each block accumulates into the skip gradient's tensor.
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
                      %w_in: tensor<16x32xf32>,
                      %b_in: tensor<32xf32>,
                      %wa1: tensor<32x32xf32>,
                      %ba1: tensor<32xf32>,
                      %wb1: tensor<32x32xf32>,
                      %bb1: tensor<32xf32>,
                      %wa2: tensor<32x32xf32>,
                      %ba2: tensor<32xf32>,
                      %wb2: tensor<32x32xf32>,
                      %bb2: tensor<32xf32>,
                      %wa3: tensor<32x32xf32>,
                      %ba3: tensor<32xf32>,
                      %wb3: tensor<32x32xf32>,
                      %bb3: tensor<32xf32>,
                      %wa4: tensor<32x32xf32>,
                      %ba4: tensor<32xf32>,
                      %wb4: tensor<32x32xf32>,
                      %bb4: tensor<32xf32>,
                      %wa5: tensor<32x32xf32>,
                      %ba5: tensor<32xf32>,
                      %wb5: tensor<32x32xf32>,
                      %bb5: tensor<32xf32>,
                      %wa6: tensor<32x32xf32>,
                      %ba6: tensor<32xf32>,
                      %wb6: tensor<32x32xf32>,
                      %bb6: tensor<32xf32>,
                      %wa7: tensor<32x32xf32>,
                      %ba7: tensor<32xf32>,
                      %wb7: tensor<32x32xf32>,
                      %bb7: tensor<32xf32>,
                      %wa8: tensor<32x32xf32>,
                      %ba8: tensor<32xf32>,
                      %wb8: tensor<32x32xf32>,
                      %bb8: tensor<32xf32>,
                      %wa9: tensor<32x32xf32>,
                      %ba9: tensor<32xf32>,
                      %wb9: tensor<32x32xf32>,
                      %bb9: tensor<32xf32>,
                      %wa10: tensor<32x32xf32>,
                      %ba10: tensor<32xf32>,
                      %wb10: tensor<32x32xf32>,
                      %bb10: tensor<32xf32>,
                      %w_out: tensor<32x8xf32>,
                      %b_out: tensor<8xf32>)
    -> (tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x8xf32>,
        tensor<8xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32

  // Forward. Stem: h0 = tanh(x @ w_in + b_in).
  %mm_in_init = tensor.empty() : tensor<512x32xf32>
  %mm_in_zero = linalg.fill ins(%zero : f32) outs(%mm_in_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mm_in = linalg.matmul ins(%x, %w_in : tensor<512x16xf32>, tensor<16x32xf32>) outs(%mm_in_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %pre_in = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b_in : tensor<32xf32>) outs(%mm_in : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %h0 = linalg.tanh ins(%pre_in : tensor<512x32xf32>) outs(%pre_in : tensor<512x32xf32>) -> tensor<512x32xf32>
  %d0_init = tensor.empty() : tensor<512x32xf32>
  %d0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h0 : tensor<512x32xf32>) outs(%d0_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  // Block 1: u1 = tanh(h0 @ wa1 + ba1) (keeping 1 - u1^2), h1 = relu(h0 + u1 @ wb1 + bb1).
  %mma1_init = tensor.empty() : tensor<512x32xf32>
  %mma1_zero = linalg.fill ins(%zero : f32) outs(%mma1_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma1 = linalg.matmul ins(%h0, %wa1 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma1_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea1 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba1 : tensor<32xf32>) outs(%mma1 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u1 = linalg.tanh ins(%prea1 : tensor<512x32xf32>) outs(%prea1 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du1_init = tensor.empty() : tensor<512x32xf32>
  %du1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u1 : tensor<512x32xf32>) outs(%du1_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb1_init = tensor.empty() : tensor<512x32xf32>
  %mmb1_zero = linalg.fill ins(%zero : f32) outs(%mmb1_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb1 = linalg.matmul ins(%u1, %wb1 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb1_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h1 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h0, %bb1 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb1 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 2: u2 = tanh(h1 @ wa2 + ba2) (keeping 1 - u2^2), h2 = relu(h1 + u2 @ wb2 + bb2).
  %mma2_init = tensor.empty() : tensor<512x32xf32>
  %mma2_zero = linalg.fill ins(%zero : f32) outs(%mma2_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma2 = linalg.matmul ins(%h1, %wa2 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma2_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea2 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba2 : tensor<32xf32>) outs(%mma2 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u2 = linalg.tanh ins(%prea2 : tensor<512x32xf32>) outs(%prea2 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du2_init = tensor.empty() : tensor<512x32xf32>
  %du2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u2 : tensor<512x32xf32>) outs(%du2_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb2_init = tensor.empty() : tensor<512x32xf32>
  %mmb2_zero = linalg.fill ins(%zero : f32) outs(%mmb2_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb2 = linalg.matmul ins(%u2, %wb2 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb2_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h2 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h1, %bb2 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb2 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 3: u3 = tanh(h2 @ wa3 + ba3) (keeping 1 - u3^2), h3 = relu(h2 + u3 @ wb3 + bb3).
  %mma3_init = tensor.empty() : tensor<512x32xf32>
  %mma3_zero = linalg.fill ins(%zero : f32) outs(%mma3_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma3 = linalg.matmul ins(%h2, %wa3 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma3_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea3 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba3 : tensor<32xf32>) outs(%mma3 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u3 = linalg.tanh ins(%prea3 : tensor<512x32xf32>) outs(%prea3 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du3_init = tensor.empty() : tensor<512x32xf32>
  %du3 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u3 : tensor<512x32xf32>) outs(%du3_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb3_init = tensor.empty() : tensor<512x32xf32>
  %mmb3_zero = linalg.fill ins(%zero : f32) outs(%mmb3_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb3 = linalg.matmul ins(%u3, %wb3 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb3_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h3 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h2, %bb3 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb3 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 4: u4 = tanh(h3 @ wa4 + ba4) (keeping 1 - u4^2), h4 = relu(h3 + u4 @ wb4 + bb4).
  %mma4_init = tensor.empty() : tensor<512x32xf32>
  %mma4_zero = linalg.fill ins(%zero : f32) outs(%mma4_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma4 = linalg.matmul ins(%h3, %wa4 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma4_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea4 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba4 : tensor<32xf32>) outs(%mma4 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u4 = linalg.tanh ins(%prea4 : tensor<512x32xf32>) outs(%prea4 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du4_init = tensor.empty() : tensor<512x32xf32>
  %du4 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u4 : tensor<512x32xf32>) outs(%du4_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb4_init = tensor.empty() : tensor<512x32xf32>
  %mmb4_zero = linalg.fill ins(%zero : f32) outs(%mmb4_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb4 = linalg.matmul ins(%u4, %wb4 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb4_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h4 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h3, %bb4 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb4 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 5: u5 = tanh(h4 @ wa5 + ba5) (keeping 1 - u5^2), h5 = relu(h4 + u5 @ wb5 + bb5).
  %mma5_init = tensor.empty() : tensor<512x32xf32>
  %mma5_zero = linalg.fill ins(%zero : f32) outs(%mma5_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma5 = linalg.matmul ins(%h4, %wa5 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma5_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea5 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba5 : tensor<32xf32>) outs(%mma5 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u5 = linalg.tanh ins(%prea5 : tensor<512x32xf32>) outs(%prea5 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du5_init = tensor.empty() : tensor<512x32xf32>
  %du5 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u5 : tensor<512x32xf32>) outs(%du5_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb5_init = tensor.empty() : tensor<512x32xf32>
  %mmb5_zero = linalg.fill ins(%zero : f32) outs(%mmb5_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb5 = linalg.matmul ins(%u5, %wb5 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb5_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h5 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h4, %bb5 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb5 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 6: u6 = tanh(h5 @ wa6 + ba6) (keeping 1 - u6^2), h6 = relu(h5 + u6 @ wb6 + bb6).
  %mma6_init = tensor.empty() : tensor<512x32xf32>
  %mma6_zero = linalg.fill ins(%zero : f32) outs(%mma6_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma6 = linalg.matmul ins(%h5, %wa6 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma6_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea6 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba6 : tensor<32xf32>) outs(%mma6 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u6 = linalg.tanh ins(%prea6 : tensor<512x32xf32>) outs(%prea6 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du6_init = tensor.empty() : tensor<512x32xf32>
  %du6 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u6 : tensor<512x32xf32>) outs(%du6_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb6_init = tensor.empty() : tensor<512x32xf32>
  %mmb6_zero = linalg.fill ins(%zero : f32) outs(%mmb6_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb6 = linalg.matmul ins(%u6, %wb6 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb6_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h6 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h5, %bb6 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb6 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 7: u7 = tanh(h6 @ wa7 + ba7) (keeping 1 - u7^2), h7 = relu(h6 + u7 @ wb7 + bb7).
  %mma7_init = tensor.empty() : tensor<512x32xf32>
  %mma7_zero = linalg.fill ins(%zero : f32) outs(%mma7_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma7 = linalg.matmul ins(%h6, %wa7 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma7_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea7 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba7 : tensor<32xf32>) outs(%mma7 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u7 = linalg.tanh ins(%prea7 : tensor<512x32xf32>) outs(%prea7 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du7_init = tensor.empty() : tensor<512x32xf32>
  %du7 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u7 : tensor<512x32xf32>) outs(%du7_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb7_init = tensor.empty() : tensor<512x32xf32>
  %mmb7_zero = linalg.fill ins(%zero : f32) outs(%mmb7_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb7 = linalg.matmul ins(%u7, %wb7 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb7_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h7 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h6, %bb7 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb7 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 8: u8 = tanh(h7 @ wa8 + ba8) (keeping 1 - u8^2), h8 = relu(h7 + u8 @ wb8 + bb8).
  %mma8_init = tensor.empty() : tensor<512x32xf32>
  %mma8_zero = linalg.fill ins(%zero : f32) outs(%mma8_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma8 = linalg.matmul ins(%h7, %wa8 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma8_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea8 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba8 : tensor<32xf32>) outs(%mma8 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u8 = linalg.tanh ins(%prea8 : tensor<512x32xf32>) outs(%prea8 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du8_init = tensor.empty() : tensor<512x32xf32>
  %du8 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u8 : tensor<512x32xf32>) outs(%du8_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb8_init = tensor.empty() : tensor<512x32xf32>
  %mmb8_zero = linalg.fill ins(%zero : f32) outs(%mmb8_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb8 = linalg.matmul ins(%u8, %wb8 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb8_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h8 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h7, %bb8 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb8 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 9: u9 = tanh(h8 @ wa9 + ba9) (keeping 1 - u9^2), h9 = relu(h8 + u9 @ wb9 + bb9).
  %mma9_init = tensor.empty() : tensor<512x32xf32>
  %mma9_zero = linalg.fill ins(%zero : f32) outs(%mma9_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma9 = linalg.matmul ins(%h8, %wa9 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma9_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea9 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba9 : tensor<32xf32>) outs(%mma9 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u9 = linalg.tanh ins(%prea9 : tensor<512x32xf32>) outs(%prea9 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du9_init = tensor.empty() : tensor<512x32xf32>
  %du9 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u9 : tensor<512x32xf32>) outs(%du9_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb9_init = tensor.empty() : tensor<512x32xf32>
  %mmb9_zero = linalg.fill ins(%zero : f32) outs(%mmb9_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb9 = linalg.matmul ins(%u9, %wb9 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb9_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h9 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h8, %bb9 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb9 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
    } -> tensor<512x32xf32>
  // Block 10: u10 = tanh(h9 @ wa10 + ba10) (keeping 1 - u10^2), h10 = relu(h9 + u10 @ wb10 + bb10).
  %mma10_init = tensor.empty() : tensor<512x32xf32>
  %mma10_zero = linalg.fill ins(%zero : f32) outs(%mma10_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mma10 = linalg.matmul ins(%h9, %wa10 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mma10_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %prea10 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ba10 : tensor<32xf32>) outs(%mma10 : tensor<512x32xf32>) {
    ^bb0(%b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      linalg.yield %s : f32
    } -> tensor<512x32xf32>
  %u10 = linalg.tanh ins(%prea10 : tensor<512x32xf32>) outs(%prea10 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %du10_init = tensor.empty() : tensor<512x32xf32>
  %du10 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%u10 : tensor<512x32xf32>) outs(%du10_init : tensor<512x32xf32>) {
    ^bb0(%t: f32, %unused: f32):
      %t2 = arith.mulf %t, %t : f32
      %d = arith.subf %one, %t2 : f32
      linalg.yield %d : f32
    } -> tensor<512x32xf32>
  %mmb10_init = tensor.empty() : tensor<512x32xf32>
  %mmb10_zero = linalg.fill ins(%zero : f32) outs(%mmb10_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %mmb10 = linalg.matmul ins(%u10, %wb10 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%mmb10_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %h10 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h9, %bb10 : tensor<512x32xf32>, tensor<32xf32>) outs(%mmb10 : tensor<512x32xf32>) {
    ^bb0(%skip: f32, %b: f32, %v: f32):
      %s = arith.addf %v, %b : f32
      %r = arith.addf %s, %skip : f32
      %relu = arith.maximumf %r, %zero : f32
      linalg.yield %relu : f32
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
  // Block 10: relu (where h10 > 0), dense b, tanh, dense a; gs10 also flows to h9 through the skip.
  %gs10 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h10 : tensor<512x32xf32>) outs(%g10 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb10_init = tensor.empty() : tensor<32x32xf32>
  %dwb10_zero = linalg.fill ins(%zero : f32) outs(%dwb10_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb10 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u10, %gs10 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb10_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb10_init = tensor.empty() : tensor<32xf32>
  %dbb10_zero = linalg.fill ins(%zero : f32) outs(%dbb10_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb10 = linalg.reduce ins(%gs10 : tensor<512x32xf32>) outs(%dbb10_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu10_init = tensor.empty() : tensor<512x32xf32>
  %gu10_zero = linalg.fill ins(%zero : f32) outs(%gu10_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu10 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs10, %wb10 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu10_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga10 = linalg.mul ins(%gu10, %du10 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu10 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa10_init = tensor.empty() : tensor<32x32xf32>
  %dwa10_zero = linalg.fill ins(%zero : f32) outs(%dwa10_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa10 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h9, %ga10 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa10_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba10_init = tensor.empty() : tensor<32xf32>
  %dba10_zero = linalg.fill ins(%zero : f32) outs(%dba10_init : tensor<32xf32>) -> tensor<32xf32>
  %dba10 = linalg.reduce ins(%ga10 : tensor<512x32xf32>) outs(%dba10_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g9 = gs10 + ga10 @ wa10^T: the matmul accumulates into gs10.
  %g9 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga10, %wa10 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs10 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 9: relu (where h9 > 0), dense b, tanh, dense a; gs9 also flows to h8 through the skip.
  %gs9 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h9 : tensor<512x32xf32>) outs(%g9 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb9_init = tensor.empty() : tensor<32x32xf32>
  %dwb9_zero = linalg.fill ins(%zero : f32) outs(%dwb9_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb9 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u9, %gs9 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb9_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb9_init = tensor.empty() : tensor<32xf32>
  %dbb9_zero = linalg.fill ins(%zero : f32) outs(%dbb9_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb9 = linalg.reduce ins(%gs9 : tensor<512x32xf32>) outs(%dbb9_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu9_init = tensor.empty() : tensor<512x32xf32>
  %gu9_zero = linalg.fill ins(%zero : f32) outs(%gu9_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu9 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs9, %wb9 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu9_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga9 = linalg.mul ins(%gu9, %du9 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu9 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa9_init = tensor.empty() : tensor<32x32xf32>
  %dwa9_zero = linalg.fill ins(%zero : f32) outs(%dwa9_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa9 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h8, %ga9 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa9_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba9_init = tensor.empty() : tensor<32xf32>
  %dba9_zero = linalg.fill ins(%zero : f32) outs(%dba9_init : tensor<32xf32>) -> tensor<32xf32>
  %dba9 = linalg.reduce ins(%ga9 : tensor<512x32xf32>) outs(%dba9_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g8 = gs9 + ga9 @ wa9^T: the matmul accumulates into gs9.
  %g8 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga9, %wa9 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs9 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 8: relu (where h8 > 0), dense b, tanh, dense a; gs8 also flows to h7 through the skip.
  %gs8 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h8 : tensor<512x32xf32>) outs(%g8 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb8_init = tensor.empty() : tensor<32x32xf32>
  %dwb8_zero = linalg.fill ins(%zero : f32) outs(%dwb8_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb8 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u8, %gs8 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb8_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb8_init = tensor.empty() : tensor<32xf32>
  %dbb8_zero = linalg.fill ins(%zero : f32) outs(%dbb8_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb8 = linalg.reduce ins(%gs8 : tensor<512x32xf32>) outs(%dbb8_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu8_init = tensor.empty() : tensor<512x32xf32>
  %gu8_zero = linalg.fill ins(%zero : f32) outs(%gu8_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu8 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs8, %wb8 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu8_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga8 = linalg.mul ins(%gu8, %du8 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu8 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa8_init = tensor.empty() : tensor<32x32xf32>
  %dwa8_zero = linalg.fill ins(%zero : f32) outs(%dwa8_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa8 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h7, %ga8 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa8_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba8_init = tensor.empty() : tensor<32xf32>
  %dba8_zero = linalg.fill ins(%zero : f32) outs(%dba8_init : tensor<32xf32>) -> tensor<32xf32>
  %dba8 = linalg.reduce ins(%ga8 : tensor<512x32xf32>) outs(%dba8_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g7 = gs8 + ga8 @ wa8^T: the matmul accumulates into gs8.
  %g7 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga8, %wa8 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs8 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 7: relu (where h7 > 0), dense b, tanh, dense a; gs7 also flows to h6 through the skip.
  %gs7 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h7 : tensor<512x32xf32>) outs(%g7 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb7_init = tensor.empty() : tensor<32x32xf32>
  %dwb7_zero = linalg.fill ins(%zero : f32) outs(%dwb7_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb7 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u7, %gs7 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb7_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb7_init = tensor.empty() : tensor<32xf32>
  %dbb7_zero = linalg.fill ins(%zero : f32) outs(%dbb7_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb7 = linalg.reduce ins(%gs7 : tensor<512x32xf32>) outs(%dbb7_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu7_init = tensor.empty() : tensor<512x32xf32>
  %gu7_zero = linalg.fill ins(%zero : f32) outs(%gu7_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu7 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs7, %wb7 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu7_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga7 = linalg.mul ins(%gu7, %du7 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu7 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa7_init = tensor.empty() : tensor<32x32xf32>
  %dwa7_zero = linalg.fill ins(%zero : f32) outs(%dwa7_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa7 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h6, %ga7 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa7_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba7_init = tensor.empty() : tensor<32xf32>
  %dba7_zero = linalg.fill ins(%zero : f32) outs(%dba7_init : tensor<32xf32>) -> tensor<32xf32>
  %dba7 = linalg.reduce ins(%ga7 : tensor<512x32xf32>) outs(%dba7_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g6 = gs7 + ga7 @ wa7^T: the matmul accumulates into gs7.
  %g6 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga7, %wa7 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs7 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 6: relu (where h6 > 0), dense b, tanh, dense a; gs6 also flows to h5 through the skip.
  %gs6 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h6 : tensor<512x32xf32>) outs(%g6 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb6_init = tensor.empty() : tensor<32x32xf32>
  %dwb6_zero = linalg.fill ins(%zero : f32) outs(%dwb6_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb6 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u6, %gs6 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb6_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb6_init = tensor.empty() : tensor<32xf32>
  %dbb6_zero = linalg.fill ins(%zero : f32) outs(%dbb6_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb6 = linalg.reduce ins(%gs6 : tensor<512x32xf32>) outs(%dbb6_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu6_init = tensor.empty() : tensor<512x32xf32>
  %gu6_zero = linalg.fill ins(%zero : f32) outs(%gu6_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu6 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs6, %wb6 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu6_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga6 = linalg.mul ins(%gu6, %du6 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu6 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa6_init = tensor.empty() : tensor<32x32xf32>
  %dwa6_zero = linalg.fill ins(%zero : f32) outs(%dwa6_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa6 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h5, %ga6 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa6_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba6_init = tensor.empty() : tensor<32xf32>
  %dba6_zero = linalg.fill ins(%zero : f32) outs(%dba6_init : tensor<32xf32>) -> tensor<32xf32>
  %dba6 = linalg.reduce ins(%ga6 : tensor<512x32xf32>) outs(%dba6_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g5 = gs6 + ga6 @ wa6^T: the matmul accumulates into gs6.
  %g5 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga6, %wa6 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs6 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 5: relu (where h5 > 0), dense b, tanh, dense a; gs5 also flows to h4 through the skip.
  %gs5 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h5 : tensor<512x32xf32>) outs(%g5 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb5_init = tensor.empty() : tensor<32x32xf32>
  %dwb5_zero = linalg.fill ins(%zero : f32) outs(%dwb5_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb5 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u5, %gs5 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb5_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb5_init = tensor.empty() : tensor<32xf32>
  %dbb5_zero = linalg.fill ins(%zero : f32) outs(%dbb5_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb5 = linalg.reduce ins(%gs5 : tensor<512x32xf32>) outs(%dbb5_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu5_init = tensor.empty() : tensor<512x32xf32>
  %gu5_zero = linalg.fill ins(%zero : f32) outs(%gu5_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu5 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs5, %wb5 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu5_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga5 = linalg.mul ins(%gu5, %du5 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu5 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa5_init = tensor.empty() : tensor<32x32xf32>
  %dwa5_zero = linalg.fill ins(%zero : f32) outs(%dwa5_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa5 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h4, %ga5 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa5_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba5_init = tensor.empty() : tensor<32xf32>
  %dba5_zero = linalg.fill ins(%zero : f32) outs(%dba5_init : tensor<32xf32>) -> tensor<32xf32>
  %dba5 = linalg.reduce ins(%ga5 : tensor<512x32xf32>) outs(%dba5_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g4 = gs5 + ga5 @ wa5^T: the matmul accumulates into gs5.
  %g4 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga5, %wa5 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs5 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 4: relu (where h4 > 0), dense b, tanh, dense a; gs4 also flows to h3 through the skip.
  %gs4 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h4 : tensor<512x32xf32>) outs(%g4 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb4_init = tensor.empty() : tensor<32x32xf32>
  %dwb4_zero = linalg.fill ins(%zero : f32) outs(%dwb4_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb4 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u4, %gs4 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb4_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb4_init = tensor.empty() : tensor<32xf32>
  %dbb4_zero = linalg.fill ins(%zero : f32) outs(%dbb4_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb4 = linalg.reduce ins(%gs4 : tensor<512x32xf32>) outs(%dbb4_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu4_init = tensor.empty() : tensor<512x32xf32>
  %gu4_zero = linalg.fill ins(%zero : f32) outs(%gu4_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu4 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs4, %wb4 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu4_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga4 = linalg.mul ins(%gu4, %du4 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu4 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa4_init = tensor.empty() : tensor<32x32xf32>
  %dwa4_zero = linalg.fill ins(%zero : f32) outs(%dwa4_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa4 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h3, %ga4 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa4_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba4_init = tensor.empty() : tensor<32xf32>
  %dba4_zero = linalg.fill ins(%zero : f32) outs(%dba4_init : tensor<32xf32>) -> tensor<32xf32>
  %dba4 = linalg.reduce ins(%ga4 : tensor<512x32xf32>) outs(%dba4_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g3 = gs4 + ga4 @ wa4^T: the matmul accumulates into gs4.
  %g3 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga4, %wa4 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs4 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 3: relu (where h3 > 0), dense b, tanh, dense a; gs3 also flows to h2 through the skip.
  %gs3 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h3 : tensor<512x32xf32>) outs(%g3 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb3_init = tensor.empty() : tensor<32x32xf32>
  %dwb3_zero = linalg.fill ins(%zero : f32) outs(%dwb3_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb3 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u3, %gs3 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb3_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb3_init = tensor.empty() : tensor<32xf32>
  %dbb3_zero = linalg.fill ins(%zero : f32) outs(%dbb3_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb3 = linalg.reduce ins(%gs3 : tensor<512x32xf32>) outs(%dbb3_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu3_init = tensor.empty() : tensor<512x32xf32>
  %gu3_zero = linalg.fill ins(%zero : f32) outs(%gu3_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu3 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs3, %wb3 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu3_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga3 = linalg.mul ins(%gu3, %du3 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu3 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa3_init = tensor.empty() : tensor<32x32xf32>
  %dwa3_zero = linalg.fill ins(%zero : f32) outs(%dwa3_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa3 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h2, %ga3 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa3_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba3_init = tensor.empty() : tensor<32xf32>
  %dba3_zero = linalg.fill ins(%zero : f32) outs(%dba3_init : tensor<32xf32>) -> tensor<32xf32>
  %dba3 = linalg.reduce ins(%ga3 : tensor<512x32xf32>) outs(%dba3_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g2 = gs3 + ga3 @ wa3^T: the matmul accumulates into gs3.
  %g2 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga3, %wa3 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs3 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 2: relu (where h2 > 0), dense b, tanh, dense a; gs2 also flows to h1 through the skip.
  %gs2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h2 : tensor<512x32xf32>) outs(%g2 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb2_init = tensor.empty() : tensor<32x32xf32>
  %dwb2_zero = linalg.fill ins(%zero : f32) outs(%dwb2_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb2 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u2, %gs2 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb2_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb2_init = tensor.empty() : tensor<32xf32>
  %dbb2_zero = linalg.fill ins(%zero : f32) outs(%dbb2_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb2 = linalg.reduce ins(%gs2 : tensor<512x32xf32>) outs(%dbb2_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu2_init = tensor.empty() : tensor<512x32xf32>
  %gu2_zero = linalg.fill ins(%zero : f32) outs(%gu2_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu2 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs2, %wb2 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu2_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga2 = linalg.mul ins(%gu2, %du2 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu2 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa2_init = tensor.empty() : tensor<32x32xf32>
  %dwa2_zero = linalg.fill ins(%zero : f32) outs(%dwa2_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa2 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h1, %ga2 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa2_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba2_init = tensor.empty() : tensor<32xf32>
  %dba2_zero = linalg.fill ins(%zero : f32) outs(%dba2_init : tensor<32xf32>) -> tensor<32xf32>
  %dba2 = linalg.reduce ins(%ga2 : tensor<512x32xf32>) outs(%dba2_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g1 = gs2 + ga2 @ wa2^T: the matmul accumulates into gs2.
  %g1 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga2, %wa2 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs2 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Block 1: relu (where h1 > 0), dense b, tanh, dense a; gs1 also flows to h0 through the skip.
  %gs1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h1 : tensor<512x32xf32>) outs(%g1 : tensor<512x32xf32>) {
    ^bb0(%hv: f32, %gv: f32):
      %pos = arith.cmpf ogt, %hv, %zero : f32
      %r = arith.select %pos, %gv, %zero : f32
      linalg.yield %r : f32
    } -> tensor<512x32xf32>
  %dwb1_init = tensor.empty() : tensor<32x32xf32>
  %dwb1_zero = linalg.fill ins(%zero : f32) outs(%dwb1_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwb1 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%u1, %gs1 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwb1_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dbb1_init = tensor.empty() : tensor<32xf32>
  %dbb1_zero = linalg.fill ins(%zero : f32) outs(%dbb1_init : tensor<32xf32>) -> tensor<32xf32>
  %dbb1 = linalg.reduce ins(%gs1 : tensor<512x32xf32>) outs(%dbb1_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %gu1_init = tensor.empty() : tensor<512x32xf32>
  %gu1_zero = linalg.fill ins(%zero : f32) outs(%gu1_init : tensor<512x32xf32>) -> tensor<512x32xf32>
  %gu1 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%gs1, %wb1 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gu1_zero : tensor<512x32xf32>) -> tensor<512x32xf32>
  %ga1 = linalg.mul ins(%gu1, %du1 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%gu1 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dwa1_init = tensor.empty() : tensor<32x32xf32>
  %dwa1_zero = linalg.fill ins(%zero : f32) outs(%dwa1_init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dwa1 = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%h0, %ga1 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%dwa1_zero : tensor<32x32xf32>) -> tensor<32x32xf32>
  %dba1_init = tensor.empty() : tensor<32xf32>
  %dba1_zero = linalg.fill ins(%zero : f32) outs(%dba1_init : tensor<32xf32>) -> tensor<32xf32>
  %dba1 = linalg.reduce ins(%ga1 : tensor<512x32xf32>) outs(%dba1_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  // g0 = gs1 + ga1 @ wa1^T: the matmul accumulates into gs1.
  %g0 = linalg.matmul indexing_maps = [#mk, #nkT, #mn] ins(%ga1, %wa1 : tensor<512x32xf32>, tensor<32x32xf32>) outs(%gs1 : tensor<512x32xf32>) -> tensor<512x32xf32>
  // Stem.
  %ga0 = linalg.mul ins(%g0, %d0 : tensor<512x32xf32>, tensor<512x32xf32>) outs(%g0 : tensor<512x32xf32>) -> tensor<512x32xf32>
  %dw_in_init = tensor.empty() : tensor<16x32xf32>
  %dw_in_zero = linalg.fill ins(%zero : f32) outs(%dw_in_init : tensor<16x32xf32>) -> tensor<16x32xf32>
  %dw_in = linalg.matmul indexing_maps = [#kmT, #kn, #mn] ins(%x, %ga0 : tensor<512x16xf32>, tensor<512x32xf32>) outs(%dw_in_zero : tensor<16x32xf32>) -> tensor<16x32xf32>
  %db_in_init = tensor.empty() : tensor<32xf32>
  %db_in_zero = linalg.fill ins(%zero : f32) outs(%db_in_init : tensor<32xf32>) -> tensor<32xf32>
  %db_in = linalg.reduce ins(%ga0 : tensor<512x32xf32>) outs(%db_in_zero : tensor<32xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %loss, %dw_in, %db_in, %dwa1, %dba1, %dwb1, %dbb1, %dwa2,
         %dba2, %dwb2, %dbb2, %dwa3, %dba3, %dwb3, %dbb3, %dwa4,
         %dba4, %dwb4, %dbb4, %dwa5, %dba5, %dwb5, %dbb5, %dwa6,
         %dba6, %dwb6, %dbb6, %dwa7, %dba7, %dwb7, %dbb7, %dwa8,
         %dba8, %dwb8, %dbb8, %dwa9, %dba9, %dwb9, %dbb9, %dwa10,
         %dba10, %dwb10, %dbb10, %dw_out, %db_out
      : tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>,
        tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x8xf32>,
        tensor<8xf32>
}
