// RUN: remat-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics \
// RUN:   --remat-annotate-lifetimes=loss-result=2 %s
// RUN: not remat-opt --allow-unregistered-dialect --remat-annotate-lifetimes=func=missing %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=MISSING

// MISSING: error: no function named @missing in the module; pass the name of the training step with func=<name>

// expected-error @+1 {{loss-result=2 is out of range: @two_results has 2 result(s); pass the index of the loss (0..1)}}
func.func @two_results(%x: tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>) {
  %l = "test.sum"(%x) : (tensor<4xf32>) -> tensor<f32>
  return %l, %x : tensor<f32>, tensor<4xf32>
}
