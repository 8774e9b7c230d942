// Linalg named and generic ops, elementwise arith/math on whole tensors, tensor reshapes,
// slices, padding and concatenation, and an scf.for over tensors, checked against numpy
// (computed in float64). Also shows that every intermediate is freed: nothing but the five
// results is left allocated after the call.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py ops %t
// RUN: remat-run %s --case-dir %t --rtol 1e-5 --atol 1e-5 | FileCheck %s

// 4x5 + 2x5x5x4 + 2x3x3 + 11x4 + 2x12 floats = (20 + 200 + 18 + 44 + 24) * 4 bytes
// CHECK:      "outputs_match": true,
// CHECK:      "live_alloc_bytes_after": 1224,
// CHECK-NEXT: "leaked_alloc_bytes": 0,
// CHECK-COUNT-5: "match": true,

#id2 = affine_map<(i, j) -> (i, j)>
#id3 = affine_map<(b, i, j) -> (b, i, j)>
#rows3 = affine_map<(b, i, j) -> (b, i)>
#id1 = affine_map<(i) -> (i)>

func.func @main(%x: tensor<4x6xf32>, %w: tensor<6x5xf32>, %b: tensor<5xf32>,
                %img: tensor<2x5x5x3xf32>, %ker: tensor<3x3x3x4xf32>,
                %q: tensor<2x3x4xf32>, %k: tensor<2x4x3xf32>)
    -> (tensor<4x5xf32>, tensor<2x5x5x4xf32>, tensor<2x3x3xf32>, tensor<11x4xf32>,
        tensor<2x12xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %half = arith.constant 0.5 : f32
  %rsqrt2 = arith.constant 0.707106781 : f32
  %ninf = arith.constant 0xFF800000 : f32

  // 0: gelu(tanh(x @ w + b)) with erf.
  %e45 = tensor.empty() : tensor<4x5xf32>
  %z45 = linalg.fill ins(%zero : f32) outs(%e45 : tensor<4x5xf32>) -> tensor<4x5xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<4x6xf32>, tensor<6x5xf32>) outs(%z45 : tensor<4x5xf32>) -> tensor<4x5xf32>
  %bb = linalg.broadcast ins(%b : tensor<5xf32>) outs(%e45 : tensor<4x5xf32>) dimensions = [0]
  %r0 = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %bb : tensor<4x5xf32>, tensor<4x5xf32>) outs(%e45 : tensor<4x5xf32>) {
    ^bb0(%m: f32, %c: f32, %o: f32):
      %s = arith.addf %m, %c : f32
      %t = math.tanh %s : f32
      %u = arith.mulf %t, %rsqrt2 : f32
      %erf = math.erf %u : f32
      %p = arith.addf %erf, %one : f32
      %g = arith.mulf %t, %p : f32
      %h = arith.mulf %g, %half : f32
      linalg.yield %h : f32
  } -> tensor<4x5xf32>

  // 1: relu(conv3x3(pad(img))), the relu as arith.maximumf on whole tensors.
  %padded = tensor.pad %img low[0, 1, 1, 0] high[0, 1, 1, 0] {
    ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
      tensor.yield %zero : f32
  } : tensor<2x5x5x3xf32> to tensor<2x7x7x3xf32>
  %ec = tensor.empty() : tensor<2x5x5x4xf32>
  %zc = linalg.fill ins(%zero : f32) outs(%ec : tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
  %conv = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%padded, %ker : tensor<2x7x7x3xf32>, tensor<3x3x3x4xf32>) outs(%zc : tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
  %r1 = arith.maximumf %conv, %zc : tensor<2x5x5x4xf32>

  // 2: softmax over the last axis of q @ k.
  %e233 = tensor.empty() : tensor<2x3x3xf32>
  %z233 = linalg.fill ins(%zero : f32) outs(%e233 : tensor<2x3x3xf32>) -> tensor<2x3x3xf32>
  %scores = linalg.batch_matmul ins(%q, %k : tensor<2x3x4xf32>, tensor<2x4x3xf32>) outs(%z233 : tensor<2x3x3xf32>) -> tensor<2x3x3xf32>
  %e23 = tensor.empty() : tensor<2x3xf32>
  %minf = linalg.fill ins(%ninf : f32) outs(%e23 : tensor<2x3xf32>) -> tensor<2x3xf32>
  %max = linalg.reduce ins(%scores : tensor<2x3x3xf32>) outs(%minf : tensor<2x3xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %mx = arith.maximumf %in, %acc : f32
      linalg.yield %mx : f32
    }
  %exps = linalg.generic {indexing_maps = [#id3, #rows3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scores, %max : tensor<2x3x3xf32>, tensor<2x3xf32>) outs(%e233 : tensor<2x3x3xf32>) {
    ^bb0(%s: f32, %m: f32, %o: f32):
      %d = arith.subf %s, %m : f32
      %ex = math.exp %d : f32
      linalg.yield %ex : f32
  } -> tensor<2x3x3xf32>
  %z23 = linalg.fill ins(%zero : f32) outs(%e23 : tensor<2x3xf32>) -> tensor<2x3xf32>
  %sums = linalg.reduce ins(%exps : tensor<2x3x3xf32>) outs(%z23 : tensor<2x3xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %sm = arith.addf %in, %acc : f32
      linalg.yield %sm : f32
    }
  %r2 = linalg.generic {indexing_maps = [#id3, #rows3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%exps, %sums : tensor<2x3x3xf32>, tensor<2x3xf32>) outs(%e233 : tensor<2x3x3xf32>) {
    ^bb0(%ex: f32, %sm: f32, %o: f32):
      %dv = arith.divf %ex, %sm : f32
      linalg.yield %dv : f32
  } -> tensor<2x3x3xf32>

  // 3: concat(transpose(x), broadcast(b)).
  %e64 = tensor.empty() : tensor<6x4xf32>
  %xt = linalg.transpose ins(%x : tensor<4x6xf32>) outs(%e64 : tensor<6x4xf32>) permutation = [1, 0]
  %e54 = tensor.empty() : tensor<5x4xf32>
  %bt = linalg.broadcast ins(%b : tensor<5xf32>) outs(%e54 : tensor<5x4xf32>) dimensions = [1]
  %r3 = tensor.concat dim(0) %xt, %bt : (tensor<6x4xf32>, tensor<5x4xf32>) -> tensor<11x4xf32>

  // 4: scale row i of x by i + 1 in a loop, then reshape to 2x12.
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %scaled = scf.for %i = %c0 to %c4 step %c1 iter_args(%t = %x) -> (tensor<4x6xf32>) {
    %row = tensor.extract_slice %t[%i, 0] [1, 6] [1, 1] : tensor<4x6xf32> to tensor<6xf32>
    %ii = arith.index_cast %i : index to i64
    %fi = arith.sitofp %ii : i64 to f32
    %factor = arith.addf %fi, %one : f32
    %e6 = tensor.empty() : tensor<6xf32>
    %srow = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
        ins(%row : tensor<6xf32>) outs(%e6 : tensor<6xf32>) {
      ^bb0(%v: f32, %o: f32):
        %sv = arith.mulf %v, %factor : f32
        linalg.yield %sv : f32
    } -> tensor<6xf32>
    %u = tensor.insert_slice %srow into %t[%i, 0] [1, 6] [1, 1] : tensor<6xf32> into tensor<4x6xf32>
    scf.yield %u : tensor<4x6xf32>
  }
  %flat = tensor.collapse_shape %scaled [[0, 1]] : tensor<4x6xf32> into tensor<24xf32>
  %r4 = tensor.expand_shape %flat [[0, 1]] output_shape [2, 12] : tensor<24xf32> into tensor<2x12xf32>

  return %r0, %r1, %r2, %r3, %r4
      : tensor<4x5xf32>, tensor<2x5x5x4xf32>, tensor<2x3x3xf32>, tensor<11x4xf32>, tensor<2x12xf32>
}
