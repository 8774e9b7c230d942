// A dynamic batch dimension: the runner takes the sizes from the .npy file, and the results'
// sizes from the descriptors the compiled code returns. The buffers are sized at run time and
// the counted bytes follow: n x 4 + n floats of results (60 bytes for n = 3, 100 for n = 5).
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py dynamic %t/n3 --size 3
// RUN: %python %S/Inputs/make_case.py dynamic %t/n5 --size 5
// RUN: remat-run %s --case-dir %t/n3 | FileCheck %s --check-prefix=N3
// RUN: remat-run %s --case-dir %t/n5 | FileCheck %s --check-prefix=N5

// N3:      "outputs_match": true,
// N3:      "live_alloc_bytes_after": 60,
// N3:      "type": "tensor<?x4xf32>",
// N3:      "shape": [3, 4],
// N3:      "type": "tensor<?xf32>",
// N3:      "shape": [3],

// N5:      "outputs_match": true,
// N5:      "live_alloc_bytes_after": 100,
// N5:      "shape": [5, 4],
// N5:      "shape": [5],

func.func @main(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?xf32>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%n) : tensor<?x4xf32>
  %sq = linalg.mul ins(%x, %x : tensor<?x4xf32>, tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) -> tensor<?x4xf32>
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty(%n) : tensor<?xf32>
  %z = linalg.fill ins(%zero : f32) outs(%er : tensor<?xf32>) -> tensor<?xf32>
  %sum = linalg.reduce ins(%sq : tensor<?x4xf32>) outs(%z : tensor<?xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %sq, %sum : tensor<?x4xf32>, tensor<?xf32>
}
