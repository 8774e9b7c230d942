// RUN: remat-opt --allow-unregistered-dialect --remat-plan="pure-ops=f.*,b.* print=true" %s \
// RUN:   -o /dev/null 2>&1 | FileCheck %s

// A parameter gradient written by a destination-style op lives in the buffer of its init
// operand (%z); that buffer holds a result, so the chain counts it among the results of the
// stage whose backward writes it, not among its temporaries.

// CHECK: remark: stage 0: {{.*}}, backward temporaries 0 bytes, results 0 bytes
// CHECK: remark: stage 1: {{.*}}, backward temporaries 0 bytes, results 1024 bytes
func.func @dps(%x: tensor<256xf32>, %w: tensor<256xf32>) -> (tensor<f32>, tensor<256xf32>) {
  %a = "f.a"(%x, %w) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  %l = "f.loss"(%a) : (tensor<256xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) : (tensor<f32>) -> tensor<256xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<256xf32>) -> tensor<256xf32>
  %gw = linalg.mul ins(%gl, %x : tensor<256xf32>, tensor<256xf32>)
                   outs(%z : tensor<256xf32>) -> tensor<256xf32>
  return %l, %gw : tensor<f32>, tensor<256xf32>
}
