// RUN: remat-opt %s --verify-diagnostics --remat-lower-to-nvvm

// Reading a tensor element in host code would read device memory from the CPU: rejected with a
// hint instead of producing a program that crashes.
func.func @extract(%t: tensor<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{memref.load would run on the host, but every buffer lives in device memory}}
  %v = tensor.extract %t[%c0] : tensor<4xf32>
  return %v : f32
}
