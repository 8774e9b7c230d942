// RUN: remat-opt %s --remat-math-to-libm --split-input-file | FileCheck %s
// RUN: remat-opt %s --split-input-file --remat-lower-to-cpu | FileCheck %s --check-prefix=PIPELINE

// Ops with a libm function become calls; copysign and absi, which libm does not provide, stay
// for convert-math-to-llvm (upstream's convert-math-to-libm rejects the module on them).
// CHECK-LABEL: func.func @mixed
// CHECK: %[[C:.*]] = math.copysign %arg0, %arg1 : f64
// CHECK: call @expm1(%[[C]]) : (f64) -> f64
// CHECK: math.absi %arg2 : i32
// PIPELINE-LABEL: llvm.func @mixed
// PIPELINE: llvm.intr.copysign
// PIPELINE: llvm.call @expm1
// PIPELINE: llvm.intr.abs
func.func @mixed(%a: f64, %b: f64, %i: i32) -> (f64, i32) {
  %0 = math.copysign %a, %b : f64
  %1 = math.expm1 %0 : f64
  %2 = math.absi %i : i32
  return %1, %2 : f64, i32
}

// -----

// Elementwise math on tensors reaches libm through the whole pipeline.
// PIPELINE-LABEL: llvm.func @tensor
// PIPELINE: llvm.intr.copysign
// PIPELINE: llvm.call @log1pf
func.func @tensor(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = math.copysign %a, %b : tensor<4xf32>
  %1 = math.log1p %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}
